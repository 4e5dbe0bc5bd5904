import { msg, type Msg } from '../messages/messages.js';
import { type PathFlagId } from '../path/participant-path.js';
import { THEME_IDS, type ThemeId } from '../themes/themes.js';

export interface SuggestionMember {
  readonly memberId: string;
  readonly displayName: string;
  readonly isFacilitator: boolean;
  /** The participant's path flags (participantPath). */
  readonly flags: readonly PathFlagId[];
  /** Themes this member wrote about in the group. */
  readonly themes: readonly ThemeId[];
  /** Contributions in the period the dashboard looks at. */
  readonly contributionsInPeriod: number;
}

export interface SuggestionInput {
  readonly members: readonly SuggestionMember[];
  /** Pairs who interacted in either direction (recognition or reply), in any order. */
  readonly interactions: readonly (readonly [string, string])[];
  /** Mentors in the organisation with a free place. */
  readonly mentorsAvailable: number;
}

export const SUGGESTION_KINDS = ['reflectionPrompt', 'bringTogether', 'askQuiet', 'offerMentor'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface Suggestion {
  readonly kind: SuggestionKind;
  readonly memberIds: string[];
  readonly message: Msg;
}

/** At most this many of each kind, so the list stays something a facilitator can act on. */
export const MAX_PER_KIND = 3;

const byName = (a: SuggestionMember, b: SuggestionMember) =>
  a.displayName.localeCompare(b.displayName, 'nl') || (a.memberId < b.memberId ? -1 : 1);

/**
 * Suggestions for the facilitator — never automatic actions, and only about participants:
 * - reflectionPrompt: stuck in projectie → an invitation to respond to someone's story;
 * - bringTogether: two participants whose stories share themes but who never interacted;
 * - askQuiet: a participant who wrote nothing in the period;
 * - offerMentor: a participant who never received recognition, when a mentor has a free place.
 * Deterministic: independent of input order.
 */
export function suggestFacilitation(input: SuggestionInput): Suggestion[] {
  const participants = input.members.filter((m) => !m.isFacilitator).sort(byName);
  const out: Suggestion[] = [];

  for (const m of participants.filter((p) => p.flags.includes('stuck_in_projectie')).slice(0, MAX_PER_KIND)) {
    out.push({
      kind: 'reflectionPrompt',
      memberIds: [m.memberId],
      message: msg('insight.suggest.reflectionPrompt', { name: m.displayName }),
    });
  }

  const met = new Set(input.interactions.map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)));
  const pairs: { a: SuggestionMember; b: SuggestionMember; shared: ThemeId[] }[] = [];
  for (const [i, a] of participants.entries()) {
    for (const b of participants.slice(i + 1)) {
      const key = a.memberId < b.memberId ? `${a.memberId}|${b.memberId}` : `${b.memberId}|${a.memberId}`;
      if (met.has(key)) continue;
      const shared = THEME_IDS.filter((t) => a.themes.includes(t) && b.themes.includes(t));
      if (shared.length > 0) pairs.push({ a, b, shared });
    }
  }
  // Most shared themes first; each person in one pair at most, so nobody gets every introduction.
  pairs.sort((x, y) => y.shared.length - x.shared.length);
  const introduced = new Set<string>();
  let together = 0;
  for (const p of pairs) {
    if (together >= MAX_PER_KIND) break;
    if (introduced.has(p.a.memberId) || introduced.has(p.b.memberId)) continue;
    introduced.add(p.a.memberId);
    introduced.add(p.b.memberId);
    together++;
    out.push({
      kind: 'bringTogether',
      memberIds: [p.a.memberId, p.b.memberId],
      message: msg('insight.suggest.bringTogether', {
        name: p.a.displayName,
        other: p.b.displayName,
        themes: p.shared.slice(0, 2).join(','),
      }),
    });
  }

  for (const m of participants.filter((p) => p.contributionsInPeriod === 0).slice(0, MAX_PER_KIND)) {
    out.push({
      kind: 'askQuiet',
      memberIds: [m.memberId],
      message: msg('insight.suggest.askQuiet', { name: m.displayName }),
    });
  }

  if (input.mentorsAvailable > 0) {
    const candidates = participants.filter((p) => p.flags.includes('never_received_recognition'));
    for (const m of candidates.slice(0, MAX_PER_KIND)) {
      out.push({
        kind: 'offerMentor',
        memberIds: [m.memberId],
        message: msg('insight.suggest.offerMentor', { name: m.displayName }),
      });
    }
  }
  return out;
}
