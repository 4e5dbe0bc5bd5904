/** A count or sum read from PostgreSQL: bigint and numeric arrive as strings, an empty aggregate as NULL (0). */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
