import { equalityAdvice } from '../equality/equality-advice.js';
import { giniCoefficient } from '../equality/gini-coefficient.js';
import type { Msg } from '../messages/messages.js';
import { ratio, round3 } from '../math/numbers.js';

/** One member's totals over a period, as the database sums them (silent members have zeros). */
export interface VoiceTotals {
  readonly memberId: string;
  readonly isFacilitator: boolean;
  readonly contributions: number;
  readonly characters: number;
}

/** Replies from one member to another over the period, summed. */
export interface ReplyTotals {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  readonly count: number;
}

export interface MeterMember extends VoiceTotals {
  readonly shareOfVoice: number;
}

export interface EqualityMeter {
  readonly memberCount: number;
  readonly contributionCount: number;
  readonly characterCount: number;
  /** Most voice first, then by memberId. */
  readonly members: MeterMember[];
  readonly gini: number;
  readonly facilitators: { readonly shareOfVoice: number; readonly shareOfMembers: number };
  readonly silentMemberIds: string[];
  readonly reciprocatedShare: number;
  readonly advice: Msg[];
}

/**
 * Share of voice in a group from totals per member, so the database does the summing: each member's
 * share of the characters, the Gini coefficient, the facilitators' share of voice against their share of
 * members, silent members, and reciprocity (who replies to whom). EQUALITY_THRESHOLDS turn the numbers
 * into advice (equalityAdvice).
 */
export function equalityMeter(
  totals: readonly VoiceTotals[],
  replies: readonly ReplyTotals[] = [],
): EqualityMeter {
  const byId = new Map<string, VoiceTotals>();
  for (const m of totals) {
    const prev = byId.get(m.memberId);
    byId.set(m.memberId, {
      memberId: m.memberId,
      isFacilitator: m.isFacilitator,
      contributions: (prev?.contributions ?? 0) + Math.max(0, m.contributions),
      characters: (prev?.characters ?? 0) + Math.max(0, m.characters),
    });
  }
  const characterCount = [...byId.values()].reduce((s, m) => s + m.characters, 0);
  const contributionCount = [...byId.values()].reduce((s, m) => s + m.contributions, 0);
  const members: MeterMember[] = [...byId.values()]
    .map((m) => ({ ...m, shareOfVoice: round3(ratio(m.characters, characterCount)) }))
    .sort((a, b) => b.characters - a.characters || (a.memberId < b.memberId ? -1 : 1));
  const facilitatorMembers = members.filter((m) => m.isFacilitator);
  const facilitators = {
    shareOfVoice: round3(
      ratio(
        facilitatorMembers.reduce((s, m) => s + m.characters, 0),
        characterCount,
      ),
    ),
    shareOfMembers: round3(ratio(facilitatorMembers.length, members.length)),
  };
  const gini = round3(giniCoefficient(members.map((m) => m.characters)));
  const silentMemberIds = members
    .filter((m) => m.contributions === 0)
    .map((m) => m.memberId)
    .sort();

  const edges = new Map<string, number>();
  for (const r of replies) {
    if (r.fromMemberId === r.toMemberId || !byId.has(r.fromMemberId) || !byId.has(r.toMemberId)) continue;
    const key = JSON.stringify([r.fromMemberId, r.toMemberId]);
    edges.set(key, (edges.get(key) ?? 0) + r.count);
  }
  let replyCount = 0;
  let reciprocated = 0;
  for (const [key, count] of edges) {
    const [from, to] = JSON.parse(key) as [string, string];
    replyCount += count;
    if (edges.has(JSON.stringify([to, from]))) reciprocated += count;
  }
  const reciprocatedShare = round3(ratio(reciprocated, replyCount));

  const advice = equalityAdvice({
    contributionCount,
    hasFacilitators: facilitatorMembers.length > 0,
    facilitators,
    members,
    gini,
    silentCount: silentMemberIds.length,
    replies: replyCount,
    reciprocatedShare,
  });

  return {
    memberCount: members.length,
    contributionCount,
    characterCount,
    members,
    gini,
    facilitators,
    silentMemberIds,
    reciprocatedShare,
    advice,
  };
}
