/**
 * SQL fragments shared by insight's read repositories (the dashboard, the live panel, the report) and by the
 * owners' repositories they call. Contributions are read through the contributions module's view
 * `contribution_facts` (alias `c`), which has no text. Aggregates are computed in SQL: callers get one row per member, phase,
 * week or traject, never one per contribution. PostgreSQL's JIT is off on the app's connections
 * (data-source.ts): these aggregates run in well under a second and JIT would cost more than it saves.
 */

/** Characters a contribution adds to someone's share of voice (title and body; deleted ones are excluded). */
export const CHARS = `c.chars`;
/** Contributions that count: not deleted (hidden ones were still spoken). */
export const LIVE = `c.deleted_at IS NULL`;
/** A session meeting, for "outside the sessions": from half an hour before the start to three hours after. */
export const SESSION_MEETING = { beforeMinutes: 30, afterHours: 3 } as const;
/** Weeks start on Monday, in Dutch time. */
export const WEEK = `date_trunc('week', c.created_at AT TIME ZONE 'Europe/Amsterdam')::date`;
export { TRAJECT_PERIOD } from '../trajecten/traject-period.js';

/**
 * Per alumnus of the trajecten in $1: the 1-, 3- and 6-month marks (30-day months) after completion, at
 * which alumniActivity measures them; nextAlumniMark finds the next one, so both must read the same marks.
 */
export const ALUMNI_MARKS = `
  SELECT e.traject_id, e.membership_id, m.month, e.completed_at + make_interval(days => 30 * m.month) AS mark
    FROM traject_enrolments e CROSS JOIN (VALUES (1), (3), (6)) AS m(month)
   WHERE e.traject_id = ANY($1::uuid[]) AND e.status = 'completed' AND e.completed_at IS NOT NULL`;

export { num } from '../../common/sql-number.js';
