import { PHASE_IDS, type PhaseId } from '../phases/phases.js';
import { ratio } from '../math/numbers.js';
import { type RandomSource } from '../math/seeded-random.js';
import { cohensKappa, type KappaResult } from './cohens-kappa.js';

/**
 * The phase model checked by people (issue 17 item 6): a random sample of contributions, each coded blind
 * by two people, compared with each other (Cohen's κ) and with the classifier (per phase).
 */

/** What a coder can answer: one of the five phases, "geen fase", or "weet ik niet" (left out of every figure). */
export const CODING_LABELS = [...PHASE_IDS, 'geen', 'onbekend'] as const;
export type CodingLabel = (typeof CODING_LABELS)[number];

/** A label that takes part in agreement: a phase or "geen fase" ("weet ik niet" does not). */
export type DecidedLabel = PhaseId | 'geen';

export const isDecided = (label: CodingLabel | null): label is DecidedLabel =>
  label !== null && label !== 'onbekend';

/** Smallest and largest sample an admin may ask for. */
export const CODING_SAMPLE_MIN = 4;
export const CODING_SAMPLE_MAX = 400;

export interface CodingCandidate {
  /** Contribution id. */
  readonly id: string;
  readonly roomId: string;
  readonly authorId: string;
}

export interface CodingCoder {
  readonly id: string;
  /** Rooms the coder may read (an active member of them): a coder only ever sees messages from these. */
  readonly roomIds: readonly string[];
}

export interface CodingAssignment {
  readonly contributionId: string;
  /** Two different coders, neither of them the author. */
  readonly coders: readonly [string, string];
}

export { type RandomSource, seededRandom } from '../math/seeded-random.js';

function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws up to `size` contributions at random and gives each to two different coders who may read its room
 * and did not write it; a contribution with fewer than two such coders is passed over. Among the eligible
 * coders the two with the fewest items so far are taken (random among equals), so the work is spread.
 * Which contributions are candidates (rooms, consent, hidden) is the caller's query; this keeps the rules
 * that must hold for every pair.
 */
export function assignCodingSample(
  candidates: readonly CodingCandidate[],
  coders: readonly CodingCoder[],
  size: number,
  random: RandomSource,
): CodingAssignment[] {
  const load = new Map(coders.map((c) => [c.id, 0]));
  const readers = new Map<string, string[]>();
  for (const c of coders)
    for (const room of new Set(c.roomIds)) readers.set(room, [...(readers.get(room) ?? []), c.id]);
  const out: CodingAssignment[] = [];
  const seen = new Set<string>();
  for (const item of shuffled(candidates, random)) {
    if (out.length >= size) break;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const eligible = [...new Set(readers.get(item.roomId) ?? [])].filter((id) => id !== item.authorId);
    if (eligible.length < 2) continue;
    const [a, b] = shuffled(eligible, random).sort((x, y) => load.get(x)! - load.get(y)!);
    load.set(a!, load.get(a!)! + 1);
    load.set(b!, load.get(b!)! + 1);
    out.push({ contributionId: item.id, coders: [a!, b!] });
  }
  return out;
}

/** A 95 % Wilson score interval for k successes in n (Wilson 1927; Newcombe 1998, method 3); null for n = 0. */
export function wilsonInterval(k: number, n: number): readonly [number, number] | null {
  if (n === 0) return null;
  const z = 1.959964;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** One coded item for the figures: both coders' labels and the classifier's phase (null: no phase). */
export interface CodedItem {
  readonly first: CodingLabel | null;
  readonly second: CodingLabel | null;
  readonly classifier: PhaseId | null;
}

export interface ProportionWithCi {
  readonly k: number;
  readonly n: number;
  /** k / n; null when n is 0. */
  readonly value: number | null;
  readonly ci95: readonly [number, number] | null;
}

export interface PhaseAgreement {
  readonly phase: PhaseId;
  /** Items the two coders agreed are this phase. */
  readonly humanCount: number;
  /** Items the classifier tagged with this phase (among the agreed items). */
  readonly classifierCount: number;
  /** Of the classifier's tags of this phase, the share people agreed with. */
  readonly precision: ProportionWithCi;
  /** Of the items people agreed are this phase, the share the classifier tagged so. */
  readonly recall: ProportionWithCi;
  /** κ of "this phase or not", classifier against the agreed human label. */
  readonly kappa: KappaResult;
}

export interface CodingFigures {
  /** Items with both codes in. */
  readonly coded: number;
  /** Of those, items where at least one coder said "weet ik niet": left out of κ. */
  readonly unsure: number;
  /** Inter-rater agreement over the items both coders decided (phase or "geen fase"). */
  readonly interRater: KappaResult;
  /** Items where both coders gave the same decided label: the reference for the classifier. */
  readonly agreed: number;
  /** The classifier against the agreed label over all six labels. */
  readonly classifierOverall: KappaResult;
  readonly perPhase: readonly PhaseAgreement[];
}

const proportion = (k: number, n: number): ProportionWithCi => ({
  k,
  n,
  value: n === 0 ? null : ratio(k, n),
  ci95: wilsonInterval(k, n),
});

/**
 * The study's figures. Inter-rater: Cohen's κ over items both coders decided. Classifier against people:
 * on the items where both coders agreed (the "agreed human label", a common reference standard when two
 * coders double-code), per phase the one-versus-rest κ and the classifier's precision and recall with
 * 95 % Wilson score intervals (Wilson 1927; Newcombe 1998, "Two-sided confidence intervals for the single
 * proportion", Stat Med 17:857–872). Items without an agreed label are the disagreements list instead.
 */
export function codingFigures(items: readonly CodedItem[]): CodingFigures {
  const both = items.filter((i) => i.first !== null && i.second !== null);
  const decided = both.filter((i) => isDecided(i.first) && isDecided(i.second));
  const agreedItems = decided.filter((i) => i.first === i.second);
  const human = (i: CodedItem) => i.first as DecidedLabel;
  const machine = (i: CodedItem): DecidedLabel => i.classifier ?? 'geen';
  const perPhase = PHASE_IDS.map((phase): PhaseAgreement => {
    const humanYes = agreedItems.filter((i) => human(i) === phase);
    const machineYes = agreedItems.filter((i) => machine(i) === phase);
    const both = humanYes.filter((i) => machine(i) === phase).length;
    return {
      phase,
      humanCount: humanYes.length,
      classifierCount: machineYes.length,
      precision: proportion(both, machineYes.length),
      recall: proportion(both, humanYes.length),
      kappa: cohensKappa(
        agreedItems.map((i) => [String(machine(i) === phase), String(human(i) === phase)] as const),
      ),
    };
  });
  return {
    coded: both.length,
    unsure: both.length - decided.length,
    interRater: cohensKappa(decided.map((i) => [i.first, i.second] as const)),
    agreed: agreedItems.length,
    classifierOverall: cohensKappa(agreedItems.map((i) => [machine(i), human(i)] as const)),
    perPhase,
  };
}

/** A pair of decided codes that differ: the item goes on the list for discussion. */
export const isDisagreement = (i: Pick<CodedItem, 'first' | 'second'>): boolean =>
  isDecided(i.first) && isDecided(i.second) && i.first !== i.second;
