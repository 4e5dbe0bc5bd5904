import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ResearchService } from './research.service.js';

const JOB_LOCK = 7_301_217;
const HOUR = 3_600_000;

/** Hourly: a reminder for each questionnaire moment that became due (one instance does it, by advisory lock). */
@Injectable()
export class ResearchRemindersJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly research: ResearchService,
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
        const sent = await this.research.remindDue();
        if (sent) this.logger.info({ sent }, 'questionnaire reminders sent');
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [JOB_LOCK]);
      }
    } catch (err) {
      this.logger.warn({ err: { message: (err as Error).message } }, 'questionnaire reminders failed');
    } finally {
      await runner.release();
    }
  }
}
