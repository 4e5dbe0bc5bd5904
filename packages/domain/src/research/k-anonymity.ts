/**
 * k-anonymity before a research export: every combination of quasi-identifiers must be shared by at
 * least k rows. Quasi-identifiers are generalised step by step (one level for all rows at a time, the
 * least loss first); rows still in a group below k are suppressed (left out).
 */
export interface QuasiIdentifier<Row> {
  readonly key: string;
  /** Level 0 is the value as it is; each next level is coarser; the last should be one value for all ("*"). */
  readonly levels: readonly ((row: Row) => string)[];
}

export interface KAnonymityResult<Row> {
  /** Kept rows, with their generalised quasi-identifier values. */
  readonly rows: readonly { readonly row: Row; readonly quasi: Readonly<Record<string, string>> }[];
  readonly suppressed: number;
  /** The level chosen per quasi-identifier. */
  readonly levels: Readonly<Record<string, number>>;
  readonly k: number;
}

function groupKey<Row>(row: Row, qids: readonly QuasiIdentifier<Row>[], levels: readonly number[]): string {
  return qids.map((q, i) => q.levels[levels[i]!]!(row)).join('\u0000');
}

function smallGroupRows<Row>(
  rows: readonly Row[],
  qids: readonly QuasiIdentifier<Row>[],
  levels: readonly number[],
  k: number,
): number {
  const sizes = new Map<string, number>();
  for (const r of rows) {
    const key = groupKey(r, qids, levels);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()].filter((n) => n < k).reduce((s, n) => s + n, 0);
}

/**
 * Greedy generalisation: while more than `maxSuppressedShare` of the rows would be suppressed, raise
 * the level of the quasi-identifier whose step suppresses the fewest rows. Then suppress what is left.
 */
export function enforceKAnonymity<Row>(
  rows: readonly Row[],
  qids: readonly QuasiIdentifier<Row>[],
  k = 5,
  maxSuppressedShare = 0.1,
): KAnonymityResult<Row> {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number of at least 1');
  for (const q of qids)
    if (q.levels.length === 0) throw new RangeError(`quasi-identifier ${q.key} has no levels`);
  const levels = qids.map(() => 0);
  for (;;) {
    const lost = smallGroupRows(rows, qids, levels, k);
    if (lost <= maxSuppressedShare * rows.length) break;
    let best = -1;
    let bestLost = Number.POSITIVE_INFINITY;
    qids.forEach((q, i) => {
      if (levels[i]! + 1 >= q.levels.length) return;
      const trial = levels.map((l, j) => (j === i ? l + 1 : l));
      const trialLost = smallGroupRows(rows, qids, trial, k);
      if (trialLost < bestLost) {
        best = i;
        bestLost = trialLost;
      }
    });
    if (best < 0) break; // fully generalised: suppression does the rest
    levels[best]! += 1;
  }
  const sizes = new Map<string, number>();
  for (const r of rows) {
    const key = groupKey(r, qids, levels);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const kept = rows
    .filter((r) => (sizes.get(groupKey(r, qids, levels)) ?? 0) >= k)
    .map((row) => ({
      row,
      quasi: Object.fromEntries(qids.map((q, i) => [q.key, q.levels[levels[i]!]!(row)])),
    }));
  return {
    rows: kept,
    suppressed: rows.length - kept.length,
    levels: Object.fromEntries(qids.map((q, i) => [q.key, levels[i]!])),
    k,
  };
}

/** True when every combination of the given quasi-identifier values occurs at least k times. */
export function isKAnonymous(quasi: readonly Readonly<Record<string, string>>[], k: number): boolean {
  const sizes = new Map<string, number>();
  for (const q of quasi) {
    const key = JSON.stringify(Object.entries(q).sort());
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()].every((n) => n >= k);
}
