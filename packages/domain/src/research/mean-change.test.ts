import { meanChangeCells, meanChangeWithCi, studentTCdf, studentTQuantile } from './mean-change.js';

describe('studentTQuantile', () => {
  // Two-sided 95 % critical values from any textbook t table.
  it.each([
    [1, 12.706],
    [2, 4.303],
    [4, 2.776],
    [9, 2.262],
    [29, 2.045],
    [120, 1.98],
    [1000, 1.962],
  ])('should give t(0.975, %i) = %f', (df, t) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3);
  });

  it('should be symmetric around 0 and invert the CDF', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.025, 4)).toBeCloseTo(-2.776, 3);
    expect(studentTCdf(studentTQuantile(0.9, 12), 12)).toBeCloseTo(0.9, 9);
    expect(studentTCdf(0, 3)).toBeCloseTo(0.5, 12);
  });

  it.each([[0], [1], [Number.NaN]])('should refuse p = %f', (p) => {
    expect(() => studentTQuantile(p, 5)).toThrow(RangeError);
  });

  it('should refuse a df of 0', () => {
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
  });
});

describe('meanChangeWithCi', () => {
  it('should match a worked example: 1..5 has mean 3 and 95 % CI 3 ± 2.776 × 1.581 / √5', () => {
    const c = meanChangeWithCi([1, 2, 3, 4, 5]);
    expect(c.n).toBe(5);
    expect(c.mean).toBe(3);
    expect(c.low).toBeCloseTo(1.037, 3);
    expect(c.high).toBeCloseTo(4.963, 3);
  });

  it('should give a zero-width interval when everyone changed by the same amount', () => {
    expect(meanChangeWithCi([0.5, 0.5, 0.5])).toEqual({ n: 3, mean: 0.5, low: 0.5, high: 0.5 });
  });

  it('should give no interval for one person and nothing for none', () => {
    expect(meanChangeWithCi([2])).toEqual({ n: 1, mean: 2, low: null, high: null });
    expect(meanChangeWithCi([])).toEqual({ n: 0, mean: null, low: null, high: null });
  });
});

describe('meanChangeCells', () => {
  it('should suppress every figure below five people', () => {
    const c = meanChangeCells([1, 2, 3, 4]);
    expect([c.n, c.mean, c.low, c.high].every((x) => x.suppressed)).toBe(true);
  });

  it('should show n, mean and the interval from five people, rounded to three decimals', () => {
    const c = meanChangeCells([1, 2, 3, 4, 5]);
    expect(c).toEqual({
      n: { value: 5, suppressed: false },
      mean: { value: 3, suppressed: false },
      low: { value: 1.037, suppressed: false },
      high: { value: 4.963, suppressed: false },
    });
  });
});
