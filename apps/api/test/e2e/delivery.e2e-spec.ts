import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ContributionView, SendContributionResult } from '@spiegel/domain';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, record, sleep, waitFor } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

let t: TestApp;
let members: TestMember[];
let roomId: string;

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

beforeAll(async () => {
  t = await startTestApp({
    SEND_LIMIT_PER_USER: '1000',
    SEND_LIMIT_PER_ROOM: '5000',
    // Classification on its worker thread, as in production (tests default to the event loop).
    TEXT_READER_THREAD: 'on',
  });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds);
  members = [];
  for (let i = 0; i < 6; i++)
    members.push(await buildMember(t.ds, org.id, i === 0 ? 'facilitator' : 'participant'));
  roomId = (
    await buildRoom(
      t.ds,
      org.id,
      members.map((m) => m.membershipId),
    )
  ).id;
});
afterEach(() => closeAllSockets());

describe('idempotent sending', () => {
  it('should store one row and answer five retries of one client id with the same id', async () => {
    const s = await connected(await clientFor(members[1]!));
    const id = clientId();
    const acks = [];
    for (let i = 0; i < 5; i++) {
      acks.push(
        await s
          .timeout(5000)
          .emitWithAck('contribution:send', { clientId: id, roomId, kind: 'message', body: 'Hoi allemaal' }),
      );
    }
    const ids = acks.map((a) => (a.ok ? a.data.contribution.id : 'error'));
    expect(new Set(ids).size).toBe(1);
    expect(acks.map((a) => a.ok && a.data.duplicate)).toEqual([false, true, true, true, true]);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM contributions WHERE client_id = $1`, [
      id,
    ]);
    expect(n).toBe(1);
  });

  it('should store one row when the same client id races in parallel', async () => {
    const c = await clientFor(members[1]!);
    const sockets = await Promise.all([connected(c), connected(c), connected(c)]);
    const id = clientId();
    const acks = await Promise.all(
      sockets.flatMap((s) =>
        [0, 1].map(() =>
          s
            .timeout(5000)
            .emitWithAck('contribution:send', { clientId: id, roomId, kind: 'message', body: 'Tegelijk' }),
        ),
      ),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    expect(new Set(acks.map((a) => (a.ok ? a.data.contribution.id : ''))).size).toBe(1);
    const [{ n, seqmax }] = await t.ds.query(
      `SELECT count(*)::int AS n, max(seq)::int AS seqmax FROM contributions WHERE room_id = $1`,
      [roomId],
    );
    expect(n).toBe(1);
    expect(seqmax).toBe(1); // no sequence number was burnt by the losers
  });
});

describe('sequence and catch-up', () => {
  it('should give a room gap-free, commit-ordered sequence numbers under many concurrent senders', async () => {
    const sockets = await Promise.all(members.map(async (m) => connected(await clientFor(m))));
    const perSender = 25;
    await Promise.all(
      sockets.map(async (s, i) => {
        for (let k = 0; k < perSender; k++) {
          const ack = await s.timeout(10000).emitWithAck('contribution:send', {
            clientId: clientId(),
            roomId,
            kind: 'message',
            body: `bericht ${i}-${k}`,
          });
          expect(ack.ok).toBe(true);
        }
      }),
    );
    const rows = await t.ds.query<{ seq: string; id: string }[]>(
      `SELECT seq, id FROM contributions WHERE room_id = $1 ORDER BY seq`,
      [roomId],
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(
      Array.from({ length: members.length * perSender }, (_, i) => i + 1),
    );
    // Commit order = seq order, so ids (taken at insert, inside the lock) rise with seq as well.
    const ids = rows.map((r) => BigInt(r.id));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
  });

  it('should deliver everything missed during a forced disconnect, without gaps or duplicates', async () => {
    const reader = await clientFor(members[1]!);
    let s = await connected(reader);
    const live = record(s, 'contribution:new');
    const writers = await Promise.all(members.slice(2).map(async (m) => connected(await clientFor(m))));
    let sending = true;
    let sent = 0;
    const writing = Promise.all(
      writers.map(async (w, i) => {
        while (sending) {
          const ack = await w.timeout(5000).emitWithAck('contribution:send', {
            clientId: clientId(),
            roomId,
            kind: 'message',
            body: `door ${i}`,
          });
          if (ack.ok) sent++;
          await sleep(5);
        }
      }),
    );
    await waitFor(() => live.length >= 10, 5000, 'first messages');
    s.disconnect(); // forced: the server forgets this socket, others keep sending
    const seen = new Map<number, ContributionView>(live.map((c) => [c.seq, c]));
    // Live events are emitted after each commit, and two commits that finish together may be emitted in
    // either order; a client therefore catches up from its highest *contiguous* seq, as the web app does
    // (a later seq already seen above a hole is simply received again and discarded by seq).
    let contiguous = 0;
    while (seen.has(contiguous + 1)) contiguous++;
    await sleep(300);
    s = await connected(reader);
    const live2 = record(s, 'contribution:new');
    let after = contiguous;
    for (;;) {
      const ack = await s
        .timeout(5000)
        .emitWithAck('catchup', { rooms: [{ roomId, afterSeq: after }], limit: 50 });
      if (!ack.ok) throw new Error(ack.error.message);
      const room = ack.data.rooms[0]!;
      const seqs = room.items.map((c: ContributionView) => c.seq);
      // catch-up answers exactly what follows afterSeq, in order and without a hole
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => after + i + 1));
      for (const c of room.items) {
        if (seen.has(c.seq)) expect(c.id).toBe(seen.get(c.seq)!.id); // the same contribution, not another
        seen.set(c.seq, c);
      }
      after = room.lastSeq;
      if (!room.hasMore) break;
    }
    sending = false;
    await writing;
    const [{ max }] = await t.ds.query(`SELECT max(seq)::int AS max FROM contributions WHERE room_id = $1`, [
      roomId,
    ]);
    // What was sent after catch-up arrives live; on a loaded machine that can take longer than a fixed
    // pause, so wait (bounded) until all of it is here or the time is up, then check nothing is missing.
    const arrived = () => seen.size + live2.filter((c) => !seen.has(c.seq)).length;
    await waitFor(() => arrived() >= max, 5000, 'the rest live').catch(() => undefined);
    for (const c of live2) if (!seen.has(c.seq)) seen.set(c.seq, c);
    expect(max).toBe(sent);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: max }, (_, i) => i + 1));
  });
});

describe('delivery scope', () => {
  it('should deliver a new message to every other member exactly once and to no one else', async () => {
    const org2 = await buildOrganisation(t.ds);
    const outsider = await buildMember(t.ds, members[0]!.organisationId);
    const foreign = await buildMember(t.ds, org2.id);
    const sockets = await Promise.all(members.map(async (m) => connected(await clientFor(m))));
    const outsiderSocket = await connected(await clientFor(outsider));
    const foreignSocket = await connected(await clientFor(foreign));
    const got = sockets.map((s) => record(s, 'contribution:new'));
    const outsiderGot = record(outsiderSocket, 'contribution:new');
    const foreignGot = record(foreignSocket, 'contribution:new');
    const ack = (await sockets[2]!.timeout(5000).emitWithAck('contribution:send', {
      clientId: clientId(),
      roomId,
      kind: 'message',
      body: 'Wat jij vertelt herken ik zo erg',
    })) as { ok: true; data: SendContributionResult };
    expect(ack.ok).toBe(true);
    await waitFor(() => got.every((g) => g.length >= 1), 3000, 'delivery');
    await sleep(200);
    expect(got.map((g) => g.length)).toEqual(members.map(() => 1));
    expect(outsiderGot).toHaveLength(0);
    expect(foreignGot).toHaveLength(0);
    // Phase tags: the author (2) and the facilitator (0) receive them, other participants never.
    expect(got[2]![0]!.phaseTag).toBeDefined();
    expect(got[0]![0]!.phaseTag).toBeDefined();
    for (const i of [1, 3, 4, 5]) {
      expect(got[i]![0]!.phaseTag).toBeUndefined();
      expect(got[i]![0]!.crisis).toBeUndefined();
    }
  });
});
