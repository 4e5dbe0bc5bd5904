import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkpoint, setUpJourney } from './support';

/**
 * Issue 2: an admin invites someone; the new person registers from the link, finds their home page,
 * tries English and back, logs out, and logs in again with the new account.
 */
const JOURNEY = 'journey1';
const ADMIN = { login: 'beheer', password: 'welkom-bij-spiegel' };
// Not a name the demo seed uses (the seed has a Noor since the trajecten work).
const NEWCOMER = { displayName: 'Robin', login: 'robin', password: 'een rustige zin als wachtwoord' };

const journey = setUpJourney();
const visitor = journey.visitor;

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function logIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Inlognaam').fill(login);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('journey 1: from invitation to a first log-in', () => {
  let invitationUrl = '';

  it('should let the admin create a participant invitation and log out', async () => {
    const { page, problems } = await visitor();

    await page.goto('/');
    await heading(page, 'Welkom bij Spiegel').waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.title()).toBe('Inloggen · Spiegel');
    await checkpoint(page, JOURNEY, '01-login');

    // Keyboard first: the first Tab shows the skip link, which leads into the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await logIn(page, ADMIN.login, ADMIN.password);
    await heading(page, 'Hallo, Anouk').waitFor();
    await page.getByText('Je bent lid van Herstelacademie De Brug.').waitFor();
    await checkpoint(page, JOURNEY, '02-admin-home');

    await page.getByRole('link', { name: 'Naar beheer' }).click();
    await heading(page, 'Beheer').waitFor();
    await page.getByRole('table', { name: 'Alle leden, op naam' }).waitFor();
    expect(await page.title()).toBe('Beheer · Spiegel');
    await checkpoint(page, JOURNEY, '03-admin');

    await page.getByLabel('Rol').first().selectOption('participant');
    await page.getByLabel(/Notitie/).fill('Journey 1: nieuwe deelnemer');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const link = page.getByRole('textbox', { name: 'Uitnodigingslink' });
    await link.waitFor();
    invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(new RegExp(`^${journey.app.baseUrl}/uitnodiging/[\\w-]+$`));
    await page.getByRole('cell', { name: 'Journey 1: nieuwe deelnemer' }).waitFor();
    await checkpoint(page, JOURNEY, '04-invitation-created');

    // The link is shown once: put away, it is gone for good (the list only knows its first characters).
    await page.getByRole('button', { name: 'Ik heb de link bewaard' }).click();
    expect(await page.getByRole('textbox', { name: 'Uitnodigingslink' }).count()).toBe(0);
    expect(await page.content()).not.toContain(invitationUrl);

    // A second invitation, revoked behind the confirm dialog.
    await page.getByLabel(/Notitie/).fill('Journey 1: wordt ingetrokken');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.getByRole('button', { name: 'Ik heb de link bewaard' }).click();
    const row = page.getByRole('row', { name: /wordt ingetrokken/ });
    await row.getByRole('button', { name: /intrekken/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Uitnodiging intrekken?' });
    await dialog.waitFor();
    await checkpoint(page, JOURNEY, '04b-revoke-confirm');
    await dialog.getByRole('button', { name: 'Ja, intrekken' }).click();
    // Exact: the note "wordt ingetrokken" in the same row contains the word too.
    await row.getByText('Ingetrokken', { exact: true }).waitFor();
    await page.getByText('De uitnodiging is ingetrokken.').waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await heading(page, 'Welkom bij Spiegel').waitFor();
    await page.getByText('Je bent uitgelogd. Tot een volgende keer.').waitFor();
    await checkpoint(page, JOURNEY, '05-logged-out');
    expect(problems).toEqual([]);
  });

  it('should let the invited person register, switch language and back, log out and log in again', async () => {
    expect(invitationUrl).not.toBe('');
    const { page, problems } = await visitor();
    const socketFrames: string[] = [];
    page.on('websocket', (ws) => {
      if (ws.url().includes('/socket.io/'))
        ws.on('framereceived', (f) => socketFrames.push(String(f.payload)));
    });

    await page.goto(invitationUrl);
    await page.getByText('Je bent uitgenodigd voor Herstelacademie De Brug.').waitFor();
    expect(await page.title()).toBe('Account maken · Spiegel');
    await checkpoint(page, JOURNEY, '06-register');

    await page.getByLabel('Schuilnaam').fill(NEWCOMER.displayName);
    await page.getByLabel('Inlognaam').fill(NEWCOMER.login);
    await page.getByLabel('Wachtwoord').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Account maken' }).click();

    await heading(page, `Hallo, ${NEWCOMER.displayName}`).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('Je bent lid van Herstelacademie De Brug.').waitFor();
    await page.getByRole('heading', { name: 'Je groepen' }).waitFor();
    expect(await page.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    // The realtime connection opened with the session cookie and the server greeted it.
    await waitUntil(() => socketFrames.some((f) => f.includes('session:ready')), 'socket session:ready');
    await checkpoint(page, JOURNEY, '07-home');
    await page.setViewportSize({ width: 390, height: 844 });
    await checkpoint(page, JOURNEY, '07b-home-phone');
    await page.setViewportSize({ width: 1280, height: 860 });

    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, `Hello, ${NEWCOMER.displayName}`).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { name: 'Your groups' }).waitFor();
    await checkpoint(page, JOURNEY, '08-home-english');

    // The choice is remembered on this device.
    await page.reload();
    await heading(page, `Hello, ${NEWCOMER.displayName}`).waitFor();
    expect(await page.title()).toBe('Home · Spiegel');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await heading(page, `Hallo, ${NEWCOMER.displayName}`).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('Je bent uitgelogd. Tot een volgende keer.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await checkpoint(page, JOURNEY, '09-logged-out');

    await logIn(page, NEWCOMER.login, NEWCOMER.password);
    await heading(page, `Hallo, ${NEWCOMER.displayName}`).waitFor();
    await checkpoint(page, JOURNEY, '10-home-again');

    await page.getByRole('link', { name: 'Mijn account' }).click();
    await heading(page, 'Mijn account').waitFor();
    await checkpoint(page, JOURNEY, '11-account');

    await page.goto('/bestaat-niet');
    await heading(page, 'Deze pagina bestaat niet').waitFor();
    await checkpoint(page, JOURNEY, '12-not-found');
    expect(problems).toEqual([]);
  });
});

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
