import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { SafetyService } from './safety.service.js';

/**
 * Every instance looks for due cases every ALERT_CHECK_SECONDS; row locks (SKIP LOCKED) make each case
 * escalate once however many instances look. A run never overlaps the previous one on the same instance.
 */
@Injectable()
export class EscalationJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly safety: SafetyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.tick());
    }, this.config.alertCheckMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.safety.escalateDue();
    } catch (err) {
      this.logger.warn(
        { err: { message: (err as Error).message } },
        'safety: escalation check failed, will retry',
      );
    }
  }
}
