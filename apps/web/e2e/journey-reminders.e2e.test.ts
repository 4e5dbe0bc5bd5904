import { describe, expect, it } from '@jest/globals';
import { checkpoint, heading, screenshot, setUpJourney, waitUntil } from './support';

/**
 * Issue 14, reminders and check-ins: Sanne makes her personal calendar link under Mijn account (it
 * serves the demo's sessions; a new link turns the old one off); Femke writes Noor a check-in from Na
 * afloop, starting from a suggested wording and told how it reaches Noor; the admin sees the session
 * reminder the demo mailed, with its calendar attachment.
 */
const JOURNEY = 'reminders';

const journey = setUpJourney();
const visitor = journey.visitor;

describe('journey: session reminders, the calendar link and check-ins', () => {
  it('should give Sanne a secret calendar link with her sessions, and revoke it when she makes a new one', async () => {
    const { page, problems } = await visitor('sanne');
    await page.goto('/account');
    await heading(page, 'Mijn account').waitFor();
    const section = page.getByRole('region', { name: 'Je bijeenkomsten in je eigen agenda' });
    await section.getByText('Je hebt nog geen agendalink.').waitFor();
    await section.getByRole('button', { name: 'Agendalink maken' }).click();
    const field = section.getByRole('textbox', { name: 'Je agendalink' });
    await field.waitFor();
    const first = await field.inputValue();
    expect(first).toMatch(/\/api\/outreach\/calendar\/[\w-]{43}\.ics$/);
    await checkpoint(page, JOURNEY, '01-calendar-link');

    const feed = await page.request.get(new URL(first).pathname);
    expect(feed.status()).toBe(200);
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, ''); // unfolded (RFC 5545 folds at 75 octets)
    expect(ics).toContain('BEGIN:VCALENDAR');
    // Tomorrow's session: the extra evening, or the Thursday session when the demo runs on a Wednesday.
    expect(ics).toMatch(
      /SUMMARY:Voorjaar — Herstel in verbinding: (Extra avond: vragen en afspraken|Bijeenkomst \d)/,
    );
    expect(ics).not.toMatch(/DESCRIPTION|ATTENDEE/);

    await section.getByRole('button', { name: 'Nieuwe link maken' }).click();
    await waitUntil(async () => (await field.inputValue()) !== first, 'a new link', 10_000);
    expect((await page.request.get(new URL(first).pathname)).status()).toBe(404);
    expect((await page.request.get(new URL(await field.inputValue()).pathname)).status()).toBe(200);

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, JOURNEY, '02-calendar-link-320');
    expect(problems).toEqual([]);
  });

  it('should let Femke write Noor a check-in from Na afloop, starting from a suggestion', async () => {
    const { page, problems } = await visitor('femke');
    await page.goto('/na-afloop');
    await heading(page, 'Na afloop').waitFor();
    const noor = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Noor' }) });
    await noor.getByRole('button', { name: 'Berichtje sturen aan Noor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Een berichtje voor Noor' });
    await dialog
      .getByText('Noor gaf toestemming om na het traject contact op te nemen.', { exact: false })
      .waitFor();
    await dialog.getByTestId('checkin-channels').waitFor();
    const suggestions = dialog.getByRole('group', { name: 'Voorstellen om mee te beginnen' });
    await suggestions.getByRole('listitem').first().waitFor();
    expect(await suggestions.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await suggestions
      .getByRole('button', { name: /Gebruik dit voorstel/ })
      .first()
      .click();
    const box = dialog.getByRole('textbox', { name: 'Je bericht' });
    const suggested = await box.inputValue();
    expect(suggested.length).toBeGreaterThan(20);
    await box.fill(`${suggested} Groetjes, Femke`);
    await checkpoint(page, JOURNEY, '03-checkin-dialog');
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Je berichtje aan Noor is verstuurd.').waitFor();
    await noor.getByText(/persoonlijk bericht gestuurd, door Femke/).waitFor();
    await checkpoint(page, JOURNEY, '04-checkin-sent');
    expect(problems).toEqual([]);
  });

  it('should let Iris, a peer mentor, check in on Bas from her mentor page, on a phone and on a desktop', async () => {
    const { page, problems } = await visitor('iris');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/mentor');
    await heading(page, 'Ik wil er zijn voor anderen').waitFor();
    await page.getByRole('button', { name: 'Even inchecken (Bas)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Een berichtje voor Bas' });
    await dialog
      .getByText('Of Bas daarvan ook een mail of pushbericht krijgt, kiest Bas zelf', { exact: false })
      .waitFor();
    const suggestions = dialog.getByRole('group', { name: 'Voorstellen om mee te beginnen' });
    await suggestions.getByRole('listitem').first().waitFor();
    expect(await suggestions.getByRole('listitem').count()).toBe(3);
    // Nothing of the risk or its reasons reaches a mentor.
    expect(await dialog.textContent()).not.toMatch(/risico|score|zwart|toestemming/i);
    await suggestions
      .getByRole('button', { name: /Gebruik dit voorstel/ })
      .first()
      .click();
    const box = dialog.getByRole('textbox', { name: 'Je bericht' });
    await box.fill(`${await box.inputValue()} Groetjes, Iris`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkpoint(page, JOURNEY, '06-mentor-checkin-390');
    await page.setViewportSize({ width: 1366, height: 900 });
    await checkpoint(page, JOURNEY, '07-mentor-checkin-desktop');
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Je berichtje aan Bas is verstuurd.').waitFor();
    expect(problems).toEqual([]);

    // Bas chose check-ins by e-mail in the demo: the caught mail names Iris, and nothing of what she wrote.
    const admin = await visitor('beheer');
    type Caught = { subject: string; to: string; text: string };
    let mail: Caught | undefined;
    await waitUntil(
      async () => {
        const list = (await (await admin.page.request.get('/api/outreach/caught-mails')).json()) as Caught[];
        mail = list.find((m) => m.to.includes('bas@debrug.example'));
        return mail !== undefined;
      },
      'the check-in mail to Bas',
      30_000,
    );
    expect(mail!.subject).toBe('Iris stuurde je een berichtje');
    expect(mail!.text).not.toContain('Groetjes, Iris');
  });

  it('should show the admin the session reminder the demo mailed, with its calendar attachment', async () => {
    const { page, problems } = await visitor('beheer');
    await page.goto('/beheer');
    await heading(page, 'Beheer').waitFor();
    type Caught = { subject: string; to: string; text: string; html: string };
    let reminder: Caught | undefined;
    await waitUntil(
      async () => {
        const list = (await (await page.request.get('/api/outreach/caught-mails')).json()) as Caught[];
        reminder = list.find(
          (m) => m.subject.startsWith('Morgen: ') && m.to.includes('sanne@debrug.example'),
        );
        return reminder !== undefined;
      },
      'the session reminder to Sanne',
      30_000,
    );
    expect(reminder!.subject).toMatch(
      /^Morgen: Voorjaar — Herstel in verbinding: (Extra avond: vragen en afspraken|Bijeenkomst \d)$/,
    );
    expect(reminder!.text).toMatch(/ om \d\d:\d\d/);
    expect(reminder!.text).toContain('Met de bijlage zet je hem in je agenda.');
    const mailPage = await page.context().newPage();
    await mailPage.setViewportSize({ width: 390, height: 800 });
    await mailPage.setContent(reminder!.html);
    expect(await mailPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkpoint(mailPage, JOURNEY, '05-reminder-mail-390');
    await mailPage.close();
    expect(problems).toEqual([]);
  });
});
