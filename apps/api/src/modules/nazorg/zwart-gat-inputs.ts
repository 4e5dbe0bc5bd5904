import type { ZwartGatConnection, ZwartGatInput } from '@spiegel/domain';
import type { DataSource } from 'typeorm';

export interface Alumnus {
  membershipId: string;
  organisationId: string;
  trajectId: string;
  endedAt: Date;
}

/**
 * Everything zwartGatRisk needs for a batch of alumni, in a handful of set-based queries:
 * own activity (contributions, reactions, recognitions given), two-way contact per other member
 * (recognitions, reactions, replies and 1:1 messages in both directions), recognitions received
 * since the end, and whether a mentorship is active.
 */
export async function loadZwartGatInputs(
  ds: DataSource,
  alumni: Alumnus[],
  now: Date,
): Promise<Map<string, ZwartGatInput>> {
  const ids = [...new Set(alumni.map((a) => a.membershipId))];
  const out = new Map<string, ZwartGatInput>();
  if (ids.length === 0) return out;
  const since = new Date(Math.min(...alumni.map((a) => a.endedAt.getTime())) - 28 * 86_400_000);

  const activity = await ds.query<{ m: string; at: Date }[]>(
    `SELECT author_membership_id AS m, created_at AS at FROM contributions
      WHERE author_membership_id = ANY($1::uuid[]) AND created_at >= $2 AND created_at <= $3
     UNION ALL
     SELECT membership_id, created_at FROM reactions WHERE membership_id = ANY($1::uuid[]) AND created_at >= $2 AND created_at <= $3
     UNION ALL
     SELECT from_membership_id, created_at FROM recognitions WHERE from_membership_id = ANY($1::uuid[]) AND created_at >= $2 AND created_at <= $3`,
    [ids, since, now],
  );
  // Directed interactions a → b with their latest moment; two-way means both directions exist.
  const interactions = await ds.query<{ a: string; b: string; at: Date }[]>(
    `WITH edges AS (
       SELECT from_membership_id AS a, to_membership_id AS b, created_at AS at FROM recognitions
        WHERE (from_membership_id = ANY($1::uuid[]) OR to_membership_id = ANY($1::uuid[])) AND created_at <= $2
       UNION ALL
       SELECT r.membership_id, c.author_membership_id, r.created_at FROM reactions r JOIN contributions c ON c.id = r.contribution_id
        WHERE (r.membership_id = ANY($1::uuid[]) OR c.author_membership_id = ANY($1::uuid[])) AND r.created_at <= $2
       UNION ALL
       SELECT c.author_membership_id, p.author_membership_id, c.created_at FROM contributions c JOIN contributions p ON p.id = c.reply_to_id
        WHERE (c.author_membership_id = ANY($1::uuid[]) OR p.author_membership_id = ANY($1::uuid[])) AND c.created_at <= $2
       UNION ALL
       SELECT c.author_membership_id, rm.membership_id, c.created_at
         FROM contributions c JOIN rooms r ON r.id = c.room_id AND r.kind = 'direct'
         JOIN room_members rm ON rm.room_id = c.room_id AND rm.membership_id <> c.author_membership_id
        WHERE (c.author_membership_id = ANY($1::uuid[]) OR rm.membership_id = ANY($1::uuid[])) AND c.created_at <= $2
     )
     SELECT a, b, max(at) AS at FROM edges WHERE a <> b GROUP BY a, b`,
    [ids, now],
  );
  const received = await ds.query<{ m: string; at: Date }[]>(
    `SELECT to_membership_id AS m, created_at AS at FROM recognitions WHERE to_membership_id = ANY($1::uuid[]) AND created_at <= $2`,
    [ids, now],
  );
  // An active mentorship protects both sides: the mentee has someone, and so does the mentor.
  const mentored = await ds.query<{ m: string }[]>(
    `SELECT mentee_membership_id AS m FROM mentorships WHERE mentee_membership_id = ANY($1::uuid[]) AND status = 'active'
     UNION
     SELECT mentor_membership_id FROM mentorships WHERE mentor_membership_id = ANY($1::uuid[]) AND status = 'active'`,
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
  const group = (rows: { m: string; at: Date }[]) => {
    const map = new Map<string, Date[]>();
    for (const r of rows) {
      const list = map.get(r.m);
      if (list) list.push(new Date(r.at));
      else map.set(r.m, [new Date(r.at)]);
    }
    return map;
  };
  const activityOf = group(activity);
  const receivedOf = group(received);

  for (const a of alumni) {
    const mine = activityOf.get(a.membershipId) ?? [];
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
      activity: mine,
      connections,
      recognitionsReceivedSinceEnd: (receivedOf.get(a.membershipId) ?? []).filter((at) => at >= a.endedAt)
        .length,
      hasMentor: mentoredSet.has(a.membershipId),
    });
  }
  return out;
}
