import type { TrajectRow } from './trajecten.repository.js';

export const dateOnly = (d: string | Date): string =>
  typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

/** A row as the domain's status rule reads it (traject-status.ts). */
export const toStatusInput = (t: TrajectRow) => ({
  startsOn: dateOnly(t.starts_on),
  endsOn: dateOnly(t.ends_on),
  closedEarlyAt: t.closed_early_at,
  completedAt: t.completed_at,
});
