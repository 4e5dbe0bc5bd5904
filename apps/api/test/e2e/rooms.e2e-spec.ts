import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ContributionView, NotificationView, SendContributionResult } from '@spiegel/domain';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, record, sleep, waitFor } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

/** Words with no crisis in them alone: acute only after a despairing message (see the domain tests). */
const CONTEXT_PLAN = 'ik ben nu bij het station';

let t: TestApp;
let host: TestMember;
let anna: TestMember;
let bram: TestMember;
let cato: TestMember;
let roomId: string;
let orgId: string;

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

async function say(
  c: TestClient,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<SendContributionResult> {
  const res = await trySend(c, { body, ...extra });
  expect(res.status).toBe(201);
  return res.body;
}

/** A send as it is answered, whatever the status; a new client id unless one is given. */
function trySend<T = SendContributionResult>(c: TestClient, fields: Record<string, unknown>, room = roomId) {
  return c.post<T>(`/api/rooms/${room}/contributions`, { clientId: clientId(), kind: 'message', ...fields });
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
  orgId = org.id;
  host = await buildMember(t.ds, org.id, 'facilitator', { displayName: 'Ruben' });
  anna = await buildMember(t.ds, org.id, 'participant', { displayName: 'Anna' });
  bram = await buildMember(t.ds, org.id, 'participant', { displayName: 'Bram' });
  cato = await buildMember(t.ds, org.id, 'participant', { displayName: 'Cato' });
  roomId = (
    await buildRoom(
      t.ds,
      org.id,
      [host, anna, bram, cato].map((m) => m.membershipId),
    )
  ).id;
});
afterEach(() => closeAllSockets());

