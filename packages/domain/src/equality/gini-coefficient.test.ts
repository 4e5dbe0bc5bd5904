import fc from 'fast-check';
import { giniCoefficient } from './gini-coefficient.js';

describe('giniCoefficient', () => {
  it.each([
    ['no values', [], 0],
    ['one value', [7], 0],
    ['all zeros', [0, 0, 0], 0],
    ['equal shares', [5, 5, 5, 5], 0],
    ['one has everything of two', [0, 10], 0.5],
    ['one has everything of four', [0, 0, 0, 12], 0.75],
    ['a textbook case', [1, 2, 3, 4], 0.25],
  ])('should give %s a Gini of %p', (_scenario, values, expected) => {
    expect(giniCoefficient(values)).toBeCloseTo(expected, 10);
  });

  it('should reject negative or non-finite values', () => {
    expect(() => giniCoefficient([1, -1])).toThrow(RangeError);
    expect(() => giniCoefficient([1, Number.NaN])).toThrow(RangeError);
    expect(() => giniCoefficient([1, Infinity])).toThrow(RangeError);
  });

  const shares = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 50 });

  it('should always lie in [0, 1]', () => {
    fc.assert(
      fc.property(shares, (values) => {
        const g = giniCoefficient(values);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('should be 0 for equal shares', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 40 }), (v, n) => {
        expect(giniCoefficient(Array.from({ length: n }, () => v))).toBeCloseTo(0, 9);
      }),
    );
  });

  it('should not depend on order or scale', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e6 }), { maxLength: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        (values, k) => {
          const g = giniCoefficient(values);
          expect(giniCoefficient([...values].reverse())).toBeCloseTo(g, 9);
          expect(giniCoefficient(values.map((v) => v * k))).toBeCloseTo(g, 6);
        },
      ),
    );
  });
});
