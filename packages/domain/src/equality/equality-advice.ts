import { ratio } from '../math/numbers.js';
import { msg, type Msg } from '../messages/messages.js';

/** The lines at which a number turns into advice. */
export const EQUALITY_THRESHOLDS = {
  /** Below this many contributions only `equality.tooLittleData` is given. */
  minContributions: 10,
  /** Facilitators dominate when their share of voice is ≥ 1.5 × their share of members … */
  facilitatorRatio: 1.5,
  /** … and at least 10 percentage points above it. */
  facilitatorMinExcess: 0.1,
  /** Voice is unevenly spread from this Gini on. */
  unevenGini: 0.4,
  /** One participant dominates with ≥ 30 % of the voice and more than twice an equal share. */
  memberDominanceShare: 0.3,
  memberDominanceFactor: 2,
  /** Little back and forth: fewer than 25 % of replies reciprocated, once there are at least 5 replies. */
  lowReciprocity: 0.25,
  minRepliesForReciprocity: 5,
  /** Aggregates about fewer people than this are not shown. */
  privacyMinMembers: 5,
} as const;

const percent = (share: number): number => Math.round(share * 100);

export interface EqualityFacts {
  contributionCount: number;
  hasFacilitators: boolean;
  facilitators: { shareOfVoice: number; shareOfMembers: number };
  /** Loudest first. */
  members: readonly { memberId: string; isFacilitator: boolean; shareOfVoice: number }[];
  gini: number;
  silentCount: number;
  replies: number;
  reciprocatedShare: number;
}

/** The thresholds turned into plain advice for facilitators (the equality meter's words). */
export function equalityAdvice(f: EqualityFacts): Msg[] {
  const t = EQUALITY_THRESHOLDS;
  if (f.contributionCount < t.minContributions)
    return [msg('equality.tooLittleData', { count: f.contributionCount })];
  const advice: Msg[] = [];
  if (
    f.hasFacilitators &&
    f.facilitators.shareOfVoice >= t.facilitatorRatio * f.facilitators.shareOfMembers &&
    f.facilitators.shareOfVoice - f.facilitators.shareOfMembers >= t.facilitatorMinExcess
  ) {
    advice.push(
      msg('equality.facilitatorDominance', {
        voicePercent: percent(f.facilitators.shareOfVoice),
        memberPercent: percent(f.facilitators.shareOfMembers),
      }),
    );
  }
  const fairShare = ratio(1, f.members.length);
  const loudest = f.members.find((m) => !m.isFacilitator);
  if (
    loudest !== undefined &&
    loudest.shareOfVoice >= t.memberDominanceShare &&
    loudest.shareOfVoice > t.memberDominanceFactor * fairShare
  ) {
    advice.push(
      msg('equality.memberDominance', { percent: percent(loudest.shareOfVoice), memberId: loudest.memberId }),
    );
  }
  if (f.gini >= t.unevenGini) advice.push(msg('equality.unevenVoice', { gini: f.gini }));
  if (f.silentCount > 0)
    advice.push(msg('equality.silentMembers', { count: f.silentCount, total: f.members.length }));
  if (f.replies >= t.minRepliesForReciprocity && f.reciprocatedShare < t.lowReciprocity) {
    advice.push(msg('equality.lowReciprocity', { percent: percent(f.reciprocatedShare) }));
  }
  if (advice.length === 0) advice.push(msg('equality.balanced'));
  return advice;
}
