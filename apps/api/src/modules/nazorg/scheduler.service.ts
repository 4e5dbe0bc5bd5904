import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { NazorgService } from './nazorg.service.js';
import { RetentionService } from '../privacy/retention.service.js';
import { TrajectCompletionService } from '../trajecten/traject-completion.service.js';

const JOB_LOCK = 7_301_203;
const HOUR = 3_600_000;

/**
 * Runs traject completion hourly and the zwart-gat and retention jobs daily, and all at start-up. With several
 * instances, a PostgreSQL advisory lock lets one of them do it.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private lastZwartGat = 0;
  private running?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly completion: TrajectCompletionService,
    private readonly nazorg: NazorgService,
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.running = this.tick();
    this.timer = setInterval(() => {
      this.running = this.tick();
    }, HOUR);
    this.timer.unref();
  }

  /** Settles when the run started at boot is done (at once when jobs are off): main.ts prints its banner after it. */
  async firstRun(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    const runner = this.ds.createQueryRunner();
    try {
      await runner.connect();
      const [{ ok }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS ok`, [JOB_LOCK]);
      if (!ok) return;
      try {
        const completed = await this.completion.completeDue();
        if (completed || Date.now() - this.lastZwartGat >= 24 * HOUR) {
          const result = await this.nazorg.computeAll();
          const { cleared, auditRemoved } = await this.retention.enforce();
          this.lastZwartGat = Date.now();
          this.logger.info(
            { completed, ...result, retentionCleared: cleared, auditRemoved },
            'jobs: completion, zwart-gat and retention done',
          );
        }
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [JOB_LOCK]);
      }
    } catch (err) {
      this.logger.warn({ err: { message: (err as Error).message } }, 'jobs: run failed, will retry');
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}
