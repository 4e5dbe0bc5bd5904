import { describe, expect, it } from '@jest/globals';
import { ratio, round3 } from './numbers.js';

describe('ratio', () => {
  it('should divide, and give 0 rather than NaN or Infinity for an empty denominator', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 0)).toBe(0);
    expect(ratio(3, 0)).toBe(0);
  });
});

describe('round3', () => {
  it('should round to three decimals, half up', () => {
    expect(round3(1 / 3)).toBe(0.333);
    expect(round3(0.6666)).toBe(0.667);
    expect(round3(2)).toBe(2);
  });
});