describe('rooms', () => {
  it('should let a facilitator create a room, add and remove members, and show everyone the same way', async () => {
    const h = await clientFor(host);
    const created = await h.post<{ id: string; members: { membershipId: string; displayName: string }[] }>(
      '/api/rooms',
      {
        kind: 'group',
        name: 'Groep Najaar',
        memberIds: [anna.membershipId],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.members.map((m) => m.displayName).sort()).toEqual(['Anna', 'Ruben']);
    expect(JSON.stringify(created.body.members)).not.toMatch(/facilitator|participant|role/);

    const a = await clientFor(anna);
    expect((await a.get<{ id: string }[]>('/api/rooms')).body.map((r) => r.id)).toContain(created.body.id);
    expect(
      (await h.post(`/api/rooms/${created.body.id}/members`, { memberIds: [bram.membershipId] })).status,
    ).toBe(201);
    expect((await h.delete(`/api/rooms/${created.body.id}/members/${anna.membershipId}`)).status).toBe(204);
    expect((await a.get(`/api/rooms/${created.body.id}`)).status).toBe(404);
  });

  it('should not let a participant create rooms', async () => {
    const a = await clientFor(anna);
    expect((await a.post('/api/rooms', { kind: 'group', name: 'Eigen groep' })).status).toBe(403);
  });

  it('should let a member leave, after which the room is gone for them', async () => {
    const a = await clientFor(anna);
    expect((await a.post(`/api/rooms/${roomId}/leave`)).status).toBe(204);
    expect((await a.get(`/api/rooms/${roomId}/contributions`)).status).toBe(404);
  });

  it('should keep group agreements pinned and record who changed them', async () => {
    const a = await clientFor(anna);
    const res = await a.request<{ agreements: string; agreementsUpdatedBy: { displayName: string } }>(
      'PUT',
      `/api/rooms/${roomId}/agreements`,
      {
        text: 'Wat hier gedeeld wordt, blijft hier.',
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.agreements).toBe('Wat hier gedeeld wordt, blijft hier.');
    expect(res.body.agreementsUpdatedBy.displayName).toBe('Anna');
  });

  it('should count unread contributions and clear them on read', async () => {
    const b = await clientFor(bram);
    await say(b, 'Goedemorgen allemaal');
    const second = await say(b, 'Hoe gaat het met jullie?');
    const a = await clientFor(anna);
    const before = (await a.get<{ id: string; unread: number }[]>('/api/rooms')).body.find(
      (r) => r.id === roomId,
    )!;
    expect(before.unread).toBe(2);
    const read = await a.post<{ unread: number }>(`/api/rooms/${roomId}/read`, {
      seq: second.contribution.seq,
    });
    expect(read.body.unread).toBe(0);
  });

  it('should open a 1:1 conversation only after the other person accepts', async () => {
    const a = await clientFor(anna);
    const b = await clientFor(bram);
    const started = await a.post<{ roomId: string; status: string }>('/api/direct', {
      membershipId: bram.membershipId,
    });
    expect(started.body.status).toBe('invited');
    expect((await b.get(`/api/rooms/${started.body.roomId}/contributions`)).status).toBe(404);
    const requests = await b.get<{ roomId: string; from: { displayName: string } }[]>('/api/direct/requests');
    expect(requests.body).toEqual([
      expect.objectContaining({
        roomId: started.body.roomId,
        from: expect.objectContaining({ displayName: 'Anna' }),
      }),
    ]);
    expect((await b.post(`/api/direct/${started.body.roomId}/accept`)).status).toBe(204);
    expect((await b.get(`/api/rooms/${started.body.roomId}/contributions`)).status).toBe(200);
    const list = (await b.get<{ id: string; name: string; kind: string }[]>('/api/rooms')).body.find(
      (r) => r.id === started.body.roomId,
    )!;
    expect(list).toMatchObject({ kind: 'direct', name: 'Anna' });
  });
});

describe('contributions', () => {
  it('should page history newest first by sequence', async () => {
    const a = await clientFor(anna);
    for (let i = 1; i <= 7; i++) await say(a, `bericht ${i}`);
    const page1 = await a.get<{ items: ContributionView[]; nextBefore: number | null }>(
      `/api/rooms/${roomId}/contributions?limit=3`,
    );
    expect(page1.body.items.map((c) => c.body)).toEqual(['bericht 7', 'bericht 6', 'bericht 5']);
    const page2 = await a.get<{ items: ContributionView[]; nextBefore: number | null }>(
      `/api/rooms/${roomId}/contributions?limit=3&before=${page1.body.nextBefore}`,
    );
    expect(page2.body.items.map((c) => c.body)).toEqual(['bericht 4', 'bericht 3', 'bericht 2']);
    const page3 = await a.get<{ items: ContributionView[]; nextBefore: number | null }>(
      `/api/rooms/${roomId}/contributions?limit=3&before=${page2.body.nextBefore}`,
    );
    expect(page3.body.items.map((c) => c.body)).toEqual(['bericht 1']);
    expect(page3.body.nextBefore).toBeNull();
  });

  it('should use the per-room sequence index for a history page', async () => {
    const a = await clientFor(anna);
    await say(a, 'een');
    const plan = await t.ds.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM contributions c WHERE c.room_id = $1 AND c.seq < 100 ORDER BY c.seq DESC LIMIT 50`,
      [roomId],
    );
    await t.ds.query('SET enable_seqscan = off');
    const forced = await t.ds.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM contributions c WHERE c.room_id = $1 AND c.seq < 100 ORDER BY c.seq DESC LIMIT 50`,
      [roomId],
    );
    await t.ds.query('RESET enable_seqscan');
    expect(plan.length).toBeGreaterThan(0);
    expect(forced.map((r) => r['QUERY PLAN']).join('\n')).toContain('uq_contributions_room_seq');
  });

  it('should share a story with paragraphs and take replies in its thread', async () => {
    const a = await clientFor(anna);
    const story = await say(a, 'Eerste alinea.\n\nTweede alinea.', { kind: 'story', title: 'Mijn weg' });
    expect(story.contribution).toMatchObject({
      kind: 'story',
      title: 'Mijn weg',
      body: 'Eerste alinea.\n\nTweede alinea.',
    });
    const b = await clientFor(bram);
    await say(b, 'Dank je voor het delen', { replyToId: story.contribution.id });
    const replies = await b.get<ContributionView[]>(`/api/contributions/${story.contribution.id}/replies`);
    expect(replies.body.map((r) => r.body)).toEqual(['Dank je voor het delen']);
    const msg = await say(b, 'los bericht');
    const bad = await a.post<{ code: string }>(`/api/rooms/${roomId}/contributions`, {
      clientId: clientId(),
      kind: 'message',
      body: 'x',
      replyToId: msg.contribution.id,
    });
    expect(bad.status).toBe(400);
  });

  it('should store HTML as plain text, never as markup', async () => {
    const a = await clientFor(anna);
    const sent = await say(a, '<img src=x onerror=alert(1)> <b>vet</b>');
    expect(sent.contribution.body).toBe('<img src=x onerror=alert(1)> <b>vet</b>');
  });

  it('should enforce the size of messages and stories', async () => {
    const a = await clientFor(anna);
    const long = await a.post<{ code: string }>(`/api/rooms/${roomId}/contributions`, {
      clientId: clientId(),
      kind: 'message',
      body: 'a'.repeat(4001),
    });
    expect(long.status).toBe(400);
    const story = await a.post(`/api/rooms/${roomId}/contributions`, {
      clientId: clientId(),
      kind: 'story',
      title: 'Lang',
      body: 'a'.repeat(20000),
    });
    expect(story.status).toBe(201);
    const tooLong = await a.post(`/api/rooms/${roomId}/contributions`, {
      clientId: clientId(),
      kind: 'story',
      title: 'Te lang',
      body: 'a'.repeat(20001),
    });
    expect(tooLong.status).toBe(400);
    const noTitle = await a.post(`/api/rooms/${roomId}/contributions`, {
      clientId: clientId(),
      kind: 'story',
      body: 'zonder titel',
    });
    expect(noTitle.status).toBe(400);
  });

  it('should let authors edit and delete their own contributions, leaving a tombstone', async () => {
    const a = await clientFor(anna);
    const b = await clientFor(bram);
    const sent = await say(a, 'eerste versie');
    expect(
      (await b.patch(`/api/contributions/${sent.contribution.id}`, { body: 'niet van mij' })).status,
    ).toBe(403);
    const edited = await a.patch<ContributionView>(`/api/contributions/${sent.contribution.id}`, {
      body: 'tweede versie',
    });
    expect(edited.body).toMatchObject({ body: 'tweede versie' });
    expect(edited.body.editedAt).not.toBeNull();
    expect((await a.delete(`/api/contributions/${sent.contribution.id}`)).status).toBe(204);
    const [row] = await t.ds.query(`SELECT body, title, deleted_at FROM contributions WHERE id = $1`, [
      sent.contribution.id,
    ]);
    expect(row.body).toBeNull();
    expect(row.deleted_at).not.toBeNull();
    const seen = await b.get<ContributionView>(`/api/contributions/${sent.contribution.id}`);
    expect(seen.body).toMatchObject({ deleted: true, body: null });
    expect(await t.ds.getRepository(AuditEvent).countBy({ action: 'contribution.delete' })).toBe(1);
  });
});

describe('phase tags', () => {
  it('should show the suggestion to the author and the facilitator, never to other participants', async () => {
    const a = await clientFor(anna);
    const sent = await say(a, 'Ik dacht echt dat ik de enige was die zich zo voelde.');
    expect(sent.contribution.phaseTag).toBeDefined();
    expect(sent.contribution.phaseTag!.setBy).toBe('classifier');
    const h = await clientFor(host);
    const asHost = await h.get<ContributionView>(`/api/contributions/${sent.contribution.id}`);
    expect(asHost.body.phaseTag).toBeDefined();
    const b = await clientFor(bram);
    const asPeer = await b.get<{ items: ContributionView[] }>(`/api/rooms/${roomId}/contributions`);
    expect(asPeer.body.items[0]!.phaseTag).toBeUndefined();
    expect(JSON.stringify(asPeer.body)).not.toMatch(/herkenning"|projectie"|phase/);
  });

  it('should let only the author change or clear the phase, keeping who and when', async () => {
    const a = await clientFor(anna);
    const sent = await say(a, 'Niemand hier begrijpt mij.');
    const h = await clientFor(host);
    expect(
      (await h.request('PUT', `/api/contributions/${sent.contribution.id}/phase`, { phase: 'verbinding' }))
        .status,
    ).toBe(403);
    const changed = await a.request<{ phase: string | null; setBy: string }>(
      'PUT',
      `/api/contributions/${sent.contribution.id}/phase`,
      {
        phase: 'verbinding',
      },
    );
    expect(changed.body).toMatchObject({ phase: 'verbinding', setBy: 'author' });
    const cleared = await a.request<{ phase: string | null }>(
      'PUT',
      `/api/contributions/${sent.contribution.id}/phase`,
      { phase: null },
    );
    expect(cleared.body.phase).toBeNull();
    const history = await h.get<{ fromPhase: string | null; toPhase: string | null; byAuthor: boolean }[]>(
      `/api/contributions/${sent.contribution.id}/phase-history`,
    );
    expect(history.body.map((x) => x.toPhase)).toEqual(['verbinding', null]);
    expect(history.body.every((x) => x.byAuthor)).toBe(true);
    const b = await clientFor(bram);
    expect((await b.get(`/api/contributions/${sent.contribution.id}/phase-history`)).status).toBe(403);
    expect(
      (await a.request('PUT', `/api/contributions/${sent.contribution.id}/phase`, { phase: 'bestaat-niet' }))
        .status,
    ).toBe(400);
  });
});

describe('herkenning and reactions', () => {
  it('should record "ik herken dit" as a recognition from one member to another', async () => {
    const a = await clientFor(anna);
    const b = await clientFor(bram);
    const sent = await say(a, 'Ik durfde het jarenlang aan niemand te vertellen.');
    const bs = await connected(b);
    const res = await bs
      .timeout(3000)
      .emitWithAck('reaction:set', { contributionId: sent.contribution.id, kind: 'herkenning', on: true });
    expect(res).toEqual({ ok: true, data: { reactions: [{ kind: 'herkenning', count: 1, mine: true }] } });
    const [rec] = await t.ds.query(`SELECT from_membership_id, to_membership_id FROM recognitions`);
    expect(rec).toEqual({ from_membership_id: bram.membershipId, to_membership_id: anna.membershipId });
    const self = await a.post<{ code: string }>(`/api/contributions/${sent.contribution.id}/reactions`, {
      kind: 'herkenning',
      on: true,
    });
    expect(self.status).toBe(400);
    await b.post(`/api/contributions/${sent.contribution.id}/reactions`, { kind: 'steun', on: true });
    const view = await a.get<ContributionView>(`/api/contributions/${sent.contribution.id}`);
    expect(view.body.reactions).toEqual([
      { kind: 'herkenning', count: 1, mine: false },
      { kind: 'steun', count: 1, mine: false },
    ]);
    await b.post(`/api/contributions/${sent.contribution.id}/reactions`, { kind: 'herkenning', on: false });
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM recognitions`))[0].n).toBe(0);
  });
});

describe('history pages carry reactions', () => {
  type Page = { items: ContributionView[]; nextBefore: number | null };

  it('should give each viewer the same reactions on a page (history and catch-up) as on the message itself', async () => {
    const a = await clientFor(anna);
    const b = await clientFor(bram);
    const empty = await a.get<Page>(`/api/rooms/${roomId}/contributions`);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ items: [], nextBefore: null });
    const plain = await say(a, 'Een bericht zonder reacties.');
    const sent = await say(a, 'Ik durfde het jarenlang aan niemand te vertellen.');
    await b.post(`/api/contributions/${sent.contribution.id}/reactions`, { kind: 'herkenning', on: true });
    await b.post(`/api/contributions/${sent.contribution.id}/reactions`, { kind: 'steun', on: true });
    await a.post(`/api/contributions/${plain.contribution.id}/reactions`, { kind: 'steun', on: true });
    for (const [c, viewer] of [
      [a, 'anna'],
      [b, 'bram'],
    ] as const) {
      const one = (await c.get<ContributionView>(`/api/contributions/${sent.contribution.id}`)).body
        .reactions;
      const other = (await c.get<ContributionView>(`/api/contributions/${plain.contribution.id}`)).body
        .reactions;
      expect(one).toHaveLength(2);
      expect(one.map((r) => r.mine)).toEqual(viewer === 'bram' ? [true, true] : [false, false]);
      const page = await c.get<Page>(`/api/rooms/${roomId}/contributions?limit=10`);
      expect(page.body.items.map((i) => [i.id, i.reactions])).toEqual([
        [sent.contribution.id, one],
        [plain.contribution.id, other],
      ]);
      const after = await c.get<{ items: ContributionView[] }>(`/api/rooms/${roomId}/contributions?after=0`);
      expect(after.body.items.map((i) => [i.id, i.reactions])).toEqual([
        [plain.contribution.id, other],
        [sent.contribution.id, one],
      ]);
    }
    expect(
      (await b.get<Page>(`/api/rooms/${roomId}/contributions?limit=10`)).body.items[1]!.reactions,
    ).toEqual([{ kind: 'steun', count: 1, mine: false }]);
  });
});

describe('crisis', () => {
  it('should answer the author with the crisis level, alert the facilitators without content, and still deliver', async () => {
    const h = await clientFor(host);
    const hs = await connected(h);
    const alerts = record(hs, 'notification:new');
    const b = await clientFor(bram);
    const bs = await connected(b);
    const delivered = record(bs, 'contribution:new');
    const a = await clientFor(anna);
    const as = await connected(a);
    const text = 'Ik wil er niet meer zijn.';
    const ack = await as
      .timeout(5000)
      .emitWithAck('contribution:send', { clientId: clientId(), roomId, kind: 'message', body: text });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(['concern', 'acute']).toContain(ack.data.crisis);
    await waitFor(() => alerts.length > 0 && delivered.length > 0, 3000, 'alert and delivery');
    const alert = alerts[0] as NotificationView;
    expect(alert).toMatchObject({ kind: 'crisis_alert', roomId, contributionId: ack.data.contribution.id });
    expect(JSON.stringify(alert)).not.toContain('niet meer zijn');
    expect(delivered[0]!.body).toBe(text);
    expect(delivered[0]!.crisis).toBeUndefined();
    const [row] = await t.ds.query(`SELECT data FROM notifications WHERE kind = 'crisis_alert'`);
    expect(JSON.stringify(row.data)).not.toContain('niet meer');
  });

  it('should alert the author’s traject facilitators when crisis language is written in a 1:1 conversation', async () => {
    const trajectId = (await t.ds.query(`SELECT gen_random_uuid() AS id`))[0].id;
    await t.ds.query(
      `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id) VALUES ($1, $2, 'T', '2026-01-01', '2026-12-31', $3)`,
      [trajectId, orgId, roomId],
    );
    await t.ds.query(
      `INSERT INTO traject_facilitators (traject_id, membership_id, organisation_id) VALUES ($1, $2, $3)`,
      [trajectId, host.membershipId, orgId],
    );
    await t.ds.query(
      `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status) VALUES (gen_random_uuid(), $1, $2, $3, 'active')`,
      [trajectId, anna.membershipId, orgId],
    );
    const a = await clientFor(anna);
    const b = await clientFor(bram);
    const direct = await a.post<{ roomId: string }>('/api/direct', { membershipId: bram.membershipId });
    await b.post(`/api/direct/${direct.body.roomId}/accept`);
    const sent = await a.post<SendContributionResult>(`/api/rooms/${direct.body.roomId}/contributions`, {
      clientId: clientId(),
      kind: 'message',
      body: 'Ik wil er niet meer zijn.',
    });
    expect(['concern', 'acute']).toContain(sent.body.crisis);
    const alerts = await t.ds.query(
      `SELECT recipient_membership_id FROM notifications WHERE kind = 'crisis_alert'`,
    );
    expect(alerts).toEqual([{ recipient_membership_id: host.membershipId }]);
  });

  it('should answer a retry of a stored message even when the sender is over the rate limit', async () => {
    const a = await clientFor(anna);
    const id = clientId();
    const first = await trySend(a, { clientId: id, body: 'Eerste' });
    expect(first.status).toBe(201);
    let limited = 0;
    for (let i = 0; i < 25; i++) {
      const r = await trySend(a, { body: `vol ${i}` });
      if (r.status === 429) limited++;
    }
    expect(limited).toBeGreaterThan(0);
    const retry = await trySend(a, { clientId: id, body: 'Eerste' });
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ duplicate: true, contribution: { id: first.body.contribution.id } });
  });

  it('should not let retries use up the rate limit', async () => {
    const a = await clientFor(anna);
    const id = clientId();
    const first = await trySend(a, { clientId: id, body: 'Eerste' });
    expect(first.status).toBe(201);
    for (let i = 0; i < 25; i++) {
      const retry = await trySend(a, { clientId: id, body: 'Eerste' });
      expect(retry.status).toBe(201);
      expect(retry.body.duplicate).toBe(true);
    }
    const fresh = await say(a, 'Na de herhalingen');
    expect(fresh.duplicate).toBe(false);
    expect(fresh.contribution.seq).toBe(first.body.contribution.seq + 1);
  });

  it('should refuse a send that fails a check with its own error, writing nothing and leaving no gap', async () => {
    const a = await clientFor(anna);
    const b = await clientFor(bram);
    const story = await say(a, 'Een verhaal', { kind: 'story', title: 'Titel' });
    const message = await say(b, 'Een los bericht');
    const gone = await say(a, 'Weg', { kind: 'story', title: 'Weg' });
    expect((await a.delete(`/api/contributions/${gone.contribution.id}`)).status).toBe(204);
    const other = await buildRoom(t.ds, orgId, [anna.membershipId, bram.membershipId]);
    const elsewhere = (await trySend(a, { kind: 'story', title: 'Elders', body: 'Hier niet' }, other.id))
      .body;
    const outsider = await clientFor(await buildMember(t.ds, orgId, 'participant', { displayName: 'Daan' }));
    const count = async () =>
      (await t.ds.query(`SELECT count(*)::int AS n FROM contributions WHERE room_id = $1`, [roomId]))[0].n;
    const before = await count();

    const attempt = (c: TestClient, extra: Record<string, unknown>) =>
      trySend<{ code: string }>(c, { body: 'Dank je', ...extra });
    expect((await attempt(b, { replyToId: message.contribution.id })).body.code).toBe('VALIDATION_FAILED');
    const toDeleted = await attempt(b, { replyToId: gone.contribution.id });
    expect([toDeleted.status, toDeleted.body.code]).toEqual([409, 'CONFLICT']);
    const toElsewhere = await attempt(b, { replyToId: elsewhere.contribution.id });
    expect([toElsewhere.status, toElsewhere.body.code]).toEqual([404, 'NOT_FOUND']);
    const notMember = await attempt(outsider, { replyToId: story.contribution.id });
    expect([notMember.status, notMember.body.code]).toEqual([404, 'NOT_FOUND']);
    // A retry whose first send landed in another room is a conflict, not a second message.
    const movedId = clientId();
    expect((await trySend(b, { clientId: movedId, body: 'Hier' }, other.id)).status).toBe(201);
    const moved = await trySend<{ code: string }>(b, { clientId: movedId, body: 'Hier' });
    expect([moved.status, moved.body.code]).toEqual([409, 'CONFLICT']);

    expect(await count()).toBe(before);
    const next = await say(b, 'Dank je', { replyToId: story.contribution.id });
    expect(next.contribution.seq).toBe(gone.contribution.seq + 1);
  });

  it('should keep an archived room readable but refuse new contributions in it', async () => {
    const a = await clientFor(anna);
    const kept = await say(a, 'Van voor het archief');
    await t.ds.query(`UPDATE rooms SET archived_at = now() WHERE id = $1`, [roomId]);
    const refused = await trySend<{ code: string; message: string }>(a, { body: 'Na het archief' });
    expect([refused.status, refused.body.code]).toEqual([409, 'CONFLICT']);
    expect(refused.body.message).toMatch(/gearchiveerd/);
    const history = await a.get<{ items: ContributionView[] }>(`/api/rooms/${roomId}/contributions`);
    expect(history.body.items.map((c) => c.id)).toEqual([kept.contribution.id]);
    // A retry of what was stored before the archive is still answered with it.
    const retry = await trySend(a, { clientId: kept.contribution.clientId, body: 'Van voor het archief' });
    expect(retry.body).toMatchObject({ duplicate: true, contribution: { id: kept.contribution.id } });
  });

  it('should tell a non-member "not found", not "too fast", when the room is busy', async () => {
    const senders = await Promise.all([anna, bram, cato].map(clientFor));
    let limited = 0;
    for (const c of senders)
      for (let i = 0; i < 25; i++) {
        const r = await trySend(c, { body: `druk ${i}` });
        if (r.status === 429) limited++;
      }
    expect(limited).toBeGreaterThan(0);
    const outsider = await clientFor(await buildMember(t.ds, orgId, 'participant', { displayName: 'Daan' }));
    const probe = await trySend<{ code: string }>(outsider, { body: 'Is hier iemand?' });
    expect([probe.status, probe.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('should read a plan after the author’s despairing message in the same room as acute', async () => {
    const plan = CONTEXT_PLAN;
    const a = await clientFor(anna);
    // Alone, the plan is no acute crisis: in a fresh room there is nothing before it.
    const other = (await buildRoom(t.ds, orgId, [host.membershipId, anna.membershipId])).id;
    const alone = await trySend(a, { body: plan }, other);
    expect(alone.status).toBe(201);
    expect(alone.body.crisis).not.toBe('acute');
    // After a despairing message in this room it is.
    expect((await say(a, 'ik kan niet meer, alles is zwart en niemand zou me missen')).crisis).toBe(
      'concern',
    );
    const sent = await say(a, plan);
    expect(sent.crisis).toBe('acute');
    const [alert] = await t.ds.query(
      `SELECT data FROM notifications WHERE kind = 'crisis_alert' AND contribution_id = $1`,
      [sent.contribution.id],
    );
    expect(alert.data).toMatchObject({ severity: 'acute' });
    // Someone else's despair does not count, nor does the author's own in another room.
    const b = await clientFor(bram);
    expect((await say(b, plan)).crisis).not.toBe('acute');
    expect((await trySend(a, { body: plan }, other)).body.crisis).not.toBe('acute');
  });

  it('should leave the context out once the earlier message is deleted', async () => {
    const a = await clientFor(anna);
    const earlier = await say(a, 'ik kan niet meer, alles is zwart en niemand zou me missen');
    expect((await a.delete(`/api/contributions/${earlier.contribution.id}`)).status).toBeLessThan(300);
    expect((await say(a, CONTEXT_PLAN)).crisis).not.toBe('acute');
  });

  it('should not alert on an everyday idiom', async () => {
    const a = await clientFor(anna);
    const sent = await say(a, 'Ik ben doodmoe na die dag.');
    expect(sent.crisis).toBe('none');
    expect(
      (await t.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'crisis_alert'`))[0].n,
    ).toBe(0);
  });
});

