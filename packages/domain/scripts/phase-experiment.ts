/**
 * Phase model experiments on the DEV split and on cross-validation over train (never test, never the
 * challenge set): trains variants of the phase model and prints macro-F1 and per-class F1 on dev, on dev
 * lines made noisy the way people type (seeded, so the same every run), and optionally in k-fold
 * cross-validation over data/phase/train.jsonl.
 *   pnpm --filter @spiegel/domain exec tsx --conditions=@spiegel/source scripts/phase-experiment.ts [variant…]
 * Variant 'shipped' scores the generated model as built. Environment: CV=5 adds 5-fold cross-validation
 * over the train lines (the older training/ lines always stay in training); ERRORS=1 lists dev mistakes.
 * Issue 13 round four (phase14) chose the settings in train-text-models.ts with it.
 */
import { scorePhaseLexicon } from '../src/classify/score-phase-lexicon.js';
import { computeClassificationMetrics, EVAL_CLASSES } from '../src/classify/classification-metrics.js';
import {
  averageModels,
  type LinearModel,
  predictProbabilities,
  trainLogisticRegression,
} from '../src/model/logistic-regression.js';
import { TEXT_MODELS } from '../src/model/text-models.generated.js';
import {
  PHASE_BUCKETS,
  PHASE_DENSE,
  PHASE_MODEL_CLASSES,
  phaseVector,
  phaseVectorWithoutLexicon,
} from '../src/model/text-models.js';
import { PHASE_SEEDS, PHASE_TRAINING, type PhaseExample } from '../src/model/train-text-models.js';
import { decodeModel } from '../src/model/weights-codec.js';
import { type PhaseId } from '../src/phases/phases.js';
import { normalizeText } from '../src/text/normalize-text.js';
import { loadJsonl, PHASE_TRAINING as OLDER_TRAINING } from '../src/testing/load-jsonl.js';
import { dataFile } from '../src/testing/training-data.js';
import { NOISE_KINDS, perturb } from './phase-noise.js';

interface Variant {
  name: string;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Noisy copies of each train line (typos, merged words, …) added to training. */
  augment?: number;
  dropout?: boolean;
}
const VARIANTS: Variant[] = [
  { name: 'shipped' },
  { name: 'base' },
  { name: 'aug1', augment: 1 },
  { name: 'aug2', augment: 2 },
  { name: 'l2-3e-4', l2: 3e-4 },
  { name: 'l2-3e-3', l2: 3e-3 },
  { name: 'e20', epochs: 20 },
  { name: 'aug1-l2-3e-4', augment: 1, l2: 3e-4 },
];
const wanted = process.argv.slice(2);
const run = wanted.length > 0 ? VARIANTS.filter((v) => wanted.includes(v.name)) : VARIANTS;

const older = loadJsonl<PhaseExample>(OLDER_TRAINING);
const train = loadJsonl<PhaseExample>(dataFile('phase', 'train'));
const dev = loadJsonl<PhaseExample>(dataFile('phase', 'dev'));

function input(text: string, lexicon = true) {
  const normalized = normalizeText(text);
  return lexicon
    ? phaseVector(normalized, scorePhaseLexicon(normalized))
    : phaseVectorWithoutLexicon(normalized);
}

function trainVariant(v: Variant, lines: readonly PhaseExample[]): LinearModel {
  const all = lines.flatMap((e) =>
    v.augment === undefined
      ? [e]
      : [
          e,
          ...Array.from({ length: v.augment }, (_, k) => ({
            text: perturb(e.text, 'mixed', hashSeed(e.text) + k),
            phase: e.phase,
          })),
        ],
  );
  const examples = all.flatMap((e) => {
    const label = PHASE_MODEL_CLASSES.indexOf(e.phase ?? 'none');
    const withLexicon = { x: input(e.text), label };
    if (v.dropout === false) return [withLexicon];
    return [withLexicon, { x: input(e.text, false), label }];
  });
  const options = {
    ...PHASE_TRAINING,
    ...(v.epochs === undefined ? {} : { epochs: v.epochs }),
    ...(v.learningRate === undefined ? {} : { learningRate: v.learningRate }),
    ...(v.l2 === undefined ? {} : { l2: v.l2 }),
  };
  return averageModels(
    PHASE_SEEDS.map((seed) =>
      trainLogisticRegression(examples, PHASE_BUCKETS + PHASE_DENSE, PHASE_MODEL_CLASSES.length, {
        ...options,
        seed,
      }),
    ),
  );
}

function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function predict(model: LinearModel, text: string): PhaseId | null {
  const p = predictProbabilities(model, input(text));
  let best = 0;
  for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
  const label = PHASE_MODEL_CLASSES[best] as string;
  return label === 'none' ? null : (label as PhaseId);
}

function score(model: LinearModel, lines: readonly PhaseExample[]) {
  return computeClassificationMetrics(
    lines.map((e) => ({ expected: e.phase ?? null, predicted: predict(model, e.text) })),
  );
}

const f = (x: number): string => (x * 100).toFixed(1).padStart(5);
console.log(
  `${'variant'.padEnd(14)}${'set'.padEnd(12)}macroF1 ${EVAL_CLASSES.map((c) => c.slice(0, 6).padStart(6)).join('')}`,
);
for (const v of run) {
  const model = v.name === 'shipped' ? decodeModel(TEXT_MODELS.phase) : trainVariant(v, [...older, ...train]);
  const line = (set: string, m: ReturnType<typeof score>): void =>
    console.log(
      `${v.name.padEnd(14)}${set.padEnd(12)}${f(m.macroF1)}   ${EVAL_CLASSES.map((c) => f(m.perClass[c].f1).padStart(6)).join('')}`,
    );
  line('dev', score(model, dev));
  let noisySum = 0;
  for (const kind of NOISE_KINDS) {
    const m = score(
      model,
      dev.map((e, i) => ({ text: perturb(e.text, kind, 7919 * (i + 1)), phase: e.phase })),
    );
    noisySum += m.macroF1;
    line(`dev~${kind}`, m);
  }
  console.log(`${v.name.padEnd(14)}${'dev~mean'.padEnd(12)}${f(noisySum / NOISE_KINDS.length)}`);
  if (process.env.ERRORS === '1') {
    for (const e of dev) {
      const p = predict(model, e.text);
      if (p !== (e.phase ?? null)) console.log(`  [${e.phase ?? 'none'} → ${p ?? 'none'}] ${e.text}`);
    }
  }
  const k = Number(process.env.CV ?? 0);
  if (k > 1 && v.name !== 'shipped') {
    const rows: { expected: PhaseId | null; predicted: PhaseId | null }[] = [];
    for (let fold = 0; fold < k; fold++) {
      const held = train.filter((_, i) => i % k === fold);
      const kept = train.filter((_, i) => i % k !== fold);
      const m = trainVariant(v, [...older, ...kept]);
      for (const e of held) rows.push({ expected: e.phase ?? null, predicted: predict(m, e.text) });
    }
    line(`cv${k}`, computeClassificationMetrics(rows));
  }
}
