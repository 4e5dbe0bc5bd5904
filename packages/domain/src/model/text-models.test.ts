import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMAIN_ROOT } from '../testing/load-jsonl.js';
import { loadTrainingData } from '../testing/training-data.js';
import { normalizeText } from '../text/normalize-text.js';
import fc from 'fast-check';
import { extractFeatures, type SparseVector, sliceFeatures, sliceReader } from './hashed-features.js';
import { wordTokens } from '../text/word-tokens.js';
import {
  averageModels,
  chooseTemperature,
  type LinearModel,
  logits,
  predictProbabilities,
  sigmoid,
  trainLogisticRegression,
} from './logistic-regression.js';
import { TEXT_MODELS } from './text-models.generated.js';
import { crisisWindows, WINDOW_FROM_WORDS } from './text-models.js';
import { renderTextModelsModule, trainTextModels } from './train-text-models.js';
import { decodeBase64, decodeModel, encodeBase64, encodeModel } from './weights-codec.js';

describe('text models as shipped', () => {
  it('should equal a fresh training on the data in the repository (the build retrains; commit the result)', () => {
    const data = loadTrainingData();
    const fresh = renderTextModelsModule(
      trainTextModels(data.phaseTrain, data.crisisTrain, data.crisisDev, data.ordinaryDev, data.phaseDev),
      data.sources,
    );
    const shipped = readFileSync(path.join(DOMAIN_ROOT, 'src/model/text-models.generated.ts'), 'utf8');
    expect(shipped === fresh).toBe(true);
  }, 240_000);

  it('should be compact: one byte per weight, hashed into a fixed number of buckets', () => {
    for (const m of [TEXT_MODELS.phase, TEXT_MODELS.crisis]) {
      expect(decodeBase64(m.weights).length).toBe(m.inputs * m.outputs);
    }
    expect(TEXT_MODELS.crisisThreshold).toBeGreaterThan(0);
    expect(TEXT_MODELS.crisisThreshold).toBeLessThan(1);
    expect(TEXT_MODELS.contextThreshold).toBeLessThanOrEqual(TEXT_MODELS.crisisThreshold);
  });
});

describe('trainTextModels', () => {
  const phases = [
    { text: 'niemand begrijpt mij hier', phase: 'projectie' as const },
    { text: 'dat herken ik zo goed', phase: 'herkenning' as const },
    { text: 'hoe laat begint de groep', phase: null },
  ];
  const crisis = [
    { text: 'ik wil niet meer leven', crisis: true, severity: 'concern' as const },
    { text: 'ik heb de pillen klaargelegd voor vannacht', crisis: true, severity: 'acute' as const },
    { text: 'ik ben doodmoe vandaag', crisis: false },
    { text: 'de film was heftig', crisis: false },
  ];
  const dev = [
    ...crisis,
    { text: 'morgen is het zover', crisis: true, severity: 'acute' as const, context: ['ik wil dood'] },
  ];

  it('should give the same models for the same lines, whatever the run', () => {
    const a = renderTextModelsModule(trainTextModels(phases, crisis, dev), ['x']);
    const b = renderTextModelsModule(trainTextModels(phases, crisis, dev), ['x']);
    expect(a).toBe(b);
    expect(a).toContain('export const TEXT_MODELS: TextModels');
  });

  it('should choose thresholds between 0 and 1, the context one no higher than the crisis one', () => {
    const m = trainTextModels(phases, crisis, dev);
    for (const t of [m.crisisThreshold, m.contextThreshold]) {
      expect(t).toBeGreaterThanOrEqual(0);
      expect(t).toBeLessThanOrEqual(1);
    }
    expect(m.contextThreshold).toBeLessThanOrEqual(m.crisisThreshold);
    expect(m.trainedOn).toEqual({ phase: 3, crisis: 7, crisisDev: 5 }); // the phase lines are ordinary negatives
  });

  it('should fall back to neutral thresholds without dev lines', () => {
    const m = trainTextModels(phases, crisis, []);
    expect(m.crisisThreshold).toBe(0.5);
  });
});

describe('extractFeatures', () => {
  it('should mark words after a negation, within the clause only', () => {
    expect(wordTokens(normalizeText('ik wil niet dood, ik wil leven').text).map((t) => t.word)).toEqual([
      'ik',
      'wil',
      'niet',
      '!dood',
      '.',
      'ik',
      'wil',
      'leven',
    ]);
  });

  it('should scale the vector to unit length and add dense inputs after the buckets', () => {
    const v = extractFeatures('ik wil dood', 1024, [0.5]);
    const hashed = [...v.values].slice(0, -1);
    expect(hashed.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 10);
    expect(v.indices[v.indices.length - 1]).toBe(1024);
    expect(v.values[v.values.length - 1]).toBe(0.5);
    expect([...v.indices].every((i) => i >= 0 && i <= 1024)).toBe(true);
  });

  it('should give an empty text no hashed features', () => {
    expect(extractFeatures('', 1024).indices.length).toBeGreaterThanOrEqual(0);
    expect([...extractFeatures('', 1024).values].every((x) => Number.isFinite(x))).toBe(true);
  });

  it('should share most character n-grams between a word and its typo', () => {
    const a = new Set(extractFeatures('zelfmoord', 1 << 14).indices);
    const b = new Set(extractFeatures('zelfmord', 1 << 14).indices);
    const shared = [...a].filter((i) => b.has(i)).length;
    expect(shared / a.size).toBeGreaterThan(0.4);
  });
});

