/**
 * A SQL fragment for readers of `trajecten` (insight's report, the mentors' figures): per traject in $1, the
 * period it ran, from its first day until its end or $2 (now), whichever is first.
 */
export const TRAJECT_PERIOD = `
  SELECT t.id, t.room_id, t.organisation_id,
         (t.starts_on::timestamp AT TIME ZONE 'UTC') AS p_from,
         LEAST($2::timestamptz, COALESCE(t.closed_early_at, ((t.ends_on + 1)::timestamp AT TIME ZONE 'UTC'))) AS p_to
    FROM trajecten t WHERE t.id = ANY($1::uuid[])`;
