import { enforceKAnonymity, isKAnonymous, type QuasiIdentifier } from './k-anonymity.js';

interface Person {
  id: number;
  cohort: string;
  start: string; // yyyy-mm
}

const qids: QuasiIdentifier<Person>[] = [
  { key: 'cohort', levels: [(p) => p.cohort, () => '*'] },
  {
    key: 'start',
    levels: [
      (p) => p.start,
      (p) => `${p.start.slice(0, 4)}-Q${Math.ceil(Number(p.start.slice(5, 7)) / 3)}`,
      (p) => p.start.slice(0, 4),
      () => '*',
    ],
  },
];

const people = (cohort: string, start: string, n: number, from = 0): Person[] =>
  Array.from({ length: n }, (_, i) => ({ id: from + i, cohort, start }));

describe('enforceKAnonymity', () => {
  it('should keep everyone unchanged when every group already has five people', () => {
    const rows = [...people('A', '2026-01', 5), ...people('B', '2026-02', 6, 10)];
    const r = enforceKAnonymity(rows, qids, 5);
    expect(r.suppressed).toBe(0);
    expect(r.levels).toEqual({ cohort: 0, start: 0 });
    expect(r.rows).toHaveLength(11);
    expect(
      isKAnonymous(
        r.rows.map((x) => x.quasi),
        5,
      ),
    ).toBe(true);
  });

  it('should generalise start months to a quarter before suppressing anyone', () => {
    // Cohort A started over three months of one quarter: 2 + 2 + 2 people, each month below 5.
    const rows = [
      ...people('A', '2026-01', 2),
      ...people('A', '2026-02', 2, 2),
      ...people('A', '2026-03', 2, 4),
      ...people('B', '2026-01', 5, 10),
    ];
    const r = enforceKAnonymity(rows, qids, 5);
    expect(r.levels).toEqual({ cohort: 0, start: 1 });
    expect(r.suppressed).toBe(0);
    expect(new Set(r.rows.map((x) => x.quasi.start))).toEqual(new Set(['2026-Q1']));
    expect(
      isKAnonymous(
        r.rows.map((x) => x.quasi),
        5,
      ),
    ).toBe(true);
  });

  it('should suppress a group below five that generalisation cannot save without losing too much', () => {
    // 40 people in two large cohorts and one person alone: suppress one row (2.4 %) rather than generalise.
    const rows = [
      ...people('A', '2026-01', 20),
      ...people('B', '2026-06', 20, 20),
      ...people('C', '2026-09', 1, 40),
    ];
    const r = enforceKAnonymity(rows, qids, 5);
    expect(r.suppressed).toBe(1);
    expect(r.rows.map((x) => x.row.id)).not.toContain(40);
    expect(r.levels).toEqual({ cohort: 0, start: 0 });
  });

  it('should suppress everyone when fewer than k people exist at all', () => {
    const r = enforceKAnonymity(people('A', '2026-01', 4), qids, 5);
    expect(r.rows).toEqual([]);
    expect(r.suppressed).toBe(4);
    expect(r.levels).toEqual({ cohort: 1, start: 3 });
  });

  it('should refuse a k below 1 and a quasi-identifier without levels', () => {
    expect(() => enforceKAnonymity([], qids, 0)).toThrow(RangeError);
    expect(() => enforceKAnonymity([], [{ key: 'x', levels: [] }], 5)).toThrow(RangeError);
  });
});

describe('isKAnonymous', () => {
  it('should find a group below k', () => {
    expect(isKAnonymous([{ a: '1' }, { a: '1' }, { a: '2' }], 2)).toBe(false);
    expect(isKAnonymous([{ a: '1' }, { a: '1' }], 2)).toBe(true);
  });
});