describe('crisisWindows', () => {
  it('should read a short text whole and a long post also in overlapping windows of words', () => {
    expect(crisisWindows('ik ben moe')).toEqual([{ start: 0, end: 10 }]);
    const long = Array.from({ length: WINDOW_FROM_WORDS + 15 }, (_, i) => `w${i}`).join(' ');
    const windows = crisisWindows(long);
    expect(windows[0]).toEqual({ start: 0, end: long.length });
    expect(windows.length).toBe(5);
    expect(long.slice(windows[1]!.start, windows[1]!.end).split(' ')).toHaveLength(20);
    expect(windows[windows.length - 1]!.end).toBe(long.length);
  });
});

describe('logistic regression', () => {
  const vec = (i: number) => ({
    indices: Int32Array.from([i]),
    values: Float64Array.from([1]),
    anchors: Int32Array.from([-1]),
  });

  it('should learn a binary problem and a three-class problem deterministically', () => {
    const binary = trainLogisticRegression(
      [
        { x: vec(0), label: 1 },
        { x: vec(1), label: 0 },
      ],
      2,
      1,
      { epochs: 30, learningRate: 0.5, l2: 0, seed: 1 },
    );
    expect(predictProbabilities(binary, vec(0))[0]).toBeGreaterThan(0.8);
    expect(predictProbabilities(binary, vec(1))[0]).toBeLessThan(0.2);
    const multi = trainLogisticRegression(
      [0, 1, 2].map((i) => ({ x: vec(i), label: i })),
      3,
      3,
      { epochs: 30, learningRate: 0.5, l2: 0, seed: 1, exampleWeight: () => 1 },
    );
    for (const i of [0, 1, 2]) {
      const p = predictProbabilities(multi, vec(i));
      expect(p.indexOf(Math.max(...p))).toBe(i);
    }
  });

  it('should average models of one shape into one model, and refuse none or mixed shapes', () => {
    const a: LinearModel = { outputs: 2, inputs: 2, weights: Float64Array.from([1, 2, 3, 4]), bias: [0, 2] };
    const b: LinearModel = { outputs: 2, inputs: 2, weights: Float64Array.from([3, 0, 1, 0]), bias: [2, 0] };
    const mean = averageModels([a, b]);
    expect([...mean.weights]).toEqual([2, 1, 2, 2]);
    expect(mean.bias).toEqual([1, 1]);
    expect(() => averageModels([])).toThrow();
    expect(() => averageModels([a, { ...b, outputs: 1, weights: Float64Array.from([1, 1]) }])).toThrow();
  });

  it('should choose a temperature that softens an over-confident model and never sharpens a timid one', () => {
    // Logit 4 for the right class 60 % of the time is over-confident: T > 1. Logit 0.2 for a class that is
    // always right is timid, but dev is easier than the field: T stays 1. No examples: T = 1.
    const model = (w: number): LinearModel => ({
      outputs: 2,
      inputs: 1,
      weights: Float64Array.from([w, 0]),
      bias: [0, 0],
    });
    const examples = (right: number, wrong: number) => [
      ...Array.from({ length: right }, () => ({ x: vec(0), label: 0 })),
      ...Array.from({ length: wrong }, () => ({ x: vec(0), label: 1 })),
    ];
    expect(chooseTemperature(model(4), examples(6, 4))).toBeGreaterThan(1);
    expect(chooseTemperature(model(0.2), examples(10, 0))).toBe(1);
    expect(chooseTemperature(model(4), [])).toBe(1);
    const binary: LinearModel = { outputs: 1, inputs: 1, weights: Float64Array.from([4]), bias: [0] };
    expect(
      chooseTemperature(
        binary,
        examples(6, 4).map((e) => ({ ...e, label: 1 - e.label })),
      ),
    ).toBeGreaterThan(1);
    const p = predictProbabilities(model(4), vec(0), 2);
    expect(p[0]).toBeCloseTo(sigmoid(2), 6);
  });

  it('should keep the sigmoid stable for large inputs', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });
});

describe('weights codec', () => {
  it('should round-trip base64 of any length', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 256]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
      expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
    }
  });

  it('should round weights to one byte each, within half a step', () => {
    const weights = Float64Array.from([0.5, -1.27, 0, 0.013]);
    const decoded = decodeModel(encodeModel({ outputs: 2, inputs: 2, weights, bias: [0.12345, -1] }));
    const step = 1.27 / 127;
    weights.forEach((w, i) =>
      expect(Math.abs((decoded.weights[i] as number) - w)).toBeLessThanOrEqual(step / 2 + 1e-9),
    );
    expect(decoded.bias).toEqual([0.1235, -1]);
    const zero = encodeModel({ outputs: 1, inputs: 1, weights: Float64Array.from([0]), bias: [0] });
    expect(zero.scale).toBe(1);
  });
});

