import { performance } from 'node:perf_hooks';
import { PHASE_IDS, SUPPORT_REACTIONS, THEME_IDS } from '@spiegel/domain';
import type pg from 'pg';
import { DEMO_CONVERSATIONS } from '../../src/seed/demo-conversations.js';
import { benchPasswordHash } from '../lib/accounts.js';
import { log } from '../lib/output.js';

export interface GenerateOptions {
  contributions: number;
  members: number;
  rooms: number;
  months: number;
  now: Date;
}

/** What the measurements need to know about the generated organisation. */
export interface Generated {
  organisationId: string;
  adminLogin: string;
  /** The largest community room and one of its members: history pages and catch-up. */
  bigRoom: { id: string; lastSeq: number; memberLogin: string };
  /** A group whose traject completed most recently, and one of its facilitators: the dashboard. */
  group: { roomId: string; trajectId: string; facilitatorLogin: string; contributions: number };
  counts: Record<string, number>;
  seconds: number;
}

const DAY = 86_400_000;
/** A traject: twelve weekly sessions, fifteen participants, two facilitators. */
const TRAJECT_DAYS = 84;
const PER_TRAJECT = 15;

/**
 * Fills an empty (migrated) database with one organisation of `members` people and `rooms` rooms and
 * `contributions` contributions over `months` months, with phases, themes, recognitions, reactions,
 * replies to stories, trajecten with sessions and enrolments, alumni and their zwart-gat history.
 *
 * Rows are made by PostgreSQL itself (INSERT … SELECT over generate_series, room by room in batches):
 * nothing travels over the wire but the statements, so a million contributions take about a minute.
 */
