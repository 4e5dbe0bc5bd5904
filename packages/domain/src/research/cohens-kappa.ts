import { ratio } from '../math/numbers.js';

/**
 * Agreement between two coders beyond chance (Cohen, 1960): how well two people who label the same
 * contributions agree, or a person and the classifier. κ = (pₒ − pₑ) / (1 − pₑ), with pₒ the share of items
 * both gave the same label and pₑ the agreement expected from each coder's own label shares.
 */
export interface KappaResult {
  /** Items both coded. */
  readonly n: number;
  /** Observed agreement pₒ, 0..1. */
  readonly observed: number;
  /** Agreement expected by chance pₑ, 0..1. */
  readonly expected: number;
  /** κ; null when it is undefined (no items, or chance agreement is already 1: both used one label only). */
  readonly kappa: number | null;
  /** 95 % confidence interval by Cohen's large-sample standard error; null with κ or below 2 items. */
  readonly ci95: readonly [number, number] | null;
  /** Landis & Koch (1977) band of κ, for plain words. */
  readonly band: KappaBand | null;
}

export const KAPPA_BANDS = [
  'slecht',
  'gering',
  'redelijk',
  'matig',
  'substantieel',
  'bijna_perfect',
] as const;
export type KappaBand = (typeof KAPPA_BANDS)[number];

/** Landis & Koch: < 0 poor, ≤ .20 slight, ≤ .40 fair, ≤ .60 moderate, ≤ .80 substantial, above almost perfect. */
export function kappaBand(kappa: number): KappaBand {
  if (kappa < 0) return 'slecht';
  if (kappa <= 0.2) return 'gering';
  if (kappa <= 0.4) return 'redelijk';
  if (kappa <= 0.6) return 'matig';
  if (kappa <= 0.8) return 'substantieel';
  return 'bijna_perfect';
}

const Z95 = 1.959964;

/** κ over pairs of labels (first coder, second coder); any string is a label, `null` included as "no phase". */
export function cohensKappa(pairs: readonly (readonly [string | null, string | null])[]): KappaResult {
  const n = pairs.length;
  const first = new Map<string | null, number>();
  const second = new Map<string | null, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  const observed = ratio(agree, n);
  let expected = 0;
  for (const [label, count] of first) expected += ratio(count, n) * ratio(second.get(label) ?? 0, n);
  if (n === 0 || expected >= 1) return { n, observed, expected, kappa: null, ci95: null, band: null };
  const kappa = (observed - expected) / (1 - expected);
  // Cohen's (1960) approximate standard error: √(pₒ(1 − pₒ) / (n (1 − pₑ)²)).
  const se = Math.sqrt((observed * (1 - observed)) / (n * (1 - expected) ** 2));
  const ci95 = n >= 2 ? ([Math.max(-1, kappa - Z95 * se), Math.min(1, kappa + Z95 * se)] as const) : null;
  return { n, observed, expected, kappa, ci95, band: kappaBand(kappa) };
}
