import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type {
  CodingDisagreement,
  CodingResultsView,
  CodingStudySummary,
  MyCodingView,
} from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/crypto.js';
import { buildMember, buildOrganisation, TEST_PASSWORD, type TestMember } from '../support/factories.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

let t: TestApp;

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, TEST_PASSWORD)).status).toBe(200);
  return c;
}

interface World {
  orgId: string;
  group: string;
  /** Consenting authors p1..p3, a non-consenting p4. */
  authors: TestMember[];
  f1: TestMember;
  f2: TestMember;
  /** A peer mentor in the group who writes too. */
  mentor: TestMember;
  admin: TestMember;
  researcher: TestMember;
  /** Contributions that must never be drawn: direct room, hidden, crisis, no consent. */
  never: string[];
  /** Drawable contributions: id → author. */
  drawable: Map<string, string>;
}

/**
 * One group with two facilitators, a peer mentor and four participants; every message says SECRET and
 * carries the classifier's tag `getuigenis`, so a response that leaks a tag or a text is easy to spot.
 */
async function world(ds: DataSource): Promise<World> {
  const org = await buildOrganisation(ds);
  const mk = (role: 'participant' | 'facilitator' | 'admin' | 'onderzoeker', name: string) =>
    buildMember(ds, org.id, role, { displayName: name });
  const authors = [await mk('participant', 'Pseudo Een'), await mk('participant', 'Pseudo Twee')];
  authors.push(await mk('participant', 'Pseudo Drie'), await mk('participant', 'Pseudo Vier'));
  const f1 = await mk('facilitator', 'Begeleider Een');
  const f2 = await mk('facilitator', 'Begeleider Twee');
  const mentor = await mk('participant', 'Mentor Mies');
  const admin = await mk('admin', 'Beheer');
  const researcher = await mk('onderzoeker', 'Onderzoeker');
  await ds.query(
    `INSERT INTO mentor_profiles (membership_id, organisation_id, status) VALUES ($1, $2, 'active')`,
    [mentor.membershipId, org.id],
  );
  const room = async (kind: string, members: TestMember[]) => {
    const id = newId();
    await ds.query(`INSERT INTO rooms (id, organisation_id, kind, name) VALUES ($1, $2, $3, 'Kamer')`, [
      id,
      org.id,
      kind,
    ]);
    for (const m of members)
      await ds.query(
        `INSERT INTO room_members (room_id, membership_id, organisation_id, status) VALUES ($1, $2, $3, 'active')`,
        [id, m.membershipId, org.id],
      );
    return id;
  };
  const group = await room('group', [...authors, f1, f2, mentor]);
  const direct = await room('direct', [authors[0]!, f1]);
  for (const p of [...authors.slice(0, 3), mentor])
    await ds.query(
      `INSERT INTO research_participants (membership_id, organisation_id, study_id, consent_phase_tags, letter_version, consent_given_at)
       VALUES ($1, $2, $3, true, '2026-1', now())`,
      [p.membershipId, org.id, `S-${newId().slice(0, 10)}`],
    );
  let seq = 0;
  const write = async (roomId: string, author: TestMember, extra: Record<string, unknown> = {}) => {
    const [row] = await ds.query<{ id: string }[]>(
      `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, body, phase, phase_suggested, crisis, hidden_at)
       VALUES ($1, $2, $3, $4, $5, 'message', $6, 'getuigenis', 'getuigenis', $7, $8) RETURNING id`,
      [
        org.id,
        roomId,
        ++seq,
        author.membershipId,
        newId(),
        `SECRET bericht ${seq}`,
        extra.crisis ?? 'none',
        extra.hidden ? new Date() : null,
      ],
    );
    return String(row!.id);
  };
  const drawable = new Map<string, string>();
  for (let round = 0; round < 3; round++)
    for (const a of [...authors.slice(0, 3), mentor]) drawable.set(await write(group, a), a.membershipId);
  const never = [
    await write(direct, authors[0]!),
    await write(group, authors[0]!, { hidden: true }),
    await write(group, authors[1]!, { crisis: 'high' }),
    await write(group, authors[3]!),
  ];
  await ds.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [group, seq]);
  return { orgId: org.id, group, authors, f1, f2, mentor, admin, researcher, never, drawable };
}

