import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkpoint, heading, logIn, screenshot, setUpJourney } from './support';

/**
 * The phase model checked by people, on the demo database:
 * 1. Ruben (facilitator) codes his last four messages of "Ronde 1 — najaar" with the keyboard: the text
 *    only, never who wrote it or Spiegel's tag;
 * 2. Anouk (admin) sees the round's κ with its interval and band, the per-phase table, the differences
 *    for discussion, and downloads the codes (ids and labels, no names or texts).
 * Screenshots at desktop, 390 px and 320 px; 0 px sideways at both phone widths.
 */
const JOURNEY = 'coding';

const journey = setUpJourney();

async function onPhones(page: Page, step: string): Promise<void> {
  const overflow: number[] = [];
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    await screenshot(page, JOURNEY, `${step}-${width}`);
    overflow.push(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
  }
  await page.setViewportSize({ width: 1280, height: 860 });
  expect(overflow).toEqual([0, 0]);
}

describe('journey: coding workbench', () => {
  it('1: should let Ruben code his messages blind, with the keyboard', async () => {
    const v = await journey.visitor();
    const page = v.page;
    await logIn(page, 'ruben');
    await page.goto('/rapport');
    // A facilitator's report opens at their newest traject; wait for that step before following a link.
    await page.waitForURL(/[?&]traject=/);
    await page.getByRole('link', { name: 'Naar de codeerrondes' }).click();
    await heading(page, /^Fasecodering/).waitFor();
    await page.getByRole('link', { name: 'Naar mijn berichten om te coderen' }).click();
    await heading(page, 'Berichten coderen').waitFor();
    const progress = page.getByRole('region', { name: 'Jouw voortgang' });
    const match = (await progress
      .getByText(/^Ronde 1 — najaar: \d+ van \d+ gecodeerd$/)
      .textContent())!.match(/(\d+) van (\d+)/)!;
    const [done, total] = [Number(match[1]), Number(match[2])];
    expect(total - done).toBe(4);
    const form = page.getByRole('form', { name: `Bericht ${done + 1} van ${total}` });
    await form.waitFor();
    // Blind: no tag, no author, no group on the page.
    const text = await page.locator('main').innerText();
    for (const word of [
      'Sanne',
      'Ahmed',
      'Joris',
      'Lotte',
      'Daan',
      'Yara',
      'Groep Voorjaar',
      'Spiegel koos:',
    ])
      expect(text.includes(word)).toBe(false);
    await checkpoint(page, JOURNEY, '1-01-werkbank');
    await onPhones(page, '1-01-werkbank');

    // Saving without a choice says so and saves nothing.
    await page.getByRole('button', { name: 'Opslaan en volgende' }).click();
    await page.getByText('Kies eerst een fase, "geen fase" of "weet ik niet".').waitFor();
    for (let i = 0; i < 4; i++) {
      await page.getByRole('heading', { name: `Bericht ${done + 1 + i} van ${total}` }).waitFor();
      // Keyboard only: into the group, arrow to a choice, Tab to the button, Enter.
      await page.getByRole('radio', { name: /^Projectie/ }).focus();
      await page.keyboard.press('Space');
      for (let k = 0; k < i + 1; k++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      if (i === 0) {
        await page.getByRole('heading', { name: `Bericht ${done + 2} van ${total}` }).waitFor();
        // Focus lands on the next text's heading.
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
          `Bericht ${done + 2} van ${total}`,
        );
      }
    }
    await page.getByText('Je hebt alle berichten gecodeerd. Dank je wel!').waitFor();
    await progress.getByText(`Ronde 1 — najaar: ${total} van ${total} gecodeerd`).waitFor();
    await checkpoint(page, JOURNEY, '1-02-klaar');
    await onPhones(page, '1-02-klaar');
  });

  it('2: should show Anouk κ with its interval, the differences, and export ids and labels only', async () => {
    const v = await journey.visitor();
    const page = v.page;
    await logIn(page, 'beheer');
    await page.goto('/fasecodering');
    await heading(page, /^Fasecodering/).waitFor();
    await page.getByRole('form', { name: 'Nieuwe codeerronde' }).waitFor();
    const study = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Ronde 1 — najaar' }) });
    await study.getByText(/· 24 berichten · 24 volledig gecodeerd · \d codeurs$/).waitFor();
    await study.getByRole('button', { name: 'Cijfers bekijken' }).click();
    await study
      .getByText(
        /^Overeenstemming tussen codeurs: κ = 0,\d+ \(95%-betrouwbaarheidsinterval 0,\d+ – [01],?\d*\), \w+/,
      )
      .waitFor();
    await study.getByRole('table', { name: 'Spiegel tegenover mensen, per fase' }).waitFor();
    expect(await study.getByRole('row').count()).toBe(6);
    await study.getByRole('button', { name: 'Verschillen bespreken' }).click();
    await study
      .getByText(/^Bericht \d+: codeur A .+, codeur B .+, Spiegel .+$/)
      .first()
      .waitFor();
    await checkpoint(page, JOURNEY, '2-01-rondes');
    await onPhones(page, '2-01-rondes');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      study.getByRole('link', { name: 'Codes downloaden (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('contribution_id,coder,label,classifier_label');
    expect(lines.length).toBe(1 + 48);
    for (const l of lines.slice(1))
      expect(l).toMatch(
        /^\d+,C\d+,(projectie|herkenning|gelijkwaardigheid|verbinding|getuigenis|geen|onbekend),\w+$/,
      );
    for (const word of ['Ruben', 'Femke', 'Sanne', 'Ahmed', 'Voorjaar'])
      expect(csv.includes(word)).toBe(false);
  });
});
