import { createEvents, type EventAttributes } from 'ics';
import { SESSION_DURATION_MINUTES } from '@spiegel/domain';

export interface CalendarSession {
  sessionId: string;
  startsAt: Date;
  trajectName: string;
  sessionTitle: string;
  cancelled: boolean;
  /** Raised each time the entry changes, so a calendar replaces the older copy. */
  sequence: number;
}

/**
 * iCalendar text for sessions, with the `ics` package. Times are written in UTC (…Z): an instant
 * every calendar shows in its own zone, so a session at 19:00 Dutch time is 19:00 in a Dutch calendar
 * on either side of the summer-time change (the UTC instant is taken from the stored start). The UID
 * is the session's, so a changed session updates the same entry and a cancel removes it. Only the
 * title and the time: no description, no names, nothing about anyone.
 */
export function sessionCalendar(
  sessions: CalendarSession[],
  options: { host: string; method: 'PUBLISH' | 'CANCEL'; calName?: string },
): string {
  const events: EventAttributes[] = sessions.map((s) => ({
    uid: `session-${s.sessionId}@${options.host}`,
    sequence: s.sequence,
    start: s.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: SESSION_DURATION_MINUTES },
    title: s.sessionTitle.trim() ? `${s.trajectName}: ${s.sessionTitle.trim()}` : s.trajectName,
    status: s.cancelled ? 'CANCELLED' : 'CONFIRMED',
    productId: 'spiegel/sessions',
  }));
  const header = {
    productId: 'spiegel/sessions',
    method: options.method,
    ...(options.calName ? { calName: options.calName } : {}),
  };
  if (events.length === 0) {
    // ics refuses an empty list; an empty feed is still a valid calendar.
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      `PRODID:${header.productId}`,
      `METHOD:${header.method}`,
      ...(options.calName ? [`X-WR-CALNAME:${options.calName}`] : []),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  const { error, value } = createEvents(events, header);
  if (error || !value) throw error ?? new Error('calendar not built');
  return value;
}
