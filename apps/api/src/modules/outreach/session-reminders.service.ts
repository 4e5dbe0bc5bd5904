import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { type CalendarFeedView, completePreferences, reminderWindow } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { Clock } from '../../common/clock.js';
import { newId, randomToken, sha256Hex } from '../../common/crypto.js';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DeliveryQueue, EMAIL_QUEUE, PUSH_QUEUE } from './delivery-queue.js';
import { MailTransport } from './mail-transport.js';
import { DeliveriesRepository, type NewDelivery } from './deliveries.repository.js';
import { deliverAfter } from './quiet-hours.js';
import { sessionCalendar } from './session-calendar.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';
import {
  type SessionPushCancelRow,
  type SessionRecipientRow,
  SessionRemindersRepository,
} from './session-reminders.repository.js';

/** What every session delivery row has: the session, the traject, the person and their preferences. */
type SessionRow = Omit<SessionPushCancelRow, 'subscription_id'>;

/** The person's choice for trajecten messages (e-mail, push), their role's defaults where they made none. */
function trajectenPreference(r: SessionRow) {
  return completePreferences(r.preferences, r.role).find((p) => p.kind === 'trajecten');
}

/** How far back the personal feed reaches (recent sessions stay visible in the calendar). */
const FEED_PAST_DAYS = 60;

/**
 * Session reminders the day before (e-mail with an .ics, and push to each device where the person
 * chose push for trajecten), their cancellation, and the personal calendar feed. At most one reminder
 * per session, person, start time and channel (per device for push): the idempotency key holds that
 * across runs and API instances.
 */
