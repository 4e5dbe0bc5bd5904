import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SendContributionResult } from '@spiegel/domain';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, record, sleep, type TestSocket, waitFor } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

/**
 * The membership matrix for rooms: every REST route and socket event, for a member, a non-member of
 * the same organisation, a member of another organisation, a removed member and a revoked session.
 * A non-member learns nothing: the answer is the same 404 as for a room that does not exist.
 */

type Actor = 'member' | 'nonMember' | 'otherOrg' | 'removed' | 'revoked';
const ACTORS: Actor[] = ['member', 'nonMember', 'otherOrg', 'removed', 'revoked'];

let t: TestApp;
let author: TestMember;
let facilitator: TestMember;
let roomId: string;
let contributionId: string;
let storyId: string;
const clients = {} as Record<Actor, TestClient>;
const people = {} as Record<Actor, TestMember>;

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds);
  const other = await buildOrganisation(t.ds);
  author = await buildMember(t.ds, org.id, 'participant');
  facilitator = await buildMember(t.ds, org.id, 'facilitator');
  people.member = await buildMember(t.ds, org.id, 'participant');
  people.nonMember = await buildMember(t.ds, org.id, 'participant');
  people.otherOrg = await buildMember(t.ds, other.id, 'admin');
  people.removed = await buildMember(t.ds, org.id, 'participant');
  people.revoked = await buildMember(t.ds, org.id, 'participant');
  roomId = (
    await buildRoom(
      t.ds,
      org.id,
      [author, facilitator, people.member, people.removed, people.revoked].map((m) => m.membershipId),
    )
  ).id;
  const a = await clientFor(author);
  contributionId = (
    await a.post<SendContributionResult>(`/api/rooms/${roomId}/contributions`, {
      clientId: clientId(),
      kind: 'message',
      body: 'Hallo groep',
    })
  ).body.contribution.id;
  storyId = (
    await a.post<SendContributionResult>(`/api/rooms/${roomId}/contributions`, {
      clientId: clientId(),
      kind: 'story',
      title: 'Verhaal',
      body: 'Mijn verhaal',
    })
  ).body.contribution.id;
  for (const actor of ACTORS) clients[actor] = await clientFor(people[actor]);
  const f = await clientFor(facilitator);
  expect((await f.delete(`/api/rooms/${roomId}/members/${people.removed.membershipId}`)).status).toBe(204);
  expect((await clients.revoked.post('/api/auth/logout')).status).toBe(204);
  // The revoked client keeps its old cookie, as a stolen copy would.
  clients.revoked.cookies.set('spiegel_session', 'revoked-' + clients.revoked.cookies.get('spiegel_csrf'));
});
afterEach(() => closeAllSockets());

interface RouteCase {
  name: string;
  call: (c: TestClient) => Promise<{ status: number; body: unknown }>;
  memberStatus: number;
}

const routes: RouteCase[] = [
  { name: 'GET room', call: (c) => c.get(`/api/rooms/${roomId}`), memberStatus: 200 },
  { name: 'GET history', call: (c) => c.get(`/api/rooms/${roomId}/contributions`), memberStatus: 200 },
  {
    name: 'GET catch-up',
    call: (c) => c.get(`/api/rooms/${roomId}/contributions?after=0`),
    memberStatus: 200,
  },
  {
    name: 'POST contribution',
    call: (c) =>
      c.post(`/api/rooms/${roomId}/contributions`, { clientId: clientId(), kind: 'message', body: 'ik ook' }),
    memberStatus: 201,
  },
  { name: 'POST read', call: (c) => c.post(`/api/rooms/${roomId}/read`, { seq: 1 }), memberStatus: 200 },
  {
    name: 'PUT agreements',
    call: (c) => c.request('PUT', `/api/rooms/${roomId}/agreements`, { text: 'Respect' }),
    memberStatus: 200,
  },
  { name: 'GET contribution', call: (c) => c.get(`/api/contributions/${contributionId}`), memberStatus: 200 },
  { name: 'GET replies', call: (c) => c.get(`/api/contributions/${storyId}/replies`), memberStatus: 200 },
  {
    name: 'POST reaction',
    call: (c) => c.post(`/api/contributions/${contributionId}/reactions`, { kind: 'herkenning', on: true }),
    memberStatus: 200,
  },
  {
    name: 'POST report',
    call: (c) => c.post(`/api/contributions/${contributionId}/report`, { reason: 'voelt niet goed' }),
    memberStatus: 201,
  },
  { name: 'POST leave', call: (c) => c.post(`/api/rooms/${roomId}/leave`), memberStatus: 204 },
];

