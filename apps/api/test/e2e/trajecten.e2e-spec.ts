import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { countActivity, formatMessage, type Msg } from '@spiegel/domain';
import { Clock } from '../../src/common/clock.js';
import { type Alumnus, loadZwartGatInputs } from '../../src/modules/nazorg/zwart-gat-inputs.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

interface TrajectDetail {
  id: string;
  roomId: string;
  status: string;
  sessions: { startsAt: string; cancelled: boolean }[];
  counts: Record<string, number>;
  enrolments:
    | {
        id: string;
        member: { membershipId: string; displayName: string };
        status: string;
        leftNote: string | null;
      }[]
    | null;
}
interface MyEnrolment {
  id: string;
  status: string;
  traject: { id: string; status: string; roomId: string };
}
interface NazorgOverview {
  totals: { alumni: number; consented: number; byLevel: Record<string, number> };
  alumni: {
    member: { membershipId: string; displayName: string };
    level: string | null;
    reasons: Msg[];
    snoozedUntil: string | null;
    lastContact: { kind: string; note: string | null } | null;
  }[];
}

let t: TestApp;
let clock: Clock;
let admin: TestMember;
let ruben: TestMember;
let femke: TestMember;
let sanne: TestMember;
let ahmed: TestMember;
let joris: TestMember;

const day = (iso: string) => new Date(`${iso}T12:00:00.000Z`);

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

