import { msg, type Msg } from '../messages/messages.js';
import { daysBetween, toTime, wholeDaysBetween } from '../time/days-between.js';

export interface MentorProfile {
  readonly trajectCompleted: boolean;
  /** From the participant path (getuigenis reached). */
  readonly getuigenisReached: boolean;
  /**
   * The facilitator's word overrules the estimate: true counts as reached, false blocks, undefined
   * leaves it to `getuigenisReached`.
   */
  readonly getuigenisConfirmedByFacilitator?: boolean;
  readonly optedIn: boolean;
  readonly paused?: boolean;
  readonly maxMentees: number;
  readonly activeMentees: number;
  readonly lastAcuteCrisisAt: Date | null;
  /**
   * The latest zwart-gat level of their follow-up is hoog: they are the one who needs support now.
   * Absent or false for everyone else (also after the follow-up period).
   */
  readonly zwartGatHigh?: boolean;
}

export interface MentorEligibility {
  readonly eligible: boolean;
  /** Would be eligible if they opted in: facilitators may invite these members, never pressure them. */
  readonly eligibleIfOptedIn: boolean;
  /** Why not (each unmet condition), or `mentor.eligible` plus the places left. */
  readonly reasons: Msg[];
}

/** No mentoring within this many days after an acute crisis: their own recovery comes first. */
export const MENTOR_CRISIS_COOLDOWN_DAYS = 30;

/**
 * Whether a member can be surfaced as a peer mentor: traject completed, getuigenis reached (or confirmed
 * by a facilitator), opted in, not paused, a place left, no acute crisis in the last 30 days (a crisis
 * date after `now` counts as recent), and not at high zwart-gat risk themselves.
 */
export function mentorEligibility(member: MentorProfile, now: Date): MentorEligibility {
  const blockers: Msg[] = [];
  if (!member.trajectCompleted) blockers.push(msg('mentor.trajectNotCompleted'));
  if (member.getuigenisConfirmedByFacilitator === false) blockers.push(msg('mentor.getuigenisNotConfirmed'));
  else if (member.getuigenisConfirmedByFacilitator !== true && !member.getuigenisReached) {
    blockers.push(msg('mentor.getuigenisNotReached'));
  }
  if (member.paused === true) blockers.push(msg('mentor.paused'));
  const max = Math.max(0, Math.floor(member.maxMentees));
  const left = Math.max(0, max - Math.max(0, member.activeMentees));
  if (left === 0) blockers.push(msg('mentor.noCapacity', { max }));
  if (member.lastAcuteCrisisAt !== null) {
    toTime(member.lastAcuteCrisisAt);
    if (daysBetween(member.lastAcuteCrisisAt, now) < MENTOR_CRISIS_COOLDOWN_DAYS) {
      blockers.push(msg('mentor.recentCrisis', { days: wholeDaysBetween(member.lastAcuteCrisisAt, now) }));
    }
  }

  if (member.zwartGatHigh === true) blockers.push(msg('mentor.supportFirst'));

  const eligibleIfOptedIn = blockers.length === 0;
  const reasons = member.optedIn ? blockers : [...blockers, msg('mentor.notOptedIn')];
  const eligible = eligibleIfOptedIn && member.optedIn;
  return {
    eligible,
    eligibleIfOptedIn,
    reasons: eligible ? [msg('mentor.eligible'), msg('mentor.placesLeft', { left, max })] : reasons,
  };
}
