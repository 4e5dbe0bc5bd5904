import { describe, expect, it } from '@jest/globals';
import { checkpoint, expectAccessible, heading, logIn, screenshot, setUpJourney, waitUntil } from './support';

/**
 * Issue 14: reaching people outside the app. Sanne keeps her e-mail choices under Mijn account (saved,
 * still there after a reload, at phone width); a wrong address is refused kindly; the admin sees the
 * mails the demo sent (caught locally, shown in a sandboxed frame), and each mail's HTML is rendered
 * on its own at phone width for the screenshots.
 */
const JOURNEY = 'outreach';

const journey = setUpJourney();
const visitor = journey.visitor;

describe('journey: e-mail choices and the mails the demo sends', () => {
  it('should save a participant’s e-mail choices, keep them after a reload and record when', async () => {
    const { page, problems } = await visitor();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/inloggen');
    await logIn(page, 'sanne');
    await page.goto('/account');
    await heading(page, 'Mijn account').waitFor();
    await page.getByText('Mails gaan naar sanne@debrug.example.').waitFor();
    await checkpoint(page, JOURNEY, '01-account-320');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    const community = page.getByRole('group', { name: 'Nieuws uit je groepen' });
    await community.getByRole('checkbox', { name: 'Per mail' }).check();
    await community.getByLabel('Hoe vaak').selectOption('weekly');
    await page.getByRole('button', { name: 'Keuzes opslaan' }).click();
    await page.getByText('Je keuzes zijn opgeslagen.').waitFor();

    await page.reload();
    await heading(page, 'Mijn account').waitFor();
    const again = page.getByRole('group', { name: 'Nieuws uit je groepen' });
    expect(await again.getByRole('checkbox', { name: 'Per mail' }).isChecked()).toBe(true);
    expect(await again.getByLabel('Hoe vaak').inputValue()).toBe('weekly');
    await page.getByTestId('consented-at').waitFor();
    await checkpoint(page, JOURNEY, '02-choices-saved');
    expect(problems).toEqual([]);
  });

  it('should refuse an address that is not one, with words that say what to do', async () => {
    const { page } = await visitor();
    await page.goto('/inloggen');
    await logIn(page, 'ahmed');
    await page.goto('/account');
    await heading(page, 'Mijn account').waitFor();
    await page.getByLabel('Ander e-mailadres').fill('ahmed-at-thuis');
    await page.getByRole('button', { name: 'Adres opslaan' }).click();
    await page.getByText('Dit lijkt geen e-mailadres').waitFor();
    expect(await page.getByText('Mails gaan naar ahmed@debrug.example.').isVisible()).toBe(true);
  });

  it('should show the admin the mails the demo sent, rendered in a sandboxed frame', async () => {
    const { page, problems } = await visitor();
    await page.goto('/inloggen');
    await logIn(page, 'beheer');
    await page.goto('/beheer');
    await heading(page, 'Beheer').waitFor();
    const mails = page.locator('details.caught-mail');
    await waitUntil(
      async () => {
        if ((await mails.count()) > 0) return true;
        await page.reload();
        await heading(page, 'Beheer').waitFor();
        return false;
      },
      'a caught mail in Beheer',
      30_000,
    );
    // The demo also sends session reminders (issue 14): take the recognition mail by its subject.
    const recognition = mails.filter({ hasText: 'Iemand herkende zich in jouw verhaal' }).first();
    await recognition.locator('summary').first().click();
    const frame = recognition.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await frame
      .contentFrame()
      .getByRole('heading', { name: 'Iemand herkende zich in jouw verhaal' })
      .waitFor();
    // axe injects itself into every frame and waits forever on one that may run no scripts: the page is
    // checked with its mail frames taken out, and each mail's HTML on its own below.
    await screenshot(page, JOURNEY, '03-admin-mails');
    await page.evaluate(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
    await expectAccessible(page, `${JOURNEY}-03-admin-mails`);
    expect(problems).toEqual([]);

    // Each mail on its own, as a mail program on a phone would show it.
    const list = (await (await page.request.get('/api/outreach/caught-mails')).json()) as {
      subject: string;
      html: string;
      text: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    const mailPage = await page.context().newPage();
    await mailPage.setViewportSize({ width: 390, height: 800 });
    for (const [i, m] of list.slice(0, 3).entries()) {
      expect(m.text).toContain('Geen mails meer van deze soort');
      await mailPage.setContent(m.html);
      expect(await mailPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(mailPage, JOURNEY, `04-mail-${i + 1}-390`);
      await expectAccessible(mailPage, `${JOURNEY}-04-mail-${i + 1}`);
    }
    await mailPage.close();
  });
});