// The feature extraction before it hashed a text once for all its windows (a string per n-gram window,
// word and bigram): the reference the fast one must equal, entry for entry and in the same order.
function referenceFeatures(text: string, buckets: number, dense: readonly number[] = []): SparseVector {
  const fnv = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193) >>> 0;
  const hashString = (seed: number, s: string): number => {
    let h = seed;
    for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d) >>> 0;
    h ^= h >>> 12;
    return h >>> 0;
  };
  const mask = buckets - 1;
  const counts = new Map<number, number>();
  const anchorOf = new Map<number, number>();
  const add = (bucket: number, anchor: number): void => {
    if (!counts.has(bucket)) anchorOf.set(bucket, anchor);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
  const padded = ` ${text} `;
  const wordStart: number[] = [];
  let current = -1;
  for (let i = 0; i < padded.length; i++) {
    if (padded[i] === ' ') current = -1;
    else if (current === -1) current = i - 1;
    wordStart.push(current);
  }
  for (let i = 0; i + 3 <= padded.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < 5 && i + k < padded.length; k++) {
      h = fnv(h, padded.charCodeAt(i + k));
      if (k + 1 >= 3) add((h ^ (h >>> 16)) & mask, wordStart[i + ((k + 1) >> 1)] as number);
    }
  }
  let previous: string | null = null;
  for (const t of wordTokens(text)) {
    if (t.word === '.') {
      previous = null;
      continue;
    }
    add(hashString(0x01000193, t.word) & mask, t.start);
    if (previous !== null) add(hashString(0x5bd1e995, `${previous} ${t.word}`) & mask, t.start);
    previous = t.word;
  }
  let norm = 0;
  for (const c of counts.values()) norm += c * c;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const keys = [...counts.keys()];
  return {
    indices: Int32Array.from([...keys, ...dense.map((_, d) => buckets + d)]),
    values: Float64Array.from([...keys.map((k) => (counts.get(k) as number) * scale), ...dense]),
    anchors: Int32Array.from([...keys.map((k) => anchorOf.get(k) as number), ...dense.map(() => -1)]),
  };
}

describe('extractFeatures against the reference', () => {
  const word = fc.constantFrom(
    'ik',
    'wil',
    'niet',
    'dood',
    'no',
    "don't",
    'geen',
    'meer',
    '#',
    '.',
    'zelfmoord',
    'ø',
    'x',
  );
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', '', '  ')), { maxLength: 40 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('should give the same vector for any text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(1 << 10, 1 << 14), (t, buckets) => {
        expect(extractFeatures(t, buckets, [0.5, 1])).toEqual(referenceFeatures(t, buckets, [0.5, 1]));
      }),
      { numRuns: 300 },
    );
  });

  it('should give for every slice of a text hashed once what the slice gives on its own', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const [start, end] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const features = sliceFeatures(t, 1 << 10, [1]);
        // Word-aligned windows (as crisisWindows makes them) and any other slice.
        for (const w of crisisWindows(t))
          expect(features(w.start, w.end)).toEqual(referenceFeatures(t.slice(w.start, w.end), 1 << 10, [1]));
        expect(features(start, end)).toEqual(referenceFeatures(t.slice(start, end), 1 << 10, [1]));
      }),
      { numRuns: 300 },
    );
  });

  it('should give per slice a binary logit bit for bit equal to the logit of its features (windows and any slice)', () => {
    const weights = Float32Array.from({ length: (1 << 10) + 1 }, (_, i) => ((i * 7919) % 13) / 10 - 0.6);
    const binary = { outputs: 1, inputs: (1 << 10) + 1, weights, bias: [0.25] };
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const [start, end] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const reader = sliceReader(t, 1 << 10, [0.5]);
        for (const w of [...crisisWindows(t), { start, end }]) {
          const expected = logits(binary, referenceFeatures(t.slice(w.start, w.end), 1 << 10, [0.5]))[0];
          expect(reader.logit(w.start, w.end, { weights, bias: 0.25 })).toBe(expected);
          expect(reader.features(w.start, w.end)).toEqual(
            referenceFeatures(t.slice(w.start, w.end), 1 << 10, [0.5]),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should score a binary model with the same sum as the general path', () => {
    const x = extractFeatures('ik wil niet meer', 1 << 10);
    const weights = Float32Array.from({ length: (1 << 10) * 2 }, (_, i) => ((i * 7919) % 13) / 10 - 0.6);
    const binary = { outputs: 1, inputs: 1 << 10, weights: weights.subarray(0, 1 << 10), bias: [0.25] };
    let expected = 0.25;
    for (let j = 0; j < x.indices.length; j++) {
      expected += (binary.weights[x.indices[j] as number] as number) * (x.values[j] as number);
    }
    expect(logits(binary, x)).toEqual([expected]);
  });
});
