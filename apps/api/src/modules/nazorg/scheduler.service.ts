import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { HOUR_MS, HourlyJob } from '../../common/hourly-job.js';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { NazorgService } from './nazorg.service.js';
import { RetentionService } from '../privacy/retention.service.js';
import { TrajectCompletionService } from '../trajecten/traject-completion.service.js';

/**
 * Runs traject completion hourly and the zwart-gat and retention jobs daily, and all at start-up. With several
 * instances, a PostgreSQL advisory lock lets one of them do it.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: HourlyJob;
  private lastZwartGat = 0;

  constructor(
    @InjectDataSource() ds: DataSource,
    private readonly completion: TrajectCompletionService,
    private readonly nazorg: NazorgService,
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.job = new HourlyJob(ds, logger, { lock: 7_301_203, failure: 'jobs: run failed, will retry' }, () =>
      this.run(),
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.jobsEnabled) this.job.start();
  }

  /** Settles when the run started at boot is done (at once when jobs are off): main.ts prints its banner after it. */
  async firstRun(): Promise<void> {
    await this.job.settled();
  }

  async onModuleDestroy(): Promise<void> {
    await this.job.stop();
  }

  private async run(): Promise<void> {
    const completed = await this.completion.completeDue();
    if (completed || Date.now() - this.lastZwartGat >= 24 * HOUR_MS) {
      const result = await this.nazorg.computeAll();
      const { cleared, auditRemoved } = await this.retention.enforce();
      this.lastZwartGat = Date.now();
      this.logger.info(
        { completed, ...result, retentionCleared: cleared, auditRemoved },
        'jobs: completion, zwart-gat and retention done',
      );
    }
  }
}
