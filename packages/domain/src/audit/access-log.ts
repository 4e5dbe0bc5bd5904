/** One access-log entry as admins and the person concerned see it (the wire contract). */
export interface AccessLogEntry {
  id: string;
  /** ISO time. */
  at: string;
  /** e.g. 'auth.login', 'insight.dashboard_view', 'member.role_change'. */
  action: string;
  /** Who: a pseudonym; null for the system or an attempt with an unknown name. */
  actor: string | null;
  actorId: string | null;
  actorRole: string | null;
  /** Whose: the person the entry is about, when it is about one person. */
  subject: string | null;
  subjectId: string | null;
  /** How many other people the view showed (the rows of a dashboard, the cards of a list). */
  othersShown: number;
  targetType: string | null;
  targetId: string | null;
  /** Identifiers and counts only, never message contents. */
  details: Record<string, unknown>;
  /** Admins only: the address the request came from. */
  ip?: string | null;
}

export interface AccessLogPage {
  entries: AccessLogEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

/** What an admin can search by; every field optional, combined with AND. */
export interface AccessLogSearch {
  /** Membership id of the person the entries are about. */
  person?: string;
  /** Membership id of the staff member (or anyone) who acted. */
  actor?: string;
  /** ISO dates (yyyy-mm-dd), from inclusive, to inclusive. */
  from?: string;
  to?: string;
  before?: string;
  limit?: number;
}

export const ACCESS_LOG_CSV_COLUMNS = [
  'id',
  'at',
  'action',
  'actor',
  'actorRole',
  'subject',
  'othersShown',
  'targetType',
  'targetId',
  'ip',
] as const;

/**
 * A CSV cell: quoted when needed, and a leading = + - @ (or tab/CR) neutralised with an apostrophe so a
 * spreadsheet never runs a pseudonym as a formula.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The access log as CSV (UTF-8, header row, CRLF lines as RFC 4180 asks). */
export function accessLogCsv(entries: readonly AccessLogEntry[]): string {
  const lines = [ACCESS_LOG_CSV_COLUMNS.join(',')];
  for (const e of entries) lines.push(ACCESS_LOG_CSV_COLUMNS.map((c) => csvCell(e[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
