import type { DataSource } from 'typeorm';

/**
 * What may change on a refused request, and why. Everything else must stay byte-for-byte the same.
 *   audit_events               a refusal may itself be recorded (who tried what): that is the point of it
 *   audit_chain_heads          moves with every audit_events entry (the chain's newest hash)
 *   login_attempts             rate-limit bookkeeping of log-ins, written by any log-in, refused or not
 *   sessions.last_seen_at,
 *   sessions.expires_at        the sliding session lifetime moves on every authenticated request
 */
const EXCLUDED_TABLES = new Set(['migrations', 'audit_events', 'audit_chain_heads', 'login_attempts']);
const EXCLUDED_COLUMNS: Record<string, string[]> = { sessions: ['last_seen_at', 'expires_at'] };

let cachedSql: string | null = null;

async function snapshotSql(ds: DataSource): Promise<string> {
  if (cachedSql) return cachedSql;
  const tables = await ds.query<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const parts = tables
    .map((t) => t.tablename)
    .filter((t) => !EXCLUDED_TABLES.has(t))
    .map((t) => {
      const minus = (EXCLUDED_COLUMNS[t] ?? []).map((c) => ` - '${c}'`).join('');
      const row = `(to_jsonb(x)${minus})::text`;
      return `SELECT '${t}' AS t, md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS h, count(*)::int AS n FROM "${t}" x`;
    });
  cachedSql = parts.join('\nUNION ALL\n');
  return cachedSql;
}

/** One hash (and row count) per table: equal snapshots mean the database content did not change. */
export async function snapshotDatabase(ds: DataSource): Promise<Record<string, string>> {
  const rows = await ds.query<{ t: string; h: string; n: number }[]>(await snapshotSql(ds));
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

/** The tables whose content differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
