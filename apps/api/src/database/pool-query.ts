import type pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A read on a request's hot path, straight through the DataSource's own pool (the same connections and
 * settings as every other statement). TypeORM's `query()` builds a QueryRunner, a broadcaster and a result
 * object around each statement, which cost more API CPU than the session lookup itself. With `name` the
 * statement is prepared once on each connection and then only bound and run: its text is neither sent nor
 * parsed again. Use a name only for fixed text (the name stands for it on every connection).
 */
export async function poolQuery<T extends object>(
  ds: DataSource,
  text: string,
  values: unknown[],
  name?: string,
): Promise<T[]> {
  const pool = (ds.driver as unknown as { master: pg.Pool }).master;
  const res = await pool.query<T>(name ? { name, text, values } : { text, values });
  return res.rows;
}