@Injectable()
export class SessionRemindersService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly repo: SessionRemindersRepository,
    private readonly outreach: DeliveriesRepository,
    private readonly queue: DeliveryQueue,
    private readonly mail: MailTransport,
    private readonly devices: PushSubscriptionsRepository,
  ) {}

  onApplicationBootstrap(): void {
    // Without mail, devices may still take pushes: the run finds whom each channel reaches.
    if (!this.config.jobsEnabled) return;
    // Every 15 minutes: a run finds what is due now; the keys make a repeat (or another instance) a no-op.
    const tick = () =>
      void this.run(this.clock.now())
        .then((n) => {
          if (n > 0) this.logger.info({ queued: n }, 'session reminders queued');
        })
        .catch((err: unknown) =>
          this.logger.warn(
            { err: { message: err instanceof Error ? err.message : 'error' } },
            'session reminder run failed',
          ),
        );
    tick();
    this.timer = setInterval(tick, 15 * 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Queues the reminders due at `now` and the cancels of reminded sessions; returns how many. */
  async run(now: Date): Promise<number> {
    let queued = 0;
    const window = reminderWindow(now);
    if (window) {
      for (const r of await this.repo.dueReminders(window.from, window.to, now)) {
        if (r.has_email && (await this.queueOne(r, now, false))) queued++;
        queued += await this.queuePushReminder(r, now);
      }
    }
    if (this.mail.enabled)
      for (const r of await this.repo.dueCancels(now)) if (await this.queueOne(r, now, true)) queued++;
    for (const r of await this.repo.dueCancelsPush(now)) if (await this.queuePushCancel(r, now)) queued++;
    return queued;
  }

  /**
   * One push per device of someone who chose push for trajecten, held through their quiet hours like
   * the mail. The payload names the traject and when, and links to it; the session's title stays out.
   */
  private async queuePushReminder(r: SessionRecipientRow, now: Date): Promise<number> {
    if (!trajectenPreference(r)?.push) return 0;
    const devices = await this.devices.forMembers(r.organisation_id, [r.membership_id]);
    if (devices.length === 0) return 0;
    const startsAt = new Date(r.starts_at).getTime();
    const startAfter = deliverAfter(now, r, 'trajecten', r.role);
    const batch = devices.map((device) =>
      this.delivery(r, 'push', `session-push:${r.session_id}:${r.membership_id}:${startsAt}:${device.id}`, {
        subscriptionId: device.id,
        cancelled: null,
      }),
    );
    return this.ds.transaction(async (em) => {
      const fresh = await this.outreach.insertDeliveries(em, batch);
      await this.queue.sendManyIn(
        em,
        PUSH_QUEUE,
        fresh.map((id) => ({ id, startAfter })),
      );
      return fresh.length;
    });
  }

  /** The cancel of a pushed reminder, to the same device (its tag replaces the reminder there). */
  private async queuePushCancel(r: SessionPushCancelRow, now: Date): Promise<boolean> {
    if (!trajectenPreference(r)?.push) return false;
    const delivery = this.delivery(r, 'push', `session-cancel-push:${r.session_id}:${r.subscription_id}`, {
      subscriptionId: r.subscription_id,
      cancelled: '1',
    });
    return this.queueSingle(PUSH_QUEUE, delivery, deliverAfter(now, r, 'trajecten', r.role));
  }

  private async queueOne(r: SessionRecipientRow, now: Date, cancelled: boolean): Promise<boolean> {
    if (!trajectenPreference(r)?.email || !this.mail.enabled) return false;
    const key = cancelled
      ? `session-cancel:${r.session_id}:${r.membership_id}`
      : `session:${r.session_id}:${r.membership_id}:${new Date(r.starts_at).getTime()}`;
    const delivery = this.delivery(r, 'email', key, {
      locale: r.locale === 'en' ? 'en' : 'nl',
      organisationName: r.organisation_name,
      sessionTitle: r.title,
      cancelled: cancelled ? '1' : null,
      // A new entry starts at 0; a moved session or a cancel replaces what the calendar holds.
      sequence: String(r.earlier),
    });
    return this.queueSingle(EMAIL_QUEUE, delivery, deliverAfter(now, r, 'trajecten', r.role));
  }

  /** A session delivery: whom, the channel, its key, and the payload's fields every channel shares. */
  private delivery(
    r: SessionRow,
    channel: NewDelivery['channel'],
    idempotencyKey: string,
    payload: NewDelivery['payload'],
  ): NewDelivery {
    return {
      id: newId(),
      organisationId: r.organisation_id,
      membershipId: r.membership_id,
      channel,
      kind: 'trajecten',
      idempotencyKey,
      payload: {
        template: 'session',
        trajectName: r.traject_name,
        sessionId: r.session_id,
        startsAt: new Date(r.starts_at).toISOString(),
        link: `${this.config.publicOrigin}/trajecten/${r.traject_id}`,
        ...payload,
      },
    };
  }

  /** Stores one delivery and queues it, in one transaction; false when its key was taken before. */
  private queueSingle(queue: string, delivery: NewDelivery, startAfter: Date | undefined): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const fresh = await this.outreach.insertDelivery(em, delivery);
      if (fresh) await this.queue.sendIn(em, queue, delivery.id, startAfter);
      return fresh;
    });
  }

  // ---- the personal calendar feed ----

  async feedStatus(actor: Actor): Promise<CalendarFeedView> {
    const row = await this.repo.feed(actor.membershipId);
    return {
      active: row !== null,
      createdAt: row ? new Date(row.created_at).toISOString() : null,
      url: null,
    };
  }

  /** "Nieuwe link maken": a new secret link; the old one stops working. The link is shown this once. */
  async newFeed(actor: Actor): Promise<CalendarFeedView> {
    const token = randomToken(32);
    const createdAt = await this.repo.replaceFeed(actor.membershipId, actor.organisationId, sha256Hex(token));
    return {
      active: true,
      createdAt: new Date(createdAt).toISOString(),
      url: `${this.config.publicOrigin}/api/outreach/calendar/${token}.ics`,
    };
  }

  async removeFeed(actor: Actor): Promise<CalendarFeedView> {
    await this.repo.deleteFeed(actor.membershipId);
    return { active: false, createdAt: null, url: null };
  }

  /** The feed behind a token, or null (unknown, revoked, or the membership ended). */
  async feedFor(token: string): Promise<string | null> {
    const owner = await this.repo.feedOwner(sha256Hex(token));
    if (!owner) return null;
    const since = new Date(this.clock.now().getTime() - FEED_PAST_DAYS * 86_400_000);
    const rows = await this.repo.feedSessions(owner.organisation_id, owner.membership_id, since);
    return sessionCalendar(
      rows.map((r) => ({
        sessionId: r.session_id,
        startsAt: new Date(r.starts_at),
        trajectName: r.traject_name,
        sessionTitle: r.title,
        cancelled: r.cancelled,
        sequence: r.cancelled ? 1 : 0,
      })),
      { host: new URL(this.config.publicOrigin).hostname, method: 'PUBLISH', calName: 'Spiegel' },
    );
  }
}
