import { msg, type Msg } from '../messages/messages.js';
import { toTime } from '../time/days-between.js';
import { giniCoefficient } from './gini-coefficient.js';

export interface EqualityContribution {
  readonly memberId: string;
  /** Optional; used when the report is limited to a period (options.from / options.to). */
  readonly at?: Date;
  /** Length of the contribution in characters. */
  readonly length: number;
  /** The member this contribution replies to, if any. */
  readonly replyToMemberId?: string | null;
}

export interface EqualityMember {
  readonly memberId: string;
  readonly isFacilitator: boolean;
}

export interface EqualityOptions {
  /** Only count contributions at or after / before this moment (those without `at` are always counted). */
  readonly from?: Date;
  readonly to?: Date;
}

export interface MemberVoice {
  readonly memberId: string;
  readonly isFacilitator: boolean;
  readonly contributions: number;
  readonly characters: number;
  /** Share of all characters written, 0..1. */
  readonly shareOfVoice: number;
  /** Share of all contributions, 0..1. */
  readonly shareOfContributions: number;
}

export interface ReciprocityEdge {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly count: number;
}

export interface EqualityReport {
  readonly memberCount: number;
  readonly facilitatorCount: number;
  readonly contributionCount: number;
  readonly characterCount: number;
  /** Per member (silent ones included), most voice first, then by memberId. */
  readonly members: MemberVoice[];
  /** Gini of characters per member, silent members included. */
  readonly gini: number;
  /** Gini of the number of contributions per member. */
  readonly giniByCount: number;
  readonly facilitators: {
    readonly shareOfVoice: number;
    readonly shareOfContributions: number;
    readonly shareOfMembers: number;
  };
  readonly silentMemberIds: string[];
  readonly reciprocity: {
    /** Who replied to whom, how often; sorted by from, then to. */
    readonly edges: ReciprocityEdge[];
    /** Pairs (sorted ids) who replied to each other in both directions. */
    readonly mutualPairs: [string, string][];
    readonly replies: number;
    /** Share of replies that went along an edge that also exists the other way, 0..1 (0 without replies). */
    readonly reciprocatedShare: number;
  };
  /** Plain-language advice for the facilitators; `equality.balanced` when nothing stands out. */
  readonly advice: Msg[];
  /** True below EQUALITY_THRESHOLDS.privacyMinMembers: aggregates should not be shown (privacy). */
  readonly belowPrivacyThreshold: boolean;
  /** Contributions by ids not in `members` (not counted). */
  readonly unknownMemberContributions: number;
}

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

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);
const percent = (share: number): number => Math.round(share * 100);
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Share of voice in a group: per member (by characters and by count), the Gini coefficient, the
 * facilitators' share of voice against their share of members, silent members, and reciprocity (who
 * replies to whom). Thresholds in EQUALITY_THRESHOLDS turn the numbers into advice.
 */
export function equalityReport(
  contributions: readonly EqualityContribution[],
  members: readonly EqualityMember[],
  options: EqualityOptions = {},
): EqualityReport {
  const from = options.from === undefined ? -Infinity : toTime(options.from);
  const to = options.to === undefined ? Infinity : toTime(options.to);
  const memberById = new Map(members.map((m) => [m.memberId, m]));
  const inPeriod = contributions.filter((c) => {
    if (c.at === undefined) return true;
    const t = toTime(c.at);
    return t >= from && t <= to;
  });
  const counted = inPeriod.filter((c) => memberById.has(c.memberId));

  const chars = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const c of counted) {
    chars.set(c.memberId, (chars.get(c.memberId) ?? 0) + Math.max(0, c.length));
    counts.set(c.memberId, (counts.get(c.memberId) ?? 0) + 1);
  }
  const characterCount = [...chars.values()].reduce((a, b) => a + b, 0);
  const contributionCount = counted.length;

  const voices: MemberVoice[] = [...memberById.values()]
    .map((m) => ({
      memberId: m.memberId,
      isFacilitator: m.isFacilitator,
      contributions: counts.get(m.memberId) ?? 0,
      characters: chars.get(m.memberId) ?? 0,
      shareOfVoice: round3(ratio(chars.get(m.memberId) ?? 0, characterCount)),
      shareOfContributions: round3(ratio(counts.get(m.memberId) ?? 0, contributionCount)),
    }))
    .sort((a, b) => b.characters - a.characters || (a.memberId < b.memberId ? -1 : 1));

  const facilitatorVoices = voices.filter((v) => v.isFacilitator);
  const facilitators = {
    shareOfVoice: round3(
      ratio(
        facilitatorVoices.reduce((s, v) => s + v.characters, 0),
        characterCount,
      ),
    ),
    shareOfContributions: round3(
      ratio(
        facilitatorVoices.reduce((s, v) => s + v.contributions, 0),
        contributionCount,
      ),
    ),
    shareOfMembers: round3(ratio(facilitatorVoices.length, voices.length)),
  };
  const gini = round3(giniCoefficient(voices.map((v) => v.characters)));
  const giniByCount = round3(giniCoefficient(voices.map((v) => v.contributions)));
  const silentMemberIds = voices
    .filter((v) => v.contributions === 0)
    .map((v) => v.memberId)
    .sort();

  // Reciprocity: replies between two different known members.
  const edgeCounts = new Map<string, ReciprocityEdge>();
  for (const c of counted) {
    const target = c.replyToMemberId;
    if (target === undefined || target === null || target === c.memberId || !memberById.has(target)) continue;
    const key = JSON.stringify([c.memberId, target]);
    const prev = edgeCounts.get(key);
    edgeCounts.set(key, { fromMemberId: c.memberId, toMemberId: target, count: (prev?.count ?? 0) + 1 });
  }
  const edges = [...edgeCounts.values()].sort((a, b) =>
    a.fromMemberId === b.fromMemberId
      ? a.toMemberId < b.toMemberId
        ? -1
        : 1
      : a.fromMemberId < b.fromMemberId
        ? -1
        : 1,
  );
  const hasEdge = (a: string, b: string): boolean => edgeCounts.has(JSON.stringify([a, b]));
  const replies = edges.reduce((s, e) => s + e.count, 0);
  const reciprocated = edges
    .filter((e) => hasEdge(e.toMemberId, e.fromMemberId))
    .reduce((s, e) => s + e.count, 0);
  const mutualPairs = edges
    .filter((e) => e.fromMemberId < e.toMemberId && hasEdge(e.toMemberId, e.fromMemberId))
    .map((e): [string, string] => [e.fromMemberId, e.toMemberId]);
  const reciprocatedShare = round3(ratio(reciprocated, replies));

  const advice = equalityAdvice({
    contributionCount,
    hasFacilitators: facilitatorVoices.length > 0,
    facilitators,
    members: voices,
    gini,
    silentCount: silentMemberIds.length,
    replies,
    reciprocatedShare,
  });

  return {
    memberCount: voices.length,
    facilitatorCount: facilitatorVoices.length,
    contributionCount,
    characterCount,
    members: voices,
    gini,
    giniByCount,
    facilitators,
    silentMemberIds,
    reciprocity: { edges, mutualPairs, replies, reciprocatedShare },
    advice,
    belowPrivacyThreshold: voices.length < EQUALITY_THRESHOLDS.privacyMinMembers,
    unknownMemberContributions: inPeriod.length - counted.length,
  };
}

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

/** The thresholds turned into plain advice for facilitators; shared by the report and the live meter. */
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
