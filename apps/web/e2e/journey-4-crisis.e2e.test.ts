import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import {
  checkpoint,
  heading,
  launchBrowser,
  logIn,
  newVisitor,
  openRoom,
  type RunningApp,
  startServer,
  timeline,
  type Visitor,
} from './support';

/**
 * Issue 4, safety: a message that reads like a crisis is delivered, the author sees 113 at once, and
 * the group's facilitator Ruben is told through the bell (without the words themselves), with a way
 * to the message.
 */
const JOURNEY = 'journey4';
const ROOM = 'Groep Voorjaar';
const CRISIS_TEXT = 'Ik zie het niet meer zitten, ik wil er niet meer zijn.';

let app: RunningApp;
let browser: Browser;
const visitors: Visitor[] = [];

beforeAll(async () => {
  app = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const v of visitors) await v.context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await app?.stop();
});

async function visitor(): Promise<Visitor> {
  const v = await newVisitor(browser, app.baseUrl);
  visitors.push(v);
  return v;
}

describe('journey 4: crisis support', () => {
  it('should show Sanne the 113 panel and tell Ruben through the bell', async () => {
    const ruben = await visitor();
    const sanne = await visitor();
    await logIn(ruben.page, 'ruben');
    const bell = ruben.page.getByRole('banner').getByRole('link', { name: /^Meldingen/ });
    await bell.waitFor();
    const before = Number((await bell.getAttribute('aria-label'))?.match(/(\d+) ongelezen/)?.[1] ?? 0);

    await logIn(sanne.page, 'sanne');
    await openRoom(sanne.page, ROOM);
    const box = sanne.page.getByRole('textbox', { name: `Je bericht aan ${ROOM}` });
    await box.fill(CRISIS_TEXT);
    await box.press('Enter');

    const panel = sanne.page.getByRole('dialog', { name: 'Je staat er niet alleen voor' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Je bericht is verstuurd');
    expect(await panel.textContent()).toContain('De begeleiders van deze groep hebben een seintje gekregen');
    expect(await panel.getByRole('link', { name: '113', exact: true }).getAttribute('href')).toBe('tel:113');
    expect(await panel.getByRole('link', { name: '0800-0113' }).getAttribute('href')).toBe('tel:08000113');
    expect(await panel.getByRole('link', { name: /^113\.nl/ }).getAttribute('href')).toBe(
      'https://www.113.nl',
    );
    expect(await panel.getByRole('link', { name: '112' }).getAttribute('href')).toBe('tel:112');
    // Focus went to the panel, so a screen reader reads it first.
    expect(await sanne.page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Je staat er niet alleen voor',
    );
    // The message itself was delivered to the group.
    await timeline(sanne.page, ROOM).getByText(CRISIS_TEXT).waitFor();
    await checkpoint(sanne.page, JOURNEY, '01-crisis-panel');

    // Ruben's bell counts it, live.
    await ruben.page
      .getByRole('banner')
      .getByRole('link', { name: `Meldingen, ${before + 1} ongelezen` })
      .waitFor();
    await checkpoint(ruben.page, JOURNEY, '02-facilitator-bell');

    await bell.click();
    await heading(ruben.page, 'Meldingen').waitFor();
    const alert = ruben.page
      .getByRole('listitem')
      .filter({ hasText: 'Iemand in Groep Voorjaar schreef iets dat op een crisis kan wijzen.' });
    await alert.waitFor();
    // Notifications never carry what was written.
    expect(await ruben.page.content()).not.toContain('niet meer zitten');
    await checkpoint(ruben.page, JOURNEY, '03-notifications');

    // The link leads to the message in the room, where Ruben (a host) sees the flag.
    await alert.getByRole('link', { name: 'Naar het bericht' }).click();
    await heading(ruben.page, ROOM).waitFor();
    const message = timeline(ruben.page, ROOM).getByRole('article').filter({ hasText: CRISIS_TEXT });
    await message.getByText('Let op: dit bericht kan op een crisis wijzen.', { exact: false }).waitFor();
    await ruben.page.waitForFunction(() => document.activeElement?.tagName === 'ARTICLE');
    await checkpoint(ruben.page, JOURNEY, '04-facilitator-room');

    await ruben.page.getByRole('link', { name: /^Meldingen/ }).click();
    await ruben.page.getByRole('button', { name: 'Alles gelezen' }).click();
    await ruben.page.getByRole('banner').getByRole('link', { name: 'Meldingen', exact: true }).waitFor();

    // Sanne closes the panel when she is ready; the 113 line stays in the footer.
    await panel.getByRole('button', { name: 'Sluiten' }).click();
    expect(await panel.count()).toBe(0);
    await sanne.page
      .getByRole('contentinfo')
      .getByRole('link', { name: /113\.nl/ })
      .waitFor();

    expect(sanne.problems).toEqual([]);
    expect(ruben.problems).toEqual([]);
  });
});
