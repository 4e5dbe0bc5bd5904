import { describe, expect, it } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import { buildContribution } from '../../../testing/builders';
import { createFakeSocket } from '../../../testing/fake-socket';
import { timelineFromPage, type Timeline } from '../lib/timeline';
import { catchUp } from './catch-up';
import { roomKeys } from './query-keys';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('catchUp', () => {
  it('should ask from each loaded room cursor and keep asking while the server has more', async () => {
    const client = new QueryClient();
    client.setQueryData(
      roomKeys.timeline('room-a'),
      timelineFromPage({ items: [buildContribution({ seq: 2 })], nextBefore: null }),
    );
    const fake = createFakeSocket();

    const done = catchUp(fake.socket, client);
    await flush();
    const [first] = fake.sentOf('catchup');
    expect(first?.payload).toEqual({ rooms: [{ roomId: 'room-a', afterSeq: 2 }], limit: 100 });
    // The live event for seq 4 already arrived; the catch-up brings it again (and 3 before it).
    first?.ack?.({
      ok: true,
      data: {
        rooms: [
          {
            roomId: 'room-a',
            items: [buildContribution({ seq: 3 }), buildContribution({ seq: 4 })],
            hasMore: true,
            lastSeq: 4,
          },
        ],
      },
    });
    await flush();
    const [, second] = fake.sentOf('catchup');
    expect(second?.payload).toEqual({ rooms: [{ roomId: 'room-a', afterSeq: 4 }], limit: 100 });
    second?.ack?.({
      ok: true,
      data: {
        rooms: [
          {
            roomId: 'room-a',
            items: [buildContribution({ seq: 4 }), buildContribution({ seq: 5 })],
            hasMore: false,
            lastSeq: 5,
          },
        ],
      },
    });
    await done;

    const t = client.getQueryData<Timeline>(roomKeys.timeline('room-a'));
    expect(t?.items.map((c) => c.seq)).toEqual([2, 3, 4, 5]);
    expect(t?.highSeq).toBe(5);
    expect(fake.sentOf('catchup')).toHaveLength(2);
  });

  it('should give up at once, without losing its place, when the connection drops', async () => {
    const client = new QueryClient();
    client.setQueryData(
      roomKeys.timeline('room-b'),
      timelineFromPage({ items: [buildContribution({ seq: 7 })], nextBefore: null }),
    );
    const fake = createFakeSocket();
    const done = catchUp(fake.socket, client);
    await flush();
    fake.drop();
    await expect(done).rejects.toMatchObject({ code: 'OFFLINE' });
    expect(client.getQueryData<Timeline>(roomKeys.timeline('room-b'))?.highSeq).toBe(7);
  });
});
