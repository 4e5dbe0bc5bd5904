/**
 * Gini coefficient of non-negative values: 0 when everyone has the same share, approaching 1 when one has
 * everything (exactly (n−1)/n for n values). Empty input, a single value, or all zeros give 0.
 * G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), computed in O(n log n) from the sorted values.
 */
export function giniCoefficient(values: readonly number[]): number {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0)
      throw new RangeError('giniCoefficient needs finite, non-negative values');
  }
  const n = values.length;
  const total = values.reduce((sum, v) => sum + v, 0);
  if (n < 2 || total === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, v, i) => sum + (i + 1) * v, 0);
  const gini = (2 * weighted) / (n * total) - (n + 1) / n;
  // Floating-point noise must not leave [0, 1].
  return Math.min(1, Math.max(0, gini));
}