async function createTraject(
  a: TestClient,
  facilitators: TestMember[],
  name = 'Herstel in verbinding',
): Promise<TrajectDetail> {
  const res = await a.post<TrajectDetail>('/api/trajecten', {
    name,
    description: 'Acht bijeenkomsten over herstel',
    startsOn: '2026-03-01',
    endsOn: '2026-04-30',
    sessions: [
      { startsAt: '2026-03-05T18:30:00.000Z', title: 'Kennismaken' },
      { startsAt: '2026-03-12T18:30:00.000Z' },
    ],
    facilitatorIds: facilitators.map((f) => f.membershipId),
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** Enrols and consents in one go, as the participant would through the consent screen. */
async function enrolAndConsent(
  a: TestClient,
  trajectId: string,
  m: TestMember,
  followUp = true,
): Promise<TestClient> {
  expect(
    (await a.post(`/api/trajecten/${trajectId}/enrolments`, { membershipIds: [m.membershipId] })).status,
  ).toBe(201);
  const c = await clientFor(m);
  const mine = (await c.get<MyEnrolment[]>('/api/enrolments/mine')).body.find(
    (e) => e.traject.id === trajectId,
  )!;
  expect((await c.post(`/api/enrolments/${mine.id}/consent`, { agree: true, followUp })).status).toBe(200);
  return c;
}

/** Sends as `c` and moves the contribution to `at` (contributions take the database's now()). */
async function sendAt(
  c: TestClient,
  roomId: string,
  at: Date,
  body: string,
  extra: { kind?: 'message' | 'story'; title?: string; replyToId?: string } = {},
): Promise<string> {
  clock.set(at);
  const res = await c.post<{ contribution: { id: string } }>(`/api/rooms/${roomId}/contributions`, {
    clientId: clientId(),
    kind: 'message',
    body,
    ...extra,
  });
  expect(res.status).toBe(201);
  await t.ds.query(`UPDATE contributions SET created_at = $2 WHERE id = $1`, [res.body.contribution.id, at]);
  return res.body.contribution.id;
}

/** Every completed enrolment as the zwart-gat loader takes it. */
async function completedAlumni(): Promise<Alumnus[]> {
  const rows = await t.ds.query<
    { membership_id: string; organisation_id: string; traject_id: string; completed_at: Date }[]
  >(
    `SELECT membership_id, organisation_id, traject_id, completed_at FROM enrolments WHERE status = 'completed'`,
  );
  return rows.map((a) => ({
    membershipId: a.membership_id,
    organisationId: a.organisation_id,
    trajectId: a.traject_id,
    endedAt: new Date(a.completed_at),
  }));
}

beforeAll(async () => {
  t = await startTestApp({
    SEND_LIMIT_PER_USER: '1000',
    SEND_LIMIT_PER_ROOM: '5000',
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
  });
  clock = t.app.get(Clock);
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  clock.set(day('2026-02-20'));
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds, 'Herstelacademie De Brug');
  admin = await buildMember(t.ds, org.id, 'admin', { displayName: 'Anouk' });
  ruben = await buildMember(t.ds, org.id, 'facilitator', { displayName: 'Ruben' });
  femke = await buildMember(t.ds, org.id, 'facilitator', { displayName: 'Femke' });
  sanne = await buildMember(t.ds, org.id, 'participant', { displayName: 'Sanne' });
  ahmed = await buildMember(t.ds, org.id, 'participant', { displayName: 'Ahmed' });
  joris = await buildMember(t.ds, org.id, 'participant', { displayName: 'Joris' });
});
afterEach(() => {
  closeAllSockets();
  clock.set(null);
});

describe('traject lifecycle', () => {
  it('should move from gepland to lopend to afgerond by date, and make participants alumni', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    expect(traject.status).toBe('gepland');
    const s = await enrolAndConsent(a, traject.id, sanne);
    expect((await s.get(`/api/rooms/${traject.roomId}`)).status).toBe(200);

    clock.set(day('2026-03-10'));
    expect((await a.get<TrajectDetail>(`/api/trajecten/${traject.id}`)).body.status).toBe('lopend');

    clock.set(day('2026-05-01'));
    const run = await a.post<{ completedTrajecten: number }>('/api/nazorg/run');
    expect(run.body.completedTrajecten).toBe(1);
    const done = await a.get<TrajectDetail>(`/api/trajecten/${traject.id}`);
    expect(done.body.status).toBe('afgerond');
    expect(done.body.enrolments!.map((e) => e.status)).toEqual(['completed']);

    // The group room stays readable and open; the alumni room is theirs now.
    expect((await s.get(`/api/rooms/${traject.roomId}/contributions`)).status).toBe(200);
    expect(
      (
        await s.post(`/api/rooms/${traject.roomId}/contributions`, {
          clientId: clientId(),
          kind: 'message',
          body: 'Nog steeds hier',
        })
      ).status,
    ).toBe(201);
    const rooms = (await s.get<{ kind: string; name: string }[]>('/api/rooms')).body;
    expect(rooms.map((r) => r.kind)).toEqual(expect.arrayContaining(['group', 'alumni']));
    const r = (await clientFor(ruben)).get<{ kind: string }[]>('/api/rooms');
    expect((await r).body.map((x) => x.kind)).toContain('alumni');
  });

  it('should let an admin close a traject early, completing it at once', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    await enrolAndConsent(a, traject.id, sanne);
    await t.ds.query(
      `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title)
       SELECT gen_random_uuid(), id, organisation_id, $2, 'Afsluiting' FROM trajecten WHERE id = $1`,
      [traject.id, day('2026-03-26')],
    );
    clock.set(day('2026-03-20'));
    const closed = await a.post<TrajectDetail>(`/api/trajecten/${traject.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('afgerond');
    // The session after the early close will not take place, and says so.
    expect(closed.body.sessions.map((s) => s.cancelled)).toEqual([false, false, true]);
    const [e] = await t.ds.query(`SELECT status, completed_at FROM enrolments WHERE traject_id = $1`, [
      traject.id,
    ]);
    expect(e.status).toBe('completed');
    expect(new Date(e.completed_at).toISOString()).toBe(day('2026-03-20').toISOString());
    const r = await clientFor(ruben);
    expect((await r.post(`/api/trajecten/${traject.id}/close`)).status).toBe(403);
  });
});

describe('editing a traject', () => {
  it('should let its facilitator change name, description and end date, and the group room follows the name', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    clock.set(day('2026-03-10'));
    const r = await clientFor(ruben);
    const res = await r.patch<TrajectDetail & { name: string; description: string; endsOn: string }>(
      `/api/trajecten/${traject.id}`,
      { name: 'Herstel in verbinding (voorjaar)', description: '', endsOn: '2026-05-14' },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Herstel in verbinding (voorjaar)',
      description: '',
      endsOn: '2026-05-14',
    });
    const [room] = await t.ds.query(`SELECT name FROM rooms WHERE id = $1`, [traject.roomId]);
    expect(room.name).toBe('Herstel in verbinding (voorjaar)');
    // A facilitator of another traject, and a participant who is not in it, do not even see it.
    for (const other of [femke, sanne]) {
      const res = await (await clientFor(other)).patch(`/api/trajecten/${traject.id}`, { name: 'Anders' });
      expect(res.status).toBe(404);
    }
    const [after] = await t.ds.query(`SELECT name FROM trajecten WHERE id = $1`, [traject.id]);
    expect(after.name).toBe('Herstel in verbinding (voorjaar)');
  });

  it('should keep the end date of a completed traject, but let its name be corrected', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    await enrolAndConsent(a, traject.id, sanne);
    clock.set(day('2026-03-20'));
    expect((await a.post(`/api/trajecten/${traject.id}/close`)).status).toBe(200);
    const moved = await a.patch<{ code: string }>(`/api/trajecten/${traject.id}`, { endsOn: '2026-06-30' });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('CONFLICT');
    const renamed = await a.patch<{ name: string; status: string }>(`/api/trajecten/${traject.id}`, {
      name: 'Herstel in verbinding 2026',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Herstel in verbinding 2026', status: 'afgerond' });
  });
});

describe('enrolment and consent', () => {
  it('should give no access to the group room before consent, and access after', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    expect(
      (await a.post(`/api/trajecten/${traject.id}/enrolments`, { membershipIds: [ahmed.membershipId] }))
        .status,
    ).toBe(201);
    const c = await clientFor(ahmed);
    expect((await c.get(`/api/rooms/${traject.roomId}`)).status).toBe(404);
    const [mine] = (await c.get<MyEnrolment[]>('/api/enrolments/mine')).body;
    expect(mine!.status).toBe('invited');
    expect(
      (await c.post(`/api/enrolments/${mine!.id}/consent`, { agree: false, followUp: true })).status,
    ).toBe(400);
    expect((await c.get(`/api/rooms/${traject.roomId}`)).status).toBe(404);
    expect(
      (await c.post(`/api/enrolments/${mine!.id}/consent`, { agree: true, followUp: false })).status,
    ).toBe(200);
    expect((await c.get(`/api/rooms/${traject.roomId}`)).status).toBe(200);
    const other = await clientFor(joris);
    expect(
      (await other.post(`/api/enrolments/${mine!.id}/consent`, { agree: true, followUp: true })).status,
    ).toBe(404);
  });

  it('should enrol someone who registers from a traject invitation, pending consent', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    const inv = await a.post<{ code: string }>(`/api/trajecten/${traject.id}/invitations`, { maxUses: 5 });
    expect(inv.status).toBe(201);
    const anon = new TestClient(t.url, t.origin);
    const preview = await anon.get<{ trajectName: string }>(`/api/invitations/${inv.body.code}`);
    expect(preview.body.trajectName).toBe('Herstel in verbinding');
    expect(
      (
        await anon.post('/api/auth/register', {
          code: inv.body.code,
          displayName: 'Noor',
          login: 'noor',
          password: 'een-lang-wachtwoord',
        })
      ).status,
    ).toBe(201);
    const mine = (await anon.get<MyEnrolment[]>('/api/enrolments/mine')).body;
    expect(mine).toEqual([
      expect.objectContaining({ status: 'invited', traject: expect.objectContaining({ id: traject.id }) }),
    ]);
  });

  it('should let a participant leave; facilitators see who left, and why only if they wrote it', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    const s = await enrolAndConsent(a, traject.id, sanne);
    const h = await enrolAndConsent(a, traject.id, ahmed);
    const [se] = (await s.get<MyEnrolment[]>('/api/enrolments/mine')).body;
    const [he] = (await h.get<MyEnrolment[]>('/api/enrolments/mine')).body;
    expect(
      (await s.post(`/api/enrolments/${se!.id}/leave`, { note: 'Het past nu niet met mijn werk.' })).status,
    ).toBe(204);
    expect((await h.post(`/api/enrolments/${he!.id}/leave`, {})).status).toBe(204);
    expect((await s.get(`/api/rooms/${traject.roomId}`)).status).toBe(404);
    const r = await clientFor(ruben);
    const detail = await r.get<TrajectDetail>(`/api/trajecten/${traject.id}`);
    const byName = Object.fromEntries(detail.body.enrolments!.map((e) => [e.member.displayName, e]));
    expect(byName.Sanne).toMatchObject({ status: 'left', leftNote: 'Het past nu niet met mijn werk.' });
    expect(byName.Ahmed).toMatchObject({ status: 'left', leftNote: null });
  });
});

describe('zwart-gat monitor', () => {
  /**
   * Sanne: active every day in the four weeks before the end, then silent for 21 days → hoog.
   * Ahmed: active before and after, two-way contact with Joris after the end, a recognition after
   * the end → laag.
   */
  async function scenario(sanneFollowUp = true) {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    clock.set(day('2026-03-01'));
    const s = await enrolAndConsent(a, traject.id, sanne, sanneFollowUp);
    const h = await enrolAndConsent(a, traject.id, ahmed);
    const j = await enrolAndConsent(a, traject.id, joris, false);
    for (let d = 2; d <= 29; d++) {
      await sendAt(s, traject.roomId, day(`2026-04-${String(d).padStart(2, '0')}`), `dag ${d}`);
      if (d % 3 === 0)
        await sendAt(h, traject.roomId, day(`2026-04-${String(d).padStart(2, '0')}`), `ahmed ${d}`);
    }
    clock.set(day('2026-05-01'));
    await a.post('/api/nazorg/run');
    // After the end: Ahmed and Joris keep in touch, both ways.
    for (const d of ['05-05', '05-10', '05-15', '05-20']) {
      const mine = await sendAt(h, traject.roomId, day(`2026-${d}`), 'Zullen we weer wandelen?');
      const theirs = await sendAt(j, traject.roomId, day(`2026-${d}`), 'Ja, zaterdag?');
      clock.set(day(`2026-${d}`));
      await j.post(`/api/contributions/${mine}/reactions`, { kind: 'herkenning', on: true });
      await h.post(`/api/contributions/${theirs}/reactions`, { kind: 'steun', on: true });
      await t.ds.query(`UPDATE recognitions SET created_at = $1 WHERE contribution_id = $2`, [
        day(`2026-${d}`),
        mine,
      ]);
      await t.ds.query(`UPDATE reactions SET created_at = $1 WHERE contribution_id = $2`, [
        day(`2026-${d}`),
        theirs,
      ]);
    }
    clock.set(day('2026-05-21'));
    return { a, traject };
  }

  it('should score crafted histories as expected, with reasons in plain Dutch', async () => {
    const { a } = await scenario();
    const run = await a.post<{ computed: number; raisedToHoog: number }>('/api/nazorg/run');
    expect(run.body.computed).toBe(3);
    const r = await clientFor(ruben);
    const view = await r.get<NazorgOverview>('/api/nazorg');
    expect(view.status).toBe(200);
    const byName = Object.fromEntries(view.body.alumni.map((x) => [x.member.displayName, x]));
    expect(byName.Sanne!.level).toBe('hoog');
    expect(byName.Ahmed!.level).toBe('laag');
    const reasons = byName.Sanne!.reasons.map((m) => formatMessage(m, 'nl'));
    // Last activity 29 April at noon, now 21 May at noon: 22 days.
    expect(reasons[0]).toBe('22 dagen geen contact, daarvoor dagelijks actief.');
    expect(reasons).toContain('Geen mentor.');
    // Joris did not consent to follow-up: counted, never named.
    expect(Object.keys(byName).sort()).toEqual(['Ahmed', 'Sanne']);
    expect(view.body.totals).toMatchObject({ alumni: 3, consented: 2 });
    expect(JSON.stringify(view.body)).not.toContain('Joris');
  });

  it('should count silence from the last activity even when it lies outside the compared windows', async () => {
    const { a } = await scenario();
    // 1 August: the four weeks after the end are long past; Ahmed was last active on 20 May, Sanne
    // on 29 April, and the contact between Ahmed and Joris is more than 30 days old.
    clock.set(day('2026-08-01'));
    await a.post('/api/nazorg/run');
    const view = await (await clientFor(ruben)).get<NazorgOverview>('/api/nazorg');
    const byName = Object.fromEntries(view.body.alumni.map((x) => [x.member.displayName, x]));
    const reasons = (name: string) => byName[name]!.reasons.map((m) => formatMessage(m, 'nl'));
    expect(reasons('Ahmed')[0]).toBe('73 dagen geen contact, daarvoor wekelijks actief.');
    expect(reasons('Ahmed')).toContain('Geen contact over en weer in de afgelopen 30 dagen.');
    expect(reasons('Sanne')[0]).toBe('94 dagen geen contact, daarvoor dagelijks actief.');
    expect(byName.Ahmed!.level).toBe('hoog');
  });

  it('should count activity per window in SQL exactly as the domain counts the moments', async () => {
    await scenario();
    const alumni = await completedAlumni();
    expect(alumni).toHaveLength(3);
    const end = alumni[0]!.endedAt.getTime();
    // Moments on and around every edge: the end, 28 days after it (the "after" window's start), 14 days
    // before now (the trend's halves), the start of the "before" window, and days with nothing on them.
    const nows = [0, 1, 14, 20, 28, 29, 42, 56, 100].map((d) => new Date(end + d * 86_400_000));
    nows.push(
      new Date(end + 28 * 86_400_000 - 1),
      new Date(Date.parse('2026-05-20T12:00:00.000Z') + 14 * 86_400_000),
    );
    for (const now of nows) {
      const inputs = await loadZwartGatInputs(t.ds, alumni, now);
      for (const a of alumni) {
        const moments = (
          await t.ds.query<{ at: Date }[]>(
            `SELECT created_at AS at FROM contributions WHERE author_membership_id = $1
             UNION ALL SELECT created_at FROM recognitions WHERE from_membership_id = $1
             UNION ALL SELECT created_at FROM reactions WHERE membership_id = $1`,
            [a.membershipId],
          )
        ).map((r) => new Date(r.at));
        expect(inputs.get(`${a.trajectId}:${a.membershipId}`)!.activity).toEqual(
          countActivity(moments, a.endedAt, now),
        );
      }
    }
  });

  it('should count replies both ways and a 1:1 conversation both ways as contact, and one-way as none', async () => {
    const { traject } = await scenario();
    const s = await clientFor(sanne);
    const h = await clientFor(ahmed);
    const j = await clientFor(joris);
    // Sanne and Ahmed answer each other's stories in the group room (replies, both ways).
    const reply = (c: TestClient, to: string, at: string) =>
      sendAt(c, traject.roomId, day(at), 'Dat ken ik', { replyToId: to });
    const story = (c: TestClient, at: string) =>
      sendAt(c, traject.roomId, day(at), 'Wat ik deze week meemaakte.', {
        kind: 'story',
        title: 'Mijn week',
      });
    const sanneStory = await story(s, '2026-05-12');
    const ahmedStory = await story(h, '2026-05-12');
    await reply(h, sanneStory, '2026-05-13');
    await reply(s, ahmedStory, '2026-05-14');
    // Joris answers Sanne once; she does not answer back: no contact over and back.
    await reply(j, sanneStory, '2026-05-14');
    // Joris and a mentor-like other member write in a 1:1 conversation, both ways.
    const [owner] = await t.ds.query<{ organisation_id: string }[]>(
      `SELECT organisation_id FROM trajecten WHERE id = $1`,
      [traject.id],
    );
    const direct = await buildRoom(
      t.ds,
      owner!.organisation_id,
      [joris.membershipId, femke.membershipId],
      'direct',
      '1:1',
    );
    await sendAt(j, direct.id, day('2026-05-15'), 'Hoi');
    await sendAt(await clientFor(femke), direct.id, day('2026-05-16'), 'Hoi Joris');

    const alumni = await completedAlumni();
    const inputs = await loadZwartGatInputs(t.ds, alumni, day('2026-05-21'));
    const contacts = (m: TestMember) => {
      const input = inputs.get(`${traject.id}:${m.membershipId}`)!;
      return Object.fromEntries(
        input.connections.map((c) => [c.otherMemberId, c.lastTwoWayAt && c.lastTwoWayAt.toISOString()]),
      );
    };
    // Both directions happened; the two-way moment is the earlier of the two latest ones.
    expect(contacts(sanne)[ahmed.membershipId]).toBe(day('2026-05-13').toISOString());
    expect(contacts(sanne)[joris.membershipId]).toBeNull();
    expect(contacts(joris)[femke.membershipId]).toBe(day('2026-05-15').toISOString());
  });

  it('should notify the traject facilitators when someone rises to hoog, without content, once', async () => {
    const { a } = await scenario();
    await a.post('/api/nazorg/run');
    const rows = await t.ds.query(
      `SELECT recipient_membership_id, actor_membership_id, data FROM notifications WHERE kind = 'zwart_gat_high'`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        recipient_membership_id: ruben.membershipId,
        actor_membership_id: sanne.membershipId,
      }),
    ]);
    expect(JSON.stringify(rows[0].data)).not.toMatch(/dag \d/);
    await a.post('/api/nazorg/run');
    expect(
      (await t.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'zwart_gat_high'`))[0].n,
    ).toBe(1);
    expect(
      (
        await t.ds.query(`SELECT count(*)::int AS n FROM zwart_gat_scores WHERE membership_id = $1`, [
          sanne.membershipId,
        ])
      )[0].n,
    ).toBe(3);
  });

  it('should not name or notify about an alumnus who did not consent to follow-up', async () => {
    const { a } = await scenario(false);
    await a.post('/api/nazorg/run');
    expect(
      (await t.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'zwart_gat_high'`))[0].n,
    ).toBe(0);
    const view = await (await clientFor(ruben)).get<NazorgOverview>('/api/nazorg');
    expect(view.body.alumni.map((x) => x.member.displayName)).toEqual(['Ahmed']);
    // Sanne is at high risk but did not consent: the levels count only the cards shown.
    expect(view.body.totals.byLevel.hoog).toBe(0);
    const levels = Object.values(view.body.totals.byLevel).reduce((n, x) => n + x, 0);
    expect(levels).toBe(view.body.alumni.length);
    expect(view.body.totals).toMatchObject({ alumni: 3, consented: 1 });
  });

  it('should let a facilitator write, note contact and snooze; others cannot', async () => {
    const { a } = await scenario();
    await a.post('/api/nazorg/run');
    const r = await clientFor(ruben);
    const msg = await r.post<{ roomId: string }>(`/api/nazorg/${sanne.membershipId}/message`);
    expect(msg.status).toBe(201);
    const s = await clientFor(sanne);
    expect((await s.get(`/api/rooms/${msg.body.roomId}`)).status).toBe(200);
    expect(
      (await r.post(`/api/nazorg/${sanne.membershipId}/contact`, { note: 'Gebeld, gaat redelijk.' })).status,
    ).toBe(204);
    expect((await r.post(`/api/nazorg/${ahmed.membershipId}/snooze`, { days: 14 })).status).toBe(204);
    const view = await r.get<NazorgOverview>('/api/nazorg');
    const byName = Object.fromEntries(view.body.alumni.map((x) => [x.member.displayName, x]));
    expect(byName.Sanne!.lastContact).toMatchObject({
      kind: 'contact_gehad',
      note: 'Gebeld, gaat redelijk.',
    });
    expect(byName.Ahmed!.snoozedUntil).not.toBeNull();
    expect(view.body.alumni.at(-1)!.member.displayName).toBe('Ahmed');
    // Femke facilitates no traject of theirs; participants have no access at all.
    const f = await clientFor(femke);
    expect((await f.get<NazorgOverview>('/api/nazorg')).body.alumni).toEqual([]);
    expect((await f.post(`/api/nazorg/${sanne.membershipId}/contact`, { note: 'x' })).status).toBe(404);
    expect((await s.get('/api/nazorg')).status).toBe(403);
    expect((await r.post(`/api/nazorg/${joris.membershipId}/message`)).status).toBe(404);
  });
});

describe('peer mentors', () => {
  async function alumnusWithGetuigenis(
    a: TestClient,
    m: TestMember,
    trajectId: string,
    roomId: string,
  ): Promise<TestClient> {
    const c = await enrolAndConsent(a, trajectId, m);
    await sendAt(
      c,
      roomId,
      day('2026-04-10'),
      'Ik wil mijn verhaal delen zodat anderen zien dat het beter kan worden.',
    );
    await sendAt(
      c,
      roomId,
      day('2026-04-17'),
      'Als iemand na de cursus een maatje zoekt: ik sta klaar om anderen te steunen.',
    );
    return c;
  }

  async function setup(maxMentees = 2) {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    clock.set(day('2026-03-01'));
    const s = await alumnusWithGetuigenis(a, sanne, traject.id, traject.roomId);
    clock.set(day('2026-05-01'));
    await a.post('/api/nazorg/run');
    const optIn = await s.request('PUT', '/api/mentors/me', {
      intro: 'Ik weet hoe eenzaam de avonden kunnen zijn.',
      themes: ['eenzaamheid', 'slaap'],
      languages: ['nl', 'en'],
      availability: ['avond'],
      maxMentees,
    });
    expect(optIn.status).toBe(200);
    return { a, s, traject };
  }

  it('should refuse opt-in before a traject is completed', async () => {
    const c = await clientFor(joris);
    const res = await c.request('PUT', '/api/mentors/me', {
      intro: 'Ik wil graag helpen.',
      themes: [],
      languages: ['nl'],
      availability: [],
      maxMentees: 1,
    });
    expect(res.status).toBe(409);
  });

  it('should list an eligible mentor to a seeker with reasons, and open a 1:1 on acceptance', async () => {
    const { s } = await setup();
    const mine = await s.get<{ eligibility: { eligible: boolean } }>('/api/mentors/me');
    expect(mine.body.eligibility.eligible).toBe(true);
    const seeker = await clientFor(ahmed);
    const list = await seeker.get<{ mentor: { displayName: string }; reasons: Msg[]; placesLeft: number }[]>(
      '/api/mentors?availability=avond',
    );
    expect(list.body.map((m) => m.mentor.displayName)).toEqual(['Sanne']);
    expect(list.body[0]!.reasons.map((r) => formatMessage(r, 'nl')).join(' ')).toMatch(/avond|plek/);
    const req = await seeker.post<{ id: string; status: string }>(
      `/api/mentors/${sanne.membershipId}/requests`,
      { message: 'Mag ik je eens spreken?' },
    );
    expect(req.status).toBe(201);
    expect(
      (await seeker.post(`/api/mentors/${sanne.membershipId}/requests`, { message: 'nog eens' })).status,
    ).toBe(409);
    const asMentor =
      await s.get<{ id: string; role: string; requestMessage: string | null }[]>('/api/mentorships');
    expect(asMentor.body[0]).toMatchObject({ role: 'mentor', requestMessage: 'Mag ik je eens spreken?' });
    const accepted = await s.post<{ status: string; roomId: string }>(
      `/api/mentorships/${req.body.id}/accept`,
    );
    expect(accepted.body.status).toBe('active');
    expect(
      (
        await seeker.post(`/api/rooms/${accepted.body.roomId}/contributions`, {
          clientId: clientId(),
          kind: 'message',
          body: 'Dank je!',
        })
      ).status,
    ).toBe(201);
    const ended = await seeker.post<{ status: string }>(`/api/mentorships/${req.body.id}/end`);
    expect(ended.body.status).toBe('ended');
    expect(
      (
        await t.ds.query(`SELECT kind FROM notifications WHERE recipient_membership_id = $1 ORDER BY id`, [
          sanne.membershipId,
        ])
      ).map((n: { kind: string }) => n.kind),
    ).toEqual(expect.arrayContaining(['mentor_request', 'mentorship_ended']));
  });

  it('should not surface a mentor whose own zwart-gat risk is hoog, until that passes', async () => {
    const { traject } = await setup();
    const seeker = await clientFor(ahmed);
    const names = async () =>
      (await seeker.get<{ mentor: { displayName: string } }[]>('/api/mentors')).body.map(
        (m) => m.mentor.displayName,
      );
    expect(await names()).toEqual(['Sanne']);
    const score = (computedAt: Date, level: string) =>
      t.ds.query(
        `INSERT INTO zwart_gat_scores (organisation_id, traject_id, membership_id, computed_at, score, level)
         SELECT organisation_id, $1, id, $2, 0.7, $3 FROM memberships WHERE id = $4`,
        [traject.id, computedAt, level, sanne.membershipId],
      );
    const now = clock.now();
    await score(now, 'hoog');
    expect(await names()).toEqual([]);
    const mine = await (
      await clientFor(sanne)
    ).get<{ eligibility: { eligible: boolean; reasons: Msg[] } }>('/api/mentors/me');
    expect(mine.body.eligibility.eligible).toBe(false);
    expect(mine.body.eligibility.reasons.map((r) => formatMessage(r, 'nl'))).toContain(
      'Heeft na het traject nu zelf wat extra steun nodig; mentor zijn kan later.',
    );
    // A later score at laag lifts it again.
    await score(new Date(now.getTime() + 60_000), 'laag');
    clock.set(new Date(now.getTime() + 120_000));
    expect(await names()).toEqual(['Sanne']);
    // A hoog that the job has not confirmed for over a week (her follow-up ended) no longer counts.
    await score(new Date(now.getTime() + 180_000), 'hoog');
    expect(await names()).toEqual([]);
    clock.set(new Date(now.getTime() + 8 * 86_400_000));
    expect(await names()).toEqual(['Sanne']);
  });

  it('should give the last place to exactly one of two seekers asking at once', async () => {
    const { s } = await setup(1);
    const [x, y] = await Promise.all([clientFor(ahmed), clientFor(joris)]);
    const results = await Promise.all([
      x.post(`/api/mentors/${sanne.membershipId}/requests`, { message: 'Hoi' }),
      y.post(`/api/mentors/${sanne.membershipId}/requests`, { message: 'Hallo' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(
      (
        await t.ds.query(`SELECT count(*)::int AS n FROM mentorships WHERE mentor_membership_id = $1`, [
          sanne.membershipId,
        ])
      )[0].n,
    ).toBe(1);
    void s;
  });

  it('should let a mentor decline and pause, and hide a paused mentor', async () => {
    const { s } = await setup();
    const seeker = await clientFor(ahmed);
    const req = await seeker.post<{ id: string }>(`/api/mentors/${sanne.membershipId}/requests`, {
      message: 'Hoi',
    });
    expect((await s.post<{ status: string }>(`/api/mentorships/${req.body.id}/decline`)).body.status).toBe(
      'declined',
    );
    expect((await s.post('/api/mentors/me/status', { status: 'paused' })).status).toBe(200);
    expect((await seeker.get<unknown[]>('/api/mentors')).body).toEqual([]);
  });

  it('should show facilitators load per mentor and eligible members who have not opted in', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    clock.set(day('2026-03-01'));
    await alumnusWithGetuigenis(a, sanne, traject.id, traject.roomId);
    await enrolAndConsent(a, traject.id, joris);
    clock.set(day('2026-05-01'));
    await a.post('/api/nazorg/run');
    const r = await clientFor(ruben);
    const overview = await r.get<{
      mentors: unknown[];
      eligibleNotOptedIn: { displayName: string }[];
      alumni: { member: { displayName: string }; trajectName: string }[];
    }>('/api/mentors/overview');
    expect(overview.body.eligibleNotOptedIn.map((m) => m.displayName)).toEqual(['Sanne']);
    // The alumni of Ruben's trajecten, once each, with their traject: whose getuigenis he can confirm.
    expect(overview.body.alumni).toEqual([
      {
        member: expect.objectContaining({ displayName: 'Joris' }),
        trajectName: 'Herstel in verbinding',
        getuigenisConfirmed: null,
      },
      {
        member: expect.objectContaining({ displayName: 'Sanne' }),
        trajectName: 'Herstel in verbinding',
        getuigenisConfirmed: null,
      },
    ]);
    // Femke facilitates none of them.
    expect(
      (await (await clientFor(femke)).get<{ alumni: unknown[] }>('/api/mentors/overview')).body.alumni,
    ).toEqual([]);
    expect((await r.post(`/api/mentors/${sanne.membershipId}/invite`)).status).toBe(204);
    // A facilitator's confirmation counts as getuigenis reached.
    expect(
      (await r.request('PUT', `/api/mentors/${joris.membershipId}/getuigenis`, { confirmed: true })).status,
    ).toBe(204);
    const again = await r.get<{
      eligibleNotOptedIn: { displayName: string }[];
      alumni: { member: { displayName: string }; getuigenisConfirmed: boolean | null }[];
    }>('/api/mentors/overview');
    expect(again.body.eligibleNotOptedIn.map((m) => m.displayName).sort()).toEqual(['Joris', 'Sanne']);
    // The recorded answer comes back, so the page offers only the change.
    expect(again.body.alumni.map((x) => [x.member.displayName, x.getuigenisConfirmed])).toEqual([
      ['Joris', true],
      ['Sanne', null],
    ]);
    const p = await clientFor(ahmed);
    expect((await p.get('/api/mentors/overview')).status).toBe(403);
  });
});

describe('authorisation of traject routes', () => {
  it('should keep trajecten to admins, their facilitators and their participants', async () => {
    const a = await clientFor(admin);
    const traject = await createTraject(a, [ruben]);
    await enrolAndConsent(a, traject.id, sanne);
    const other = await buildOrganisation(t.ds);
    const otherAdmin = await clientFor(await buildMember(t.ds, other.id, 'admin'));
    const f = await clientFor(femke);
    const p = await clientFor(ahmed);
    const s = await clientFor(sanne);
    expect((await otherAdmin.get(`/api/trajecten/${traject.id}`)).status).toBe(404);
    expect((await otherAdmin.post(`/api/trajecten/${traject.id}/close`)).status).toBe(404);
    expect((await f.get(`/api/trajecten/${traject.id}`)).status).toBe(404);
    expect(
      (await f.post(`/api/trajecten/${traject.id}/enrolments`, { membershipIds: [ahmed.membershipId] }))
        .status,
    ).toBe(404);
    expect((await p.get(`/api/trajecten/${traject.id}`)).status).toBe(404);
    expect(
      (
        await p.post('/api/trajecten', {
          name: 'x',
          startsOn: '2026-01-01',
          endsOn: '2026-02-01',
          sessions: [],
          facilitatorIds: [],
        })
      ).status,
    ).toBe(403);
    const asParticipant = await s.get<TrajectDetail>(`/api/trajecten/${traject.id}`);
    expect(asParticipant.status).toBe(200);
    expect(asParticipant.body.enrolments).toBeNull();
    expect(
      (await s.post(`/api/trajecten/${traject.id}/enrolments`, { membershipIds: [ahmed.membershipId] }))
        .status,
    ).toBe(403);
    expect((await otherAdmin.get<unknown[]>('/api/trajecten')).body).toEqual([]);
  });

  it('should validate traject input', async () => {
    const a = await clientFor(admin);
    const bad = await a.post<{ code: string }>('/api/trajecten', {
      name: 'Omgekeerd',
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
      sessions: [],
      facilitatorIds: [],
    });
    expect(bad.status).toBe(400);
    const wrong = await a.post('/api/trajecten', {
      name: 'x',
      startsOn: 'gisteren',
      endsOn: '2026-04-01',
      sessions: 'geen',
      facilitatorIds: [],
    });
    expect(wrong.status).toBe(400);
    const notFacilitator = await a.post('/api/trajecten', {
      name: 'Met deelnemer als begeleider',
      startsOn: '2026-03-01',
      endsOn: '2026-04-01',
      sessions: [],
      facilitatorIds: [sanne.membershipId],
    });
    expect(notFacilitator.status).toBe(404);
  });
});