async function startStudy(w: World, size = 50): Promise<CodingStudySummary> {
  const admin = await clientFor(w.admin);
  const res = await admin.post<CodingStudySummary>('/api/research/coding/studies', { name: 'Ronde 1', size });
  expect(res.status).toBe(201);
  return res.body;
}

/** Codes every item the client is given, with `label`; returns every response body as text. */
async function codeAll(c: TestClient, label: string | ((i: number) => string)): Promise<string[]> {
  const seen: string[] = [];
  let view = await c.get<MyCodingView>('/api/research/coding/me');
  seen.push(JSON.stringify(view.body));
  for (let i = 0; view.body.task && i < 40; i++) {
    const l = typeof label === 'string' ? label : label(i);
    view = await c.request<MyCodingView>('PUT', `/api/research/coding/me/${view.body.task.assignmentId}`, {
      label: l,
    });
    expect(view.status).toBe(200);
    seen.push(JSON.stringify(view.body));
  }
  expect(view.body.task).toBeNull();
  return seen;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
});

describe('drawing a coding study', () => {
  it('should draw only consenting, visible group messages, each for two coders who may read the room and did not write it', async () => {
    const w = await world(t.ds);
    const study = await startStudy(w);
    expect(study.items).toBe(w.drawable.size);
    const rows = await t.ds.query<{ contribution_id: string; coders: string[] }[]>(
      `SELECT i.contribution_id::text, array_agg(k.coder_membership_id) AS coders
         FROM coding_items i JOIN coding_codes k ON k.item_id = i.id WHERE i.study_id = $1 GROUP BY i.contribution_id`,
      [study.id],
    );
    expect(rows).toHaveLength(w.drawable.size);
    const allowed = new Set([w.f1.membershipId, w.f2.membershipId, w.mentor.membershipId]);
    for (const r of rows) {
      expect(w.never).not.toContain(r.contribution_id);
      expect(r.coders).toHaveLength(2);
      expect(new Set(r.coders).size).toBe(2);
      expect(r.coders).not.toContain(w.drawable.get(r.contribution_id));
      for (const c of r.coders) expect(allowed.has(c)).toBe(true);
    }
  });

  it('should refuse anyone but an admin and bad input, and change nothing then', async () => {
    const w = await world(t.ds);
    const count = async () =>
      (await t.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM coding_studies`))[0]!.n;
    const f1 = await clientFor(w.f1);
    expect((await f1.post('/api/research/coding/studies', { name: 'X', size: 10 })).status).toBe(403);
    const researcher = await clientFor(w.researcher);
    expect((await researcher.post('/api/research/coding/studies', { name: 'X', size: 10 })).status).toBe(403);
    const admin = await clientFor(w.admin);
    for (const body of [
      { name: 'X', size: 0 },
      { name: 'X', size: 1e9 },
      { name: 'X', size: 2.5 },
      { name: ' ', size: 10 },
      { name: 'X'.repeat(121), size: 10 },
    ]) {
      const res = await admin.post<{ code: string; message: string }>('/api/research/coding/studies', body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(typeof res.body.message).toBe('string');
    }
    expect(await count()).toBe(0);
  });
});

describe('the workbench', () => {
  it('should be blind: no coder response holds the classifier’s tag, the other code, the author or the room', async () => {
    const w = await world(t.ds);
    await startStudy(w);
    // f2 codes everything "verbinding" first; the classifier said "getuigenis" everywhere.
    await codeAll(await clientFor(w.f2), 'verbinding');
    const seen = await codeAll(await clientFor(w.f1), 'herkenning');
    expect(seen.length).toBeGreaterThan(2);
    const first = JSON.parse(seen[0]!) as MyCodingView;
    expect(first.task!.body).toMatch(/^SECRET bericht/);
    expect(Object.keys(first.task!).sort()).toEqual(
      ['assignmentId', 'body', 'done', 'kind', 'studyId', 'studyName', 'title', 'total'].sort(),
    );
    for (const body of seen) {
      expect(body).not.toMatch(/getuigenis|verbinding|phase|classifier|suggest/i);
      expect(body).not.toMatch(/Pseudo|Mentor Mies|Begeleider/);
      expect(body).not.toContain(w.group);
      for (const a of [...w.authors, w.mentor]) expect(body).not.toContain(a.membershipId);
    }
    const last = JSON.parse(seen.at(-1)!) as MyCodingView;
    expect(last.studies[0]!.done).toBe(last.studies[0]!.total);
  });

  it('should never give the peer mentor their own message, and log every text served with its author', async () => {
    const w = await world(t.ds);
    await startStudy(w);
    const m = await clientFor(w.mentor);
    const served: string[] = [];
    let view = (await m.get<MyCodingView>('/api/research/coding/me')).body;
    while (view.task) {
      served.push(view.task.body);
      view = (
        await m.request<MyCodingView>('PUT', `/api/research/coding/me/${view.task.assignmentId}`, {
          label: 'onbekend',
        })
      ).body;
    }
    const own = await t.ds.query<{ body: string }[]>(
      `SELECT body FROM contributions WHERE author_membership_id = $1`,
      [w.mentor.membershipId],
    );
    expect(served.length).toBeGreaterThan(0);
    for (const o of own) expect(served).not.toContain(o.body);
    const logged = await t.ds.query<{ subject_membership_id: string }[]>(
      `SELECT subject_membership_id FROM audit_events WHERE actor_membership_id = $1 AND action = 'research.coding_task_view'`,
      [w.mentor.membershipId],
    );
    expect(logged.length).toBe(served.length);
    for (const l of logged) expect(l.subject_membership_id).not.toBe(w.mentor.membershipId);
  });

  it('should refuse a code for someone else’s item, a second code and a bad label, changing nothing', async () => {
    const w = await world(t.ds);
    await startStudy(w);
    const f1 = await clientFor(w.f1);
    const f2 = await clientFor(w.f2);
    const task = (await f1.get<MyCodingView>('/api/research/coding/me')).body.task!;
    const snapshot = async () =>
      JSON.stringify(await t.ds.query(`SELECT id, label, coded_at FROM coding_codes ORDER BY id`));
    const before = await snapshot();
    expect(
      (await f2.request('PUT', `/api/research/coding/me/${task.assignmentId}`, { label: 'projectie' }))
        .status,
    ).toBe(404);
    const bad = await f1.request<{ code: string }>('PUT', `/api/research/coding/me/${task.assignmentId}`, {
      label: 'iets',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((await f1.request('PUT', `/api/research/coding/me/not-a-uuid`, { label: 'geen' })).status).toBe(
      404,
    );
    const researcher = await clientFor(w.researcher);
    expect(
      (await researcher.request('PUT', `/api/research/coding/me/${task.assignmentId}`, { label: 'geen' }))
        .status,
    ).toBe(403);
    expect(await snapshot()).toBe(before);
    expect(
      (await f1.request('PUT', `/api/research/coding/me/${task.assignmentId}`, { label: 'projectie' }))
        .status,
    ).toBe(200);
    const again = await f1.request('PUT', `/api/research/coding/me/${task.assignmentId}`, { label: 'geen' });
    expect(again.status).toBe(409);
    const [row] = await t.ds.query<{ label: string }[]>(`SELECT label FROM coding_codes WHERE id = $1`, [
      task.assignmentId,
    ]);
    expect(row!.label).toBe('projectie');
  });
});

describe('results, disagreements and the export', () => {
  async function coded(w: World) {
    const study = await startStudy(w);
    await codeAll(await clientFor(w.f1), (i) => (i % 2 ? 'herkenning' : 'geen'));
    await codeAll(await clientFor(w.f2), 'herkenning');
    await codeAll(await clientFor(w.mentor), 'herkenning');
    return study;
  }

  it('should show the researcher figures (κ with CI and band) but no text, ids or names, and refuse them the rest', async () => {
    const w = await world(t.ds);
    const study = await coded(w);
    const r = await clientFor(w.researcher);
    const res = await r.get<CodingResultsView>(`/api/research/coding/studies/${study.id}/results`);
    expect(res.status).toBe(200);
    expect(res.body.figures.coded).toBe(w.drawable.size);
    expect(res.body.figures.interRater.n).toBe(w.drawable.size);
    expect(res.body.figures.perPhase.map((p) => p.phase)).toEqual([
      'projectie',
      'herkenning',
      'gelijkwaardigheid',
      'verbinding',
      'getuigenis',
    ]);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/SECRET|Pseudo|Begeleider|Mentor Mies/);
    for (const id of w.drawable.keys()) expect(text).not.toMatch(new RegExp(`"${id}"`));
    expect((await r.get(`/api/research/coding/studies/${study.id}/disagreements`)).status).toBe(403);
    expect((await r.get(`/api/research/coding/studies/${study.id}/export.csv`)).status).toBe(403);
    expect((await r.get(`/api/research/coding/me`)).status).toBe(403);
    expect((await r.get<CodingStudySummary[]>(`/api/research/coding/studies`)).body).toHaveLength(1);
  });

  it('should list disagreements with text only for members of the room, after a facilitator’s own work', async () => {
    const w = await world(t.ds);
    const study = await startStudy(w);
    const f1 = await clientFor(w.f1);
    // f1 has open items: the list would un-blind them.
    expect((await f1.get(`/api/research/coding/studies/${study.id}/disagreements`)).status).toBe(409);
    await codeAll(f1, 'projectie');
    await codeAll(await clientFor(w.f2), 'herkenning');
    await codeAll(await clientFor(w.mentor), 'herkenning');
    const list = await f1.get<CodingDisagreement[]>(`/api/research/coding/studies/${study.id}/disagreements`);
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(0);
    for (const d of list.body) {
      expect(d.first).not.toBe(d.second);
      expect(d.text).toMatch(/^SECRET bericht/);
    }
    // The admin is not in the group: ids and codes, never the text.
    const admin = await clientFor(w.admin);
    const adminList = await admin.get<CodingDisagreement[]>(
      `/api/research/coding/studies/${study.id}/disagreements`,
    );
    expect(adminList.body).toHaveLength(list.body.length);
    for (const d of adminList.body) expect(d.text).toBeNull();
    const other = await buildOrganisation(t.ds);
    const otherAdmin = await clientFor(await buildMember(t.ds, other.id, 'admin'));
    expect((await otherAdmin.get(`/api/research/coding/studies/${study.id}/disagreements`)).status).toBe(404);
    expect((await otherAdmin.get(`/api/research/coding/studies/${study.id}/results`)).status).toBe(404);
  });

  it('should export ids and labels as CSV for admins, logged, and leave out people who withdrew consent', async () => {
    const w = await world(t.ds);
    const study = await coded(w);
    const admin = await clientFor(w.admin);
    const res = await admin.get<string>(`/api/research/coding/studies/${study.id}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('contribution_id,coder,label,classifier_label');
    expect(lines).toHaveLength(1 + 2 * w.drawable.size);
    for (const l of lines.slice(1)) expect(l).toMatch(/^\d+,C\d,(herkenning|geen),getuigenis$/);
    expect(res.body).not.toMatch(/SECRET|Pseudo|Begeleider|Mentor/);
    const [log] = await t.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'research.coding_export' AND actor_membership_id = $1`,
      [w.admin.membershipId],
    );
    expect(log!.n).toBe(1);

    // Pseudo Een withdraws: their contributions leave every later export and figure.
    const p1 = await clientFor(w.authors[0]!);
    expect(
      (
        await p1.request('PUT', '/api/research/me/consent', {
          answers: false,
          phaseTimeline: false,
          phaseTags: false,
          letterVersion: '2026-1',
        })
      ).status,
    ).toBe(200);
    const theirs = [...w.drawable].filter(([, a]) => a === w.authors[0]!.membershipId).map(([id]) => id);
    const after = await admin.get<string>(`/api/research/coding/studies/${study.id}/export.csv`);
    expect(after.body.trim().split('\r\n')).toHaveLength(1 + 2 * (w.drawable.size - theirs.length));
    for (const id of theirs) expect(after.body).not.toMatch(new RegExp(`^${id},`, 'm'));
    const figures = await admin.get<CodingResultsView>(`/api/research/coding/studies/${study.id}/results`);
    expect(figures.body.figures.coded).toBe(w.drawable.size - theirs.length);
    // Coders and the disagreements list never see the withdrawn texts either.
    const f1 = await clientFor(w.f1);
    const list = await f1.get<CodingDisagreement[]>(`/api/research/coding/studies/${study.id}/disagreements`);
    for (const d of list.body) expect(theirs).not.toContain(d.contributionId);
  });
});
