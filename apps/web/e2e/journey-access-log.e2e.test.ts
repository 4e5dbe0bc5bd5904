import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkpoint, heading, screenshot, setUpJourney, waitUntil } from './support';

/**
 * The access log (issue 18), on the demo database:
 * 1. Femke (facilitator) opens Groep Voorjaar's dashboard; Sanne then reads under Mijn account who looked at
 *    her data: Femke, just now, and what the demo's week holds (a failed log-in on her name, Beheer's member
 *    list), never her own log-ins.
 * 2. Beheer searches Beheer → Toegangslog by person (Sanne) and by staff member (Femke), pages, and
 *    downloads the search as CSV.
 * Screenshots at 390 px and desktop.
 */
const JOURNEY = 'access-log';

const journey = setUpJourney();
const visitor = journey.visitor;

async function onPhone(page: Page, step: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, JOURNEY, `${step}-390`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize({ width: 1280, height: 860 });
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('journey: who looked at my data', () => {
  it('1: should show Sanne that Femke opened the group dashboard, and not her own log-ins', async () => {
    const femke = await visitor('femke');
    const rooms = (await (await femke.page.request.get('/api/rooms')).json()) as {
      id: string;
      name: string;
    }[];
    const groep = rooms.find((r) => r.name === 'Groep Voorjaar')!;
    await femke.page.goto(`/ruimtes/${groep.id}/dashboard`);
    await femke.page.getByRole('heading', { level: 1 }).first().waitFor();

    const sanne = await visitor('sanne');
    const page = sanne.page;
    await page.goto('/account');
    await heading(page, 'Mijn account').waitFor();
    const section = page.getByRole('region', { name: 'Wie heeft mijn gegevens bekeken' });
    const list = section.getByRole('list', { name: 'Wie heeft mijn gegevens bekeken, nieuwste eerst' });
    await list.waitFor();
    const first = list.getByRole('listitem').first();
    await expect(first.textContent()).resolves.toContain('Femke (begeleider)');
    await expect(first.textContent()).resolves.toContain('groepsdashboard bekeken');
    const all = (await list.textContent()) ?? '';
    expect(all).toContain('mislukte inlogpoging');
    expect(all).toContain('ledenlijst bekeken');
    expect(all).not.toContain('Sanne');
    await section.scrollIntoViewIfNeeded();
    await checkpoint(page, JOURNEY, '1-01-who-viewed');
    await onPhone(page, '1-01-who-viewed');
  });

  it('2: should let Beheer search the log by person and staff member and download it as CSV', async () => {
    const beheer = await visitor('beheer');
    const page = beheer.page;
    await page.goto('/beheer');
    await heading(page, 'Beheer').waitFor();
    await page.getByRole('link', { name: 'Toegangslog bekijken' }).click();
    await heading(page, 'Toegangslog').waitFor();
    const table = page.getByRole('table', { name: 'Toegangslog, nieuwste eerst' });
    await table.waitFor();

    await page.getByLabel('Over wie').selectOption({ label: 'Sanne' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await waitUntil(
      async () => ((await table.textContent()) ?? '').includes('crisismelding bekeken'),
      'the entries about Sanne',
      30_000,
    );
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('groepsdashboard bekeken');
    expect(text).toContain('crisismelding bekeken');
    await checkpoint(page, JOURNEY, '2-01-by-person');
    await onPhone(page, '2-01-by-person');

    await page.getByLabel('Over wie').selectOption({ label: 'Iedereen' });
    await page.getByLabel('Door wie').selectOption({ label: 'Femke (begeleider)' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await waitUntil(
      async () => {
        const whoCells = await table.locator('tbody tr td:nth-child(2)').allTextContents();
        return whoCells.length > 0 && whoCells.every((c) => c.startsWith('Femke'));
      },
      'only Femke’s entries',
      30_000,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^spiegel-toegangslog-\d{4}-\d{2}-\d{2}\.csv$/);
    await checkpoint(page, JOURNEY, '2-02-by-staff');
  });
});
