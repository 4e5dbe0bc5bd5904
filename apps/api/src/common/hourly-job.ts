import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

export const HOUR_MS = 3_600_000;

export interface HourlyJobOptions {
  /** The PostgreSQL advisory lock that lets one instance at a time do the work. */
  lock: number;
  /** What the log says when a run fails; the error's message goes with it, never the data it worked on. */
  failure: string;
  /** Every hour unless said otherwise. */
  intervalMs?: number;
}

/**
 * A job that runs at start and then every hour (`start`), on one instance at a time (an advisory lock held
 * for the run; the others skip it), never overlapping itself on this instance; `stop` (from the owner's
 * `onModuleDestroy`) clears the timer and waits for a run in progress. A failed run is logged and retried
 * at the next interval.
 */
export class HourlyJob {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private busy = false;

  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
    private readonly options: HourlyJobOptions,
    private readonly work: () => Promise<void>,
  ) {}

  start(): void {
    if (this.timer) return;
    this.running = this.tick();
    this.timer = setInterval(() => {
      if (!this.busy) this.running = this.tick();
    }, this.options.intervalMs ?? HOUR_MS);
    this.timer.unref();
  }

  /** Settles when the run in progress is done (at once when none is). */
  async settled(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.settled();
  }

  private async tick(): Promise<void> {
    this.busy = true;
    const runner = this.ds.createQueryRunner();
    try {
      await runner.connect();
      const [{ ok }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS ok`, [this.options.lock]);
      if (!ok) return;
      try {
        await this.work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [this.options.lock]);
      }
    } catch (err) {
      this.logger.warn({ err: { message: (err as Error).message } }, this.options.failure);
    } finally {
      await runner.release().catch(() => undefined);
      this.busy = false;
    }
  }
}
