import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type Cell,
  type CompareView,
  type DashboardView,
  formatMessage,
  type InsightSessionPicture,
  type MyPathView,
  type PhaseId,
  type ReportView,
} from '@spiegel/domain';
import { Clock } from '../../src/common/clock.js';
import { ReportRepository } from '../../src/modules/insight/report.repository.js';
import { furthestPhase, summariseParticipants } from '../../src/modules/insight/participant-summary.js';
import { PathLoader } from '../../src/modules/participant-paths/path-loader.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, record, sleep, waitFor } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

/**
 * Insight against real PostgreSQL, on a hand-built fixture whose every number is computed by hand in the
 * comments below: traject "Voorjaar" (8 participants, facilitator Ruben) halfway, and traject "Najaar"
 * (6 alumni, facilitator Femke) completed last December.
 */
let t: TestApp;
let clock: Clock;
let org: { id: string };
let anouk: TestMember; // admin
let ruben: TestMember; // facilitator of Voorjaar
let femke: TestMember; // facilitator of Najaar
const p: Record<string, TestMember> = {};
let otherAdmin: TestMember;
let otherFacilitator: TestMember;
let voorjaar: { id: string; roomId: string };
let najaar: { id: string; roomId: string };

const NOW = new Date('2026-03-29T12:00:00.000Z');
const VOORJAAR_PARTICIPANTS = ['sanne', 'ahmed', 'joris', 'lotte', 'mirjam', 'daan', 'yara', 'kees'];
const NAJAAR_ALUMNI = ['iris', 'noor', 'bas', 'wim', 'eva', 'tom'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const at = (iso: string) => new Date(iso);
const shown = (value: number): Cell => ({ value, suppressed: false });
const hidden: Cell = { value: null, suppressed: true };

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

async function createTraject(
  admin: TestClient,
  name: string,
  startsOn: string,
  endsOn: string,
  sessions: string[],
  facilitator: TestMember,
): Promise<{ id: string; roomId: string }> {
  const res = await admin.post<{ id: string; roomId: string }>('/api/trajecten', {
    name,
    startsOn,
    endsOn,
    sessions: sessions.map((startsAt, i) => ({ startsAt, title: `Bijeenkomst ${i + 1}` })),
    facilitatorIds: [facilitator.membershipId],
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function enrolAndConsent(admin: TestClient, trajectId: string, m: TestMember): Promise<void> {
  expect(
    (await admin.post(`/api/trajecten/${trajectId}/enrolments`, { membershipIds: [m.membershipId] })).status,
  ).toBe(201);
  const c = await clientFor(m);
  const mine = (await c.get<{ id: string; traject: { id: string } }[]>('/api/enrolments/mine')).body.find(
    (e) => e.traject.id === trajectId,
  )!;
  expect((await c.post(`/api/enrolments/${mine.id}/consent`, { agree: true, followUp: true })).status).toBe(
    200,
  );
}

/** A contribution exactly as the fixture needs it: author, moment, phase, length, themes. */
async function say(
  roomId: string,
  author: TestMember,
  iso: string,
  phase: PhaseId | null,
  length = 100,
  themes: string[] = [],
): Promise<string> {
  const [room] = await t.ds.query<{ last_seq: string }[]>(
    `WITH u AS (UPDATE rooms SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq) SELECT last_seq FROM u`,
    [roomId],
  );
  const [row] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, body, phase, phase_suggested, themes, created_at)
     VALUES ($1, $2, $3, $4, $5, 'message', $6, $7, $7, $8::text[], $9) RETURNING id`,
    [
      org.id,
      roomId,
      room!.last_seq,
      author.membershipId,
      clientId(),
      'x'.repeat(length),
      phase,
      themes,
      at(iso),
    ],
  );
  return String(row!.id);
}

async function recognise(
  roomId: string,
  from: TestMember,
  contributionId: string,
  to: TestMember,
  iso: string,
) {
  await t.ds.query(
    `INSERT INTO recognitions (organisation_id, room_id, contribution_id, from_membership_id, to_membership_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [org.id, roomId, contributionId, from.membershipId, to.membershipId, at(iso)],
  );
}

async function auditCount(action: string, actor: TestMember): Promise<number> {
  const [row] = await t.ds.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND actor_membership_id = $2`,
    [action, actor.membershipId],
  );
  return row!.n;
}

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: process.env.TEST_LOG ?? 'silent' });
  clock = t.app.get(Clock);
});
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  closeAllSockets();
  clock.set(null);
});

beforeEach(async () => {
  await resetDatabase(t.ds);
  const o = await buildOrganisation(t.ds, 'Herstelacademie De Brug');
  org = o;
  anouk = await buildMember(t.ds, o.id, 'admin', { displayName: 'Anouk' });
  ruben = await buildMember(t.ds, o.id, 'facilitator', { displayName: 'Ruben' });
  femke = await buildMember(t.ds, o.id, 'facilitator', { displayName: 'Femke' });
  for (const name of [...VOORJAAR_PARTICIPANTS, ...NAJAAR_ALUMNI])
    p[name] = await buildMember(t.ds, o.id, 'participant', { displayName: cap(name) });
  const other = await buildOrganisation(t.ds, 'Een andere academie');
  otherAdmin = await buildMember(t.ds, other.id, 'admin', { displayName: 'Beheer elders' });
  otherFacilitator = await buildMember(t.ds, other.id, 'facilitator', { displayName: 'Begeleider elders' });

  const a = await clientFor(anouk);

  // — Najaar 2025: 6 participants, completed on 15 December (end of day) by the nazorg run. —
  clock.set(at('2025-09-20T10:00:00.000Z'));
  najaar = await createTraject(a, 'Najaar', '2025-10-01', '2025-12-15', ['2025-10-02T18:30:00.000Z'], femke);
  for (const name of NAJAAR_ALUMNI) await enrolAndConsent(a, najaar.id, p[name]!);
  await say(najaar.roomId, p.iris!, '2025-10-09T10:00:00.000Z', 'getuigenis');
  await say(najaar.roomId, p.iris!, '2025-11-09T10:00:00.000Z', 'getuigenis');
  await say(najaar.roomId, p.noor!, '2025-10-10T10:00:00.000Z', 'projectie');
  clock.set(at('2025-12-16T12:00:00.000Z'));
  expect((await a.post<{ completedTrajecten: number }>('/api/nazorg/run')).body.completedTrajecten).toBe(1);
  // After the end, in Najaar's room: 5 of 6 active in the first month (mark 14 Jan), 1 in the third (mark 15 Mar).
  for (const name of ['iris', 'noor', 'bas', 'wim', 'eva'])
    await say(najaar.roomId, p[name]!, '2026-01-05T10:00:00.000Z', null);
  await say(najaar.roomId, p.iris!, '2026-03-01T10:00:00.000Z', null);
  // Zwart-gat levels, as the job would have stored them: month 1: 5 laag, 1 hoog; month 2: 3/2/1; month 3: all laag.
  const levels: [string, string[]][] = [
    ['2026-01-10T03:00:00.000Z', ['laag', 'laag', 'laag', 'laag', 'laag', 'hoog']],
    ['2026-02-10T03:00:00.000Z', ['laag', 'laag', 'laag', 'midden', 'midden', 'hoog']],
    ['2026-03-10T03:00:00.000Z', ['laag', 'laag', 'laag', 'laag', 'laag', 'laag']],
  ];
  for (const [computedAt, perAlumnus] of levels) {
    for (const [i, level] of perAlumnus.entries()) {
      await t.ds.query(
        `INSERT INTO zwart_gat_scores (organisation_id, traject_id, membership_id, computed_at, score, level)
         VALUES ($1, $2, $3, $4, 0.5, $5)`,
        [org.id, najaar.id, p[NAJAAR_ALUMNI[i]!]!.membershipId, at(computedAt), level],
      );
    }
  }
  // Iris opted in as mentor and mentors Sanne since March.
  await t.ds.query(
    `INSERT INTO mentor_profiles (membership_id, organisation_id, status) VALUES ($1, $2, 'active')`,
    [p.iris!.membershipId, org.id],
  );
  await t.ds.query(
    `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, created_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'active', $4)`,
    [org.id, p.iris!.membershipId, p.sanne!.membershipId, at('2026-03-20T10:00:00.000Z')],
  );

  // — Voorjaar 2026: 8 participants (consent 1 March 10:00), Ruben facilitates; sessions on Thursdays 18:30. —
  clock.set(at('2026-02-20T10:00:00.000Z'));
  voorjaar = await createTraject(
    a,
    'Voorjaar',
    '2026-03-01',
    '2026-04-30',
    ['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26', '2026-04-02'].map((d) => `${d}T18:30:00.000Z`),
    ruben,
  );
  clock.set(at('2026-03-01T10:00:00.000Z'));
  for (const name of VOORJAAR_PARTICIPANTS) await enrolAndConsent(a, voorjaar.id, p[name]!);
  const r = voorjaar.roomId;
  const { sanne, ahmed, joris, lotte, mirjam, yara, kees } = p as Record<string, TestMember>;
  // First half (the period's midpoint is 15 March 06:00 when "now" is 29 March 12:00).
  const c1 = await say(r, sanne!, '2026-03-02T10:00:00.000Z', 'projectie', 100, ['eenzaamheid', 'slaap']);
  await say(r, yara!, '2026-03-02T11:00:00.000Z', 'projectie');
  await say(r, ahmed!, '2026-03-02T12:00:00.000Z', 'projectie');
  await say(r, sanne!, '2026-03-03T10:00:00.000Z', 'projectie');
  await say(r, joris!, '2026-03-03T11:00:00.000Z', 'projectie');
  await say(r, kees!, '2026-03-03T12:00:00.000Z', 'projectie', 100, ['eenzaamheid']);
  const c7 = await say(r, ahmed!, '2026-03-04T12:00:00.000Z', 'herkenning');
  await say(r, ruben, '2026-03-05T18:45:00.000Z', null, 300); // in session 1
  const c9 = await say(r, lotte!, '2026-03-05T19:00:00.000Z', 'herkenning'); // in session 1
  await say(r, mirjam!, '2026-03-06T10:00:00.000Z', null, 100, ['slaap']);
  await say(r, yara!, '2026-03-09T10:00:00.000Z', 'herkenning');
  await say(r, kees!, '2026-03-10T10:00:00.000Z', 'projectie');
  // Second half.
  await say(r, ahmed!, '2026-03-16T10:00:00.000Z', 'herkenning', 100, ['rouw']);
  const c14 = await say(r, lotte!, '2026-03-16T11:00:00.000Z', 'getuigenis', 100, ['rouw']);
  const c15 = await say(r, joris!, '2026-03-17T09:00:00.000Z', 'verbinding');
  await say(r, joris!, '2026-03-18T10:00:00.000Z', 'verbinding');
  await say(r, ruben, '2026-03-19T18:35:00.000Z', null, 300); // in session 3
  await say(r, ahmed!, '2026-03-19T18:40:00.000Z', 'gelijkwaardigheid'); // in session 3
  await say(r, sanne!, '2026-03-20T10:00:00.000Z', 'projectie');
  await say(r, yara!, '2026-03-21T10:00:00.000Z', 'herkenning');
  await say(r, sanne!, '2026-03-22T10:00:00.000Z', 'projectie');
  await say(r, kees!, '2026-03-24T10:00:00.000Z', 'gelijkwaardigheid');
  await say(r, lotte!, '2026-03-25T10:00:00.000Z', 'getuigenis');
  await say(r, ruben, '2026-03-26T10:00:00.000Z', null, 200);
  // Herkenning: Ahmed ↔ Lotte both ways; Ahmed → Sanne, Joris → Lotte, Mirjam → Joris, Yara → Lotte.
  await recognise(r, ahmed!, c1, sanne!, '2026-03-04T10:00:00.000Z');
  await recognise(r, lotte!, c7, ahmed!, '2026-03-05T19:30:00.000Z');
  await recognise(r, ahmed!, c9, lotte!, '2026-03-06T10:00:00.000Z');
  await recognise(r, joris!, c14, lotte!, '2026-03-17T10:00:00.000Z');
  await recognise(r, mirjam!, c15, joris!, '2026-03-18T10:00:00.000Z');
  await recognise(r, yara!, c14, lotte!, '2026-03-21T11:00:00.000Z');
  // Yara and Kees talk 1:1 (two-way contact outside the group).
  const direct = await t.ds.query<{ id: string }[]>(
    `INSERT INTO rooms (id, organisation_id, kind, name) VALUES (gen_random_uuid(), $1, 'direct', '') RETURNING id`,
    [org.id],
  );
  for (const m of [yara!, kees!])
    await t.ds.query(
      `INSERT INTO room_members (room_id, membership_id, organisation_id, status) VALUES ($1, $2, $3, 'active')`,
      [direct[0]!.id, m.membershipId, org.id],
    );
  await say(direct[0]!.id, yara!, '2026-03-11T20:00:00.000Z', null);
  await say(direct[0]!.id, kees!, '2026-03-11T20:05:00.000Z', null);

  clock.set(NOW);
});

describe('facilitator dashboard', () => {
  it('should show the phase picture, herkenning, equality and suggestions of the group, as computed by hand', async () => {
    const c = await clientFor(ruben);
    const res = await c.get<DashboardView>(`/api/insight/rooms/${voorjaar.roomId}/dashboard`);
    expect(res.status).toBe(200);
    const d = res.body;
    const id = (name: string) => (name === 'ruben' ? ruben.membershipId : p[name]!.membershipId);
    const member = (name: string) => d.members.find((m) => m.member.membershipId === id(name))!;

    expect(d.traject).toMatchObject({ id: voorjaar.id, name: 'Voorjaar', startsOn: '2026-03-01' });
    expect(d.period).toEqual({ from: '2026-03-01T00:00:00.000Z', to: NOW.toISOString() });
    expect(d.members).toHaveLength(9);

    // Current phases (participantPath over this group, one message never moves a person):
    // Sanne, Kees projectie; Ahmed, Lotte (getuigenis 2 ties herkenning 2: stays), Yara herkenning;
    // Joris verbinding; Mirjam (one recognition) and Daan (silent) no phase yet.
    expect(d.phases.now).toEqual({
      projectie: 2,
      herkenning: 3,
      gelijkwaardigheid: 0,
      verbinding: 1,
      getuigenis: 0,
      none: 2,
    });
    // Weeks start on Monday (2 March 2026 is a Monday).
    expect(d.phases.byWeek).toEqual([
      {
        weekStart: '2026-03-02',
        counts: { projectie: 6, herkenning: 2, gelijkwaardigheid: 0, verbinding: 0, getuigenis: 0, none: 2 },
      },
      {
        weekStart: '2026-03-09',
        counts: { projectie: 1, herkenning: 1, gelijkwaardigheid: 0, verbinding: 0, getuigenis: 0, none: 0 },
      },
      {
        weekStart: '2026-03-16',
        counts: { projectie: 2, herkenning: 2, gelijkwaardigheid: 1, verbinding: 2, getuigenis: 1, none: 1 },
      },
      {
        weekStart: '2026-03-23',
        counts: { projectie: 0, herkenning: 0, gelijkwaardigheid: 1, verbinding: 0, getuigenis: 1, none: 1 },
      },
    ]);
    // Per session period (one start to the next); the 2 April session has not happened yet.
    expect(d.phases.bySession.map((s) => [s.startsAt.slice(0, 10), s.counts])).toEqual([
      [
        '2026-03-05',
        { projectie: 1, herkenning: 2, gelijkwaardigheid: 0, verbinding: 0, getuigenis: 0, none: 2 },
      ],
      [
        '2026-03-12',
        { projectie: 0, herkenning: 1, gelijkwaardigheid: 0, verbinding: 2, getuigenis: 1, none: 0 },
      ],
      [
        '2026-03-19',
        { projectie: 2, herkenning: 1, gelijkwaardigheid: 2, verbinding: 0, getuigenis: 1, none: 2 },
      ],
      [
        '2026-03-26',
        { projectie: 0, herkenning: 0, gelijkwaardigheid: 0, verbinding: 0, getuigenis: 0, none: 0 },
      ],
    ]);

    // Herkenning.
    expect(d.herkenning.total).toBe(6);
    expect(d.herkenning.edges.map((e) => `${e.fromMemberId}>${e.toMemberId}:${e.count}`).sort()).toEqual(
      [
        ['ahmed', 'sanne'],
        ['lotte', 'ahmed'],
        ['ahmed', 'lotte'],
        ['joris', 'lotte'],
        ['mirjam', 'joris'],
        ['yara', 'lotte'],
      ]
        .map(([a, b]) => `${id(a!)}>${id(b!)}:1`)
        .sort(),
    );
    expect(d.herkenning.neverGave).toEqual([id('sanne'), id('daan'), id('kees')].sort());
    expect(d.herkenning.neverReceived).toEqual([id('mirjam'), id('daan'), id('yara'), id('kees')].sort());
    expect(d.herkenning.isolated).toEqual([id('daan'), id('kees')].sort());
    expect(member('lotte')).toMatchObject({ recognitionsGiven: 1, recognitionsReceived: 3 });
    // Kantelpunt relative to consent (1 March 10:00): Ahmed 3 days, Lotte 4 d 9 h, Joris 16, Mirjam 17, Yara 8.
    expect(
      ['ahmed', 'lotte', 'joris', 'mirjam', 'yara', 'sanne'].map(
        (n) => member(n).kantelpunt?.daysFromStart ?? null,
      ),
    ).toEqual([3, 4.4, 16, 17, 8, null]);

    // Equality: characters Ruben 800, Sanne 400, Ahmed 400, Yara/Joris/Kees/Lotte 300, Mirjam 100, Daan 0
    // (2900). Gini = 2·18800/(9·2900) − 10/9 = 0.3295 → 0.33; facilitator 800/2900 = 0.276 of voice, 1/9 of members.
    const eq = d.equality.overall;
    expect(eq.gini).toBe(0.33);
    expect(eq.facilitators).toEqual({ shareOfVoice: 0.276, shareOfMembers: 0.111 });
    expect(eq.silentMemberIds).toEqual([id('daan')]);
    expect(eq.advice.map((m) => formatMessage(m, 'nl'))).toEqual([
      'De begeleiders spraken 28 % van de tijd in een groep waar zij 11 % van de leden zijn. Meer ruimte laten kan helpen: stel een open vraag en wacht even.',
      '1 van de 9 leden hebben nog niets gezegd. Nodig ze persoonlijk en zonder druk uit.',
    ]);
    // Session 1's period: Ruben 300, Lotte, Mirjam, Yara, Kees 100 each: Gini 2·5300/(9·700) − 10/9 = 0.571.
    const s1 = d.equality.bySession[0]!.meter;
    expect([s1.contributionCount, s1.gini, s1.advice[0]!.key]).toEqual([5, 0.571, 'equality.tooLittleData']);

    // Flags and suggestions (never actions): Sanne stuck (26 days of projectie, no herkenning); Kees not yet
    // (19 days); Kees and Sanne wrote about eenzaamheid but never met; Daan silent; Iris has a free place.
    expect(member('sanne').path!.flags.map((f) => f.id)).toEqual([
      'stuck_in_projectie',
      'never_gave_recognition',
    ]);
    expect(member('kees').path!.flags.map((f) => f.id)).toEqual([
      'never_gave_recognition',
      'never_received_recognition',
    ]);
    expect(member('ruben').path).toBeNull();
    expect(d.suggestions.map((s) => [s.kind, s.memberIds])).toEqual([
      ['reflectionPrompt', [id('sanne')]],
      ['bringTogether', [id('kees'), id('sanne')]],
      ['askQuiet', [id('daan')]],
      ['offerMentor', [id('kees')]],
      ['offerMentor', [id('yara')]],
    ]);
    expect(formatMessage(d.suggestions[1]!.message, 'nl')).toBe(
      'Kees en Sanne schreven allebei over eenzaamheid, maar hadden nog geen contact. Breng ze samen?',
    );

    expect(await auditCount('insight.dashboard_view', ruben)).toBe(1);
  });

  it('should show self-placement beside the data, and limit the period on request', async () => {
    for (const [name, phase] of [
      ['sanne', 'herkenning'],
      ['ahmed', 'herkenning'],
      ['lotte', 'projectie'],
      ['lotte', 'getuigenis'],
    ] as const) {
      const c = await clientFor(p[name]!);
      expect((await c.request('PUT', '/api/insight/me/path', { phase })).status).toBe(200);
    }
    const c = await clientFor(ruben);
    const d = (
      await c.get<DashboardView>(
        `/api/insight/rooms/${voorjaar.roomId}/dashboard?from=2026-03-16&to=2026-03-22`,
      )
    ).body;
    const member = (name: string) => d.members.find((m) => m.member.membershipId === p[name]!.membershipId)!;
    expect([
      member('sanne').selfPlacement?.phase,
      member('sanne').path?.currentPhase,
      member('sanne').differs,
    ]).toEqual(['herkenning', 'projectie', true]);
    expect([member('ahmed').selfPlacement?.phase, member('ahmed').differs]).toEqual(['herkenning', false]);
    expect([member('lotte').selfPlacement?.phase, member('lotte').differs]).toEqual(['getuigenis', true]);
    expect(member('joris').selfPlacement).toBeNull();
    expect(d.period).toEqual({ from: '2026-03-16T00:00:00.000Z', to: '2026-03-22T23:59:59.999Z' });
    expect(d.phases.byWeek).toEqual([
      {
        weekStart: '2026-03-16',
        counts: { projectie: 2, herkenning: 2, gelijkwaardigheid: 1, verbinding: 2, getuigenis: 1, none: 1 },
      },
    ]);
  });

  it('should refuse the dashboard to everyone but the group’s facilitators', async () => {
    const path = `/api/insight/rooms/${voorjaar.roomId}/dashboard`;
    const cases: [TestMember, number][] = [
      [p.sanne!, 403], // a participant of the group
      [femke, 404], // a facilitator of another group
      [anouk, 404], // an admin who is not in the group
      [otherFacilitator, 404], // another organisation
      [otherAdmin, 404],
    ];
    for (const [m, status] of cases) {
      const c = await clientFor(m);
      expect([m.displayName, (await c.get(path)).status]).toEqual([m.displayName, status]);
      expect([m.displayName, (await c.get(`/api/insight/rooms/${voorjaar.roomId}/session`)).status]).toEqual([
        m.displayName,
        status,
      ]);
    }
    const r = await clientFor(ruben);
    expect((await r.get(`/api/insight/rooms/not-a-room/dashboard`)).status).toBe(404);
    expect((await r.get(`${path}?from=gisteren`)).status).toBe(400);
    expect((await r.get(`${path}?from=2026-03-20&to=2026-03-10`)).status).toBe(400);
    expect((await r.get(`${path}?extra=1`)).status).toBe(400);
    expect((await new TestClient(t.url, t.origin).get(path)).status).toBe(401);
    expect(await auditCount('insight.dashboard_view', ruben)).toBe(0);
  });
});

describe('live session panel', () => {
  it('should push the current session to the group’s facilitators only, as it happens', async () => {
    clock.set(null); // contributions take the database's time: follow the real clock
    const hostSocket = await connected(await clientFor(ruben));
    const pictures = record(hostSocket, 'insight:session');
    const participantSocket = await connected(await clientFor(p.ahmed!));
    const leaked = record(participantSocket, 'insight:session');

    const sanne = await clientFor(p.sanne!);
    const sent = await sanne.post<{ contribution: { id: string } }>(
      `/api/rooms/${voorjaar.roomId}/contributions`,
      {
        clientId: clientId(),
        kind: 'story',
        title: 'Mijn week',
        body: 'Ik dacht altijd dat ik de enige was die zo slecht sliep. Dat herken ik nu bij anderen.',
      },
    );
    expect(sent.status).toBe(201);
    // The host gets a picture when they connect, then one after the message.
    await waitFor(
      () => (pictures.at(-1) as InsightSessionPicture | undefined)?.contributions === 1,
      5000,
      'a live picture with the message',
    );
    const first = pictures.at(-1) as InsightSessionPicture;
    expect(first.roomId).toBe(voorjaar.roomId);
    expect(first.sessionStartsAt).toBeNull();
    expect(first.contributions).toBe(1);
    expect(first.members.find((m) => m.member.membershipId === p.sanne!.membershipId)?.shareOfVoice).toBe(1);
    // Everyone else of the 8 participants has not spoken in this window; facilitators are not listed.
    expect(first.notYetSpoken.map((m) => m.displayName).sort()).toEqual(
      ['Ahmed', 'Daan', 'Joris', 'Kees', 'Lotte', 'Mirjam', 'Yara'].sort(),
    );

    const ahmed = await clientFor(p.ahmed!);
    expect(
      (
        await ahmed.post(`/api/contributions/${sent.body.contribution.id}/reactions`, {
          kind: 'herkenning',
          on: true,
        })
      ).status,
    ).toBe(200);
    await waitFor(
      () => (pictures.at(-1) as InsightSessionPicture).recognitions.count === 1,
      5000,
      'herkenning',
    );
    const second = pictures.at(-1) as InsightSessionPicture;
    expect(second.recognitions.edges).toEqual([
      { fromMemberId: p.ahmed!.membershipId, toMemberId: p.sanne!.membershipId, count: 1 },
    ]);

    // The same picture on request, logged as a view.
    const r = await clientFor(ruben);
    const view = await r.get<InsightSessionPicture>(`/api/insight/rooms/${voorjaar.roomId}/session`);
    expect(view.status).toBe(200);
    expect([view.body.contributions, view.body.recognitions.count]).toEqual([1, 1]);
    expect(await auditCount('insight.session_view', ruben)).toBe(1);

    await sleep(400);
    expect(leaked).toEqual([]);
  });
});

describe('live session panel, during a session', () => {
  it('should open the window half an hour before a session in progress and count within it', async () => {
    const r = voorjaar.roomId;
    const { sanne, ahmed, joris } = p as Record<string, TestMember>;
    // A meeting after the course (the group goes on): 10 June 18:30; it is now 19:30.
    await t.ds.query(
      `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title) VALUES (gen_random_uuid(), $1, $2, $3, 'Terugkomavond')`,
      [voorjaar.id, org.id, at('2026-06-10T18:30:00.000Z')],
    );
    await say(r, joris!, '2026-06-10T17:59:00.000Z', 'projectie', 300); // before the window (18:00)
    const story = await say(r, sanne!, '2026-06-10T18:05:00.000Z', 'projectie', 300);
    await say(r, ahmed!, '2026-06-10T18:40:00.000Z', 'herkenning', 100);
    await say(r, ahmed!, '2026-06-10T19:10:00.000Z', null, 100);
    await say(r, ruben, '2026-06-10T19:20:00.000Z', null, 500);
    await say(r, sanne!, '2026-06-10T19:31:00.000Z', 'verbinding', 100); // after now
    await recognise(r, ahmed!, story, sanne!, '2026-06-10T18:41:00.000Z');
    await recognise(r, joris!, story, sanne!, '2026-06-10T17:58:00.000Z'); // before the window
    clock.set(at('2026-06-10T19:30:00.000Z'));

    const view = await (await clientFor(ruben)).get<InsightSessionPicture>(`/api/insight/rooms/${r}/session`);
    expect(view.status).toBe(200);
    const picture = view.body;
    expect(picture.sessionStartsAt).toBe('2026-06-10T18:30:00.000Z');
    expect(picture.from).toBe('2026-06-10T18:00:00.000Z');
    expect(picture.to).toBe('2026-06-10T19:30:00.000Z');
    expect(picture.contributions).toBe(4);
    expect(Object.fromEntries(picture.phases.map((x) => [x.phase ?? 'none', x.count]))).toEqual({
      projectie: 1,
      herkenning: 1,
      none: 2,
    });
    expect(picture.recognitions).toEqual({
      count: 1,
      edges: [{ fromMemberId: ahmed!.membershipId, toMemberId: sanne!.membershipId, count: 1 }],
    });
    const share = (m: TestMember) =>
      picture.members.find((x) => x.member.membershipId === m.membershipId)?.shareOfVoice;
    // Characters in the window: Sanne 300, Ahmed 200, Ruben 500 of 1,000.
    expect([share(sanne!), share(ahmed!), share(ruben), share(joris!)]).toEqual([0.3, 0.2, 0.5, 0]);
    expect(picture.equality.facilitatorShareOfVoice).toBe(0.5);
    expect(picture.notYetSpoken.map((m) => m.displayName)).toContain('Joris');
    expect(picture.notYetSpoken.map((m) => m.displayName)).not.toContain('Ahmed');
  });
});

describe('mijn pad', () => {
  it('should keep self-placements as history and show what the data suggests, without flags', async () => {
    const c = await clientFor(p.sanne!);
    const empty = await c.get<MyPathView>('/api/insight/me/path');
    expect(empty.status).toBe(200);
    expect(empty.body.selfPlacement).toBeNull();
    // All rooms: 4 projectie contributions; received one recognition.
    expect(empty.body.data).toMatchObject({
      currentPhase: 'projectie',
      // Judged on all four signals (fewer than the window of six); since the second one tipped it.
      currentPhaseSignals: 4,
      currentPhaseSince: empty.body.data.phasesReached[0]!.reachedAt,
      contributions: 4,
      recognitionsGiven: 0,
      recognitionsReceived: 1,
      kantelpunt: null,
    });
    expect(empty.body.data.phasesReached.map((x) => x.phase)).toEqual(['projectie']);
    expect(JSON.stringify(empty.body)).not.toMatch(/flag|stuck/);

    clock.set(at('2026-03-29T13:00:00.000Z'));
    await c.request('PUT', '/api/insight/me/path', { phase: 'projectie' });
    clock.set(at('2026-03-29T14:00:00.000Z'));
    const placed = await c.request<MyPathView>('PUT', '/api/insight/me/path', { phase: 'herkenning' });
    expect(placed.status).toBe(200);
    expect(placed.body.selfPlacement).toEqual({ phase: 'herkenning', at: '2026-03-29T14:00:00.000Z' });
    expect(placed.body.history.map((h) => h.phase)).toEqual(['herkenning', 'projectie']);
    // The same place again is not a new step in the history.
    clock.set(at('2026-03-29T15:00:00.000Z'));
    const again = await c.request<MyPathView>('PUT', '/api/insight/me/path', { phase: 'herkenning' });
    expect(again.body.history).toEqual(placed.body.history);

    expect((await c.request('PUT', '/api/insight/me/path', { phase: 'genezen' })).status).toBe(400);
    expect(
      (await c.request('PUT', '/api/insight/me/path', { phase: 'herkenning', membershipId: 'x' })).status,
    ).toBe(400);
    // Nobody else sees it: there is no route to another person's path, and Ahmed's own is empty.
    const ahmed = await clientFor(p.ahmed!);
    expect((await ahmed.get<MyPathView>('/api/insight/me/path')).body.selfPlacement).toBeNull();
  });
});

describe('evaluation report', () => {
  it('should score Voorjaar on the five checkpoints, with suppression below 5, as computed by hand', async () => {
    const c = await clientFor(anouk);
    const res = await c.get<ReportView>(`/api/insight/report?trajectId=${voorjaar.id}`);
    expect(res.status).toBe(200);
    const rep = res.body;
    expect(rep.scope).toMatchObject({ kind: 'traject', traject: { id: voorjaar.id, status: 'lopend' } });
    expect(rep.participants).toEqual(shown(8));
    expect(rep.trajecten.map((x) => x.name)).toEqual(['Voorjaar', 'Najaar']);

    const cp = Object.fromEntries(rep.checkpoints.map((x) => [x.id, x]));
    // Projectie: early 7/10 = 0.7, late 2/10 = 0.2; L = 0.5, T = min(1, 0.5 + 2.5·0.5) = 1, S = 1 − 1/8.
    // 100 × (0.15 + 0.3 + 0.35) = 80.
    expect([cp.projectie!.score, cp.projectie!.light]).toEqual([80, 'groen']);
    expect(cp.projectie!.figures.map((f) => f.cell)).toEqual([shown(0.7), shown(0.2), hidden]);
    expect(cp.projectie!.interventions.map((m) => m.key)).toEqual(['insight.intervention.discussProjection']);
    // Herkenning: gave 5/8, received 4/8, median(3, 4.375, 8, 16, 17) = 8 → K = 34/35.
    // 100 × (0.35·0.625 + 0.35·0.5 + 0.3·0.9714) = 68.5 → 69.
    expect([cp.herkenning!.score, cp.herkenning!.light]).toEqual([69, 'oranje']);
    expect(cp.herkenning!.figures.map((f) => [f.id, f.cell])).toEqual([
      ['gave', shown(5)],
      ['gaveShare', shown(0.625)],
      ['received', hidden],
      ['receivedShare', hidden],
      ['kantelpuntMedianDays', shown(8)],
    ]);
    expect(cp.herkenning!.interventions.map((m) => m.key)).toEqual([
      'insight.intervention.bringTogether',
      'insight.intervention.shareInEqualGroups',
    ]);
    // Gelijkwaardigheid: E = 0.67, B = (3 − 0.276/0.111)/2 = 0.2568, Q = 8/9 → 61.2 → 61.
    expect([cp.gelijkwaardigheid!.score, cp.gelijkwaardigheid!.light]).toEqual([61, 'oranje']);
    expect(cp.gelijkwaardigheid!.figures.map((f) => f.cell)).toEqual([
      shown(0.33),
      shown(0.276),
      shown(0.111),
      hidden,
    ]);
    // Verbinding: 20 of 24 messages outside the meetings → U = 1; two-way: Ahmed, Lotte (herkenning both
    // ways), Yara, Kees (1:1) → W = 0.5; no alumni yet → (0.3 + 0.15)/0.6 = 75.
    expect([cp.verbinding!.score, cp.verbinding!.light]).toEqual([75, 'groen']);
    expect(cp.verbinding!.components.map((x) => x.measured)).toEqual([true, true, false, false]);
    expect(cp.verbinding!.figures[0]!.cell).toEqual(shown(0.833));
    // Getuigenis: Lotte only → R = (1/8)/0.25 = 0.5; no alumni, no mentors: 50.
    expect([cp.getuigenis!.score, cp.getuigenis!.light]).toEqual([50, 'oranje']);

    // Funnel: furthest Sanne, Kees projectie; Ahmed, Yara herkenning; Joris verbinding; Lotte getuigenis.
    expect(rep.funnel.steps.map((s) => [s.phase, s.reached, s.share])).toEqual([
      ['projectie', shown(6), shown(0.75)],
      ['herkenning', hidden, hidden],
      ['gelijkwaardigheid', hidden, hidden],
      ['verbinding', hidden, hidden],
      ['getuigenis', hidden, hidden],
    ]);
    expect(rep.funnel.largestDrop).toEqual({ from: 'projectie', to: 'herkenning' });
    expect(rep.funnel.noPhaseYet).toEqual(hidden);
    expect(rep.funnel.kantelpunt).toEqual({ reached: shown(5), medianDays: shown(8) });
    expect(rep.aftercare.alumni).toEqual(hidden);

    const [audit] = await t.ds.query<{ target_type: string; target_id: string }[]>(
      `SELECT target_type, target_id FROM audit_events WHERE action = 'insight.report_view' AND actor_membership_id = $1`,
      [anouk.membershipId],
    );
    expect(audit).toEqual({ target_type: 'traject', target_id: voorjaar.id });
  });

  it('should count the furthest phase as participantPath does (Mijn pad, the dashboard): one meaning, facilitator confirmations included', async () => {
    // A facilitator's word on getuigenis overrules the messages: Kees confirmed without any getuigenis
    // message, Lotte "not yet" despite two. Both views must follow it, or neither.
    for (const [m, confirmed] of [
      [p.kees!, true],
      [p.lotte!, false],
    ] as const) {
      await t.ds.query(
        `INSERT INTO getuigenis_confirmations (membership_id, organisation_id, confirmed, confirmed_by, at) VALUES ($1, $2, $3, $4, $5)`,
        [m.membershipId, org.id, confirmed, ruben.membershipId, at('2026-03-27T10:00:00.000Z')],
      );
    }
    const alumniRooms = (
      await t.ds.query<{ id: string }[]>(
        `SELECT id FROM rooms WHERE organisation_id = $1 AND kind = 'alumni'`,
        [org.id],
      )
    ).map((r) => r.id);
    const facts = t.app.get(ReportRepository);
    const loader = t.app.get(PathLoader);
    const nameOf = new Map(Object.entries(p).map(([name, m]) => [m.membershipId, name]));
    for (const traject of [voorjaar, najaar]) {
      const rows = await facts.participantFacts([traject.id], NOW);
      // The report's evidence: the group room and the alumni rooms (all of these contributions fall after the start).
      const paths = await loader.paths(
        rows.map((r) => r.membership_id),
        NOW,
        [traject.roomId, ...alumniRooms],
      );
      const byReport = rows.map((r) => [nameOf.get(r.membership_id), furthestPhase(r)] as const);
      const byPath = rows.map(
        (r) => [nameOf.get(r.membership_id), paths.get(r.membership_id)!.furthestPhase] as const,
      );
      expect(byReport).toEqual(byPath);
      const perPhase: Partial<Record<PhaseId, number>> = {};
      for (const [, phase] of byPath) if (phase) perPhase[phase] = (perPhase[phase] ?? 0) + 1;
      expect(summariseParticipants(rows).furthest).toEqual(perPhase);
    }
    const voorjaarRows = await facts.participantFacts([voorjaar.id], NOW);
    const furthestOf = (m: TestMember) =>
      furthestPhase(voorjaarRows.find((r) => r.membership_id === m.membershipId)!);
    // Kees: projectie ×3, gelijkwaardigheid ×1, confirmed → getuigenis; Lotte: getuigenis ×2 but "not yet",
    // herkenning 1 message + 1 recognition given → herkenning.
    expect([furthestOf(p.kees!), furthestOf(p.lotte!)]).toEqual(['getuigenis', 'herkenning']);
    const c = await clientFor(anouk);
    const rep = (await c.get<ReportView>(`/api/insight/report?trajectId=${voorjaar.id}`)).body;
    expect(rep.checkpoints.find((x) => x.id === 'getuigenis')!.score).toBe(50); // still one of eight: Kees instead of Lotte
  });

  it('should report after-care for Najaar: zwart-gat per month, alumni still active, mentorships', async () => {
    const c = await clientFor(anouk);
    const rep = (await c.get<ReportView>(`/api/insight/report?trajectId=${najaar.id}`)).body;
    expect(rep.scope).toMatchObject({ kind: 'traject', traject: { status: 'afgerond' } });
    const a = rep.aftercare;
    expect(a.alumni).toEqual(shown(6));
    expect(
      a.zwartGat.map((m) => [m.month, m.levels.laag, m.levels.midden, m.levels.hoog, m.measured]),
    ).toEqual([
      [1, shown(5), hidden, hidden, shown(6)],
      [2, hidden, hidden, hidden, shown(6)],
      [3, shown(6), hidden, hidden, shown(6)],
      [4, hidden, hidden, hidden, hidden],
      [5, hidden, hidden, hidden, hidden],
      [6, hidden, hidden, hidden, hidden],
    ]);
    expect(a.active).toEqual([
      { month: 1, share: shown(0.833), active: shown(5), measured: shown(6) },
      { month: 3, share: hidden, active: hidden, measured: shown(6) },
      { month: 6, share: hidden, active: hidden, measured: hidden },
    ]);
    expect(a.mentorships).toEqual(hidden);
    // Verbinding now counts the alumni: A = 5/6, Z = 1 (nobody at hoog in the latest scores).
    const verbinding = rep.checkpoints.find((x) => x.id === 'verbinding')!;
    expect(verbinding.components.map((x) => x.measured)).toEqual([true, true, true, true]);
  });

  it('should pool the organisation and compare trajecten side by side', async () => {
    const c = await clientFor(anouk);
    const whole = (await c.get<ReportView>('/api/insight/report')).body;
    expect(whole.scope).toEqual({ kind: 'organisation' });
    expect(whole.organisation.name).toBe('Herstelacademie De Brug');
    expect([whole.trajectCount, whole.participants]).toEqual([2, shown(14)]);
    expect(whole.aftercare.alumni).toEqual(shown(6));

    const traject = (await c.get<ReportView>(`/api/insight/report?trajectId=${voorjaar.id}`)).body;
    const compare = await c.get<CompareView>('/api/insight/report/compare');
    expect(compare.status).toBe(200);
    expect(compare.body.trajecten.map((x) => x.traject.name)).toEqual(['Voorjaar', 'Najaar']);
    expect(compare.body.trajecten[0]!.checkpoints.map((x) => x.score)).toEqual(
      traject.checkpoints.map((x) => x.score),
    );
    expect(compare.body.trajecten[1]!.activeAfterOneMonth).toEqual(shown(0.833));
    const chosen = await c.get<CompareView>(`/api/insight/report/compare?trajectIds=${najaar.id}`);
    expect(chosen.body.trajecten.map((x) => x.traject.id)).toEqual([najaar.id]);
    expect((await c.get(`/api/insight/report/compare?trajectIds=nee`)).status).toBe(400);
  });

  it('should export the aggregates as CSV with the same suppression, and log the export', async () => {
    const c = await clientFor(anouk);
    const res = await c.get<string>(`/api/insight/report.csv?trajectId=${voorjaar.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="spiegel-rapport-voorjaar-2026-03-29\.csv"$/,
    );
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('sectie,kenmerk,waarde,eenheid');
    expect(lines).toContain('rapport,deelnemers,8,aantal');
    expect(lines).toContain('checkpoint: Identificeer de projectiefase,score,80,score (0-100)');
    expect(lines).toContain(
      'checkpoint: Faciliteer herkenning,Deelnemers die herkenning ontvingen,< 5,aantal',
    );
    expect(lines).toContain('fasetrechter,Projectie bereikt (of verder),6,aantal');
    expect(lines).toContain('fasetrechter,Herkenning bereikt (of verder),< 5,aantal');
    expect(lines).toContain('fasetrechter,mediaan dagen tot eerste herkenning,8,dagen');
    // Aggregates only: no names, no ids of people.
    for (const m of [...Object.values(p), ruben]) {
      expect(res.body).not.toContain(m.membershipId);
      expect(res.body).not.toContain(m.displayName);
    }
    expect(await auditCount('insight.report_export', anouk)).toBe(1);
  });

  it('should refuse participants, other organisations, and facilitators outside their own trajecten', async () => {
    const r = await clientFor(ruben);
    expect((await r.get(`/api/insight/report?trajectId=${voorjaar.id}`)).status).toBe(200);
    expect((await r.get(`/api/insight/report?trajectId=${najaar.id}`)).status).toBe(403);
    expect((await r.get('/api/insight/report')).status).toBe(403);
    expect((await r.get(`/api/insight/report.csv?trajectId=${najaar.id}`)).status).toBe(403);
    const own = await r.get<CompareView>('/api/insight/report/compare');
    expect(own.body.trajecten.map((x) => x.traject.name)).toEqual(['Voorjaar']);
    expect((await r.get(`/api/insight/report/compare?trajectIds=${najaar.id}`)).status).toBe(403);
    const rep = (await r.get<ReportView>(`/api/insight/report?trajectId=${voorjaar.id}`)).body;
    expect(rep.trajecten.map((x) => x.name)).toEqual(['Voorjaar']);

    const s = await clientFor(p.sanne!);
    for (const path of [
      `/api/insight/report?trajectId=${voorjaar.id}`,
      '/api/insight/report',
      '/api/insight/report/compare',
      `/api/insight/report.csv?trajectId=${voorjaar.id}`,
    ])
      expect([path, (await s.get(path)).status]).toEqual([path, 403]);

    const o = await clientFor(otherAdmin);
    expect((await o.get(`/api/insight/report?trajectId=${voorjaar.id}`)).status).toBe(404);
    expect((await o.get(`/api/insight/report.csv?trajectId=${voorjaar.id}`)).status).toBe(404);
    expect((await o.get(`/api/insight/report/compare?trajectIds=${voorjaar.id}`)).status).toBe(404);
    const a = await clientFor(anouk);
    expect((await a.get('/api/insight/report?trajectId=not-a-uuid')).status).toBe(400);
    expect((await a.get('/api/insight/report?trajectId=4b0c7c8e-8f9e-4a35-9d6c-2f6a1f0b9e11')).status).toBe(
      404,
    );
    expect(await auditCount('insight.report_view', p.sanne!)).toBe(0);
  });

  it('should keep an ended traject’s figures, and compute them again when their data or the calendar moves on', async () => {
    const c = await clientFor(anouk);
    const url = `/api/insight/report?trajectId=${najaar.id}`;
    const get = async () => ({ ...(await c.get<ReportView>(url)).body, generatedAt: '' });
    const row = async () =>
      (
        await t.ds.query<{ fresh: boolean; kept: boolean; computed_at: Date; valid_until: Date }[]>(
          `SELECT fresh, facts IS NOT NULL AS kept, computed_at, valid_until FROM report_traject_facts WHERE traject_id = $1`,
          [najaar.id],
        )
      )[0];
    const computedAfresh = async () => {
      await t.ds.query(`DELETE FROM report_traject_facts`);
      return get();
    };

    const first = await get();
    const stored = await row();
    expect(stored).toMatchObject({ fresh: true, kept: true });
    // Nothing here moves with time before then: kept for a day.
    expect(new Date(stored!.valid_until).getTime()).toBe(NOW.getTime() + 24 * 3600_000);
    // The second time the stored figures answer, and they are the same.
    expect(await get()).toEqual(first);
    expect((await row())!.computed_at).toEqual(stored!.computed_at);
    // Voorjaar is still running: its period follows the clock, so its figures are kept five minutes.
    await c.get(`/api/insight/report?trajectId=${voorjaar.id}`);
    const [running] = await t.ds.query<{ valid_until: Date }[]>(
      `SELECT valid_until FROM report_traject_facts WHERE traject_id = $1 AND fresh`,
      [voorjaar.id],
    );
    expect(new Date(running!.valid_until).getTime()).toBe(NOW.getTime() + 5 * 60_000);

    // Bas gives getuigenis twice in the alumni room: the stored figures are dropped at once.
    const [alumniRoom] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO rooms (id, organisation_id, name, kind) VALUES (gen_random_uuid(), $1, 'Alumni', 'alumni') RETURNING id`,
      [org.id],
    );
    expect(await row()).toMatchObject({ fresh: false, kept: false });
    await get();
    expect(await row()).toMatchObject({ fresh: true, kept: true });
    await say(alumniRoom!.id, p.bas!, '2026-03-20T10:00:00.000Z', 'getuigenis');
    await say(alumniRoom!.id, p.bas!, '2026-03-21T10:00:00.000Z', 'getuigenis');
    expect(await row()).toMatchObject({ fresh: false, kept: false });
    const after = await get();
    const getuigenis = (r: ReportView) => r.checkpoints.find((x) => x.id === 'getuigenis')!.score;
    expect(getuigenis(after)).toBeGreaterThan(getuigenis(first)!);
    expect(after).toEqual(await computedAfresh());

    // Six months after completion the sixth-month mark passes: figures stored just before it last until it.
    const [{ mark } = { mark: new Date(NaN) }] = await t.ds.query<{ mark: Date }[]>(
      `SELECT min(completed_at) + interval '180 days' AS mark FROM enrolments WHERE traject_id = $1`,
      [najaar.id],
    );
    clock.set(new Date(new Date(mark).getTime() - 60_000));
    const before = await computedAfresh();
    expect(before.aftercare.active.find((x) => x.month === 6)!.measured).toEqual(hidden);
    expect(new Date((await row())!.valid_until)).toEqual(new Date(mark));
    clock.set(new Date(new Date(mark).getTime() + 60_000));
    const passed = await get();
    expect(passed.aftercare.active.find((x) => x.month === 6)!.measured).toEqual(shown(6));
    expect(passed).toEqual(await computedAfresh());
  });

  it('should give the same organisation report from stored figures as computed afresh', async () => {
    const c = await clientFor(anouk);
    const get = async () => ({ ...(await c.get<ReportView>('/api/insight/report')).body, generatedAt: '' });
    const cold = await get();
    expect(
      (
        await t.ds.query(
          `SELECT traject_id FROM report_traject_facts WHERE fresh AND facts IS NOT NULL ORDER BY traject_id`,
        )
      ).map((r: { traject_id: string }) => r.traject_id),
    ).toEqual([najaar.id, voorjaar.id].sort());
    expect(await get()).toEqual(cold);
    // A new message in Voorjaar's group: its figures are computed again, Najaar's are read.
    await say(voorjaar.roomId, p.sanne!, '2026-03-29T11:00:00.000Z', 'herkenning');
    const after = await get();
    expect(after.checkpoints).not.toEqual(cold.checkpoints);
    await t.ds.query(`DELETE FROM report_traject_facts`);
    expect(await get()).toEqual(after);
    const compare = (await c.get<CompareView>('/api/insight/report/compare')).body;
    expect(compare.trajecten.map((x) => x.traject.name)).toEqual(['Voorjaar', 'Najaar']);
  });

  it('should suppress everything for a traject with fewer than 5 participants', async () => {
    const a = await clientFor(anouk);
    clock.set(at('2026-02-20T10:00:00.000Z'));
    const small = await createTraject(a, 'Klein', '2026-03-01', '2026-04-30', [], femke);
    clock.set(at('2026-03-01T10:00:00.000Z'));
    for (const name of ['iris', 'noor', 'bas', 'wim']) await enrolAndConsent(a, small.id, p[name]!);
    for (let i = 0; i < 12; i++)
      await say(
        small.roomId,
        p[['iris', 'noor', 'bas', 'wim'][i % 4]!]!,
        `2026-03-0${2 + (i % 7)}T10:00:00.000Z`,
        'projectie',
      );
    clock.set(NOW);
    const rep = (await a.get<ReportView>(`/api/insight/report?trajectId=${small.id}`)).body;
    expect(rep.participants).toEqual(hidden);
    for (const x of rep.checkpoints) {
      expect([x.id, x.score, x.light, x.note?.key]).toEqual([x.id, null, 'onbekend', 'insight.tooFewPeople']);
      expect(x.figures.every((f) => f.cell.suppressed)).toBe(true);
    }
    expect(rep.funnel.steps.every((s) => s.reached.suppressed)).toBe(true);
    expect(rep.funnel.largestDrop).toBeNull();
  });
});
