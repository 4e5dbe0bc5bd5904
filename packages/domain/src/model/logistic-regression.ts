import { seededRandom } from '../math/seeded-random.js';
import { type SparseVector } from './hashed-features.js';

/**
 * Logistic regression over sparse vectors: binary (one output, sigmoid) or multinomial (softmax over
 * `classes` outputs). Trained by plain stochastic gradient descent with L2 weight decay on the inputs an
 * example touches, a decaying learning rate and a seeded shuffle per epoch — the same data always gives
 * the same weights (no clock, no Math.random).
 */
export interface LinearModel {
  /** Number of outputs: 1 for a binary model (sigmoid), the number of classes for softmax. */
  readonly outputs: number;
  /** Number of inputs (hashed buckets + dense inputs). */
  readonly inputs: number;
  /** weights[input * outputs + output]. */
  readonly weights: Float32Array | Float64Array;
  readonly bias: readonly number[];
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
  /** Per-example weight (e.g. to weigh the rarer class more); default 1. */
  readonly exampleWeight?: (label: number) => number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Raw scores (logits), one per output. */
export function logits(model: LinearModel, x: SparseVector): number[] {
  const { weights, outputs } = model;
  if (outputs === 1) {
    // Binary: the same sums in the same order, without the loop over outputs.
    let z = model.bias[0] as number;
    for (let j = 0; j < x.indices.length; j++) {
      z += (weights[x.indices[j] as number] as number) * (x.values[j] as number);
    }
    return [z];
  }
  // Per output the same sums in the same order, in a typed scratch array (no boxed numbers in the loop).
  const sums = Float64Array.from(model.bias);
  const { indices, values } = x;
  for (let j = 0; j < indices.length; j++) {
    const base = (indices[j] as number) * outputs;
    const v = values[j] as number;
    for (let k = 0; k < outputs; k++) sums[k] = (sums[k] as number) + (weights[base + k] as number) * v;
  }
  return Array.from(sums);
}

/**
 * Class probabilities: [P(positive)] for a binary model, a softmax distribution otherwise. `temperature`
 * divides the logits (calibration: above 1 softens over-confident scores); the ranking never changes.
 */
export function predictProbabilities(model: LinearModel, x: SparseVector, temperature = 1): number[] {
  const z = logits(model, x).map((v) => v / temperature);
  if (model.outputs === 1) return [sigmoid(z[0] as number)];
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/**
 * Trains on `examples` (feature vector, label). Binary: label 0 or 1 and `classes` = 1.
 * Multinomial: label in 0..classes−1.
 */
export function trainLogisticRegression(
  examples: readonly { readonly x: SparseVector; readonly label: number }[],
  inputs: number,
  classes: number,
  options: TrainingOptions,
): LinearModel {
  const outputs = classes;
  const weights = new Float64Array(inputs * outputs);
  const bias = new Array<number>(outputs).fill(0);
  const next = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const grad = new Array<number>(outputs).fill(0);
  let step = 0;
  const model = { outputs, inputs, weights, bias };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const { x, label } = examples[index] as (typeof examples)[number];
      const rate = options.learningRate / (1 + (0.02 * step++) / Math.max(1, examples.length / 50));
      const weight = options.exampleWeight?.(label) ?? 1;
      const p = predictProbabilities(model, x);
      if (outputs === 1) grad[0] = ((p[0] as number) - label) * weight;
      else for (let k = 0; k < outputs; k++) grad[k] = ((p[k] as number) - (k === label ? 1 : 0)) * weight;
      const decay = 1 - rate * options.l2;
      for (let j = 0; j < x.indices.length; j++) {
        const base = (x.indices[j] as number) * outputs;
        const v = x.values[j] as number;
        for (let k = 0; k < outputs; k++) {
          weights[base + k] = (weights[base + k] as number) * decay - rate * (grad[k] as number) * v;
        }
      }
      for (let k = 0; k < outputs; k++) bias[k] = (bias[k] as number) - rate * (grad[k] as number);
    }
  }
  return model;
}

/**
 * The mean of models of the same shape (e.g. trained with different shuffles): one linear model again, so
 * inference costs the same, and the result leans less on one shuffle order.
 */
export function averageModels(models: readonly LinearModel[]): LinearModel {
  const [first] = models;
  if (first === undefined) throw new Error('averageModels needs at least one model');
  const weights = new Float64Array(first.weights.length);
  const bias = new Array<number>(first.outputs).fill(0);
  for (const m of models) {
    if (m.outputs !== first.outputs || m.inputs !== first.inputs) throw new Error('models differ in shape');
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) + (m.weights[i] as number);
    for (let k = 0; k < bias.length; k++) bias[k] = (bias[k] as number) + (m.bias[k] as number);
  }
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / models.length;
  return { outputs: first.outputs, inputs: first.inputs, weights, bias: bias.map((b) => b / models.length) };
}

/**
 * Temperature scaling: the T (from a fixed grid, 1–8) that minimises the mean negative log-likelihood of
 * the labelled examples, so an over-confident model's 0.95 becomes what it is worth on lines it was not
 * trained on. Never below 1: the dev lines come from the same hand as the train lines, so lines from the
 * field are harder than dev, and sharpening on dev would overstate the confidence. Without examples, 1.
 */
export function chooseTemperature(
  model: LinearModel,
  examples: readonly { readonly x: SparseVector; readonly label: number }[],
): number {
  if (examples.length === 0) return 1;
  const z = examples.map((e) => logits(model, e.x));
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 1; t <= 8; t = Math.round(t * 1.1 * 1000) / 1000) {
    let loss = 0;
    examples.forEach((e, i) => {
      const scaled = (z[i] as number[]).map((v) => v / t);
      if (model.outputs === 1) {
        const q = sigmoid(scaled[0] as number);
        loss -= Math.log(Math.max(1e-12, e.label === 1 ? q : 1 - q));
      } else {
        const max = Math.max(...scaled);
        const sum = scaled.reduce((a, v) => a + Math.exp(v - max), 0);
        loss -= (scaled[e.label] as number) - max - Math.log(sum);
      }
    });
    if (loss < bestLoss - 1e-12) {
      bestLoss = loss;
      best = t;
    }
  }
  return best;
}