describe.each(routes)('$name', ({ call, memberStatus }) => {
  it.each(ACTORS)('should answer %s as the matrix says', async (actor) => {
    const res = await call(clients[actor]);
    const expected = actor === 'member' ? memberStatus : actor === 'revoked' ? 401 : 404;
    expect(res.status).toBe(expected);
    if (actor !== 'member') expect(JSON.stringify(res.body)).not.toMatch(/Hallo groep|Verhaal|displayName/);
  });
});

describe('routes that need a host', () => {
  it.each([
    ['GET reports', (c: TestClient) => c.get(`/api/rooms/${roomId}/reports`)],
    [
      'POST hide',
      (c: TestClient) => c.post(`/api/contributions/${contributionId}/hide`, { reason: 'reden' }),
    ],
    [
      'POST members',
      (c: TestClient) =>
        c.post(`/api/rooms/${roomId}/members`, { memberIds: [people.nonMember.membershipId] }),
    ],
    ['DELETE member', (c: TestClient) => c.delete(`/api/rooms/${roomId}/members/${author.membershipId}`)],
    ['PATCH room', (c: TestClient) => c.patch(`/api/rooms/${roomId}`, { name: 'Nieuwe naam' })],
  ])('should refuse %s to a participant member (403) and to outsiders (404)', async (_name, call) => {
    expect((await call(clients.member)).status).toBe(403);
    expect((await call(clients.nonMember)).status).toBe(404);
    expect((await call(clients.otherOrg)).status).toBe(404);
    expect((await call(clients.revoked)).status).toBe(401);
  });
});

