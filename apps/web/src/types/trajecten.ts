import type { AvailabilitySlot, Msg, RoomMemberView, ThemeId, ZwartGatLevel } from '@spiegel/domain';

/** Shapes of the trajecten, nazorg and mentors endpoints (apps/api/src/modules/{trajecten,nazorg,mentors}). */

export const TRAJECT_STATUSES = ['gepland', 'lopend', 'afgerond'] as const;
export type TrajectStatus = (typeof TRAJECT_STATUSES)[number];

export const ENROLMENT_STATUSES = ['invited', 'active', 'left', 'completed'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export interface TrajectSummary {
  id: string;
  name: string;
  description: string;
  /** yyyy-mm-dd */
  startsOn: string;
  /** yyyy-mm-dd */
  endsOn: string;
  status: TrajectStatus;
  roomId: string;
  closedEarly: boolean;
  counts: Record<EnrolmentStatus, number>;
  you: { facilitator: boolean; admin: boolean; enrolment: { id: string; status: EnrolmentStatus } | null };
}

export interface TrajectSession {
  id: string;
  startsAt: string;
  title: string;
  /** Planned after the traject was closed early: it will not take place. */
  cancelled: boolean;
}

export interface EnrolmentView {
  id: string;
  member: RoomMemberView;
  status: EnrolmentStatus;
  consentFollowUp: boolean;
  invitedAt: string;
  consentAt: string | null;
  leftAt: string | null;
  /** Only what the person wrote themselves when leaving. */
  leftNote: string | null;
  completedAt: string | null;
}

export interface TrajectDetail extends TrajectSummary {
  sessions: TrajectSession[];
  facilitators: RoomMemberView[];
  /** For admins and the traject's facilitators only. */
  enrolments: EnrolmentView[] | null;
}

export interface MyEnrolment {
  id: string;
  status: EnrolmentStatus;
  consentFollowUp: boolean;
  traject: Pick<TrajectSummary, 'id' | 'name' | 'description' | 'startsOn' | 'endsOn' | 'status' | 'roomId'>;
}

/* Na afloop */

export const FOLLOW_UP_KINDS = ['contact_gehad', 'snooze', 'message', 'mentor_suggested'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface RiskPoint {
  computedAt: string;
  score: number;
  level: ZwartGatLevel;
}

export interface AlumnusRow {
  member: RoomMemberView;
  trajectId: string;
  trajectName: string;
  completedAt: string;
  /** 0..1, null before the first computation. */
  score: number | null;
  level: ZwartGatLevel | null;
  reasons: Msg[];
  computedAt: string | null;
  lastActivityAt: string | null;
  /** Oldest first. */
  history: RiskPoint[];
  lastContact: { at: string; kind: FollowUpKind; by: string; note: string | null } | null;
  snoozedUntil: string | null;
  hasMentor: boolean;
}

export interface NazorgOverview {
  totals: { alumni: number; consented: number; byLevel: Record<ZwartGatLevel | 'onbekend', number> };
  /** Only alumni who consented to follow-up, highest risk first; snoozed ones last. */
  alumni: AlumnusRow[];
  lastRunAt: string | null;
}

export interface NazorgRunResult {
  completedTrajecten: number;
  computed: number;
  raisedToHoog: number;
  at: string;
}

/* Peer mentors */

/** The languages the API accepts on a mentor profile. */
export const MENTOR_LANGUAGES = [
  'nl',
  'en',
  'ar',
  'tr',
  'pl',
  'de',
  'fr',
  'es',
  'pap',
  'so',
  'ti',
  'uk',
] as const;
export type MentorLanguage = (typeof MENTOR_LANGUAGES)[number];

export const MENTOR_STATUSES = ['active', 'paused', 'stopped'] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

export const MENTORSHIP_STATUSES = ['requested', 'active', 'declined', 'ended', 'withdrawn'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

export interface MentorProfileInput {
  intro: string;
  themes: ThemeId[];
  languages: MentorLanguage[];
  availability: AvailabilitySlot[];
  maxMentees: number;
}

export interface MyMentorProfile {
  profile: (MentorProfileInput & { status: MentorStatus }) | null;
  eligibility: { eligible: boolean; eligibleIfOptedIn: boolean; reasons: Msg[] };
  activeMentees: number;
}

export interface MentorListing {
  mentor: RoomMemberView;
  intro: string;
  themes: ThemeId[];
  languages: string[];
  availability: AvailabilitySlot[];
  placesLeft: number;
  score: number;
  reasons: Msg[];
}

export interface MentorshipView {
  id: string;
  role: 'mentor' | 'mentee';
  other: RoomMemberView;
  status: MentorshipStatus;
  /** Shown to the mentor only. */
  requestMessage: string | null;
  roomId: string | null;
  createdAt: string;
}

export interface MentorLoad {
  mentor: RoomMemberView;
  status: MentorStatus;
  maxMentees: number;
  active: number;
  requested: number;
  ended: number;
  /** (active + requested) / maxMentees */
  load: number;
}

export interface MentorOverviewAlumnus {
  member: RoomMemberView;
  /** Their latest traject. */
  trajectName: string;
}

export interface MentorOverview {
  mentors: MentorLoad[];
  eligibleNotOptedIn: RoomMemberView[];
  /** Alumni of the trajecten this person sees, once each: whose getuigenis they can confirm. */
  alumni: MentorOverviewAlumnus[];
}
