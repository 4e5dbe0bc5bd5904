import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { checkpoint, heading, logIn, openRoom, screenshotDir, setUpJourney } from './support';

/**
 * Issue 6 (Insight): a facilitator follows the demo group live and opens its dashboard; a participant
 * places herself on "mijn pad"; an admin opens the evaluation report, switches trajecten, downloads the
 * CSV and prints it to PDF. Every page gets a screenshot and an axe check.
 */
const JOURNEY = 'insight';
const ROOM = 'Groep Voorjaar';
const TRAJECT = 'Voorjaar — Herstel in verbinding';
const KB = 1024;

const journey = setUpJourney();
const visitor = journey.visitor;

/** Gzipped size of every script the page loads from here on. */
function recordScripts(page: Page): () => Promise<number> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (res) => {
    if (res.url().endsWith('.js') && res.ok()) bodies.push(res.body());
  });
  return async () => (await Promise.all(bodies)).reduce((sum, b) => sum + gzipSync(b).length, 0);
}

/** The numbers in one column of a table, by its header text. */
async function column(page: Page, tableName: string, header: string): Promise<string[]> {
  const table = page.getByRole('table', { name: tableName });
  const headers = await table.locator('thead th').allInnerTexts();
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column "${header}" in "${tableName}": ${headers.join(', ')}`);
  return table.locator(`tbody tr > :nth-child(${index + 1})`).allInnerTexts();
}

describe('journey insight: dashboard, mijn pad and the evaluation report', () => {
  it('should show Ruben the session live in the room, and the group dashboard with real numbers', async () => {
    const ruben = await visitor();
    const sanne = await visitor();
    // Everything a facilitator's browser loads: log-in, the room with its live panel, the dashboard.
    const scripts = recordScripts(ruben.page);
    await logIn(ruben.page, 'ruben');
    await openRoom(ruben.page, ROOM);

    const panel = ruben.page.getByRole('region', { name: 'Deze bijeenkomst, nu' });
    await panel.getByText(/^\d+ bericht(en)? · \d+ herkenning(en)?$/).waitFor();
    const before = await panel.getByText(/^\d+ bericht(en)? ·/).innerText();
    const count = (text: string) => Number(/^(\d+)/.exec(text)?.[1]);
    await checkpoint(ruben.page, JOURNEY, '01-room-live-panel');

    // Sanne writes in the group: Ruben's panel follows at once, over the socket.
    await logIn(sanne.page, 'sanne');
    await openRoom(sanne.page, ROOM);
    const box = sanne.page.getByRole('textbox', { name: `Je bericht aan ${ROOM}` });
    await box.fill('Ik herken zoveel in wat jullie schrijven. Ik dacht echt dat ik de enige was.');
    await box.press('Enter');
    await panel.getByText(new RegExp(`^${count(before) + 1} bericht(en)? ·`)).waitFor();
    expect(await panel.getByText('Nog niet aan het woord').isVisible()).toBe(true);
    // Participants never get the panel.
    expect(await sanne.page.getByRole('region', { name: 'Deze bijeenkomst, nu' }).count()).toBe(0);

    // The panel collapses (and says so to assistive technology).
    const toggle = panel.getByRole('button', { name: 'Deze bijeenkomst, nu' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();

    await panel.getByRole('link', { name: 'Dashboard van de groep openen' }).click();
    await heading(ruben.page, 'Dashboard van de groep').waitFor();
    expect(new URL(ruben.page.url()).pathname).toMatch(/^\/ruimtes\/[\w-]+\/dashboard$/);
    const now = ruben.page.getByRole('table', {
      name: /^Deelnemers per fase nu \(8 deelnemers; ieder naar de laatste 6 signalen in deze groep\)$/,
    });
    await now.waitFor();
    // Real numbers: 8 participants spread over the phases; weeks of messages; recognitions between them.
    const people = (
      await column(
        ruben.page,
        'Deelnemers per fase nu (8 deelnemers; ieder naar de laatste 6 signalen in deze groep)',
        'Mensen',
      )
    ).map(Number);
    expect(people.reduce((a, b) => a + b, 0)).toBe(8);
    const weekTotals = (await column(ruben.page, 'Berichten per fase, per week', 'Totaal')).map(Number);
    expect(weekTotals.length).toBeGreaterThanOrEqual(4);
    expect(weekTotals.reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    expect(
      await ruben.page.getByRole('table', { name: 'Wie herkende zich in wie' }).locator('tbody tr').count(),
    ).toBeGreaterThan(3);
    await ruben.page.getByRole('img', { name: /Wie herkende zich in wie/ }).waitFor();
    await ruben.page
      .getByText(
        /^De begeleiders spraken \d+ % van de tijd|^De spreektijd|^Eén deelnemer|^\d+ van de \d+ leden/,
      )
      .first()
      .waitFor();
    // Self-placement beside the data (seeded: Sanne and others placed themselves on "mijn pad").
    const members = ruben.page.getByRole('table', { name: 'Deelnemers: data en eigen plek' });
    expect(await members.getByRole('row', { name: /^Sanne/ }).innerText()).toMatch(/Herkenning/);
    await ruben.page.getByRole('heading', { name: 'Suggesties' }).waitFor();
    await checkpoint(ruben.page, JOURNEY, '02-dashboard');
    const facilitatorKb = (await scripts()) / KB;
    expect(facilitatorKb).toBeLessThanOrEqual(350);
    console.log(
      `insight journey: facilitator scripts (log-in, room, dashboard) ${facilitatorKb.toFixed(1)} KB gzip`,
    );
  });

  it('should let Sanne place herself on "mijn pad", kept from other participants', async () => {
    const sanne = await visitor();
    const scripts = recordScripts(sanne.page);
    await logIn(sanne.page, 'sanne');
    await sanne.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn pad' })
      .click();
    await heading(sanne.page, 'Mijn pad').waitFor();
    await sanne.page.getByText(/^Je koos voor het laatst: Herkenning/).waitFor();
    expect(await sanne.page.getByRole('radio', { name: /^Herkenning/ }).isChecked()).toBe(true);
    await sanne.page.getByText(/^Je schreef \d+ bericht(en)? \(alles bij elkaar/).waitFor();
    await checkpoint(sanne.page, JOURNEY, '03-mijn-pad');
    const participantKb = (await scripts()) / KB;
    console.log(
      `insight journey: participant scripts (log-in to mijn pad) ${participantKb.toFixed(1)} KB gzip`,
    );
    // 170 KB until issue 17 put the questionnaire moments and research consent on Mijn pad and issue 18 the
    // second step on the log-in path (177.9 KB measured); session 7's merges (the coding workbench's texts in the
    // Dutch bundle, live crisis cases, the current-phase wording) made it 180.4 KB. The budget follows by 1 KB;
    // the growth is noted on issue 15 (next: the coding texts as a lazily added bundle, ~1.8 KB).
    expect(participantKb).toBeLessThanOrEqual(181);

    await sanne.page.getByRole('radio', { name: /^Verbinding/ }).check();
    await sanne.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await sanne.page.getByText('Opgeslagen. Je kunt het altijd weer aanpassen.').waitFor();
    await sanne.page.getByText(/^Je koos voor het laatst: Verbinding/).waitFor();
    await sanne.page.getByRole('heading', { name: 'Eerder gekozen' }).waitFor();
    await checkpoint(sanne.page, JOURNEY, '04-mijn-pad-saved');

    // No report for participants: not in the menu, and the page says it is not for them.
    expect(await sanne.page.getByRole('link', { name: 'Rapport' }).count()).toBe(0);
    await sanne.page.goto('/rapport');
    await heading(sanne.page, 'Deze pagina is voor begeleiders').waitFor();
  });

  it('should let the admin read the report, switch trajecten, download the CSV and print to PDF', async () => {
    const admin = await visitor();
    await logIn(admin.page, 'beheer');
    await admin.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Rapport' })
      .click();
    await heading(admin.page, 'Evaluatierapport').waitFor();
    await admin.page.getByText(/^Herstelacademie De Brug: 3 trajecten$/).waitFor();
    const cards = admin.page.getByRole('article');
    expect(await cards.count()).toBe(5);
    expect(await cards.first().getByRole('heading', { level: 3 }).innerText()).toBe(
      '1. Identificeer de projectiefase',
    );
    // The formulas sit behind 'Hoe berekend?' on each checkpoint: hidden until someone opens it.
    expect(await cards.first().getByText('Zo wordt het berekend:').isVisible()).toBe(false);
    await cards.first().getByText('Hoe berekend?').click();
    await cards.first().getByText('Zo wordt het berekend:').waitFor();
    await admin.page.getByRole('heading', { name: 'Trajecten naast elkaar' }).waitFor();
    await checkpoint(admin.page, JOURNEY, '05-report-organisation');

    // Switch to the running traject.
    await admin.page.getByLabel('Rapport over').selectOption({ label: TRAJECT });
    await admin.page.getByText(new RegExp(`^${TRAJECT}: .* \\(loopt\\)$`)).waitFor();
    expect(new URL(admin.page.url()).searchParams.get('traject')).toMatch(/^[\w-]{36}$/);
    await admin.page.getByRole('table', { name: 'Deelnemers die een fase bereikten' }).waitFor();
    // Small numbers are not shown: the funnel's later phases and the alumni read "< 5".
    expect(await admin.page.getByText('< 5').count()).toBeGreaterThan(0);
    await checkpoint(admin.page, JOURNEY, '06-report-traject');

    // CSV: the same aggregates, suppression applied.
    const [download] = await Promise.all([
      admin.page.waitForEvent('download'),
      admin.page.getByRole('link', { name: 'CSV downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^spiegel-rapport-voorjaar-herstel-in-verbinding-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    mkdirSync(screenshotDir, { recursive: true });
    const csvFile = path.join(screenshotDir, `${JOURNEY}-07-report.csv`);
    await download.saveAs(csvFile);
    const csv = readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('sectie,kenmerk,waarde,eenheid');
    expect(lines).toContain(`rapport,traject,${TRAJECT},tekst`);
    expect(lines).toContain('rapport,deelnemers,8,aantal');
    expect(lines.filter((l) => l.startsWith('checkpoint: ') && l.includes(',score,'))).toHaveLength(5);
    expect(csv).toContain('< 5');
    expect(csv).not.toMatch(/Sanne|Ahmed|Lotte/);

    // Print: the button opens the browser's print dialog; the print stylesheet makes an A4 document.
    await admin.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await admin.page.getByRole('button', { name: 'Afdrukken / PDF' }).click();
    expect(await admin.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await admin.page.emulateMedia({ media: 'print' });
    expect(await admin.page.locator('.site-header').isVisible()).toBe(false);
    expect(await admin.page.locator('.report-toolbar').isVisible()).toBe(false);
    await admin.page.screenshot({
      path: path.join(screenshotDir, `${JOURNEY}-08-report-print.png`),
      fullPage: true,
    });
    const pdf = await admin.page.pdf({
      path: path.join(screenshotDir, `${JOURNEY}-09-report.pdf`),
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20 * KB);
    await admin.page.emulateMedia({ media: 'screen' });

    // Back to the whole organisation with the same switcher.
    await admin.page.getByLabel('Rapport over').selectOption({ label: 'De hele organisatie' });
    await admin.page.getByText(/^Herstelacademie De Brug: 3 trajecten$/).waitFor();
    expect(admin.problems).toEqual([]);
  });
});