describe('socket events', () => {
  const events: [string, () => Record<string, unknown>][] = [
    ['contribution:send', () => ({ clientId: clientId(), roomId, kind: 'message', body: 'hoi' })],
    ['contribution:edit', () => ({ id: contributionId, body: 'anders' })],
    ['contribution:delete', () => ({ id: contributionId })],
    ['contribution:setPhase', () => ({ id: contributionId, phase: 'verbinding' })],
    ['reaction:set', () => ({ contributionId, kind: 'steun', on: true })],
    ['typing', () => ({ roomId, typing: true })],
    ['room:read', () => ({ roomId, seq: 1 })],
    ['room:presence', () => ({ roomId })],
  ];

  it.each(events)(
    'should refuse %s from non-members, other organisations and removed members with NOT_FOUND',
    async (event, payload) => {
      for (const actor of ['nonMember', 'otherOrg', 'removed'] as const) {
        const s = await connected(clients[actor]);
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one loop over differently typed events
        const ack = await (s as any).timeout(3000).emitWithAck(event, payload());
        expect(ack).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
      }
    },
  );

  it('should give a removed member nothing from catch-up', async () => {
    const s = await connected(clients.removed);
    const ack = await s.timeout(3000).emitWithAck('catchup', { rooms: [{ roomId, afterSeq: 0 }] });
    expect(ack).toEqual({ ok: true, data: { rooms: [] } });
  });

  it('should refuse a revoked session at the handshake', async () => {
    await expect(connected(clients.revoked, 2000)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('should broadcast to members only: a non-member, another organisation and a removed member receive nothing', async () => {
    const listeners: Record<string, TestSocket> = {};
    for (const actor of ['member', 'nonMember', 'otherOrg', 'removed'] as const)
      listeners[actor] = await connected(clients[actor]);
    const seen = Object.fromEntries(
      Object.entries(listeners).map(([k, s]) => [
        k,
        [
          record(s, 'contribution:new'),
          record(s, 'contribution:updated'),
          record(s, 'reaction:changed'),
          record(s, 'typing'),
        ],
      ]),
    );
    const a = await clientFor(author);
    const as = await connected(a);
    await as.timeout(3000).emitWithAck('contribution:send', {
      clientId: clientId(),
      roomId,
      kind: 'message',
      body: 'voor de groep',
    });
    await as.timeout(3000).emitWithAck('reaction:set', { contributionId, kind: 'steun', on: false });
    await as.timeout(3000).emitWithAck('typing', { roomId, typing: true });
    await as.timeout(3000).emitWithAck('contribution:edit', { id: contributionId, body: 'aangepast' });
    // Wait for what must arrive (a loaded machine can take a while), then a moment for anything that must not.
    await waitFor(() => seen.member!.every((l) => l.length > 0), 5000, 'the member to see all four events');
    await sleep(200);
    expect(seen.member!.map((l) => l.length)).toEqual([1, 1, 1, 1]);
    for (const actor of ['nonMember', 'otherOrg', 'removed'])
      expect(seen[actor]!.map((l) => l.length)).toEqual([0, 0, 0, 0]);
  });

  it('should stop delivering to a member the moment they are removed', async () => {
    const s = await connected(clients.member);
    const got = record(s, 'contribution:new');
    const removedNotice = record(s, 'room:removed');
    const fc = await clientFor(facilitator);
    const witness = record(await connected(fc), 'contribution:new');
    expect((await fc.delete(`/api/rooms/${roomId}/members/${people.member.membershipId}`)).status).toBe(204);
    await waitFor(() => removedNotice.length > 0, 5000, 'the removal notice');
    expect(removedNotice).toEqual([{ roomId }]);
    const a = await clientFor(author);
    await a.post(`/api/rooms/${roomId}/contributions`, {
      clientId: clientId(),
      kind: 'message',
      body: 'na verwijdering',
    });
    // Once a member still in the room has it, the removed member would have had it too.
    await waitFor(() => witness.some((c) => c.body === 'na verwijdering'), 5000, 'delivery to the room');
    await sleep(100);
    expect(got.map((c) => c.body)).not.toContain('na verwijdering');
  });
});

describe('bad input on every socket event', () => {
  const cases: [string, unknown][] = [
    ['contribution:send', { clientId: 'geen-uuid', roomId: 'x', kind: 'message', body: 'hoi' }],
    ['contribution:send', { clientId: '00000000-0000-4000-8000-000000000000', kind: 'message', body: 'hoi' }],
    ['contribution:send', { extra: 1 }],
    ['contribution:send', 'alleen een string'],
    ['contribution:send', null],
    ['contribution:edit', { id: 12, body: 'x' }],
    ['contribution:delete', { id: 'abc' }],
    ['contribution:setPhase', { id: '1', phase: 'onzin' }],
    ['reaction:set', { contributionId: '1', kind: 'boos', on: true }],
    ['catchup', { rooms: 'alles' }],
    ['catchup', { rooms: [{ roomId: 'x', afterSeq: -1 }] }],
    ['typing', { roomId: 'x', typing: 'ja' }],
    ['room:read', { roomId: 'x', seq: 1.5 }],
    ['room:presence', {}],
    ['ping', { deep: { er: { nog: { dieper: [1, 2, 3] } } } }],
  ];

  it.each(cases)(
    'should answer %s with a VALIDATION_FAILED ack and stay connected',
    async (event, payload) => {
      const s = await connected(clients.member);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately wrong payloads
      const ack = await (s as any).timeout(3000).emitWithAck(event, payload);
      expect(ack).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
      expect(s.connected).toBe(true);
      expect((await s.timeout(3000).emitWithAck('ping', {})).ok).toBe(true);
    },
  );

  it('should refuse a message over 4,000 characters and a NUL character', async () => {
    const s = await connected(clients.member);
    const long = await s.timeout(3000).emitWithAck('contribution:send', {
      clientId: clientId(),
      roomId,
      kind: 'message',
      body: 'a'.repeat(4001),
    });
    expect(long).toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION_FAILED' }) });
    const nul = await s
      .timeout(3000)
      .emitWithAck('contribution:send', { clientId: clientId(), roomId, kind: 'message', body: 'a\u0000b' });
    expect(nul).toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION_FAILED' }) });
  });

  it('should rate-limit a flood with a clear error ack', async () => {
    const s = await connected(clients.member);
    const acks = [];
    for (let i = 0; i < 25; i++)
      acks.push(
        await s.timeout(3000).emitWithAck('contribution:send', {
          clientId: clientId(),
          roomId,
          kind: 'message',
          body: `flood ${i}`,
        }),
      );
    const limited = acks.filter((a) => !a.ok);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toEqual({ ok: false, error: expect.objectContaining({ code: 'RATE_LIMITED' }) });
  });
});
