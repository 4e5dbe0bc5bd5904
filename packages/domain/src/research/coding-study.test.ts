import { describe, expect, it } from '@jest/globals';
import type { PhaseId } from '../phases/phases.js';
import { codingExportCsv } from './coding-contract.js';
import {
  assignCodingSample,
  type CodedItem,
  type CodingCandidate,
  type CodingLabel,
  codingFigures,
  isDisagreement,
  seededRandom,
  wilsonInterval,
} from './coding-study.js';

const candidates = (n: number, room = 'r1', authors = ['p1', 'p2', 'p3']): CodingCandidate[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    roomId: room,
    authorId: authors[i % authors.length]!,
  }));

describe('assignCodingSample', () => {
  const coders = [
    { id: 'f1', roomIds: ['r1', 'r2'] },
    { id: 'f2', roomIds: ['r1'] },
    { id: 'p1', roomIds: ['r1'] }, // a mentor who also writes in r1
    { id: 'f3', roomIds: ['r2'] },
  ];

  it('should give every drawn contribution to two different coders who may read the room and did not write it', () => {
    const pool = [...candidates(30), ...candidates(10, 'r2').map((c) => ({ ...c, id: `x${c.id}` }))];
    const out = assignCodingSample(pool, coders, 25, seededRandom(1));
    expect(out).toHaveLength(25);
    const byId = new Map(pool.map((c) => [c.id, c]));
    for (const a of out) {
      const c = byId.get(a.contributionId)!;
      expect(a.coders[0]).not.toBe(a.coders[1]);
      for (const coder of a.coders) {
        expect(coder).not.toBe(c.authorId);
        expect(coders.find((x) => x.id === coder)!.roomIds).toContain(c.roomId);
      }
    }
    expect(new Set(out.map((a) => a.contributionId)).size).toBe(25);
  });

  it('should never hand a coder their own message, even when only they and one other could read it', () => {
    // r1 read by p1 and f2 only: p1's own messages have one eligible coder left and are passed over.
    const out = assignCodingSample(
      candidates(12, 'r1', ['p1']),
      [
        { id: 'p1', roomIds: ['r1'] },
        { id: 'f2', roomIds: ['r1'] },
      ],
      10,
      seededRandom(2),
    );
    expect(out).toEqual([]);
  });

  it('should pass over rooms with fewer than two readers and stop at the sample size', () => {
    const out = assignCodingSample(candidates(5, 'r9'), coders, 3, seededRandom(3));
    expect(out).toEqual([]);
    expect(assignCodingSample(candidates(50), coders, 7, seededRandom(3))).toHaveLength(7);
  });

  it('should spread the work: no coder gets more than one item above another eligible coder', () => {
    const out = assignCodingSample(
      candidates(40, 'r1', ['x']),
      [
        { id: 'a', roomIds: ['r1'] },
        { id: 'b', roomIds: ['r1'] },
        { id: 'c', roomIds: ['r1'] },
        { id: 'd', roomIds: ['r1'] },
      ],
      30,
      seededRandom(4),
    );
    const load = new Map<string, number>();
    for (const a of out) for (const c of a.coders) load.set(c, (load.get(c) ?? 0) + 1);
    expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1);
    expect([...load.values()].reduce((s, n) => s + n, 0)).toBe(60);
  });

  it('should draw at random: two seeds give different samples, one seed the same; duplicates count once', () => {
    const pool = candidates(100);
    const ids = (seed: number) =>
      assignCodingSample(pool, coders, 10, seededRandom(seed)).map((a) => a.contributionId);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)).not.toEqual(ids(6));
    const dup = assignCodingSample([...candidates(3), ...candidates(3)], coders, 10, seededRandom(7));
    expect(dup).toHaveLength(3);
  });
});

