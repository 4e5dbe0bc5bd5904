import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Ack, SendContributionInput, SendContributionResult } from '@spiegel/domain';
import type { NewContribution } from '../../src/modules/contributions/contribution-sends.repository.js';
import { SendBatcher, type SendBatchStats } from '../../src/modules/contributions/send-batcher.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, type TestSocket } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

/**
 * Group commit of sends (SendBatcher): sends that arrive while a commit is in flight go together into
 * one statement and one commit. Real socket.io clients and PostgreSQL; the batcher's counters (not the
 * clock) show that batches of more than one send formed.
 */
let t: TestApp;
let batcher: SendBatcher;
let orgId: string;
let members: TestMember[];
let roomA: string;
let roomB: string;
let archived: string;

type SendAck = Ack<SendContributionResult>;

beforeAll(async () => {
  t = await startTestApp({
    SEND_LIMIT_PER_USER: '1000',
    SEND_LIMIT_PER_ROOM: '5000',
    // Classification on its worker thread, as in production (tests default to the event loop).
    TEXT_READER_THREAD: 'on',
  });
  batcher = t.app.get(SendBatcher);
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  orgId = (await buildOrganisation(t.ds)).id;
  members = [];
  for (let i = 0; i < 10; i++)
    members.push(await buildMember(t.ds, orgId, i % 5 === 0 ? 'facilitator' : 'participant'));
  const ids = members.map((m) => m.membershipId);
  roomA = (await buildRoom(t.ds, orgId, ids.slice(0, 5), 'group', 'Groep A')).id;
  roomB = (await buildRoom(t.ds, orgId, ids.slice(5), 'group', 'Groep B')).id;
  archived = (await buildRoom(t.ds, orgId, ids.slice(0, 5), 'group', 'Groep Najaar')).id;
  await t.ds.query(`UPDATE rooms SET archived_at = now() WHERE id = $1`, [archived]);
});
afterEach(() => closeAllSockets());

async function socketOf(m: TestMember): Promise<TestSocket> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return connected(c);
}

const roomOf = (i: number) => (i < 5 ? roomA : roomB);

function send(s: TestSocket, input: Omit<SendContributionInput, 'kind'>): Promise<SendAck> {
  return s
    .timeout(10_000)
    .emitWithAck('contribution:send', { kind: 'message', ...input }) as Promise<SendAck>;
}

const snapshot = (): SendBatchStats => ({ ...batcher.stats });

async function seqsOf(roomId: string): Promise<{ seq: number; id: bigint }[]> {
  const rows = await t.ds.query<{ seq: string; id: string }[]>(
    `SELECT seq, id FROM contributions WHERE room_id = $1 ORDER BY seq`,
    [roomId],
  );
  return rows.map((r) => ({ seq: Number(r.seq), id: BigInt(r.id) }));
}

/** Sequence numbers 1…n without a gap, and ids (taken at insert, under the room's lock) rising with them. */
async function expectGapFree(roomId: string, n: number): Promise<void> {
  const rows = await seqsOf(roomId);
  expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  expect(rows.every((r, i) => i === 0 || r.id > rows[i - 1]!.id)).toBe(true);
}

