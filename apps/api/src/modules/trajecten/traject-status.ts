import type { TrajectStatus } from './traject.entity.js';

/** The moment a traject ends: closed early, or the end of its last day. */
export function effectiveEnd(t: { endsOn: string; closedEarlyAt: Date | null }): Date {
  if (t.closedEarlyAt) return t.closedEarlyAt;
  return new Date(`${t.endsOn}T23:59:59.999Z`);
}

export function trajectStatus(
  t: { startsOn: string; endsOn: string; closedEarlyAt: Date | null; completedAt: Date | null },
  now: Date,
): TrajectStatus {
  if (t.completedAt || effectiveEnd(t).getTime() <= now.getTime()) return 'afgerond';
  if (new Date(`${t.startsOn}T00:00:00.000Z`).getTime() <= now.getTime()) return 'lopend';
  return 'gepland';
}
