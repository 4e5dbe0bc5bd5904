import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, normalise, wordJaccard, wordSet } from '../../scripts/build-data.js';
import { PHASE_IDS } from '../phases/phases.js';
import {
  CRISIS_CORPUS_DEV,
  CRISIS_HANDWRITTEN,
  PHASE_CORPUS_DEV,
  PHASE_HOLDOUT,
  PHASE_TRAINING,
} from '../testing/load-jsonl.js';

// The labelled data of issue 13 (packages/domain/data, see its README): the files must parse, carry
// only valid labels, keep every text in one split, and hold the minimum counts the models are built on.
const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
const SPLITS = ['train', 'dev', 'test'] as const;
type Split = (typeof SPLITS)[number];

const LANGS = ['nl', 'en', 'mixed'];
const CRISIS_CATEGORIES = [
  'wish_dead',
  'ideation',
  'method',
  'intent',
  'plan',
  'preparatory',
  'self_harm',
  'overdose',
  'context_acute',
] as const;
const LOOK_ALIKE_FAMILIES = [
  'idiom',
  'recovered_past',
  'media_news',
  'gaming',
  'helping_other',
  'medication_logistics',
  'heavy_safe',
  'keyword_trap',
] as const;
const CONCERN_CATEGORIES = ['wish_dead', 'ideation'];

interface PhaseRow {
  text: string;
  lang: string;
  phase: string | null;
  style: string;
}
interface CrisisRow {
  text: string;
  lang: string;
  crisis: boolean;
  category: string;
  severity?: string;
  context?: string[];
  style: string;
}

function read(task: 'phase' | 'crisis', split: Split): { raw: string; rows: unknown[] } {
  const raw = readFileSync(path.join(DATA, task, `${split}.jsonl`), 'utf8');
  const rows = raw
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as unknown);
  return { raw, rows };
}

const phase = Object.fromEntries(SPLITS.map((s) => [s, read('phase', s).rows as PhaseRow[]])) as Record<
  Split,
  PhaseRow[]
>;
const crisis = Object.fromEntries(SPLITS.map((s) => [s, read('crisis', s).rows as CrisisRow[]])) as Record<
  Split,
  CrisisRow[]
>;
const allPhase = SPLITS.flatMap((s) => phase[s]);
const allCrisis = SPLITS.flatMap((s) => crisis[s]);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const countBy = <T>(rows: T[], key: (r: T) => string) => {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return counts;
};

// Names the label in the failure message ("plan: 84 < 90") instead of a bare number comparison.
function expectAtLeast(label: string, count: number | undefined, minimum: number) {
  expect(`${label}: ${count ?? 0}${(count ?? 0) >= minimum ? '' : ` < ${minimum}`}`).toBe(
    `${label}: ${count ?? 0}`,
  );
}

