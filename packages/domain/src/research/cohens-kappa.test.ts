import { describe, expect, it } from '@jest/globals';
import { cohensKappa, kappaBand } from './cohens-kappa.js';

/** A 2×2 table as pairs: yes/yes, yes/no, no/yes, no/no. */
function table(yy: number, yn: number, ny: number, nn: number): [string, string][] {
  return [
    ...Array.from({ length: yy }, () => ['ja', 'ja'] as [string, string]),
    ...Array.from({ length: yn }, () => ['ja', 'nee'] as [string, string]),
    ...Array.from({ length: ny }, () => ['nee', 'ja'] as [string, string]),
    ...Array.from({ length: nn }, () => ['nee', 'nee'] as [string, string]),
  ];
}

describe('cohensKappa', () => {
  it('should give the textbook example: 50 items, pₒ = .70, pₑ = .50, κ = .40', () => {
    const r = cohensKappa(table(20, 5, 10, 15));
    expect(r.n).toBe(50);
    expect(r.observed).toBeCloseTo(0.7, 10);
    expect(r.expected).toBeCloseTo(0.5, 10);
    expect(r.kappa).toBeCloseTo(0.4, 10);
    // SE = √(.7 × .3 / (50 × .25)) = .1296; 95 % CI .40 ± 1.96 × .1296
    expect(r.ci95![0]).toBeCloseTo(0.146, 3);
    expect(r.ci95![1]).toBeCloseTo(0.654, 3);
    expect(r.band).toBe('redelijk');
  });

  it('should tell two tables with the same pₒ apart by their chance agreement (κ .1304 and .2593)', () => {
    expect(cohensKappa(table(45, 15, 25, 15)).kappa).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(table(25, 35, 5, 35)).kappa).toBeCloseTo(0.2593, 4);
  });

  it('should give 1 for full agreement over several labels and below 0 for systematic disagreement', () => {
    const phases = ['projectie', 'herkenning', 'verbinding', null];
    const same = phases.flatMap((p) => [
      [p, p] as [string | null, string | null],
      [p, p] as [string | null, string | null],
    ]);
    const r = cohensKappa(same);
    expect(r.kappa).toBe(1);
    expect(r.band).toBe('bijna_perfect');
    expect(r.ci95).toEqual([1, 1]);
    expect(cohensKappa(table(0, 10, 10, 0)).kappa).toBe(-1);
    expect(cohensKappa(table(0, 10, 10, 0)).band).toBe('slecht');
  });

  it('should leave κ undefined without items, or when both coders used one and the same label only', () => {
    expect(cohensKappa([])).toMatchObject({ n: 0, kappa: null, ci95: null, band: null });
    expect(cohensKappa(table(5, 0, 0, 0))).toMatchObject({ observed: 1, expected: 1, kappa: null });
  });

  it('should give no interval for a single item', () => {
    const r = cohensKappa([
      ['ja', 'ja'],
      ['nee', 'nee'],
    ]);
    expect(r.kappa).toBe(1);
    expect(cohensKappa([['ja', 'nee']]).ci95).toBeNull();
  });
});

describe('kappaBand', () => {
  it.each([
    [-0.1, 'slecht'],
    [0, 'gering'],
    [0.2, 'gering'],
    [0.21, 'redelijk'],
    [0.4, 'redelijk'],
    [0.41, 'matig'],
    [0.6, 'matig'],
    [0.61, 'substantieel'],
    [0.8, 'substantieel'],
    [0.81, 'bijna_perfect'],
  ])('should put κ = %d in band %s (Landis & Koch)', (kappa, band) => {
    expect(kappaBand(kappa)).toBe(band);
  });
});
