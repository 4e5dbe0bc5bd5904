import { PHASE_IDS, type PhaseId } from '../phases/phases.js';
import { ratio } from '../math/numbers.js';

/** Classes of the evaluation: the five phases plus "none" for contributions without a phase. */
export const EVAL_CLASSES = [...PHASE_IDS, 'none'] as const;
export type EvalClass = (typeof EVAL_CLASSES)[number];

export interface LabelledPrediction {
  readonly expected: PhaseId | null;
  readonly predicted: PhaseId | null;
}

export interface ClassMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface ClassificationMetrics {
  readonly total: number;
  readonly accuracy: number;
  /** Unweighted mean F1 over the classes that occur in the labels or the predictions. */
  readonly macroF1: number;
  readonly perClass: Readonly<Record<EvalClass, ClassMetrics>>;
  /** confusion[expected][predicted] = count. */
  readonly confusion: Readonly<Record<EvalClass, Readonly<Record<EvalClass, number>>>>;
}

const toClass = (phase: PhaseId | null): EvalClass => phase ?? 'none';

/** Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix of a labelled run. */
export function computeClassificationMetrics(rows: readonly LabelledPrediction[]): ClassificationMetrics {
  const confusion = Object.fromEntries(
    EVAL_CLASSES.map((e) => [e, Object.fromEntries(EVAL_CLASSES.map((p) => [p, 0]))]),
  ) as Record<EvalClass, Record<EvalClass, number>>;
  for (const row of rows) confusion[toClass(row.expected)][toClass(row.predicted)] += 1;

  const perClass = {} as Record<EvalClass, ClassMetrics>;
  const present: EvalClass[] = [];
  let correct = 0;
  for (const c of EVAL_CLASSES) {
    const tp = confusion[c][c];
    const support = EVAL_CLASSES.reduce((sum, p) => sum + confusion[c][p], 0);
    const predicted = EVAL_CLASSES.reduce((sum, e) => sum + confusion[e][c], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    perClass[c] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
    correct += tp;
    if (support > 0 || predicted > 0) present.push(c);
  }
  return {
    total: rows.length,
    accuracy: ratio(correct, rows.length),
    macroF1: ratio(
      present.reduce((sum, c) => sum + perClass[c].f1, 0),
      present.length,
    ),
    perClass,
    confusion,
  };
}
