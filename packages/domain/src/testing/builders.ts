import { type MentorProfile } from '../mentors/mentor-eligibility.js';
import { type MentorCandidate, type MentorSeeker } from '../mentors/rank-mentors.js';
import { type PathEvent } from '../path/participant-path.js';
import { type PhaseId } from '../phases/phases.js';
import { MS_PER_DAY } from '../time/days-between.js';
import { type ZwartGatInput } from '../zwart-gat/zwart-gat-risk.js';

/** A fixed "now" for tests: Monday 2 March 2026, noon UTC. */
export const NOW = new Date('2026-03-02T12:00:00.000Z');

export function daysAgo(days: number, from: Date = NOW): Date {
  return new Date(from.getTime() - days * MS_PER_DAY);
}

export function daysLater(days: number, from: Date = NOW): Date {
  return new Date(from.getTime() + days * MS_PER_DAY);
}

export function contributionEvent(daysBefore: number, phase: PhaseId | null): PathEvent {
  return { type: 'contribution', at: daysAgo(daysBefore), phase };
}

export function recognitionEvent(
  type: 'recognition_given' | 'recognition_received',
  daysBefore: number,
  otherMemberId = 'other',
): PathEvent {
  return { type, at: daysAgo(daysBefore), otherMemberId };
}

export function buildZwartGatInput(overrides: Partial<ZwartGatInput> = {}): ZwartGatInput {
  return {
    trajectEndedAt: daysAgo(30),
    activity: [],
    connections: [],
    receivedRecognitionSinceEnd: false,
    hasMentor: false,
    ...overrides,
  };
}

/** One activity per day for `days` days, ending `endDaysAgo` days ago. */
export function dailyActivity(days: number, endDaysAgo: number): Date[] {
  return Array.from({ length: days }, (_, i) => daysAgo(endDaysAgo + i + 0.5));
}

export function buildMentorProfile(overrides: Partial<MentorProfile> = {}): MentorProfile {
  return {
    trajectCompleted: true,
    getuigenisReached: true,
    optedIn: true,
    paused: false,
    maxMentees: 2,
    activeMentees: 0,
    lastAcuteCrisisAt: null,
    ...overrides,
  };
}

export function buildSeeker(overrides: Partial<MentorSeeker> = {}): MentorSeeker {
  return { memberId: 'seeker', themes: ['eenzaamheid'], languages: ['nl'], ...overrides };
}

export function buildCandidate(overrides: Partial<MentorCandidate> = {}): MentorCandidate {
  return { memberId: 'c1', themes: [], languages: ['nl'], activeMentees: 0, maxMentees: 2, ...overrides };
}
