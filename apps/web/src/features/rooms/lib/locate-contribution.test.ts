import { describe, expect, it, jest } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import { buildContribution, ROOM_ID } from '../../../testing/builders';
import { mockFetch } from '../../../testing/mock-fetch';
import { roomKeys } from '../api/query-keys';
import { locateContribution } from './locate-contribution';
import type { Timeline } from './timeline';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => buildContribution({ seq: from + i }));

function clientWith(timeline: Timeline): QueryClient {
  const client = new QueryClient();
  client.setQueryData(roomKeys.timeline(ROOM_ID), timeline);
  return client;
}

describe('locateContribution', () => {
  it('should load older history, without gaps, until the linked message is there', async () => {
    const client = clientWith({ items: range(151, 200), highSeq: 200, nextBefore: 151 });
    const { calls } = mockFetch([
      { path: '/api/contributions/120', body: buildContribution({ seq: 20 }) },
      {
        path: `/api/rooms/${ROOM_ID}/contributions?limit=100&before=151`,
        body: { items: range(51, 150), nextBefore: 51 },
      },
      {
        path: `/api/rooms/${ROOM_ID}/contributions?limit=100&before=51`,
        body: { items: range(1, 50), nextBefore: null },
      },
    ]);
    const toStory = jest.fn();
    await locateContribution(client, ROOM_ID, 'bericht-120', toStory);
    const timeline = client.getQueryData<Timeline>(roomKeys.timeline(ROOM_ID))!;
    expect(timeline.items.map((c) => c.seq)).toEqual(range(1, 200).map((c) => c.seq));
    expect(timeline.nextBefore).toBeNull();
    expect(calls.map((c) => c.path)).toHaveLength(3);
    expect(toStory).not.toHaveBeenCalled();
  });

  it('should stop loading as soon as the message is in the timeline', async () => {
    const client = clientWith({ items: range(151, 200), highSeq: 200, nextBefore: 151 });
    const { calls } = mockFetch([
      { path: '/api/contributions/200', body: buildContribution({ seq: 100 }) },
      {
        path: `/api/rooms/${ROOM_ID}/contributions?limit=100&before=151`,
        body: { items: range(51, 150), nextBefore: 51 },
      },
    ]);
    await locateContribution(client, ROOM_ID, 'bericht-200', jest.fn());
    expect(calls).toHaveLength(2);
    expect(client.getQueryData<Timeline>(roomKeys.timeline(ROOM_ID))!.items[0]!.seq).toBe(51);
  });

  it('should send a reply to its story, where replies are shown', async () => {
    const client = clientWith({ items: range(151, 200), highSeq: 200, nextBefore: 151 });
    mockFetch([
      { path: '/api/contributions/777', body: buildContribution({ id: '777', seq: 190, replyToId: '160' }) },
    ]);
    const toStory = jest.fn();
    await locateContribution(client, ROOM_ID, 'bericht-777', toStory);
    expect(toStory).toHaveBeenCalledWith('160', 'bericht-777');
  });

  it('should leave other links alone, and hand the error of a missing message to the caller', async () => {
    const client = clientWith({ items: range(151, 200), highSeq: 200, nextBefore: 151 });
    const { calls } = mockFetch([
      {
        path: '/api/contributions/5',
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: 'Niet gevonden.' },
      },
    ]);
    await locateContribution(client, ROOM_ID, 'meldingen', jest.fn());
    expect(calls).toHaveLength(0);
    await expect(locateContribution(client, ROOM_ID, 'bericht-5', jest.fn())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
