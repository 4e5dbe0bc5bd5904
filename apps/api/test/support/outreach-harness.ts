import type { TestApp } from './test-app.js';
import { resetDatabase } from './test-app.js';

/** The queue settings the outreach specs run with: quick polls and retries (add a retry limit). */
export const OUTREACH_ENV = { OUTREACH_RETRY_DELAY_SECONDS: '1', OUTREACH_POLL_SECONDS: '0.5' };

/** A message the classifier marks acute (a crisis alert goes out on every channel, also in quiet hours). */
export const CRISIS_TEXT = 'ik wil er niet meer zijn, ik heb de pillen al klaarliggen';

/** Before each test: empty tables and an empty delivery queue (pg-boss keeps its jobs in its own schema). */
export async function resetOutreach(t: TestApp): Promise<void> {
  await resetDatabase(t.ds);
  await t.ds.query(`DELETE FROM pgboss.job`).catch(() => undefined);
}
