import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { HerstelGemetenView, MyResearchView, ResearchConsentView } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/crypto.js';
import { ResearchService } from '../../src/modules/research/research.service.js';
import { buildMember, buildOrganisation, TEST_PASSWORD, type TestMember } from '../support/factories.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

interface ExportBody {
  participants: {
    studyId: string;
    trajectCode: string;
    scores: unknown[] | null;
    timeline: unknown;
    phaseTags: unknown;
  }[];
  kAnonymity: { k: number; suppressed: number };
  codebook: { csv: string; schema: { properties: Record<string, unknown> } };
}

let t: TestApp;
const LETTER = '2026-1';
const ANSWERS = Array(14).fill(3);

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, TEST_PASSWORD)).status).toBe(200);
  return c;
}

interface World {
  orgId: string;
  roomId: string;
  trajectId: string;
  people: TestMember[];
  enrolments: Map<string, string>;
  researcher: TestMember;
  admin: TestMember;
}

/** One traject that started long ago and ends far ahead (T0 open for people who join now), with `n` enrolled people. */
async function world(ds: DataSource, n: number, secret = 'GEHEIM verhaal van Marloes'): Promise<World> {
  const org = await buildOrganisation(ds);
  const people: TestMember[] = [];
  for (let i = 0; i < n; i++)
    people.push(await buildMember(ds, org.id, 'participant', { displayName: `Deelnemer Pseudo${i}` }));
  const researcher = await buildMember(ds, org.id, 'onderzoeker', { displayName: 'Onderzoeker' });
  const admin = await buildMember(ds, org.id, 'admin', { displayName: 'Beheer' });
  const roomId = newId();
  await ds.query(
    `INSERT INTO rooms (id, organisation_id, kind, name) VALUES ($1, $2, 'group', 'Groep Geheimnaam')`,
    [roomId, org.id],
  );
  const trajectId = newId();
  await ds.query(
    `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id) VALUES ($1, $2, 'Traject Geheimnaam', current_date, current_date + 60, $3)`,
    [trajectId, org.id, roomId],
  );
  const enrolments = new Map<string, string>();
  let seq = 0;
  for (const p of people) {
    const id = newId();
    enrolments.set(p.membershipId, id);
    await ds.query(
      `INSERT INTO room_members (room_id, membership_id, organisation_id, status) VALUES ($1, $2, $3, 'active')`,
      [roomId, p.membershipId, org.id],
    );
    await ds.query(
      `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, consent_at) VALUES ($1, $2, $3, $4, 'active', now())`,
      [id, trajectId, p.membershipId, org.id],
    );
    await ds.query(
      `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, body, phase)
       VALUES ($1, $2, $3, $4, $5, 'message', $6, 'herkenning')`,
      [org.id, roomId, ++seq, p.membershipId, newId(), `${secret} ${seq}`],
    );
  }
  await ds.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [roomId, seq]);
  return { orgId: org.id, roomId, trajectId, people, enrolments, researcher, admin };
}

const consent = (c: TestClient, on: boolean, letterVersion = LETTER) =>
  c.request<ResearchConsentView>('PUT', '/api/research/me/consent', {
    answers: on,
    phaseTimeline: on,
    phaseTags: on,
    letterVersion,
  });

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
});

