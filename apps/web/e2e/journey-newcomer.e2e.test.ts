import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkpoint, heading, screenshot, timeline, setUpJourney, type Visitor } from './support';

/**
 * The rough edges a newcomer meets, on the demo database:
 * 1. Kees (new) is offered the first-visit guide, accepts his group's agreements and lands in the room;
 *    a link he writes is a safe link, Arabic text runs right to left;
 * 2. Mijn account: his data as a download, and the consequences screen before deleting the account;
 * 3. Femke (facilitator): Mentoren offers only the change for Iris, Na afloop's levels match the cards,
 *    and the report leads with plain sentences, formulas behind "Hoe berekend?".
 * Screenshots at 390 px and desktop for each page.
 */
const JOURNEY = 'newcomer';
const ROOM = 'Groep Voorjaar';

const journey = setUpJourney();
const visitor = journey.visitor;

/**
 * A 390 px screenshot. `reflow`: the page must not scroll sideways (checked for the pages this journey
 * adds; tables on Mentoren and the report are the phone layout work's, issue 15's targets).
 */
async function onPhone(page: Page, step: string, reflow = true): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, JOURNEY, `${step}-390`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize({ width: 1280, height: 860 });
  if (reflow) expect(overflow).toBeLessThanOrEqual(0);
}

describe('journey: a newcomer’s first week', () => {
  let kees: Visitor;

  it('1: should offer Kees the guide, remember it, and make links in messages safe links', async () => {
    kees = await visitor('kees');
    const page = kees.page;
    await page.getByRole('heading', { name: 'Nieuw hier?' }).waitFor();
    await page.getByRole('link', { name: 'Bekijk de rondleiding' }).click();
    await heading(page, 'Welkom bij Spiegel').waitFor();
    await page.getByRole('heading', { name: 'De afspraken van je groep' }).waitFor();
    await page.locator('.onboarding__agreements').waitFor();
    // One agreement a line becomes one list item, so a line that wraps on a phone still reads as one.
    expect(await page.locator('.onboarding__agreements').getByRole('listitem').count()).toBeGreaterThan(2);
    await checkpoint(page, JOURNEY, '1-01-guide');
    await onPhone(page, '1-01-guide');

    await page.getByRole('button', { name: 'Klaar, naar mijn groep' }).click();
    const accept = page.getByRole('checkbox', { name: `Ik ga akkoord met de afspraken van ${ROOM}` });
    await expect(accept.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await accept.check();
    await page.getByRole('button', { name: 'Klaar, naar mijn groep' }).click();
    await heading(page, ROOM).waitFor();

    // Remembered on the server: home no longer offers it, Mijn account still links to it.
    await page.goto('/');
    await heading(page, /^Hallo, /).waitFor();
    expect(await page.getByRole('heading', { name: 'Nieuw hier?' }).count()).toBe(0);

    await page.getByRole('link', { name: new RegExp(`^${ROOM}`) }).click();
    const box = page.getByRole('textbox', { name: `Je bericht aan ${ROOM}` });
    await box.fill('Vannacht wist ik het niet meer. Op 113.nl kun je chatten. مرحبا بالجميع');
    await page.getByRole('button', { name: 'Versturen' }).click();
    const room = timeline(page, ROOM);
    const link = room.getByRole('link', { name: /^113\.nl/ }).last();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://113.nl');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await link.getAttribute('target')).toBe('_blank');
    const direction = await link.evaluate((a) => getComputedStyle(a.closest('p')!).direction);
    expect(direction).toBe('ltr');
    await checkpoint(page, JOURNEY, '1-02-room-link');
    await onPhone(page, '1-02-room-link');
  });

  it('2: should give Kees his data as a file and show what deleting means before anything happens', async () => {
    const page = kees.page;
    await page.goto('/account');
    await heading(page, 'Mijn account').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download mijn gegevens' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^spiegel-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);

    await page.getByRole('button', { name: 'Account verwijderen…' }).click();
    await page.getByText(/kan dit niet ongedaan worden gemaakt/).waitFor();
    await checkpoint(page, JOURNEY, '2-01-account-delete');
    await onPhone(page, '2-01-account-delete');
    await page.getByRole('button', { name: 'Account houden' }).click();
    await page.getByRole('button', { name: 'Account verwijderen…' }).waitFor();
  });

  it('3: should show Femke a demo that agrees with itself and a report that speaks people', async () => {
    const femke = await visitor('femke');
    const page = femke.page;
    await page.goto('/mentoren');
    await heading(page, 'Mentoren').waitFor();
    const iris = page
      .getByRole('table', { name: 'Oud-deelnemers, op schuilnaam' })
      .getByRole('row', { name: /^Iris/ });
    await iris.waitFor();
    expect(await iris.getByRole('button', { name: 'Bevestigen (Iris)' }).count()).toBe(0);
    await iris.getByRole('button', { name: 'Bevestiging intrekken (Iris)' }).waitFor();
    await checkpoint(page, JOURNEY, '3-01-mentoren');
    await onPhone(page, '3-01-mentoren', false);

    await page.goto('/na-afloop');
    const levels = page.getByText(/^Van wie in de lijst staat: risico hoog (\d+)/);
    await levels.waitFor();
    const high = Number(/risico hoog (\d+)/.exec((await levels.textContent()) ?? '')![1]);
    await page.locator('ul.alumni > li').first().waitFor();
    expect(await page.locator('ul.alumni > li').filter({ hasText: 'Risico: hoog' }).count()).toBe(high);
    await checkpoint(page, JOURNEY, '3-02-na-afloop');

    await page.goto('/rapport');
    await page.getByRole('heading', { name: 'In het kort' }).waitFor();
    const how = page.locator('details.checkpoint__how').first();
    const formula = how.locator('.checkpoint__formula');
    expect(await formula.isVisible()).toBe(false);
    await how.locator('summary').click();
    await formula.waitFor();
    await checkpoint(page, JOURNEY, '3-03-rapport');
    await page.setViewportSize({ width: 320, height: 640 });
    // On a phone the score chart's labels stay whole and readable (an SVG scaled them to ~7 px, cut off).
    const readable = await page.evaluate(() => ({
      labels: [...document.querySelectorAll('.hbars__label')].map((el) => ({
        text: el.textContent,
        px: parseFloat(getComputedStyle(el).fontSize),
      })),
    }));
    expect(readable.labels.map((l) => l.text)).toContain('Identificeer de projectiefase');
    expect(readable.labels.every((l) => l.px >= 12)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 860 });
    await onPhone(page, '3-03-rapport', false);
  }, 360_000); // five pages with axe each, on a shared two-core machine
});
