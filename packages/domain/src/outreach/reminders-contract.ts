/** GET /api/outreach/me/calendar: whether a personal calendar feed exists (its link is shown only once). */
export interface CalendarFeedView {
  active: boolean;
  createdAt: string | null;
  /** Only in the answer to "Nieuwe link maken": the secret link. It is stored hashed and never shown again. */
  url: string | null;
}

/** GET /api/nazorg/:membershipId/checkin: wording to start from, and whether the alumnus can be reached outside the app. */
export interface CheckinDraftView {
  suggestions: string[];
  /** Which of their own channels will carry it (besides the in-app message). */
  channels: ('email' | 'push')[];
}

/** POST /api/nazorg/:membershipId/checkin */
export interface CheckinInput {
  body: string;
  locale?: 'nl' | 'en';
}

export interface CheckinResult {
  roomId: string;
  channels: ('email' | 'push')[];
}

/**
 * GET /api/mentorships/:id/checkin: a peer mentor checking in on their mentee (an alumnus). Only what
 * the mentorship already shows (the name) and general wording: no risk, reasons or health details,
 * and not which channels the mentee chose (whether they have an address or a phone is theirs).
 */
export interface MentorCheckinDraftView {
  name: string;
  suggestions: string[];
}

/** POST /api/mentorships/:id/checkin (body as CheckinInput, with a clientId): their shared conversation. */
export interface MentorCheckinResult {
  roomId: string;
}

/**
 * POST /api/outreach/bounces (a mail provider's or relay's webhook, with the shared secret as bearer
 * token): an address that bounced after it was accepted. `permanent` false (a full mailbox) changes nothing.
 */
export interface BounceReport {
  recipient: string;
  permanent: boolean;
}
