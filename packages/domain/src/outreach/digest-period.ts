import type { OutreachFrequency } from './outreach-contract.js';

export interface DigestPeriod {
  /** Names the period in idempotency keys: "2026-12-06" (daily) or "2026-W49" (weekly). */
  key: string;
  from: Date;
  to: Date;
}

const DAY = 86_400_000;

/**
 * The last complete period before `now`, in UTC: yesterday for a daily digest, last ISO week (Monday to
 * Monday) for a weekly one. Asking again within the same period gives the same key, so a digest goes once.
 */
export function lastDigestPeriod(now: Date, frequency: Exclude<OutreachFrequency, 'direct'>): DigestPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (frequency === 'daily') {
    const from = new Date(today - DAY);
    return { key: from.toISOString().slice(0, 10), from, to: new Date(today) };
  }
  const weekday = (now.getUTCDay() + 6) % 7; // Monday 0
  const to = new Date(today - weekday * DAY);
  const from = new Date(to.getTime() - 7 * DAY);
  return { key: isoWeekKey(from), from, to };
}

function isoWeekKey(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
