import type { MyScoreView } from '@spiegel/domain';

/** How a later score compares with the first, in words: small differences count as "about the same". */
export function changeWord(first: number, later: number): 'higher' | 'lower' | 'same' {
  const diff = later - first;
  if (Math.abs(diff) < 0.25) return 'same';
  return diff > 0 ? 'higher' : 'lower';
}

/** Scores of one traject in the order of the moments. */
export function byTraject(scores: readonly MyScoreView[]): Map<string, MyScoreView[]> {
  const order = ['t0', 'herkenning', 'einde', 'plus1m', 'plus3m'];
  const out = new Map<string, MyScoreView[]>();
  for (const s of scores) out.set(s.trajectName, [...(out.get(s.trajectName) ?? []), s]);
  for (const list of out.values()) list.sort((a, b) => order.indexOf(a.moment) - order.indexOf(b.moment));
  return out;
}