describe('group commit through the socket', () => {
  it('should acknowledge every send of a burst only after its commit, gap-free per room, in batches', async () => {
    const sockets = await Promise.all(members.map(socketOf));
    const before = snapshot();
    const perSender = 12;
    const visibleAtAck: boolean[] = [];
    const acks = await Promise.all(
      sockets.flatMap((s, i) =>
        Array.from({ length: perSender }, (_, k) =>
          send(s, { clientId: clientId(), roomId: roomOf(i), body: `bericht ${i}-${k}` }).then(
            async (ack) => {
              // Read the moment the ack arrives: a row acknowledged before its commit would not be visible.
              if (ack.ok) {
                const [row] = await t.ds.query(`SELECT 1 FROM contributions WHERE id = $1`, [
                  ack.data.contribution.id,
                ]);
                visibleAtAck.push(Boolean(row));
              }
              return ack;
            },
          ),
        ),
      ),
    );
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    expect(acks.every((a) => a.ok && !a.data.duplicate)).toBe(true);
    expect(visibleAtAck).toHaveLength(members.length * perSender);
    expect(visibleAtAck.every(Boolean)).toBe(true);
    await expectGapFree(roomA, 5 * perSender);
    await expectGapFree(roomB, 5 * perSender);
    const after = snapshot();
    expect(after.rows - before.rows).toBe(members.length * perSender);
    expect(after.fallbacks - before.fallbacks).toBe(0);
    expect(after.multiRowBatches - before.multiRowBatches).toBeGreaterThan(0);
    // Fewer commits than sends: that is the point.
    expect(after.batches - before.batches).toBeLessThan(members.length * perSender);
  });

  it('should store one row for retries of one client id inside one batch and across batches', async () => {
    const sockets = await Promise.all(members.map(socketOf));
    const second = await socketOf(members[1]!); // the same person in a second tab
    const id = clientId();
    const retry = { clientId: id, roomId: roomA, body: 'Dubbel verstuurd' };
    const before = snapshot();
    const others = sockets.flatMap((s, i) =>
      [0, 1, 2].map((k) => send(s, { clientId: clientId(), roomId: roomOf(i), body: `ander ${i}-${k}` })),
    );
    const together = [
      send(sockets[1]!, retry),
      send(sockets[1]!, retry),
      send(second, retry),
      send(second, retry),
    ];
    const first = await Promise.all([...together, ...others]);
    const later = [await send(sockets[1]!, retry), await send(second, retry)];
    const mine = [...first.slice(0, together.length), ...later];
    expect(mine.every((a) => a.ok)).toBe(true);
    expect(new Set(mine.map((a) => (a.ok ? a.data.contribution.id : ''))).size).toBe(1);
    expect(mine.filter((a) => a.ok && !a.data.duplicate)).toHaveLength(1);
    expect(first.slice(together.length).every((a) => a.ok && !a.data.duplicate)).toBe(true);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM contributions WHERE client_id = $1`, [
      id,
    ]);
    expect(n).toBe(1);
    await expectGapFree(roomA, 1 + 5 * 3); // no sequence number burnt by a retry
    await expectGapFree(roomB, 5 * 3);
    expect(snapshot().multiRowBatches - before.multiRowBatches).toBeGreaterThan(0);
    // Answered by the batch's own checks, not by a failed statement and the one-by-one fallback.
    expect(snapshot().fallbacks - before.fallbacks).toBe(0);
  });

  it('should refuse a bad send in a batch with its own answer while the others land', async () => {
    const sockets = await Promise.all(members.map(socketOf));
    const parent = await send(sockets[2]!, {
      clientId: clientId(),
      roomId: roomA,
      body: 'Een gewoon bericht',
    });
    expect(parent.ok).toBe(true);
    const messageId = parent.ok ? parent.data.contribution.id : '';
    const before = snapshot();
    const good = sockets.flatMap((s, i) =>
      [0, 1, 2].map((k) => send(s, { clientId: clientId(), roomId: roomOf(i), body: `goed ${i}-${k}` })),
    );
    const bad = [
      send(sockets[6]!, { clientId: clientId(), roomId: roomA, body: 'niet mijn groep' }),
      send(sockets[1]!, { clientId: clientId(), roomId: archived, body: 'in het archief' }),
      send(sockets[3]!, { clientId: clientId(), roomId: roomA, body: 'reactie', replyToId: messageId }),
      send(sockets[4]!, { clientId: clientId(), roomId: roomA, body: 'reactie', replyToId: '999999999' }),
    ];
    const [acks, refused] = await Promise.all([Promise.all(good), Promise.all(bad)]);
    expect(acks.every((a) => a.ok && !a.data.duplicate)).toBe(true);
    expect(refused.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual([
      'NOT_FOUND',
      'CONFLICT',
      'VALIDATION_FAILED',
      'NOT_FOUND',
    ]);
    expect(refused[1]!.ok ? '' : refused[1]!.error.message).toMatch(/gearchiveerd/);
    expect(refused[2]!.ok ? '' : refused[2]!.error.message).toBe('Je kunt alleen op een verhaal reageren.');
    expect(refused[3]!.ok ? '' : refused[3]!.error.message).toMatch(/bestaat niet/);
    await expectGapFree(roomA, 1 + 5 * 3);
    await expectGapFree(roomB, 5 * 3);
    expect(await seqsOf(archived)).toEqual([]);
    expect(snapshot().multiRowBatches - before.multiRowBatches).toBeGreaterThan(0);
    expect(snapshot().fallbacks - before.fallbacks).toBe(0);
  });
});

describe('the batch statement', () => {
  const draft = (authorIndex: number, roomId: string, overrides: Partial<NewContribution> = {}) => ({
    organisationId: orgId,
    roomId,
    authorId: members[authorIndex]!.membershipId,
    clientId: clientId(),
    kind: 'message' as const,
    title: null,
    body: `tekst van ${authorIndex}`,
    replyToId: null,
    phase: null,
    confidence: 0,
    cues: [],
    themes: ['werk'],
    crisis: 'none' as const,
    ...overrides,
  });

  it('should write sends taken in one moment in one commit, refusing only the rows whose checks fail', async () => {
    const before = snapshot();
    const a1 = draft(1, roomA);
    // Taken in one turn of the event loop: one batch.
    const results = await Promise.all([
      batcher.insert(a1),
      batcher.insert({ ...a1, body: 'nog eens' }), // the same client id: a retry inside the batch
      batcher.insert(draft(6, roomA)), // not a member of room A
      batcher.insert(draft(6, roomB)),
      batcher.insert(draft(2, archived)), // archived
      batcher.insert(draft(2, roomA)),
    ]);
    expect(results.map((r) => (r ? `${r.room_id === roomA ? 'A' : 'B'}${r.seq}` : '-'))).toEqual([
      'A1',
      '-',
      '-',
      'B1',
      '-',
      'A2',
    ]);
    expect(results[0]!.body).toBe(a1.body);
    expect(results[3]!.room_kind).toBe('group');
    const after = snapshot();
    expect(after.batches - before.batches).toBe(1);
    expect(after.multiRowBatches - before.multiRowBatches).toBe(1);
    expect(after.largest).toBeGreaterThanOrEqual(6);
    // One commit: every row was written by the same transaction.
    const [{ writers, themes }] = await t.ds.query(
      `SELECT count(DISTINCT xmin::text)::int AS writers, array_agg(DISTINCT t) AS themes
         FROM contributions, unnest(themes) t`,
    );
    expect(writers).toBe(1);
    expect(themes).toEqual(['werk']);
    await expectGapFree(roomA, 2);
    await expectGapFree(roomB, 1);
  });

  it('should write each send alone when the batch statement fails, answering each as a single send', async () => {
    const before = snapshot();
    const results = await Promise.allSettled([
      batcher.insert(draft(1, roomA)),
      batcher.insert(draft(2, roomA, { body: 'met een \u0000 erin' })), // the database refuses this text
      batcher.insert(draft(6, roomB)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(snapshot().fallbacks - before.fallbacks).toBe(1);
    await expectGapFree(roomA, 1);
    await expectGapFree(roomB, 1);
  });
});