describe('wilsonInterval', () => {
  it('should match Newcombe (1998) table I: 81/263 → .2553–.3662, 15/148 → .0624–.1605, 0/20 → 0–.1611', () => {
    const a = wilsonInterval(81, 263)!;
    expect(a[0]).toBeCloseTo(0.2553, 4);
    expect(a[1]).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(15, 148)!;
    expect(b[0]).toBeCloseTo(0.0624, 4);
    expect(b[1]).toBeCloseTo(0.1605, 4);
    const c = wilsonInterval(0, 20)!;
    expect(c[0]).toBe(0);
    expect(c[1]).toBeCloseTo(0.1611, 4);
    const d = wilsonInterval(1, 1)!;
    expect(d[1]).toBe(1);
    expect(d[0]).toBeCloseTo(0.2065, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

const item = (
  first: CodingLabel | null,
  second: CodingLabel | null,
  classifier: PhaseId | null,
): CodedItem => ({
  first,
  second,
  classifier,
});

describe('codingFigures', () => {
  it('should compute inter-rater κ over decided pairs only, leaving out "weet ik niet" and half-coded items', () => {
    const items = [
      // 2×2 textbook table (κ .40) on herkenning vs geen, as in cohens-kappa.test
      ...Array.from({ length: 20 }, () => item('herkenning', 'herkenning', 'herkenning')),
      ...Array.from({ length: 5 }, () => item('herkenning', 'geen', null)),
      ...Array.from({ length: 10 }, () => item('geen', 'herkenning', null)),
      ...Array.from({ length: 15 }, () => item('geen', 'geen', null)),
      item('onbekend', 'herkenning', 'herkenning'),
      item('projectie', null, 'projectie'),
    ];
    const f = codingFigures(items);
    expect(f.coded).toBe(51);
    expect(f.unsure).toBe(1);
    expect(f.interRater.n).toBe(50);
    expect(f.interRater.kappa).toBeCloseTo(0.4, 10);
    expect(f.agreed).toBe(35);
  });

  it('should give per-phase precision, recall and one-versus-rest κ of the classifier against the agreed label', () => {
    const items = [
      // agreed herkenning: classifier right 8×, says projectie 2×
      ...Array.from({ length: 8 }, () => item('herkenning', 'herkenning', 'herkenning')),
      ...Array.from({ length: 2 }, () => item('herkenning', 'herkenning', 'projectie')),
      // agreed geen: classifier says herkenning 2×, nothing 8×
      ...Array.from({ length: 2 }, () => item('geen', 'geen', 'herkenning')),
      ...Array.from({ length: 8 }, () => item('geen', 'geen', null)),
      // a disagreement: not in the classifier figures
      item('verbinding', 'getuigenis', 'verbinding'),
    ];
    const f = codingFigures(items);
    expect(f.agreed).toBe(20);
    const h = f.perPhase.find((p) => p.phase === 'herkenning')!;
    expect(h.humanCount).toBe(10);
    expect(h.classifierCount).toBe(10);
    expect(h.precision.value).toBeCloseTo(0.8, 10);
    expect(h.recall.value).toBeCloseTo(0.8, 10);
    expect(h.recall.ci95![0]).toBeCloseTo(wilsonInterval(8, 10)![0], 10);
    // 2×2: yes/yes 8, yes/no 2, no/yes 2, no/no 8 → pₒ .8, pₑ .5, κ .6
    expect(h.kappa.kappa).toBeCloseTo(0.6, 10);
    const p = f.perPhase.find((x) => x.phase === 'projectie')!;
    expect(p.humanCount).toBe(0);
    expect(p.precision.value).toBe(0);
    expect(p.recall.value).toBeNull();
    expect(p.recall.ci95).toBeNull();
    const v = f.perPhase.find((x) => x.phase === 'verbinding')!;
    expect(v.classifierCount).toBe(0);
    expect(v.kappa.kappa).toBeNull(); // nobody, person or classifier, said verbinding: undefined
    // overall six-label κ: agreement 16/20
    expect(f.classifierOverall.observed).toBeCloseTo(0.8, 10);
  });

  it('should give empty figures without coded items', () => {
    const f = codingFigures([item(null, null, 'projectie')]);
    expect(f.coded).toBe(0);
    expect(f.interRater.kappa).toBeNull();
    expect(f.perPhase).toHaveLength(5);
  });
});

describe('isDisagreement and the export', () => {
  it('should list only decided pairs that differ', () => {
    expect(isDisagreement(item('projectie', 'herkenning', null))).toBe(true);
    expect(isDisagreement(item('projectie', 'projectie', null))).toBe(false);
    expect(isDisagreement(item('onbekend', 'herkenning', null))).toBe(false);
    expect(isDisagreement(item('geen', null, null))).toBe(false);
  });

  it('should write ids and labels as CSV with a header and neutralise a formula in a coder code', () => {
    const csv = codingExportCsv([
      { contributionId: '12', coder: 'C1', label: 'herkenning', classifier: 'geen' },
      { contributionId: '12', coder: '=C2', label: 'onbekend', classifier: 'geen' },
    ]);
    expect(csv).toBe(
      "contribution_id,coder,label,classifier_label\r\n12,C1,herkenning,geen\r\n12,'=C2,onbekend,geen\r\n",
    );
  });
});
