import { computeClassificationMetrics } from './classification-metrics.js';

describe('computeClassificationMetrics', () => {
  it('should compute accuracy, per-class metrics, macro-F1 and the confusion matrix', () => {
    const m = computeClassificationMetrics([
      { expected: 'herkenning', predicted: 'herkenning' },
      { expected: 'herkenning', predicted: null },
      { expected: null, predicted: null },
      { expected: 'projectie', predicted: 'herkenning' },
    ]);
    expect(m.total).toBe(4);
    expect(m.accuracy).toBe(0.5);
    expect(m.perClass.herkenning).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(m.perClass.none).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    expect(m.perClass.projectie.f1).toBe(0);
    expect(m.confusion.projectie.herkenning).toBe(1);
    // Classes that never occur (gelijkwaardigheid, …) do not drag the macro average down.
    expect(m.macroF1).toBeCloseTo((0.5 + 2 / 3 + 0) / 3);
  });

  it('should return zeros for no rows', () => {
    const m = computeClassificationMetrics([]);
    expect(m.accuracy).toBe(0);
    expect(m.macroF1).toBe(0);
  });
});
