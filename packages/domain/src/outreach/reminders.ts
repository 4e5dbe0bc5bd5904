/**
 * Time rules for reaching people outside the app: when a session reminder is due, when someone's quiet
 * hours end, and how a session's time reads in a mail. All in Dutch time (Europe/Amsterdam), so a
 * session at 19:00 stays 19:00 across the change to and from summer time.
 */
import type { MailLocale } from './render-outreach-mail.js';

export const OUTREACH_TIME_ZONE = 'Europe/Amsterdam';
/** Reminders for tomorrow's sessions go out from this hour (Dutch time), not at midnight. */
export const REMINDER_FROM_HOUR = 9;
/** Sessions store only their start; calendars get this length. */
export const SESSION_DURATION_MINUTES = 120;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: OUTREACH_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** The wall-clock date and time in Dutch time of an instant. */
export function dutchParts(at: Date): LocalParts {
  const p = Object.fromEntries(partsFormatter.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute! };
}

/**
 * The instant at which Dutch wall-clock time reads the given date and time. In the hour that does not
 * exist (spring forward) it answers as if the clocks had not jumped yet (02:30 → 03:30 summer time, as
 * Temporal's "compatible"); in the hour that occurs twice (fall back) the first of the two.
 */
export function dutchInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // The offset is +1 or +2 hours; try both and keep the one that reads back as wanted.
  for (const offsetHours of [2, 1]) {
    const at = new Date(wanted - offsetHours * 3_600_000);
    const p = dutchParts(at);
    if (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wanted) return at;
  }
  // In the spring gap: winter-time offset, which reads an hour later in summer time.
  return new Date(wanted - 3_600_000);
}

/**
 * Which sessions get their reminder now: those starting tomorrow (Dutch calendar day, 23, 24 or 25
 * hours long around the clock change), once it is REMINDER_FROM_HOUR today; null before that hour.
 */
export function reminderWindow(now: Date): { from: Date; to: Date } | null {
  const today = dutchParts(now);
  if (today.hour < REMINDER_FROM_HOUR) return null;
  const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  const after = new Date(Date.UTC(today.year, today.month - 1, today.day + 2));
  return {
    from: dutchInstant(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate()),
    to: dutchInstant(after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate()),
  };
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * When someone's quiet hours ("HH:MM" to "HH:MM", Dutch time; may run past midnight, e.g. 22:00 to
 * 07:30) end, if `now` falls inside them; null when it does not (or the hours are empty or invalid).
 * A delivery in quiet hours waits until this moment: it is delayed, never dropped.
 */
export function quietHoursEnd(now: Date, quiet: { from: string; to: string } | null): Date | null {
  if (!quiet) return null;
  const f = TIME_OF_DAY.exec(quiet.from);
  const t = TIME_OF_DAY.exec(quiet.to);
  if (!f || !t) return null;
  const from = Number(f[1]) * 60 + Number(f[2]);
  const to = Number(t[1]) * 60 + Number(t[2]);
  if (from === to) return null;
  const p = dutchParts(now);
  const minutes = p.hour * 60 + p.minute;
  const inside = from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
  if (!inside) return null;
  // The end is today, or tomorrow when the quiet hours run past midnight and we are before it.
  const endDay = from > to && minutes >= from ? p.day + 1 : p.day;
  const d = new Date(Date.UTC(p.year, p.month - 1, endDay));
  return dutchInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), Number(t[1]), Number(t[2]));
}

/** "dinsdag 9 december om 19:00" / "Tuesday 9 December at 19:00", in Dutch time. */
export function formatSessionTime(startsAt: Date, locale: MailLocale): string {
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: OUTREACH_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(startsAt);
  const time = new Intl.DateTimeFormat('nl-NL', {
    timeZone: OUTREACH_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(startsAt);
  return locale === 'en' ? `${date} at ${time}` : `${date} om ${time}`;
}