describe('labelled data (packages/domain/data)', () => {
  it.each(SPLITS)('should hold only valid phase rows in phase/%s.jsonl', (split) => {
    for (const row of phase[split]) {
      expect(Object.keys(row).sort()).toEqual(['lang', 'phase', 'style', 'text']);
      expect(typeof row.text).toBe('string');
      expect(words(row.text)).toBeGreaterThanOrEqual(5);
      expect(words(row.text)).toBeLessThanOrEqual(200);
      expect(LANGS).toContain(row.lang);
      expect(row.phase === null || (PHASE_IDS as readonly string[]).includes(row.phase)).toBe(true);
      expect(row.style).toMatch(/^[a-z_]+$/);
    }
  });

  it.each(SPLITS)('should hold only valid crisis rows in crisis/%s.jsonl', (split) => {
    for (const row of crisis[split]) {
      const keys = Object.keys(row).filter((k) => k !== 'severity' && k !== 'context');
      expect(keys.sort()).toEqual(['category', 'crisis', 'lang', 'style', 'text']);
      expect(words(row.text)).toBeGreaterThanOrEqual(5);
      expect(words(row.text)).toBeLessThanOrEqual(200);
      expect(LANGS).toContain(row.lang);
      expect(row.style).toMatch(/^[a-z_]+$/);
      if (row.crisis) {
        expect(CRISIS_CATEGORIES).toContain(row.category);
        expect(['acute', 'concern']).toContain(row.severity);
        if (CONCERN_CATEGORIES.includes(row.category)) expect(row.severity).toBe('concern');
        else if (row.category !== 'self_harm') expect(row.severity).toBe('acute');
      } else {
        expect(LOOK_ALIKE_FAMILIES).toContain(row.category);
        expect(row.severity).toBeUndefined();
      }
      if (row.category === 'context_acute') expect(row.context?.length).toBeGreaterThan(0);
      for (const earlier of row.context ?? []) expect(earlier.trim().length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['phase', SPLITS.map((s) => phase[s].map((r) => r.text))],
    ['crisis', SPLITS.map((s) => crisis[s].map((r) => r.text))],
  ] as const)('should put no %s text in two splits or twice in one', (_task, texts) => {
    const seen = new Map<string, number>();
    texts.forEach((splitTexts, i) => {
      for (const t of splitTexts) {
        const key = normalise(t);
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, i);
      }
    });
  });

  it('should hold the minimum phase counts: 2,000 lines, every phase >= 280, null >= 350, 10 % long', () => {
    const counts = countBy(allPhase, (r) => r.phase ?? 'null');
    expect(allPhase.length).toBeGreaterThanOrEqual(2000);
    for (const id of PHASE_IDS) expectAtLeast(id, counts.get(id), 280);
    expectAtLeast('null', counts.get('null'), 350);
    expect(allPhase.filter((r) => words(r.text) >= 80).length / allPhase.length).toBeGreaterThanOrEqual(0.1);
  });

  it('should hold the minimum crisis counts: 1,500 lines, 650 crisis, 750 look-alikes, per category and family', () => {
    const positives = allCrisis.filter((r) => r.crisis);
    const lookAlikes = allCrisis.filter((r) => !r.crisis);
    const counts = countBy(allCrisis, (r) => r.category);
    expect(allCrisis.length).toBeGreaterThanOrEqual(1500);
    expect(positives.length).toBeGreaterThanOrEqual(650);
    expect(lookAlikes.length).toBeGreaterThanOrEqual(750);
    const minimum = (c: string) =>
      c === 'plan' || c === 'preparatory' ? 90 : c === 'heavy_safe' ? 120 : c === 'context_acute' ? 50 : 0;
    for (const c of CRISIS_CATEGORIES) expectAtLeast(c, counts.get(c), Math.max(50, minimum(c)));
    for (const f of LOOK_ALIKE_FAMILIES) expectAtLeast(f, counts.get(f), Math.max(60, minimum(f)));
    // The measuring splits keep 15 % long crisis posts. Train grows with the train-only lines (short ones
    // mostly, written for the weak categories), so it keeps a number of long posts, not a share.
    const measured = [...crisis.dev, ...crisis.test].filter((r) => r.crisis);
    expect(measured.filter((r) => words(r.text) >= 80).length / measured.length).toBeGreaterThanOrEqual(0.15);
    expectAtLeast(
      'long crisis posts in train',
      crisis.train.filter((r) => r.crisis && words(r.text) >= 80).length,
      100,
    );
  });

  // What the splits protect is the measurement, not a share of the data: dev (for tuning) and test (for
  // reporting) must each be big enough per label to measure, and must not change, so figures stay
  // comparable across rounds. Train may grow freely (source/<task>/train-only). A deliberate change to dev
  // or test (lines from the field added to the positional sources) updates the hash here and says why in
  // the commit; never to make a test line pass.
  it.each([
    ['phase', SPLITS.map((s) => phase[s].map((r) => r.phase ?? 'null')), 45],
    ['crisis', SPLITS.map((s) => crisis[s].map((r) => r.category)), 9],
  ] as const)(
    'should keep %s dev and test big enough to measure: 200 lines each, every label in every split, a minimum per label',
    (_task, labels, perLabel) => {
      const [train = [], dev = [], test = []] = labels;
      expect(Math.min(dev.length, test.length)).toBeGreaterThanOrEqual(200);
      expect(train.length).toBeGreaterThanOrEqual(Math.max(dev.length, test.length));
      const everyLabel = new Set(labels.flat());
      for (const splitLabels of labels) expect(new Set(splitLabels)).toEqual(everyLabel);
      for (const [split, splitLabels] of [
        ['dev', dev],
        ['test', test],
      ] as const) {
        const counts = countBy([...splitLabels], (l) => l);
        for (const label of everyLabel) expectAtLeast(`${split} ${label}`, counts.get(label), perLabel);
      }
    },
  );

  it.each([
    ['phase', 'dev', '20d4075a39e71ea0a7e15492c840469107c878b4ae7685a60a55935fa2ebe978'],
    ['phase', 'test', '3aeebe78963ce60e70dbd03cd6cf888e88fe83460f3f23b411f6f6035000a9a5'],
    ['crisis', 'dev', 'b872ab9f650b0e02e4ba4dbb0d440c4e4a3f667c1a653ea4b5e9a854707c0d15'],
    ['crisis', 'test', '9e41a4d92a005f70bab04ae5b4b65ca807747ab72c47985e6cdd3d3c18dbe615'],
  ] as const)(
    'should leave %s/%s.jsonl exactly the lines earlier figures were measured on',
    (task, split, sha256) => {
      // By hash, so the test split is checked without anyone reading it.
      expect(createHash('sha256').update(read(task, split).raw).digest('hex')).toBe(sha256);
    },
  );

  it('should share no line (word Jaccard >= 0.67) with the other measuring sets, so they stay independent', () => {
    // The fixtures, the old training file and (where present beside the clone) shared/data measure
    // the models from outside this data; a copied or lightly reworded line would leak into them.
    const others = [PHASE_HOLDOUT, PHASE_TRAINING, CRISIS_HANDWRITTEN, PHASE_CORPUS_DEV, CRISIS_CORPUS_DEV]
      .filter((file) => existsSync(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.trim().length > 0)
          .map((l) => wordSet((JSON.parse(l) as { text: string }).text)),
      );
    const overlapping = [...allPhase, ...allCrisis]
      .filter((row) => {
        const mine = wordSet(row.text);
        return others.some((theirs) => wordJaccard(mine, theirs) >= 0.67);
      })
      .map((row) => row.text);
    expect(others.length).toBeGreaterThan(0);
    expect(overlapping).toEqual([]);
  });

  it('should keep the phase challenge set fixed, labelled in every class and apart from every training line', () => {
    // data/phase/challenge.jsonl (issue 13 round four) was written before that round's changes and is an
    // outside measure: never trained or tuned on. Pinned by hash; no training or dev line may be a
    // near-copy of one of its lines (a line lifted from it into train would make the figure meaningless);
    // the test split is not compared, as it is neither trained nor tuned on.
    const raw = readFileSync(path.join(DATA, 'phase', 'challenge.jsonl'), 'utf8');
    expect(createHash('sha256').update(raw).digest('hex')).toBe(
      '98f4367e6847e4ef4f23f215683356d16516dcae80426c3345e36f09b2063147',
    );
    const rows = raw
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as PhaseRow);
    const counts = countBy(rows, (r) => r.phase ?? 'null');
    for (const label of [...PHASE_IDS, 'null']) expectAtLeast(`challenge ${label}`, counts.get(label), 30);
    expect(rows.filter((r) => r.style === 'long').length).toBeGreaterThanOrEqual(25);
    const trained = [
      ...phase.train,
      ...phase.dev,
      ...readFileSync(PHASE_TRAINING, 'utf8')
        .split('\n')
        .filter((l) => l.trim().length > 0)
        .map((l) => JSON.parse(l) as { text: string }),
    ].map((r) => wordSet(r.text));
    const lifted = rows
      .filter((row) => {
        const mine = wordSet(row.text);
        return trained.some((theirs) => wordJaccard(mine, theirs) >= 0.67);
      })
      .map((r) => r.text);
    expect(lifted).toEqual([]);
  });

  it.each(['phase', 'crisis'] as const)(
    'should be exactly what the hand-written sources build to (%s), with no problems reported',
    (task) => {
      const built = buildCorpus(task);
      expect(built.problems).toEqual([]);
      for (const split of SPLITS) expect(read(task, split).raw).toBe(built.files[split]);
    },
  );
});
