import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkpoint, DEMO_PASSWORD, heading, logIn, screenshot, setUpJourney } from './support';

/**
 * Research mode on the demo database:
 * 1. Kees (joined Groep Voorjaar two days ago) finds the questionnaire waiting on Mijn pad, answers it at T0, sees his own
 *    score in words and agrees that researchers may use his answers;
 * 2. Eva (onderzoeker) lands on the research page (nothing else is hers), reads Herstel gemeten and
 *    makes the pseudonymised export: no names or texts in what she downloads.
 * Screenshots at 390 px and desktop for each page.
 */
const JOURNEY = 'research';

const journey = setUpJourney();

async function onPhone(page: Page, step: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, JOURNEY, `${step}-390`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize({ width: 1280, height: 860 });
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('journey: research mode', () => {
  it('1: should let Kees answer at T0, see his score in words, and consent to research', async () => {
    const v = await journey.visitor();
    const page = v.page;
    await logIn(page, 'kees');
    await page.goto('/mijn-pad');
    const card = page.getByRole('region', { name: 'Korte vragenlijst over hoe het met je gaat' });
    await card.getByText('Bij de start').waitFor();
    await checkpoint(page, JOURNEY, '1-01-mijn-pad');
    await onPhone(page, '1-01-mijn-pad');

    await card.getByRole('link', { name: 'Invullen' }).click();
    await heading(page, 'Vragenlijst: Bij de start').waitFor();
    // The published wording, one group of answers per question.
    const first = page.getByRole('group', { name: /1\. \.\.\. dat u gelukkig was\?/ });
    await first.waitFor();
    expect(await page.getByRole('group').count()).toBeGreaterThanOrEqual(14);
    await checkpoint(page, JOURNEY, '1-02-vragenlijst');
    await onPhone(page, '1-02-vragenlijst');
    // Sending with an open question marks it and sends nothing.
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByText('Nog niet alle vragen hebben een antwoord.').waitFor();
    for (let i = 1; i <= 14; i++) {
      const group = page.getByRole('group', { name: new RegExp(`^${i}\\. `) });
      await group.getByRole('radio', { name: i <= 3 ? 'Bijna elke dag' : '2 of 3 keer per week' }).check();
    }
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();

    await heading(page, 'Mijn pad').waitFor();
    const scores = page.getByRole('region', { name: 'Jouw antwoorden door de tijd' });
    // 3 × 4 + 11 × 3 = 45 over 14 items: 3,2.
    await scores.getByText(/Bij de start \(.+\): gemiddeld 3,2 van 5\./).waitFor();
    await page.getByText('Er staat nu geen vragenlijst voor je klaar.').waitFor();

    const consent = page.getByRole('region', { name: 'Meedoen aan onderzoek' });
    await consent.getByRole('checkbox', { name: 'Mijn antwoorden op de vragenlijst' }).check();
    await consent.getByRole('button', { name: 'Keuze opslaan' }).click();
    await consent.getByText('Je keuze is opgeslagen.').waitFor();
    await consent.getByText(/Je gaf toestemming op .+ \(informatiebrief 2026-1\)\./).waitFor();
    await checkpoint(page, JOURNEY, '1-03-na-invullen');
    await onPhone(page, '1-03-na-invullen');
  });

  it('2: should give Eva the research page only, with Herstel gemeten and an export without names or texts', async () => {
    const v = await journey.visitor();
    const page = v.page;
    await page.goto('/inloggen');
    await page.getByLabel('Inlognaam').fill('eva');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await heading(page, 'Onderzoek').waitFor();
    expect(new URL(page.url()).pathname).toBe('/onderzoek');
    // Rooms, Mijn pad and the report are not hers: every path leads back here.
    for (const path of ['/', '/mijn-pad', '/rapport', '/trajecten']) {
      await page.goto(path);
      await heading(page, 'Onderzoek').waitFor();
    }
    const herstel = page.getByRole('region', { name: 'Herstel gemeten' });
    await herstel.getByText(/^Met herkenning, tot het einde: 6 mensen, gemiddeld .+ hoger/).waitFor();
    await herstel.getByText(/^Zonder herkenning, tot het einde: 5 mensen/).waitFor();
    await checkpoint(page, JOURNEY, '2-01-onderzoek');
    await onPhone(page, '2-01-onderzoek');

    await page.getByRole('button', { name: 'Export maken' }).click();
    await page.getByText(/^Export klaar: \d+ rijen/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gegevens downloaden (JSON)' }).click(),
    ]);
    const data = readFileSync((await download.path())!, 'utf8');
    const parsed = JSON.parse(data) as { participants: { studyId: string }[] };
    expect(parsed.participants.length).toBeGreaterThanOrEqual(5);
    expect(parsed.participants.every((p) => /^S-[A-Z2-9]{10}$/.test(p.studyId))).toBe(true);
    for (const word of ['Kees', 'Sanne', 'Merel', 'Voorjaar', 'Hoi allemaal', 'Groep'])
      expect(data.includes(word)).toBe(false);
    const [codebook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Codeboek downloaden (CSV)' }).click(),
    ]);
    expect(readFileSync((await codebook.path())!, 'utf8').split('\n')[0]).toBe('field,type,meaning');
    await checkpoint(page, JOURNEY, '2-02-export');
    await onPhone(page, '2-02-export');
  });
});
