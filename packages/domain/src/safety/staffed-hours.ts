/**
 * When someone watches: weekly ranges in Dutch time (Europe/Amsterdam, so 9–17 stays 9–17 across the
 * change to and from summer time), plus the organisation's session times when it says so. Outside them an
 * author in crisis is told plainly that nobody is watching right now; alerts still queue.
 */
export const STAFFED_TIME_ZONE = 'Europe/Amsterdam';
/** ISO weekdays: 1 = maandag … 7 = zondag. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const STAFFED_RANGES_MAX = 50;
/** A traject session counts as staffed from a quarter before its start until two hours after. */
export const SESSION_STAFFED_BEFORE_MINUTES = 15;
export const SESSION_STAFFED_AFTER_MINUTES = 120;

export interface StaffedRange {
  weekday: Weekday;
  /** "HH:MM", 24-hour, Dutch time. */
  from: string;
  /** "HH:MM", later than `from` on the same day ("24:00" is the end of the day). */
  to: string;
}

export interface StaffedHours {
  ranges: StaffedRange[];
  /** Whether the session times of the organisation's trajecten count as staffed. */
  countSessions: boolean;
}

/** What an organisation without settings gets: nobody is promised to be watching. */
export const NO_STAFFED_HOURS: StaffedHours = { ranges: [], countSessions: true };

const TIME = /^(\d{2}):(\d{2})$/;

/** Minutes after midnight for "HH:MM", or null when it is not a time of day ("24:00" is allowed). */
export function parseTimeOfDay(s: unknown): number | null {
  if (typeof s !== 'string') return null;
  const m = TIME.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

export type StaffedHoursCheck = { ok: true; value: StaffedHours } | { ok: false; message: string };

/** Checks settings from outside (a form, a request body) and returns them cleaned and sorted. */
export function validateStaffedHours(input: unknown): StaffedHoursCheck {
  if (typeof input !== 'object' || input === null) return { ok: false, message: 'Geef de tijden op.' };
  const { ranges, countSessions } = input as { ranges?: unknown; countSessions?: unknown };
  if (!Array.isArray(ranges)) return { ok: false, message: 'Geef de tijden op als een lijst.' };
  if (typeof countSessions !== 'boolean')
    return { ok: false, message: 'Zeg of de bijeenkomsten van trajecten meetellen.' };
  if (ranges.length > STAFFED_RANGES_MAX)
    return { ok: false, message: `Hoogstens ${STAFFED_RANGES_MAX} tijdvakken.` };
  const out: StaffedRange[] = [];
  for (const r of ranges as unknown[]) {
    if (typeof r !== 'object' || r === null) return { ok: false, message: 'Een tijdvak is niet goed.' };
    const { weekday, from, to } = r as Record<string, unknown>;
    if (!(WEEKDAYS as readonly unknown[]).includes(weekday))
      return { ok: false, message: 'Kies een dag van maandag tot en met zondag.' };
    const f = parseTimeOfDay(from);
    const t = parseTimeOfDay(to);
    if (f === null || t === null)
      return { ok: false, message: 'Schrijf tijden als uu:mm, bijvoorbeeld 09:00.' };
    if (t <= f)
      return { ok: false, message: `Het eind (${String(to)}) moet na het begin (${String(from)}) liggen.` };
    out.push({ weekday: weekday as Weekday, from: from as string, to: to as string });
  }
  out.sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
  return { ok: true, value: { ranges: out, countSessions } };
}

const WEEKDAY_OF: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const dutchClock = new Intl.DateTimeFormat('en-US', {
  timeZone: STAFFED_TIME_ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday and minute of the day that `at` is in Dutch time. */
export function dutchTimeOf(at: Date): { weekday: Weekday; minutes: number } {
  const parts = Object.fromEntries(dutchClock.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = WEEKDAY_OF[parts.weekday ?? ''];
  if (!weekday) throw new RangeError('Unknown weekday');
  return { weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/**
 * Whether someone watches at `now`: inside a weekly range (from inclusive, to exclusive), or, when the
 * organisation counts sessions, within a session's window (`sessionStarts` are the sessions' start times).
 */
export function isStaffedAt(hours: StaffedHours, sessionStarts: readonly Date[], now: Date): boolean {
  const { weekday, minutes } = dutchTimeOf(now);
  for (const r of hours.ranges) {
    const f = parseTimeOfDay(r.from);
    const t = parseTimeOfDay(r.to);
    if (r.weekday === weekday && f !== null && t !== null && minutes >= f && minutes < t) return true;
  }
  if (!hours.countSessions) return false;
  const at = now.getTime();
  return sessionStarts.some(
    (s) =>
      at >= s.getTime() - SESSION_STAFFED_BEFORE_MINUTES * 60_000 &&
      at < s.getTime() + SESSION_STAFFED_AFTER_MINUTES * 60_000,
  );
}
