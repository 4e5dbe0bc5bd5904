import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DATABASE_URL } from '../../database/database-url.js';

export const EMAIL_QUEUE = 'outreach-email';
export const PUSH_QUEUE = 'outreach-push';

export interface DeliveryJob {
  deliveryId: string;
}

type Handler = (deliveryId: string, lastAttempt: boolean) => Promise<void>;

/**
 * The durable queue: pg-boss on our own PostgreSQL (schema `pgboss`, created and upgraded by pg-boss's
 * own start(), under its advisory lock, so several instances may start together; TypeORM's migrations
 * never see it). Jobs are sent in the caller's transaction, so a delivery row and its job commit together.
 * A job's id is the delivery's id: a second send of the same delivery is a no-op. Started only when
 * there is a channel to deliver to, so an instance without mail opens no extra connections.
 */
@Injectable()
export class DeliveryQueue implements OnModuleDestroy {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, Handler>();
  private started: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(DATABASE_URL) databaseUrl: string,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      max: 3,
      application_name: 'spiegel-outreach',
      schedule: false,
    });
    this.boss.on('error', (err: Error) =>
      this.logger.warn({ err: { message: err.message } }, 'delivery queue error'),
    );
  }

  handle(queue: string, handler: Handler): void {
    this.handlers.set(queue, handler);
  }

  start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const [queue, handler] of this.handlers) {
        const policy = {
          retryLimit: this.config.outreachRetryLimit,
          retryDelay: this.config.outreachRetryDelaySeconds,
          retryBackoff: true,
          // Keep a job long enough for a slow SMTP server; a crashed worker's job comes back after this.
          expireInSeconds: 120,
        };
        // createQueue leaves an existing queue as it was, and a job takes its retry policy from the
        // queue when it is sent: without the update, a changed OUTREACH_RETRY_* would never apply.
        await this.boss.createQueue(queue, { name: queue, ...policy });
        await this.boss.updateQueue(queue, { name: queue, ...policy });
        // A batch per poll, its jobs sent side by side (over the transport's connection pool): the
        // worker waits a polling interval between fetches, so one job per poll capped a queue at a
        // couple of mails a second. A job that fails is failed on its own (pg-boss retries it with
        // backoff); the rest of the batch completes when the handler returns.
        await this.boss.work<DeliveryJob>(
          queue,
          {
            batchSize: this.config.outreachBatchSize,
            includeMetadata: true,
            pollingIntervalSeconds: this.config.outreachPollSeconds,
          },
          async (jobs) => {
            const results = await Promise.allSettled(
              jobs.map((job) => handler(job.data.deliveryId, job.retryCount >= job.retryLimit)),
            );
            const failed = jobs.filter((_, i) => results[i]!.status === 'rejected');
            if (failed.length === 0) return;
            const reason = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
            const message = reason.reason instanceof Error ? reason.reason.message : 'delivery failed';
            if (failed.length === jobs.length) throw new Error(message);
            for (const j of failed) await this.boss.fail(queue, j.id, { message });
          },
        );
      }
    })();
    return this.started;
  }

  /** Adds the job inside the caller's transaction (the same commit as the delivery row). */
  async sendIn(em: EntityManager, queue: string, deliveryId: string, startAfter?: Date): Promise<void> {
    await this.start();
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: (await em.query(text, values)) as unknown[],
      }),
    };
    await this.boss.send(queue, { deliveryId } satisfies DeliveryJob, {
      id: deliveryId,
      db,
      ...(startAfter ? { startAfter } : {}),
    });
  }

  /** Many jobs in one statement, in the caller's transaction (digests). */
  async sendManyIn(
    em: EntityManager,
    queue: string,
    deliveries: (string | { id: string; startAfter?: Date })[],
  ): Promise<void> {
    const deliveryIds = deliveries.map((d) => (typeof d === 'string' ? { id: d } : d));
    if (deliveryIds.length === 0) return;
    await this.start();
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: (await em.query(text, values)) as unknown[],
      }),
    };
    for (let i = 0; i < deliveryIds.length; i += 1000) {
      await this.boss.insert(
        deliveryIds.slice(i, i + 1000).map(({ id, startAfter }) => ({
          id,
          name: queue,
          data: { deliveryId: id } satisfies DeliveryJob,
          ...(startAfter ? { startAfter } : {}),
        })),
        { db },
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, timeout: 5000, wait: true, close: true }).catch(() => undefined);
  }
}
