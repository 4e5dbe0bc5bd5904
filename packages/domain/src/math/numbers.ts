/** Small arithmetic shared by the domain's figures, so every figure rounds and divides the same way. */

/** num / den, or 0 when there is nothing to divide by (an empty group has no share, not NaN). */
export const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

/** Three decimals: the precision every share and score leaves the domain with. */
export const round3 = (value: number): number => Math.round(value * 1000) / 1000;
