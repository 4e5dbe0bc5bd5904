import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  checkpoint,
  connected,
  logIn,
  openRoom,
  screenshot,
  timeline,
  setUpJourney,
  waitUntil,
} from './support';

/**
 * Issue 4, "catch-up is lossless" and "sending is idempotent": the API restarts while Sanne sends, and
 * both write while it is away. Afterwards both see every message exactly once, and what was written
 * offline went out by itself (with the same client id). Then Sanne's own network drops while Ahmed
 * writes: she catches up on everything when she is back.
 */
const JOURNEY = 'journey3';
const ROOM = 'Groep Voorjaar';

const journey = setUpJourney();
const visitor = journey.visitor;

/** While the API is away the browser logs refused connections; those are expected, nothing else is. */
const unexpected = (problems: string[]) =>
  problems.filter(
    (p) =>
      !/ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|WebSocket connection to|WebSocket is already in CLOSING or CLOSED state|Failed to load resource/.test(
        p,
      ),
  );

const composer = (page: Page) => page.getByRole('textbox', { name: `Je bericht aan ${ROOM}` });

async function send(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

async function expectExactlyOnce(page: Page, texts: string[]): Promise<void> {
  const room = timeline(page, ROOM);
  for (const text of texts) await room.getByText(text, { exact: true }).first().waitFor({ timeout: 30_000 });
  for (const text of texts)
    expect([text, await room.getByText(text, { exact: true }).count()]).toEqual([text, 1]);
}

/** What the server stored, read with the page's own session. */
async function storedBodies(page: Page): Promise<string[]> {
  const roomId = new URL(page.url()).pathname.split('/')[2] ?? '';
  return page.evaluate(async (id) => {
    const res = await fetch(`/api/rooms/${id}/contributions?limit=100`, { credentials: 'same-origin' });
    const page = (await res.json()) as { items: { body: string | null }[] };
    return page.items.map((c) => c.body ?? '');
  }, roomId);
}

describe('journey 3: the connection drops, nothing is lost', () => {
  it('should deliver every message exactly once across an API restart', async () => {
    const sanne = await visitor();
    const ahmed = await visitor();
    await logIn(sanne.page, 'sanne');
    await logIn(ahmed.page, 'ahmed');
    await openRoom(sanne.page, ROOM);
    await openRoom(ahmed.page, ROOM);

    await send(sanne.page, 'Voor de onderbreking.');
    await timeline(ahmed.page, ROOM).getByText('Voor de onderbreking.').waitFor();

    const texts = {
      edge: 'Verstuurd op het moment dat de server stopt.',
      sanneOffline: 'Geschreven terwijl de verbinding weg was.',
      ahmedOffline: 'Ahmed schrijft ook zonder verbinding.',
    };
    const started = Date.now();
    // Sanne presses Enter and the API goes down at the same moment.
    await composer(sanne.page).fill(texts.edge);
    const edge = composer(sanne.page).press('Enter');
    await journey.app.restart(async () => {
      await edge;
      for (const page of [sanne.page, ahmed.page])
        await page.getByRole('status').filter({ hasText: 'Verbinding herstellen…' }).waitFor();
      await send(sanne.page, texts.sanneOffline);
      await send(ahmed.page, texts.ahmedOffline);
      await timeline(sanne.page, ROOM).getByText('Niet verstuurd.').first().waitFor();
      await screenshot(sanne.page, JOURNEY, '01-not-sent-while-away');
      expect(
        await timeline(sanne.page, ROOM).getByRole('button', { name: 'Opnieuw proberen' }).count(),
      ).toBeGreaterThan(0);
    });

    // Back: both reconnect by themselves, catch up, and the outbox goes out once.
    await connected(sanne.page);
    await connected(ahmed.page);
    const all = ['Voor de onderbreking.', texts.edge, texts.sanneOffline, texts.ahmedOffline];
    await expectExactlyOnce(sanne.page, all);
    await expectExactlyOnce(ahmed.page, all);
    await waitUntil(
      async () => (await timeline(sanne.page, ROOM).getByText('Niet verstuurd.').count()) === 0,
      'the outbox to empty',
    );
    console.log(`journey 3: API restart and recovery took ${Date.now() - started} ms`);
    await checkpoint(sanne.page, JOURNEY, '02-after-restart-sanne');
    await checkpoint(ahmed.page, JOURNEY, '03-after-restart-ahmed');

    const stored = await storedBodies(sanne.page);
    for (const text of all) expect([text, stored.filter((b) => b === text).length]).toEqual([text, 1]);

    // Sanne's own network drops; Ahmed writes meanwhile; she catches up when she is back.
    await sanne.context.setOffline(true);
    await sanne.page
      .getByRole('status')
      .filter({ hasText: /^Offline/ })
      .waitFor();
    const missed = ['Ben je er nog, Sanne?', 'Ik schrijf gewoon verder.', 'Tot straks!'];
    for (const text of missed) await send(ahmed.page, text);
    await send(sanne.page, 'Dit schreef ik in de trein zonder bereik.');
    await timeline(sanne.page, ROOM).getByText('Niet verstuurd.').first().waitFor();
    await screenshot(sanne.page, JOURNEY, '04-offline');
    await sanne.context.setOffline(false);
    await connected(sanne.page);
    await expectExactlyOnce(sanne.page, [...missed, 'Dit schreef ik in de trein zonder bereik.']);
    await expectExactlyOnce(ahmed.page, ['Dit schreef ik in de trein zonder bereik.']);

    expect(unexpected(sanne.problems)).toEqual([]);
    expect(unexpected(ahmed.problems)).toEqual([]);
  });
});
