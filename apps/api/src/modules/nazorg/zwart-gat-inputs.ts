import {
  type ActivityCounts,
  activityWindows,
  LIVE_CONNECTION_DAYS,
  MS_PER_DAY,
  type ZwartGatConnection,
  type ZwartGatInput,
} from '@spiegel/domain';
import type { DataSource } from 'typeorm';

export type CountedZwartGatInput = ZwartGatInput & { readonly activity: ActivityCounts };

export interface Alumnus {
  membershipId: string;
  organisationId: string;
  trajectId: string;
  endedAt: Date;
}

/**
 * Everything zwartGatRisk needs for a batch of alumni, in a handful of set-based queries, and no more
 * than the formula reads, so the job's cost follows the number of alumni rather than their history:
 * own activity (contributions, reactions, recognitions given) counted per window of the formula, plus
 * the latest moment; two-way contact per other member within the last
 * LIVE_CONNECTION_DAYS (recognitions, reactions, replies and 1:1 messages in both directions);
 * whether a recognition was received since the end; and whether a mentorship is active.
 */
export async function loadZwartGatInputs(
  ds: DataSource,
  alumni: Alumnus[],
  now: Date,
): Promise<Map<string, CountedZwartGatInput>> {
  const out = new Map<string, CountedZwartGatInput>();
  if (alumni.length === 0) return out;
  const ids = [...new Set(alumni.map((a) => a.membershipId))];
  // One row per (member, end): someone can be an alumnus of two trajecten.
  const ends = [...new Map(alumni.map((a) => [endKey(a.membershipId, a.endedAt), a])).values()];

  // Own activity counted per window of the formula (activityWindows), in SQL: a long history never
  // travels as rows. Per alumnus and table two disjoint index ranges, [end − 28 days, min(end, now − 28
  // days)) and [now − 28 days, …): written as one OR, PostgreSQL read every entry of the member ever and
  // filtered them (the author index with the time as a filter), which grew with the member's history.
  const windows = ends.map((a) => activityWindows(a.endedAt, now));
  const common = activityWindows(now, now);
  const counted = await ds.query<
    { m: string; e: Date; before: number; after: number; recent: number; previous: number; future: number }[]
  >(
    `WITH a AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[]) AS a(m, e, b_from, a_from))
     SELECT a.m, a.e,
            count(*) FILTER (WHERE x.at >= a.b_from AND x.at < a.e)::int AS before,
            count(*) FILTER (WHERE x.at >= a.a_from AND x.at <= $5)::int AS after,
            count(*) FILTER (WHERE x.at > $7 AND x.at <= $5)::int AS recent,
            count(*) FILTER (WHERE x.at > $6 AND x.at <= $7)::int AS previous,
            count(*) FILTER (WHERE x.at > $5)::int AS future
       FROM a LEFT JOIN LATERAL (
         SELECT created_at AS at FROM contribution_facts
          WHERE author_membership_id = a.m AND created_at >= a.b_from AND created_at < LEAST(a.e, $6)
         UNION ALL
         SELECT created_at FROM contribution_facts WHERE author_membership_id = a.m AND created_at >= $6
         UNION ALL
         SELECT created_at FROM recognition_evidence
          WHERE from_membership_id = a.m AND created_at >= a.b_from AND created_at < LEAST(a.e, $6)
         UNION ALL
         SELECT created_at FROM recognition_evidence WHERE from_membership_id = a.m AND created_at >= $6
         UNION ALL
         SELECT created_at FROM reaction_facts
          WHERE membership_id = a.m AND created_at >= a.b_from AND created_at < LEAST(a.e, $6)
         UNION ALL
         SELECT created_at FROM reaction_facts WHERE membership_id = a.m AND created_at >= $6
       ) x ON true
      GROUP BY a.m, a.e`,
    [
      ends.map((a) => a.membershipId),
      ends.map((a) => a.endedAt),
      windows.map((w) => new Date(w.beforeFrom)),
      windows.map((w) => new Date(w.afterFrom)),
      now,
      new Date(common.previousFrom),
      new Date(common.recentFrom),
    ],
  );
  // The latest moment of each, wherever it lies: it says how long someone has been silent. Each is the
  // first entry of a backward index range (a max() over the recognitions view joined every recognition
  // the member ever gave to its contribution).
  const latest = await ds.query<{ m: string; at: Date | null }[]>(
    `SELECT m, GREATEST(
       (SELECT max(created_at) FROM contribution_facts WHERE author_membership_id = m AND created_at <= $2),
       (SELECT max(created_at) FROM reaction_facts WHERE membership_id = m AND created_at <= $2),
       (SELECT created_at FROM recognition_evidence WHERE from_membership_id = m AND created_at <= $2
         ORDER BY created_at DESC LIMIT 1)) AS at
       FROM unnest($1::uuid[]) AS m`,
    [ids, now],
  );
  // Directed interactions a → b with their latest moment in the last LIVE_CONNECTION_DAYS; a connection
  // is live only when both directions fall in that period.
  const interactions = await ds.query<{ a: string; b: string; at: Date }[]>(
    `WITH edges AS (
       -- Recognitions given and received, as index ranges per alumnus (OFFSET 0 keeps each a range: as a
       -- join PostgreSQL would rather scan the period's recognitions of the whole organisation). One between
       -- two alumni appears twice; only the latest moment per pair is kept below.
       SELECT r.* FROM unnest($1::uuid[]) AS m CROSS JOIN LATERAL (
         SELECT from_membership_id AS a, to_membership_id AS b, created_at AS at FROM recognition_evidence
          WHERE from_membership_id = m AND created_at >= $3 AND created_at <= $2 OFFSET 0) r
       UNION ALL
       SELECT r.* FROM unnest($1::uuid[]) AS m CROSS JOIN LATERAL (
         SELECT from_membership_id, to_membership_id, created_at FROM recognition_evidence
          WHERE to_membership_id = m AND created_at >= $3 AND created_at <= $2 OFFSET 0) r
       UNION ALL
       -- Reactions of the period, given or received, found by time (the organisation's index on reactions);
       -- one pass, each looked up by key (LIMIT 1 keeps it a lookup: as a join, PostgreSQL would rather
       -- read all of contributions).
       SELECT r.membership_id, c.author_membership_id, r.created_at
         FROM reaction_facts r CROSS JOIN LATERAL (
           SELECT author_membership_id FROM contribution_facts WHERE id = r.contribution_id LIMIT 1) c
        WHERE r.organisation_id = ANY($4::uuid[]) AND r.created_at >= $3 AND r.created_at <= $2
          AND (r.membership_id = ANY($1::uuid[]) OR c.author_membership_id = ANY($1::uuid[]))
       UNION ALL
       -- Replies of the period, room by room through the index on a room's replies by time, each parent
       -- looked up by key.
       SELECT c.author_membership_id, p.author_membership_id, c.created_at
         FROM room_facts r CROSS JOIN LATERAL (
           SELECT author_membership_id, reply_to_id, created_at FROM contribution_facts
            WHERE room_id = r.id AND reply_to_id IS NOT NULL AND created_at >= $3 AND created_at <= $2 OFFSET 0) c
         CROSS JOIN LATERAL (
           SELECT author_membership_id FROM contribution_facts WHERE id = c.reply_to_id LIMIT 1) p
        WHERE r.organisation_id = ANY($4::uuid[])
          AND (c.author_membership_id = ANY($1::uuid[]) OR p.author_membership_id = ANY($1::uuid[]))
       UNION ALL
       SELECT c.author_membership_id, rm.membership_id, c.created_at
         FROM contribution_facts c JOIN room_facts r ON r.id = c.room_id AND r.kind = 'direct'
         JOIN room_member_facts rm ON rm.room_id = c.room_id AND rm.membership_id <> c.author_membership_id
        WHERE (c.author_membership_id = ANY($1::uuid[]) OR rm.membership_id = ANY($1::uuid[])) AND c.created_at >= $3 AND c.created_at <= $2
     )
     SELECT a, b, max(at) AS at FROM edges WHERE a <> b GROUP BY a, b`,
    [
      ids,
      now,
      new Date(now.getTime() - LIVE_CONNECTION_DAYS * MS_PER_DAY),
      [...new Set(alumni.map((a) => a.organisationId))],
    ],
  );
  // Whether any herkenning was received since the end: the formula asks no more, so the index range stops
  // at its first entry.
  const received = await ds.query<{ m: string; e: Date; any: boolean }[]>(
    `SELECT a.m, a.e, EXISTS (SELECT 1 FROM recognition_evidence r
                               WHERE r.to_membership_id = a.m AND r.created_at >= a.e AND r.created_at <= $3) AS any
       FROM unnest($1::uuid[], $2::timestamptz[]) AS a(m, e)`,
    [ends.map((a) => a.membershipId), ends.map((a) => a.endedAt), now],
  );
  // An active mentorship protects both sides: the mentee has someone, and so does the mentor.
  const mentored = await ds.query<{ m: string }[]>(
    `SELECT mentee_membership_id AS m FROM mentorship_pairs WHERE mentee_membership_id = ANY($1::uuid[]) AND status = 'active'
     UNION
     SELECT mentor_membership_id FROM mentorship_pairs WHERE mentor_membership_id = ANY($1::uuid[]) AND status = 'active'`,
    [ids],
  );
  const mentoredSet = new Set(mentored.map((r) => r.m));
  const directed = new Map<string, Date>();
  const partners = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    const set = partners.get(x) ?? new Set<string>();
    set.add(y);
    partners.set(x, set);
  };
  for (const i of interactions) {
    directed.set(`${i.a}>${i.b}`, new Date(i.at));
    link(i.a, i.b);
    link(i.b, i.a);
  }
  const countsOf = new Map(counted.map((r) => [endKey(r.m, new Date(r.e)), r]));
  const latestOf = new Map(latest.flatMap((r) => (r.at === null ? [] : [[r.m, new Date(r.at)] as const])));
  const receivedOf = new Map(received.map((r) => [endKey(r.m, new Date(r.e)), r.any]));

  for (const a of alumni) {
    const key = endKey(a.membershipId, a.endedAt);
    const c = countsOf.get(key);
    const activity: ActivityCounts = {
      before: c?.before ?? 0,
      after: c?.after ?? 0,
      recent: c?.recent ?? 0,
      previous: c?.previous ?? 0,
      last: latestOf.get(a.membershipId) ?? null,
      future: c?.future ?? 0,
    };
    const others = partners.get(a.membershipId) ?? new Set<string>();
    const connections: ZwartGatConnection[] = [...others].map((o) => {
      const out = directed.get(`${a.membershipId}>${o}`);
      const back = directed.get(`${o}>${a.membershipId}`);
      return {
        otherMemberId: o,
        lastTwoWayAt: out && back ? new Date(Math.min(out.getTime(), back.getTime())) : null,
      };
    });
    out.set(`${a.trajectId}:${a.membershipId}`, {
      trajectEndedAt: a.endedAt,
      activity,
      connections,
      receivedRecognitionSinceEnd: receivedOf.get(key) ?? false,
      hasMentor: mentoredSet.has(a.membershipId),
    });
  }
  return out;
}

const endKey = (membershipId: string, endedAt: Date): string => `${membershipId}@${endedAt.getTime()}`;