describe('moderation', () => {
  it('should hide a contribution after three reports from different members and let a facilitator restore it', async () => {
    const sender = await clientFor(anna);
    const sent = await say(sender, 'Jullie zijn allemaal zwak.');
    const reporters = [bram, cato, host];
    for (const [i, m] of reporters.entries()) {
      const c = await clientFor(m);
      const r = await c.post<{ hidden: boolean }>(`/api/contributions/${sent.contribution.id}/report`, {
        reason: 'Dit voelt kwetsend',
      });
      expect(r.status).toBe(201);
      expect(r.body.hidden).toBe(i === 2);
    }
    const b = await clientFor(bram);
    expect(
      (await b.post(`/api/contributions/${sent.contribution.id}/report`, { reason: 'nog een keer' })).status,
    ).toBe(409);
    const seen = await b.get<ContributionView>(`/api/contributions/${sent.contribution.id}`);
    expect(seen.body).toMatchObject({ body: null, hidden: { by: 'reports' } });
    const h = await clientFor(host);
    const open = await h.get<{ contributionId: string; count: number; reasons: string[] }[]>(
      `/api/rooms/${roomId}/reports`,
    );
    expect(open.body).toEqual([expect.objectContaining({ contributionId: sent.contribution.id, count: 3 })]);
    expect(JSON.stringify(open.body)).not.toContain(bram.membershipId);
    expect((await b.get(`/api/rooms/${roomId}/reports`)).status).toBe(403);
    expect(
      (
        await h.post(`/api/contributions/${sent.contribution.id}/reports/resolve`, {
          decision: 'keep',
          reason: '',
        })
      ).status,
    ).toBe(204);
    expect((await b.get<ContributionView>(`/api/contributions/${sent.contribution.id}`)).body.body).toBe(
      'Jullie zijn allemaal zwak.',
    );
    expect((await h.get<unknown[]>(`/api/rooms/${roomId}/reports`)).body).toEqual([]);
  });

  it('should let a facilitator hide with a reason the group sees, and log it', async () => {
    const a = await clientFor(anna);
    const sent = await say(a, 'Een bericht met een telefoonnummer 0612345678');
    const b = await clientFor(bram);
    const bs = await connected(b);
    const updates = record(bs, 'contribution:updated');
    expect(
      (await b.post(`/api/contributions/${sent.contribution.id}/hide`, { reason: 'privé' })).status,
    ).toBe(403);
    const h = await clientFor(host);
    expect(
      (await h.post(`/api/contributions/${sent.contribution.id}/hide`, { reason: 'bevat persoonsgegevens' }))
        .status,
    ).toBe(204);
    await waitFor(() => updates.length > 0, 3000, 'hidden update');
    expect(updates[0]).toMatchObject({
      body: null,
      hidden: { reason: 'bevat persoonsgegevens', by: 'facilitator' },
    });
    const own = await a.get<ContributionView>(`/api/contributions/${sent.contribution.id}`);
    expect(own.body.body).toContain('telefoonnummer'); // the author still sees what they wrote
    const actions = (await t.ds.getRepository(AuditEvent).findBy({ organisationId: orgId })).map(
      (e) => e.action,
    );
    expect(actions).toContain('moderation.hide');
  });

  it('should mute a member for oneself only', async () => {
    const a = await clientFor(anna);
    expect((await a.post('/api/mutes', { membershipId: bram.membershipId })).status).toBe(204);
    expect((await a.get<string[]>('/api/mutes')).body).toEqual([bram.membershipId]);
    const c = await clientFor(cato);
    expect((await c.get<string[]>('/api/mutes')).body).toEqual([]);
    expect((await a.delete(`/api/mutes/${bram.membershipId}`)).status).toBe(204);
    expect((await a.get<string[]>('/api/mutes')).body).toEqual([]);
  });
});

describe('notifications', () => {
  it('should list, count and mark read, updating the count live', async () => {
    const h = await clientFor(host);
    const hs = await connected(h);
    const counts = record(hs, 'notification:count');
    const a = await clientFor(anna);
    await say(a, 'Ik heb vannacht weer in mijn arm gesneden.');
    await waitFor(() => counts.length > 0, 3000, 'count');
    expect(counts.at(-1)!.unread).toBe(1);
    const list = await h.get<NotificationView[]>('/api/notifications');
    expect(list.body).toHaveLength(1);
    expect((await h.post(`/api/notifications/${list.body[0]!.id}/read`)).status).toBe(204);
    expect((await h.get<{ unread: number }>('/api/notifications/unread-count')).body.unread).toBe(0);
    const b = await clientFor(bram);
    expect((await b.post(`/api/notifications/${list.body[0]!.id}/read`)).status).toBe(404);
    await sleep(50);
  });
});