describe('questionnaire moments', () => {
  it('should let a participant answer T0 once, score it, and show it back in plain numbers', async () => {
    const w = await world(t.ds, 2);
    const [sanne, other] = w.people as [TestMember, TestMember];
    const s = await clientFor(sanne);
    const mine = (await s.get<MyResearchView>('/api/research/me')).body;
    expect(mine.questionnaire.items).toHaveLength(14);
    expect(mine.questionnaire.textsAvailable).toBe(true);
    expect(mine.moments.map((m) => [m.moment, m.status])).toEqual([
      ['t0', 'due'],
      ['herkenning', 'upcoming'],
      ['einde', 'upcoming'],
      ['plus1m', 'upcoming'],
      ['plus3m', 'upcoming'],
    ]);
    const enrolmentId = w.enrolments.get(sanne.membershipId)!;
    const answered = await s.post<{ score: { total: { mean: number; sum: number }; category: string } }>(
      '/api/research/me/answers',
      { enrolmentId, moment: 't0', answers: [4, 1, 2, 4, 4, 4, 3, 3, 4, 4, 5, 2, 1, 0] },
    );
    expect(answered.status).toBe(201);
    expect(answered.body.score.total).toMatchObject({ mean: 2.93, sum: 41 });
    expect(answered.body.score.category).toBe('flourishing');
    // Once only; off-scale answers and someone else's enrolment are refused and store nothing.
    expect(
      (await s.post('/api/research/me/answers', { enrolmentId, moment: 't0', answers: ANSWERS })).status,
    ).toBe(409);
    const otherEnrolment = w.enrolments.get(other.membershipId)!;
    expect(
      (
        await s.post('/api/research/me/answers', {
          enrolmentId: otherEnrolment,
          moment: 't0',
          answers: ANSWERS,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await s.post('/api/research/me/answers', {
          enrolmentId,
          moment: 't0',
          answers: [...ANSWERS.slice(1), 9],
        })
      ).status,
    ).toBe(400);
    expect(
      (await s.post('/api/research/me/answers', { enrolmentId, moment: 'einde', answers: ANSWERS })).status,
    ).toBe(409);
    const after = (await s.get<MyResearchView>('/api/research/me')).body;
    expect(after.moments.find((m) => m.moment === 't0')!.status).toBe('answered');
    expect(after.scores).toEqual([
      expect.objectContaining({ moment: 't0', total: 2.93, trajectName: 'Traject Geheimnaam' }),
    ]);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM questionnaire_responses`);
    expect(n).toBe(1);
  });

  it('should let someone skip a moment ahead, and stop altogether', async () => {
    const w = await world(t.ds, 1);
    const s = await clientFor(w.people[0]!);
    const enrolmentId = w.enrolments.get(w.people[0]!.membershipId)!;
    expect((await s.post('/api/research/me/skip', { enrolmentId, moment: 'plus3m' })).status).toBe(204);
    expect((await s.post('/api/research/me/skip', { enrolmentId, moment: 'plus3m' })).status).toBe(409);
    const stopped = await s.request<MyResearchView>('PUT', '/api/research/me/stopped', { stopped: true });
    expect(stopped.body.stopped).toBe(true);
    expect(stopped.body.moments.map((m) => m.status)).toEqual([
      'stopped',
      'stopped',
      'stopped',
      'stopped',
      'skipped',
    ]);
    expect(
      (await s.post('/api/research/me/answers', { enrolmentId, moment: 't0', answers: ANSWERS })).status,
    ).toBe(409);
    // No reminders for someone who stopped.
    expect(await t.app.get(ResearchService).remindDue()).toBe(0);
  });

  it('should remind once per due moment, in the app', async () => {
    const w = await world(t.ds, 2);
    const research = t.app.get(ResearchService);
    expect(await research.remindDue()).toBe(2);
    expect(await research.remindDue()).toBe(0);
    const rows = await t.ds.query<{ kind: string; data: Record<string, string> }[]>(
      `SELECT kind, data FROM notifications WHERE recipient_membership_id = $1`,
      [w.people[0]!.membershipId],
    );
    expect(rows).toEqual([
      { kind: 'questionnaire_due', data: { trajectName: 'Traject Geheimnaam', moment: 't0' } },
    ]);
  });
});

describe('research consent and the pseudonymised export', () => {
  it('should export only consenting people, never texts, names or ids, with a codebook, and audit it', async () => {
    const w = await world(t.ds, 7);
    const consenting = w.people.slice(0, 6);
    for (const p of consenting) {
      const c = await clientFor(p);
      expect((await consent(c, true)).status).toBe(200);
      await c.post('/api/research/me/answers', {
        enrolmentId: w.enrolments.get(p.membershipId)!,
        moment: 't0',
        answers: ANSWERS,
      });
    }
    // The seventh took part and answered, but gave no research consent.
    const seventh = w.people[6]!;
    await (
      await clientFor(seventh)
    ).post('/api/research/me/answers', {
      enrolmentId: w.enrolments.get(seventh.membershipId)!,
      moment: 't0',
      answers: ANSWERS,
    });
    const r = await clientFor(w.researcher);
    const res = await r.get<ExportBody>('/api/research/export');
    expect(res.status).toBe(200);
    const studyIds = (
      await t.ds.query<{ study_id: string }[]>(
        `SELECT study_id FROM research_participants WHERE membership_id = ANY($1::uuid[]) ORDER BY study_id`,
        [consenting.map((p) => p.membershipId)],
      )
    ).map((x) => x.study_id);
    expect(res.body.participants.map((p) => p.studyId).sort()).toEqual(studyIds);
    expect(res.body.participants.every((p) => /^T-[A-Z2-9]{6}$/.test(p.trajectCode))).toBe(true);
    expect(res.body.participants.every((p) => Array.isArray(p.scores) && p.scores.length === 1)).toBe(true);
    const text = JSON.stringify(res.body);
    const forbidden = [
      'GEHEIM',
      'Geheimnaam',
      'Pseudo',
      w.trajectId,
      w.roomId,
      w.orgId,
      ...w.people.flatMap((p) => [p.membershipId, p.userId, p.login, p.displayName]),
      ...[...w.enrolments.values()],
    ];
    expect(forbidden.filter((f) => text.includes(f))).toEqual([]);
    expect(res.body.codebook.csv.split('\n')[0]).toBe('field,type,meaning');
    expect(Object.keys(res.body.codebook.schema.properties)).toContain('studyId');
    const audit = await t.ds.query<{ action: string; details: { rows: number } }[]>(
      `SELECT action, details FROM audit_events WHERE action = 'research.export'`,
    );
    expect(audit).toEqual([
      { action: 'research.export', details: expect.objectContaining({ rows: 6, suppressed: 0 }) },
    ]);
  });

  it('should leave a withdrawn person out of every later export, and then suppress a group that fell below 5', async () => {
    const w = await world(t.ds, 6);
    const clients = await Promise.all(w.people.map(clientFor));
    for (const c of clients) expect((await consent(c, true)).status).toBe(200);
    const r = await clientFor(w.researcher);
    expect((await r.get<ExportBody>('/api/research/export')).body.participants).toHaveLength(6);
    const withdrawn = await consent(clients[0]!, false);
    expect(withdrawn.body).toMatchObject({ answers: false, phaseTimeline: false, phaseTags: false });
    expect(withdrawn.body.withdrawnAt).not.toBeNull();
    const [{ study_id: gone }] = await t.ds.query(
      `SELECT study_id FROM research_participants WHERE membership_id = $1`,
      [w.people[0]!.membershipId],
    );
    const next = (await r.get<ExportBody>('/api/research/export')).body;
    // Five left: still k = 5, the withdrawn person is not among them.
    expect(next.participants).toHaveLength(5);
    expect(next.participants.map((p) => p.studyId)).not.toContain(gone);
    expect((await consent(clients[1]!, false)).status).toBe(200);
    const small = (await r.get<ExportBody>('/api/research/export')).body;
    expect(small.participants).toEqual([]);
    expect(small.kAnonymity).toMatchObject({ k: 5, suppressed: 4 });
  });

  it('should export only the kinds of data each person agreed to', async () => {
    const w = await world(t.ds, 5);
    for (const [i, p] of w.people.entries()) {
      const c = await clientFor(p);
      await c.request('PUT', '/api/research/me/consent', {
        answers: i === 0,
        phaseTimeline: i === 1,
        phaseTags: i >= 2,
        letterVersion: LETTER,
      });
    }
    const { participants } = (await (await clientFor(w.researcher)).get<ExportBody>('/api/research/export'))
      .body;
    const shape = participants.map((p) =>
      [p.scores !== null, p.timeline !== null, p.phaseTags !== null].join(''),
    );
    expect(shape.sort()).toEqual([
      'falsefalsetrue',
      'falsefalsetrue',
      'falsefalsetrue',
      'falsetruefalse',
      'truefalsefalse',
    ]);
  });

  it('should refuse consent given with an outdated information letter, and store nothing', async () => {
    const w = await world(t.ds, 1);
    const c = await clientFor(w.people[0]!);
    expect((await consent(c, true, '2025-old')).status).toBe(409);
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM research_participants WHERE consent_answers`,
    );
    expect(n).toBe(0);
  });
});

describe('the onderzoeker role', () => {
  it('should see the export and the figures, and nothing of rooms, texts or people', async () => {
    const w = await world(t.ds, 2);
    const r = await clientFor(w.researcher);
    const refused = [
      '/api/rooms',
      `/api/rooms/${w.roomId}`,
      `/api/rooms/${w.roomId}/contributions`,
      `/api/insight/rooms/${w.roomId}/dashboard`,
      '/api/insight/report',
      '/api/admin/members',
      '/api/trajecten',
      `/api/trajecten/${w.trajectId}`,
      '/api/notifications',
      '/api/research/me',
      '/api/me/export',
      '/api/audit',
    ];
    const got = await Promise.all(refused.map(async (p) => [p, (await r.get(p)).status] as const));
    expect(got.filter(([, s]) => s !== 403)).toEqual([]);
    expect((await r.get('/api/research/export')).status).toBe(200);
    expect((await r.get('/api/research/herstel')).status).toBe(200);
  });
});

describe('Herstel gemeten', () => {
  it('should show change from T0 with a t-based interval for five or more people, and suppress fewer', async () => {
    const w = await world(t.ds, 6);
    const t0 = [2, 2.5, 3, 3, 3.5, 1];
    const end = [3, 3, 3.5, 4, 4, 1];
    for (const [i, p] of w.people.entries()) {
      await consent(await clientFor(p), i < 5);
      const enrolmentId = w.enrolments.get(p.membershipId)!;
      for (const [moment, score] of [
        ['t0', t0[i]!],
        ['einde', end[i]!],
      ] as const)
        await t.ds.query(
          `INSERT INTO questionnaire_responses (id, organisation_id, membership_id, enrolment_id, questionnaire_id, questionnaire_version, moment, status, answers, score)
           VALUES ($1, $2, $3, $4, 'mhc-sf', '2022-nl', $5, 'answered', $6::smallint[], $7)`,
          [newId(), w.orgId, p.membershipId, enrolmentId, moment, Array(14).fill(Math.round(score)), score],
        );
    }
    // Everyone in the room recognised someone: all are in the herkenning group.
    const [c] = await t.ds.query(`SELECT id FROM contributions WHERE author_membership_id = $1`, [
      w.people[0]!.membershipId,
    ]);
    for (const p of w.people.slice(1))
      await t.ds.query(
        `INSERT INTO recognitions (organisation_id, room_id, contribution_id, from_membership_id, to_membership_id) VALUES ($1, $2, $3, $4, $5)`,
        [w.orgId, w.roomId, c.id, p.membershipId, w.people[0]!.membershipId],
      );
    const view = (await (await clientFor(w.admin)).get<HerstelGemetenView>('/api/research/herstel')).body;
    const row = (group: string, to: string) => view.rows.find((x) => x.group === group && x.to === to)!;
    // The five consenting: changes 1, 0.5, 0.5, 1, 0.5 → mean 0.7, sd 0.274, t(0.975, 4) = 2.776 → ± 0.340.
    expect(row('herkenning', 'einde')).toEqual({
      group: 'herkenning',
      to: 'einde',
      n: { value: 5, suppressed: false },
      mean: { value: 0.7, suppressed: false },
      low: { value: 0.36, suppressed: false },
      high: { value: 1.04, suppressed: false },
    });
    expect(row('herkenning', 'plus3m').n.suppressed).toBe(true);
    expect(row('geen-herkenning', 'einde').mean.suppressed).toBe(true);
  });
});

describe('privacy rights', () => {
  it('should put the answers and research consent in the person’s export and remove them with the account', async () => {
    const w = await world(t.ds, 1);
    const p = w.people[0]!;
    const c = await clientFor(p);
    await consent(c, true);
    await c.post('/api/research/me/answers', {
      enrolmentId: w.enrolments.get(p.membershipId)!,
      moment: 't0',
      answers: ANSWERS,
    });
    const own = await c.get<{
      questionnaireAnswers: { moment: string; answers: number[] }[];
      researchConsent: { answers: boolean };
    }>('/api/me/export');
    expect(own.body.questionnaireAnswers).toEqual([
      expect.objectContaining({ moment: 't0', answers: ANSWERS }),
    ]);
    expect(own.body.researchConsent).toMatchObject({ answers: true, letterVersion: LETTER });
    expect(
      (
        await c.request('DELETE', '/api/me', {
          password: TEST_PASSWORD,
          contributions: 'delete',
          confirm: 'VERWIJDER',
        })
      ).status,
    ).toBe(204);
    const left = await t.ds.query(
      `SELECT (SELECT count(*)::int FROM questionnaire_responses) AS answers, (SELECT count(*)::int FROM research_participants) AS consent`,
    );
    expect(left).toEqual([{ answers: 0, consent: 0 }]);
  });
});
