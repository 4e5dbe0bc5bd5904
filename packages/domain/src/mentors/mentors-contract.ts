/** Peer mentors: what crosses the wire between api and web (apps/api/src/modules/mentors). */
import type { Msg } from '../messages/messages.js';
import type { RoomMemberView } from '../realtime-events.js';
import type { ThemeId } from '../themes/themes.js';
import type { MentorEligibility } from './mentor-eligibility.js';
import type { AvailabilitySlot } from './rank-mentors.js';

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
  eligibility: MentorEligibility;
  activeMentees: number;
}

export interface MentorListing {
  mentor: RoomMemberView;
  intro: string;
  themes: ThemeId[];
  languages: MentorLanguage[];
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
  /** For the mentor of an active mentorship whose mentee is an alumnus: a check-in may be sent. */
  canCheckIn: boolean;
}

export interface MentorLoad {
  mentor: RoomMemberView;
  status: MentorStatus;
  maxMentees: number;
  active: number;
  requested: number;
  ended: number;
  /** (active + requested) / maxMentees, rounded to two decimals. */
  load: number;
}

export interface MentorOverviewAlumnus {
  member: RoomMemberView;
  /** Their latest traject. */
  trajectName: string;
  /** A facilitator's recorded answer: true confirmed, false not confirmed, null not yet asked. */
  getuigenisConfirmed: boolean | null;
}

/** For facilitators: counts only, never the content of 1:1 conversations. */
export interface MentorOverview {
  mentors: MentorLoad[];
  eligibleNotOptedIn: RoomMemberView[];
  /** Alumni of the trajecten this person sees, once each: whose getuigenis they can confirm. */
  alumni: MentorOverviewAlumnus[];
}
