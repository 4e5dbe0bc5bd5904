import { msg, type Msg } from '../messages/messages.js';
import { THEME_IDS, type ThemeId } from '../themes/themes.js';
import { round3 } from '../math/numbers.js';

export const AVAILABILITY_SLOTS = ['ochtend', 'middag', 'avond', 'weekend'] as const;
export type AvailabilitySlot = (typeof AVAILABILITY_SLOTS)[number];

export interface MentorSeeker {
  readonly memberId: string;
  /** Themes from the seeker's own contributions (extractThemes). */
  readonly themes: readonly ThemeId[];
  /** Language codes, e.g. ['nl', 'en']. */
  readonly languages: readonly string[];
  readonly availability?: readonly AvailabilitySlot[];
  /** Members the seeker recognised themselves in. */
  readonly recognisedMemberIds?: readonly string[];
}

export interface MentorCandidate {
  readonly memberId: string;
  readonly themes: readonly ThemeId[];
  readonly languages: readonly string[];
  readonly availability?: readonly AvailabilitySlot[];
  /** Members this candidate recognised themselves in. */
  readonly recognisedMemberIds?: readonly string[];
  readonly activeMentees: number;
  readonly maxMentees: number;
}

export interface RankedMentor {
  readonly memberId: string;
  /** 0..1, see rankMentors. */
  readonly score: number;
  readonly reasons: Msg[];
  readonly components: {
    readonly themes: number;
    readonly recognition: number;
    readonly availability: number;
    readonly load: number;
    readonly sharedLanguage: boolean;
  };
}

export const MENTOR_WEIGHTS = { themes: 0.35, recognition: 0.3, availability: 0.15, load: 0.2 } as const;
/** Without a shared language a match rarely works: the score is multiplied by this. */
export const NO_SHARED_LANGUAGE_FACTOR = 0.3;
/** Two shared themes give the full theme score. */
const THEMES_FOR_FULL_SCORE = 2;

const places = (c: MentorCandidate): { left: number; max: number } => {
  const max = Math.max(0, c.maxMentees);
  return { max, left: Math.max(0, max - Math.max(0, c.activeMentees)) };
};
const normLang = (code: string): string => code.trim().toLowerCase();

function scoreCandidate(seeker: MentorSeeker, candidate: MentorCandidate): RankedMentor {
  const seekerThemes = new Set(seeker.themes);
  const shared = THEME_IDS.filter((t) => seekerThemes.has(t) && candidate.themes.includes(t));
  const themes = Math.min(1, shared.length / THEMES_FOR_FULL_SCORE);

  const seekerRecognised = (seeker.recognisedMemberIds ?? []).includes(candidate.memberId);
  const candidateRecognised = (candidate.recognisedMemberIds ?? []).includes(seeker.memberId);
  const recognition =
    seekerRecognised && candidateRecognised ? 1 : seekerRecognised || candidateRecognised ? 0.7 : 0;

  const seekerLangs = new Set(seeker.languages.map(normLang));
  const sharedLangs = [...new Set(candidate.languages.map(normLang))]
    .filter((l) => seekerLangs.has(l))
    .sort();

  const seekerSlots = seeker.availability ?? [];
  const candidateSlots = candidate.availability ?? [];
  const sharedSlots = AVAILABILITY_SLOTS.filter((s) => seekerSlots.includes(s) && candidateSlots.includes(s));
  // Unknown availability on either side is neutral, not a mismatch.
  const availability =
    seekerSlots.length === 0 || candidateSlots.length === 0
      ? 0.5
      : sharedSlots.length / new Set(seekerSlots).size;

  const { left, max } = places(candidate);
  const load = left / max;

  const w = MENTOR_WEIGHTS;
  const base =
    w.themes * themes + w.recognition * recognition + w.availability * availability + w.load * load;
  const score = round3(base * (sharedLangs.length > 0 ? 1 : NO_SHARED_LANGUAGE_FACTOR));

  const reasons: Msg[] = [];
  if (seekerRecognised && candidateRecognised) reasons.push(msg('mentor.recognisedEachOther'));
  else if (candidateRecognised) reasons.push(msg('mentor.candidateRecognisedSeeker'));
  else if (seekerRecognised) reasons.push(msg('mentor.seekerRecognisedCandidate'));
  if (shared.length > 0) reasons.push(msg('mentor.sharedThemes', { themes: shared.join(',') }));
  reasons.push(
    sharedLangs.length > 0
      ? msg('mentor.sharedLanguages', { languages: sharedLangs.join(',') })
      : msg('mentor.noSharedLanguage'),
  );
  if (sharedSlots.length > 0)
    reasons.push(msg('mentor.sharedAvailability', { slots: sharedSlots.join(',') }));
  reasons.push(msg('mentor.placesLeft', { left, max }));

  return {
    memberId: candidate.memberId,
    score,
    reasons,
    components: { themes, recognition, availability, load, sharedLanguage: sharedLangs.length > 0 },
  };
}

const byScoreThenId = (a: RankedMentor, b: RankedMentor): number =>
  b.score - a.score || (a.memberId < b.memberId ? -1 : 1);

/**
 * Ranks possible peer mentors for a seeker (pass candidates that passed mentorEligibility).
 *
 *   score = (0.35 × themes + 0.3 × recognition + 0.15 × availability + 0.2 × load) × language
 *   themes       = shared themes / 2, at most 1
 *   recognition  = 1 when they recognised each other, 0.7 when one recognised the other, else 0
 *   availability = share of the seeker's time slots the candidate also has (0.5 when either is unknown)
 *   load         = places left / max mentees
 *   language     = 1 with a shared language, else 0.3
 *
 * The seeker and candidates without a free place are left out. Ties are broken by memberId, and a
 * repeated memberId keeps its best-scoring entry, so the result does not depend on input order.
 */
export function rankMentors(seeker: MentorSeeker, candidates: readonly MentorCandidate[]): RankedMentor[] {
  const best = new Map<string, RankedMentor>();
  for (const candidate of candidates) {
    if (candidate.memberId === seeker.memberId) continue;
    if (places(candidate).left === 0) continue;
    const ranked = scoreCandidate(seeker, candidate);
    const prev = best.get(ranked.memberId);
    if (
      prev === undefined ||
      ranked.score > prev.score ||
      (ranked.score === prev.score && JSON.stringify(ranked) < JSON.stringify(prev))
    ) {
      best.set(ranked.memberId, ranked);
    }
  }
  return [...best.values()].sort(byScoreThenId);
}
