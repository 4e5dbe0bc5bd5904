import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { HourlyJob } from '../../common/hourly-job.js';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ResearchService } from './research.service.js';

/** Hourly: a reminder for each questionnaire moment that became due (one instance does it, by advisory lock). */
@Injectable()
export class ResearchRemindersJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: HourlyJob;

  constructor(
    @InjectDataSource() ds: DataSource,
    private readonly research: ResearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.job = new HourlyJob(ds, logger, { lock: 7_301_217, failure: 'questionnaire reminders failed' }, () =>
      this.run(),
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.jobsEnabled) this.job.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.job.stop();
  }

  private async run(): Promise<void> {
    const sent = await this.research.remindDue();
    if (sent) this.logger.info({ sent }, 'questionnaire reminders sent');
  }
}
