import { detectCrisisByLexicon } from '../crisis/detect-crisis-lexicon.js';
import { normalizeText } from '../text/normalize-text.js';
import { extractFeatures } from './hashed-features.js';
import { type LinearModel, trainLogisticRegression, type TrainingOptions } from './logistic-regression.js';
import {
  CRISIS_BUCKETS,
  crisisModelText,
  scoreWindows,
  SEVERITY_DENSE,
  severityDense,
} from './text-models.js';
import { type CrisisExample } from './train-text-models.js';

/**
 * The severity model: given that a line is a crisis, is it acute? Acute, after the C-SSRS and 113's
 * warning signs (data/README.md "Labels"): a method, intent, plan or preparatory behaviour, an overdose or
 * self-harm just done or under way, a goodbye, a timed "als ik morgen niet online ben". Concern: a passive
 * wish to be dead, thoughts without a plan or method, an urge to self-harm not acted on. The lexicon names
 * most acute lines itself; this model reads the ones it calls concern or does not see (a plan in everyday
 * words: "ik loop de zee in", "zondagavond is het zover"), so the alert's order follows the meaning.
 */
export const SEVERITY_TRAINING: TrainingOptions = { epochs: 40, learningRate: 1.5, l2: 1e-3, seed: 1130 };
/**
 * The share of the dev lines labelled acute the detector must call acute (lexicon or model): a
 * late-ordered acute alert is worse than an urgent concern, so the threshold is the highest that keeps this.
 */
export const ACUTE_RECALL_TARGET = 0.95;

function severityInput(text: string): { text: string; dense: number[] } {
  const lexicon = detectCrisisByLexicon(normalizeText(text));
  return { text: crisisModelText(lexicon), dense: severityDense(lexicon) };
}

/**
 * Binary: acute (1) vs concern (0), on the crisis lines of the train split that stand alone (a line that is
 * acute only after the author's earlier message — "ik ga even weg" — would teach that a departure is acute).
 * Classes weighed to balance.
 */
export function trainSeverityModel(
  lines: readonly CrisisExample[],
  options: TrainingOptions = SEVERITY_TRAINING,
): LinearModel {
  const inputs = lines
    .filter((e) => e.crisis && e.severity !== undefined && (e.context ?? []).length === 0)
    .map((e) => {
      const input = severityInput(e.text);
      return {
        x: extractFeatures(input.text, CRISIS_BUCKETS, input.dense),
        label: e.severity === 'acute' ? 1 : 0,
      };
    });
  const acute = inputs.filter((i) => i.label === 1).length / Math.max(1, inputs.length);
  const balance = (label: number): number =>
    label === 1 ? 0.5 / Math.max(acute, 1e-9) : 0.5 / Math.max(1 - acute, 1e-9);
  return trainLogisticRegression(inputs, CRISIS_BUCKETS + SEVERITY_DENSE, 1, {
    ...options,
    exampleWeight: balance,
  });
}

/**
 * P(acute) from which a crisis is acute, chosen on the dev crisis lines that stand alone: the highest
 * threshold at which the lexicon's acute cues and the model together call ACUTE_RECALL_TARGET of the
 * acute lines acute (a miss in order is worse than an urgent concern).
 */
export function chooseAcuteThreshold(model: LinearModel, crisisDev: readonly CrisisExample[]): number {
  const dev = crisisDev
    .filter((e) => e.crisis && e.severity !== undefined && (e.context ?? []).length === 0)
    .map((e) => {
      const lexicon = detectCrisisByLexicon(normalizeText(e.text));
      return {
        acute: e.severity === 'acute',
        byLexicon: lexicon.severity === 'acute',
        score: scoreWindows(model, crisisModelText(lexicon), severityDense(lexicon)).score,
      };
    });
  const acute = dev.filter((d) => d.acute);
  if (acute.length === 0) return 0.5;
  const needed = Math.ceil(ACUTE_RECALL_TARGET * acute.length) - acute.filter((d) => d.byLexicon).length;
  if (needed <= 0) return 0.5;
  const sorted = acute
    .filter((d) => !d.byLexicon)
    .map((d) => d.score)
    .sort((a, b) => b - a);
  const at = sorted[Math.min(needed, sorted.length) - 1] as number;
  return Number(Math.min(0.5, at).toFixed(4));
}
