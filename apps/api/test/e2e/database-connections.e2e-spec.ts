import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source.js';

/**
 * A database restart ends every connection with FATAL 57P01. A client the app holds between two
 * statements (a transaction, a QueryRunner) then emits 'error' with no query to fail; without a
 * listener that ended the whole process (the chaos test saw an instance die this way).
 */
describe('database connections ended by the server', () => {
  let ds: DataSource;
  const ended: string[] = [];

  beforeAll(async () => {
    ds = createDataSource(process.env.SPIEGEL_TEST_DB_URL!, {}, (err) => ended.push(err.message));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('should survive a held connection being terminated, and serve the next query', async () => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    const [{ pid }] = (await runner.query('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
    // From another connection, as a restart would: the held client is between statements.
    await ds.query('SELECT pg_terminate_backend($1)', [pid]);
    for (let i = 0; i < 50 && ended.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(ended.join(' ')).toMatch(/terminating connection/);
    await expect(runner.query('SELECT 1')).rejects.toThrow();
    await runner.release().catch(() => undefined);
    expect(await ds.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