export async function generate(db: pg.Client, o: GenerateOptions): Promise<Generated> {
  const t0 = performance.now();
  const now = o.now;
  const start = new Date(now.getTime() - o.months * 30.4 * DAY);
  const hash = await benchPasswordHash();
  const bodies = DEMO_CONVERSATIONS.filter((c) => c.kind === 'message').map((c) => c.body);
  const stories = DEMO_CONVERSATIONS.filter((c) => c.kind === 'story').map((c) => ({
    title: c.title ?? 'Mijn verhaal',
    body: c.body,
  }));
  await db.query(`SET synchronous_commit = off`);
  // No triggers while filling (the report's stored figures, which are empty yet) and no foreign-key checks.
  await db.query(`SET session_replication_role = replica`);
  await db.query(`SELECT setseed(0.42)`);

  // — People —
  const [{ id: org }] = (
    await db.query<{ id: string }>(
      `INSERT INTO organisations (id, name, slug) VALUES (gen_random_uuid(), 'Herstelacademie Bench', 'bench') RETURNING id`,
    )
  ).rows as [{ id: string }];
  // Staff log in with a password only here: the benchmark measures data paths, not the second step.
  await db.query(`INSERT INTO two_factor_policies (organisation_id, required_for_staff) VALUES ($1, false)`, [org]);
  const admins = 5;
  const facilitators = Math.max(10, Math.round(o.members * 0.02));
  await db.query(
    `INSERT INTO users (id, login_name, password_hash, password_changed_at, created_at)
     SELECT gen_random_uuid(), 'lid' || i, $1, $2, $2 FROM generate_series(0, $3 - 1) AS i`,
    [hash, start, o.members],
  );
  // lid0..lid4 admins, then facilitators, then participants; member number = the login's number.
  await db.query(
    `INSERT INTO memberships (id, organisation_id, user_id, role, display_name, display_name_key, avatar_color, created_at)
     SELECT gen_random_uuid(), $1, u.id,
            CASE WHEN n < $2 THEN 'admin' WHEN n < $2 + $3 THEN 'facilitator' ELSE 'participant' END,
            'Lid ' || n, 'lid ' || n, (ARRAY['#2f6f73','#8a4f7d','#b5651d','#3d5a80','#6a994e'])[1 + n % 5], $4
       FROM (SELECT id, substr(login_name, 4)::int AS n FROM users) u`,
    [org, admins, facilitators, start],
  );
  await db.query(`CREATE TEMP TABLE mem AS
    SELECT substr(u.login_name, 4)::int AS n, m.id, m.role FROM users u JOIN memberships m ON m.user_id = u.id`);
  await db.query(`CREATE UNIQUE INDEX ON mem (n)`);
  log(`generated ${o.members} members`);

  // — Rooms and trajecten —
  const direct = Math.round(o.rooms * 0.1);
  const groups = Math.min(Math.round(o.rooms * 0.72), Math.floor((o.members - admins - facilitators) / PER_TRAJECT));
  const community = o.rooms - groups - direct - 1;
  const span = now.getTime() - start.getTime() - 7 * DAY;
  await db.query(`CREATE TEMP TABLE plan (
    k int, room_id uuid, kind text, traject_id uuid, t_from timestamptz, t_to timestamptz, share float8,
    members uuid[], n int, first_seq int DEFAULT 0)`);
  // Group rooms: one traject each, starts spread over the period; the last ones still running.
  await db.query(
    `INSERT INTO plan (k, room_id, kind, traject_id, t_from, t_to, share)
     SELECT k, gen_random_uuid(), 'group', gen_random_uuid(),
            date_trunc('day', $1::timestamptz + (k::float8 / $2) * $3 * interval '1 millisecond'),
            date_trunc('day', $1::timestamptz + (k::float8 / $2) * $3 * interval '1 millisecond') + interval '${TRAJECT_DAYS} days',
            0.70 / $2
       FROM generate_series(0, $2 - 1) AS k`,
    [start, groups, span],
  );
  // Community rooms span the whole period; room 0 is the big open room (a tenth of all community talk).
  await db.query(
    `INSERT INTO plan (k, room_id, kind, t_from, t_to, share)
     SELECT 1000 + k, gen_random_uuid(), 'community', $1, $2, CASE WHEN k = 0 THEN 0.05 ELSE 0.17 / ($3 - 1) END
       FROM generate_series(0, $3 - 1) AS k`,
    [start, now, community],
  );
  await db.query(
    `INSERT INTO plan (k, room_id, kind, t_from, t_to, share) VALUES (2000, gen_random_uuid(), 'alumni', $1, $2, 0.06)`,
    [start, now],
  );
  await db.query(
    `INSERT INTO plan (k, room_id, kind, t_from, t_to, share)
     SELECT 3000 + k, gen_random_uuid(), 'direct', $1, $2, 0.02 / $3 FROM generate_series(0, $3 - 1) AS k`,
    [new Date(now.getTime() - 180 * DAY), now, direct],
  );
  await db.query(`UPDATE plan SET t_to = LEAST(t_to, $1)`, [now]);
  await db.query(
    `INSERT INTO rooms (id, organisation_id, kind, name, created_at)
     SELECT room_id, $1, kind, CASE kind WHEN 'group' THEN 'Groep ' || k WHEN 'community' THEN 'Huiskamer ' || (k - 1000)
                                 WHEN 'alumni' THEN 'Oud-deelnemers' ELSE 'Gesprek ' || (k - 3000) END, t_from
       FROM plan`,
    [org],
  );
  const p0 = admins + facilitators; // first participant number
  await db.query(
    `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id, completed_at, created_at)
     SELECT traject_id, $1, 'Traject ' || k, t_from::date, (t_from + interval '${TRAJECT_DAYS - 1} days')::date, room_id,
            CASE WHEN t_from + interval '${TRAJECT_DAYS} days' + interval '2 hours' <= $2
                 THEN t_from + interval '${TRAJECT_DAYS} days' + interval '2 hours' END, t_from - interval '14 days'
       FROM plan WHERE kind = 'group'`,
    [org, now],
  );
  await db.query(
    `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title)
     SELECT gen_random_uuid(), traject_id, $1, t_from + (w * 7) * interval '1 day' + interval '18 hours', 'Bijeenkomst ' || (w + 1)
       FROM plan CROSS JOIN generate_series(0, 11) AS w WHERE kind = 'group'`,
    [org],
  );
  await db.query(
    `INSERT INTO traject_facilitators (traject_id, membership_id, organisation_id)
     SELECT p.traject_id, m.id, $1 FROM plan p CROSS JOIN generate_series(0, 1) AS f
       JOIN mem m ON m.n = $2 + (p.k * 2 + f) % $3
      WHERE p.kind = 'group'`,
    [org, admins, facilitators],
  );
  // Fifteen participants per traject; consent at the start, 80 % agree to follow-up; one in ten leaves.
  await db.query(
    `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, invited_at, consent_at,
                             consent_follow_up, left_at, completed_at)
     SELECT gen_random_uuid(), p.traject_id, m.id, $1,
            CASE WHEN e % 10 = 7 THEN 'left' WHEN t.completed_at IS NOT NULL THEN 'completed' ELSE 'active' END,
            p.t_from - interval '10 days', p.t_from - interval '2 days', e % 5 <> 3,
            CASE WHEN e % 10 = 7 THEN p.t_from + interval '40 days' END,
            CASE WHEN e % 10 <> 7 THEN t.completed_at END
       FROM plan p JOIN trajecten t ON t.id = p.traject_id CROSS JOIN generate_series(0, ${PER_TRAJECT - 1}) AS e
       JOIN mem m ON m.n = $2 + p.k * ${PER_TRAJECT} + e
      WHERE p.kind = 'group'`,
    [org, p0],
  );

  // — Room members —
  await db.query(
    `INSERT INTO room_members (room_id, membership_id, organisation_id, joined_at)
     SELECT p.room_id, e.membership_id, $1::uuid, p.t_from - interval '2 days' FROM plan p JOIN enrolments e ON e.traject_id = p.traject_id
     UNION ALL
     SELECT p.room_id, f.membership_id, $1::uuid, p.t_from - interval '2 days' FROM plan p JOIN traject_facilitators f ON f.traject_id = p.traject_id`,
    [org],
  );
  // Alumni room: everyone who completed, and the facilitators.
  await db.query(
    `INSERT INTO room_members (room_id, membership_id, organisation_id, joined_at)
     SELECT DISTINCT ON (e.membership_id) p.room_id, e.membership_id, $1::uuid, e.completed_at
       FROM plan p CROSS JOIN enrolments e WHERE p.kind = 'alumni' AND e.status = 'completed'
     UNION ALL
     SELECT p.room_id, m.id, $1::uuid, p.t_from FROM plan p CROSS JOIN mem m WHERE p.kind = 'alumni' AND m.role <> 'participant'`,
    [org],
  );
  // Community rooms: about one member in twenty each (the big room: one in five), facilitators included.
  await db.query(
    `INSERT INTO room_members (room_id, membership_id, organisation_id, joined_at)
     SELECT p.room_id, m.id, $1::uuid, p.t_from FROM plan p CROSS JOIN mem m
      WHERE p.kind = 'community' AND (m.n + p.k) % (CASE WHEN p.k = 1000 THEN 5 ELSE 20 END) = 0`,
    [org],
  );
  // 1:1 conversations: a facilitator and an alumnus (follow-up after a traject).
  await db.query(
    `INSERT INTO room_members (room_id, membership_id, organisation_id, joined_at)
     SELECT p.room_id, x.id, $1::uuid, p.t_from FROM plan p
       CROSS JOIN LATERAL (
         (SELECT m.id FROM mem m WHERE m.n = ${admins} + (p.k - 3000) % ${facilitators})
         UNION ALL
         (SELECT e.membership_id FROM enrolments e WHERE e.status = 'completed'
           ORDER BY e.completed_at DESC, e.membership_id OFFSET (p.k - 3000) LIMIT 1)
       ) x
      WHERE p.kind = 'direct'`,
    [org],
  );
  await db.query(
    `UPDATE plan p SET members = (SELECT array_agg(rm.membership_id ORDER BY rm.membership_id) FROM room_members rm WHERE rm.room_id = p.room_id),
                       n = GREATEST(1, round($1 * share))::int`,
    [o.contributions],
  );
  // Whatever rounding lost or added goes to the big room.
  await db.query(`UPDATE plan SET n = n + ($1 - (SELECT sum(n) FROM plan)) WHERE k = 1000`, [o.contributions]);
  log(`generated ${o.rooms} rooms (${groups} groups with trajecten, ${community} community, 1 alumni, ${direct} 1:1)`);

  // — Contributions, room by room in batches —
  // (OFFSET 0 keeps a random() referenced twice from being evaluated twice.)
  // Every 40th is a story; the three after a story reply to it. Phases follow the traject: projectie early,
  // getuigenis late; about a third untagged. created_at rises with seq through the room's period.
  const rooms = (await db.query<{ k: number; n: number }>(`SELECT k, n FROM plan ORDER BY k`)).rows;
  let done = 0;
  let batch: number[] = [];
  let batchRows = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await db.query(
      `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, title, body,
                                  phase, phase_suggested, phase_confidence, phase_cues, phase_set_by, themes, crisis, created_at)
       SELECT $1, p.room_id, g.s, p.members[1 + floor(random() * array_length(p.members, 1))::int], gen_random_uuid(),
              CASE WHEN g.s % 40 = 0 THEN 'story' ELSE 'message' END,
              CASE WHEN g.s % 40 = 0 THEN ($3::text[])[1 + g.s % array_length($3::text[], 1)] END,
              CASE WHEN g.s % 40 = 0 THEN ($4::text[])[1 + g.s % array_length($4::text[], 1)]
                   ELSE ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int] END,
              ph.phase, ph.phase, CASE WHEN ph.phase IS NULL THEN 0.2 ELSE 0.7 END,
              CASE WHEN ph.phase IS NULL THEN '[]'::jsonb ELSE '["herken"]'::jsonb END,
              CASE WHEN random() < 0.05 THEN 'author' ELSE 'classifier' END,
              CASE WHEN random() < 0.5 THEN ARRAY[]::text[]
                   ELSE ARRAY[($5::text[])[1 + floor(random() * array_length($5::text[], 1))::int]] END,
              'none',
              p.t_from + ((g.s - random() * 0.9) / p.n) * (p.t_to - p.t_from)
         FROM plan p CROSS JOIN LATERAL generate_series(1, p.n) AS g(s)
         CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.35 THEN NULL
                   ELSE ($6::text[])[1 + LEAST(4, GREATEST(0, floor(g.s::float8 / p.n * 5 + (random() - 0.5) * 3)))::int] END AS phase
                           OFFSET 0) ph
        WHERE p.k = ANY($7::int[])
        ORDER BY p.k, g.s`,
      [org, bodies, stories.map((s) => s.title), stories.map((s) => s.body), THEME_IDS, PHASE_IDS, batch],
    );
    done += batchRows;
    log(`contributions: ${done.toLocaleString('en')} / ${o.contributions.toLocaleString('en')}`);
    batch = [];
    batchRows = 0;
  };
  for (const r of rooms) {
    batch.push(r.k);
    batchRows += r.n;
    if (batchRows >= 100_000) await flush();
  }
  await flush();
  await db.query(`UPDATE rooms r SET last_seq = p.n FROM plan p WHERE p.room_id = r.id`);
  await db.query(
    `UPDATE contributions c SET reply_to_id = s.id
       FROM contributions s
      WHERE c.seq % 40 BETWEEN 1 AND 3 AND c.seq > 40 AND s.room_id = c.room_id AND s.seq = c.seq - c.seq % 40`,
  );
  log('replies linked');

  // — Recognitions (one contribution in eight), reactions (one in five) —
  await db.query(
    `INSERT INTO recognitions (organisation_id, room_id, contribution_id, from_membership_id, to_membership_id, created_at)
     SELECT $1, c.room_id, c.id, x.m, c.author_membership_id, c.created_at + random() * interval '2 hours'
       FROM contributions c JOIN plan p ON p.room_id = c.room_id
       CROSS JOIN LATERAL (SELECT p.members[1 + floor(random() * array_length(p.members, 1))::int] AS m OFFSET 0) x
      WHERE random() < 0.125 AND x.m <> c.author_membership_id AND p.kind <> 'direct'
     ON CONFLICT DO NOTHING`,
    [org],
  );
  log('recognitions');
  await db.query(
    `INSERT INTO reactions (organisation_id, room_id, contribution_id, membership_id, kind, created_at)
     SELECT $1, c.room_id, c.id, x.m, ($2::text[])[1 + floor(random() * 4)::int], c.created_at + random() * interval '3 hours'
       FROM contributions c JOIN plan p ON p.room_id = c.room_id
       CROSS JOIN LATERAL (SELECT p.members[1 + floor(random() * array_length(p.members, 1))::int] AS m OFFSET 0) x
      WHERE random() < 0.2 AND x.m <> c.author_membership_id
     ON CONFLICT DO NOTHING`,
    [org, SUPPORT_REACTIONS],
  );
  log('reactions');

  // — After-care: zwart-gat history (weekly since completion), self-placements, mentors —
  await db.query(
    `INSERT INTO zwart_gat_scores (organisation_id, traject_id, membership_id, computed_at, score, level, reasons, last_activity_at)
     SELECT $1, traject_id, membership_id, at, score,
            CASE WHEN score >= 0.6 THEN 'hoog' WHEN score >= 0.3 THEN 'midden' ELSE 'laag' END, '[]'::jsonb, at - interval '3 days'
       FROM (SELECT e.traject_id, e.membership_id, e.completed_at + w * interval '7 days' AS at, random()::real AS score
               FROM enrolments e CROSS JOIN generate_series(0, 25) AS w
              WHERE e.status = 'completed' AND e.completed_at + w * interval '7 days' <= $2 OFFSET 0) s`,
    [org, now],
  );
  await db.query(
    `INSERT INTO self_placements (organisation_id, membership_id, phase, created_at)
     SELECT $1, e.membership_id, ($2::text[])[1 + floor(random() * 5)::int], e.consent_at + k * interval '20 days'
       FROM enrolments e CROSS JOIN generate_series(1, 3) AS k WHERE random() < 0.3 AND e.consent_at + k * interval '20 days' <= $3`,
    [org, PHASE_IDS, now],
  );
  await db.query(
    `INSERT INTO mentor_profiles (membership_id, organisation_id, intro, themes, max_mentees, status)
     SELECT e.membership_id, $1, 'Ik luister graag.', ARRAY[($2::text[])[1 + floor(random() * 12)::int]], 2, 'active'
       FROM enrolments e WHERE e.status = 'completed' AND random() < 0.05
     ON CONFLICT DO NOTHING`,
    [org, THEME_IDS],
  );
  await db.query(
    `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, created_at, responded_at)
     SELECT gen_random_uuid(), $1, mp.membership_id, e.membership_id, 'active', e.consent_at + interval '30 days', e.consent_at + interval '31 days'
       FROM (SELECT membership_id, row_number() OVER (ORDER BY membership_id) AS i FROM mentor_profiles) mp
       JOIN (SELECT membership_id, consent_at, row_number() OVER (ORDER BY membership_id DESC) AS i FROM enrolments WHERE status = 'active') e
         ON e.i = mp.i`,
    [org],
  );
  log('after-care history');

  await db.query('VACUUM ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of [
    'memberships',
    'rooms',
    'room_members',
    'trajecten',
    'enrolments',
    'contributions',
    'recognitions',
    'reactions',
    'zwart_gat_scores',
  ]) {
    counts[table] = Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
  }
  counts.alumniInFollowUp = Number(
    (
      await db.query(
        `SELECT count(*)::int AS n FROM enrolments WHERE status = 'completed' AND completed_at > $1::timestamptz - interval '183 days'`,
        [now],
      )
    ).rows[0].n,
  );

  const big = (
    await db.query<{ id: string; last_seq: string; n: number }>(
      `SELECT r.id, r.last_seq, (SELECT min(m.n) FROM room_members rm JOIN mem m ON m.id = rm.membership_id
                                 WHERE rm.room_id = r.id AND m.role = 'participant') AS n
         FROM rooms r JOIN plan p ON p.room_id = r.id WHERE p.k = 1000`,
    )
  ).rows[0]!;
  const group = (
    await db.query<{ room_id: string; traject_id: string; n: number; contributions: number }>(
      `SELECT t.room_id, t.id AS traject_id, min(m.n) AS n, (SELECT last_seq FROM rooms WHERE id = t.room_id)::int AS contributions
         FROM trajecten t JOIN traject_facilitators f ON f.traject_id = t.id JOIN mem m ON m.id = f.membership_id
        WHERE t.completed_at IS NOT NULL GROUP BY t.id ORDER BY t.completed_at DESC LIMIT 1`,
    )
  ).rows[0]!;
  return {
    organisationId: org,
    adminLogin: 'lid0',
    bigRoom: { id: big.id, lastSeq: Number(big.last_seq), memberLogin: `lid${big.n}` },
    group: {
      roomId: group.room_id,
      trajectId: group.traject_id,
      facilitatorLogin: `lid${group.n}`,
      contributions: group.contributions,
    },
    counts,
    seconds: Math.round((performance.now() - t0) / 1000),
  };
}
