import { describe, expect, it } from '@jest/globals';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { checkpoint, DEMO_PASSWORD, heading, logIn, screenshot, setUpJourney, type Visitor } from './support';

/**
 * The second factor, on the demo database (where it starts switched off):
 * 1. Beheer makes it required for staff;
 * 2. Ruben (facilitator) logs in, is led through enrolment before anything else (QR code, the secret as
 *    text, a first code, ten recovery codes to keep) and lands on his home page;
 * 3. Ruben logs in again with a code from "his app" (computed here from the secret the page showed),
 *    asks to remember the device, and the next log-in on that device needs no code;
 * 4. on another device he uses a recovery code instead; Mijn account shows the factor and the codes left;
 * 5. Beheer clears Ruben's second step from the members table: his next log-in enrols again.
 * Screenshots at 390 px and desktop for each new page.
 */
const JOURNEY = 'two-factor';

const journey = setUpJourney();
let admin: Visitor;
let secret = '';
let recoveryCodes: string[] = [];
/** The last time step a code was used in: the API refuses a second code from the same step. */
let lastStep = -1;

async function onPhone(page: Page, step: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, JOURNEY, `${step}-390`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize({ width: 1280, height: 860 });
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The code Ruben's authenticator app would show now, from a time step not used before (waits if needed). */
async function nextCode(): Promise<string> {
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    if (step > lastStep) {
      lastStep = step;
      return generate({ secret, epoch: Math.floor(Date.now() / 1000) });
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function passwordOnly(page: Page, login: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('Inlognaam').fill(login);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('journey: a second factor for staff', () => {
  it('1: should let the admin make the second step required for staff', async () => {
    const v = (admin = await journey.visitor());
    await logIn(v.page, 'beheer');
    await v.page.getByRole('link', { name: 'Beheer', exact: true }).click();
    await heading(v.page, 'Beheer').waitFor();
    const required = v.page.getByRole('checkbox', { name: 'Verplicht voor begeleiders en beheerders' });
    expect(await required.isChecked()).toBe(false); // the demo starts with it off (README)
    await required.check();
    await v.page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await v.page.getByRole('heading', { name: 'Tweede stap bij inloggen' }).scrollIntoViewIfNeeded();
    await checkpoint(v.page, JOURNEY, '1-01-beheer-setting');
  });

  it('2: should lead Ruben through enrolment before anything else, and give him ten recovery codes', async () => {
    const { page } = await journey.visitor();
    await passwordOnly(page, 'ruben');
    await heading(page, 'Stel je tweede stap in').waitFor();
    expect(page.url()).toMatch(/\/inloggen\/tweede-stap$/);
    await checkpoint(page, JOURNEY, '2-01-enrol-start');
    await onPhone(page, '2-01-enrol-start');

    // Nothing else opens while the step is owed: the home page sends him to log in.
    const probe = await page.request.get(`${journey.app.baseUrl}/api/rooms`);
    expect(probe.status()).toBe(401);

    await page.getByRole('button', { name: 'Instellen beginnen' }).click();
    const qr = page.getByRole('img', { name: 'QR-code om Spiegel aan je authenticator-app toe te voegen' });
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    secret = ((await page.locator('.two-factor-enrol__secret').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await checkpoint(page, JOURNEY, '2-02-enrol-qr');
    await onPhone(page, '2-02-enrol-qr');

    // A wrong code first: a calm message, still no session.
    await page.getByLabel('Code uit je app').fill('000000');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze code klopt niet' }).waitFor();

    await page.getByLabel('Code uit je app').fill(await nextCode());
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('heading', { name: 'Bewaar je herstelcodes' }).waitFor();
    recoveryCodes = (await page.locator('.recovery-codes__list code').allTextContents()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    await checkpoint(page, JOURNEY, '2-03-recovery-codes');
    await onPhone(page, '2-03-recovery-codes');

    // Going on asks that the codes were kept.
    await page.getByRole('button', { name: 'Klaar' }).click();
    await page.getByText('Vink aan dat je de codes hebt bewaard.').waitFor();
    await page.getByRole('checkbox', { name: 'Ik heb mijn herstelcodes bewaard' }).check();
    await page.getByRole('button', { name: 'Klaar' }).click();
    await heading(page, /^Hallo, Ruben/).waitFor();
  });

  it('3: should ask Ruben for a code at the next log-in, and remember the device when he asks', async () => {
    const { page } = await journey.visitor();
    await passwordOnly(page, 'ruben');
    await heading(page, 'Nog één stap').waitFor();
    await checkpoint(page, JOURNEY, '3-01-second-step');
    await onPhone(page, '3-01-second-step');
    await page.getByLabel('Code uit je app').fill(await nextCode());
    await page.getByRole('checkbox', { name: /Dit apparaat 30 dagen onthouden/ }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await heading(page, /^Hallo, Ruben/).waitFor();

    // Log out and in again on this device: the password is enough for 30 days.
    await page.getByRole('button', { name: 'Uitloggen' }).first().click();
    await heading(page, 'Welkom bij Spiegel').waitFor();
    await passwordOnly(page, 'ruben');
    await heading(page, /^Hallo, Ruben/).waitFor();
  });

  it('4: should let Ruben in with a recovery code once, and show his factor under Mijn account', async () => {
    const { page } = await journey.visitor();
    await passwordOnly(page, 'ruben');
    await heading(page, 'Nog één stap').waitFor();
    await page.getByRole('button', { name: 'Telefoon kwijt? Gebruik een herstelcode' }).click();
    await page.getByLabel('Herstelcode').fill(recoveryCodes[0]!.toLowerCase());
    await checkpoint(page, JOURNEY, '4-01-recovery');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByText('Je hebt nog 9 herstelcodes.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Naar de startpagina' }).click();
    await heading(page, /^Hallo, Ruben/).waitFor();

    await page.getByRole('link', { name: 'Mijn account' }).click();
    await heading(page, 'Mijn account').waitFor();
    const section = page.getByRole('region', { name: 'Tweede stap bij inloggen' });
    await section.getByText('Je hebt nog 9 herstelcodes.').waitFor();
    await section.getByText('uitzetten kan niet', { exact: false }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await checkpoint(page, JOURNEY, '4-02-account');
    await onPhone(page, '4-02-account');

    // The same recovery code does not work twice.
    const other = await journey.visitor();
    await passwordOnly(other.page, 'ruben');
    await heading(other.page, 'Nog één stap').waitFor();
    await other.page.getByRole('button', { name: 'Telefoon kwijt? Gebruik een herstelcode' }).click();
    await other.page.getByLabel('Herstelcode').fill(recoveryCodes[0]!);
    await other.page.getByRole('button', { name: 'Verder' }).click();
    await other.page.getByRole('alert').filter({ hasText: 'al gebruikt' }).waitFor();
  });

  it('5: should let the admin clear Ruben’s second step, after which he enrols again', async () => {
    // The admin's session from step 1 (the requirement applies from the next log-in on).
    const v = admin;
    await v.page.reload();
    await heading(v.page, 'Beheer').waitFor();
    const clear = v.page.getByRole('button', { name: 'Tweede stap van Ruben wissen' });
    await clear.scrollIntoViewIfNeeded();
    await screenshot(v.page, JOURNEY, '5-01-members');
    await clear.click();
    const dialog = v.page.getByRole('dialog', { name: 'Tweede stap wissen?' });
    await dialog.waitFor();
    await checkpoint(v.page, JOURNEY, '5-02-confirm');
    await onPhone(v.page, '5-02-confirm');
    await dialog.getByRole('button', { name: 'Wissen' }).click();
    await dialog.waitFor({ state: 'detached' });

    const { page } = await journey.visitor();
    await passwordOnly(page, 'ruben');
    await heading(page, 'Stel je tweede stap in').waitFor();
  });
});
