import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import {
  isAllowedPushEndpoint,
  type MailLocale,
  membersOnlyRoom,
  type NotificationKind,
  outreachKindOf,
  type PushSettingsView,
  renderPushPayload,
  renderSessionPushPayload,
  wantsPush,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { newId } from '../../common/crypto.js';
import { isUuid } from '../../common/ids.js';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DeliveryQueue, PUSH_QUEUE } from './delivery-queue.js';
import type { PushSubscriptionDto } from './dto/push.dto.js';
import { DeliveriesRepository, type NewDelivery } from './deliveries.repository.js';
import { OutreachRepository } from './outreach.repository.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';
import { PushFault, PushTransport } from './push.transport.js';
import { deliverAfter } from './quiet-hours.js';
import { Clock } from '../../common/clock.js';

/** A notification just stored in-app (the same shape the outreach dispatcher receives). */
export interface PushEvent {
  notificationId: string;
  organisationId: string;
  recipientMembershipId: string;
  kind: NotificationKind;
  roomId: string | null;
}

/**
 * Web push: the devices each person turned on, and one push per notification per device through the
 * durable queue (idempotency key: notification, channel and device). A device whose push service says
 * it is gone (404/410) is forgotten; any other fault is retried with backoff.
 */
@Injectable()
export class PushService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly outreach: OutreachRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly repo: PushSubscriptionsRepository,
    private readonly queue: DeliveryQueue,
    private readonly transport: PushTransport,
    private readonly clock: Clock,
  ) {
    queue.handle(PUSH_QUEUE, (id, last) => this.deliver(id, last));
  }

  /** The queue's workers run on every instance once any device is subscribed (or one subscribes here). */
  async onApplicationBootstrap(): Promise<void> {
    if (await this.repo.any()) await this.queue.start();
  }

  async settings(actor: Actor): Promise<PushSettingsView> {
    const [publicKey, devices] = await Promise.all([
      this.transport.publicKey(),
      this.repo.list(actor.membershipId, actor.organisationId),
    ]);
    return { publicKey, devices };
  }

  async subscribe(actor: Actor, dto: PushSubscriptionDto): Promise<PushSettingsView> {
    if (!isAllowedPushEndpoint(dto.endpoint, this.config.pushAllowLoopback))
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        'endpoint: dit is geen adres van een pushdienst. Zet meldingen opnieuw aan in je browser.',
      );
    const device = await this.repo.upsert({
      id: newId(),
      membership_id: actor.membershipId,
      organisation_id: actor.organisationId,
      endpoint: dto.endpoint,
      p256dh: dto.keys.p256dh,
      auth: dto.keys.auth,
      label: (dto.label ?? '').trim(),
      locale: dto.locale ?? 'nl',
    });
    await this.queue.start();
    return { ...(await this.settings(actor)), currentDeviceId: device.id };
  }

  async unsubscribe(actor: Actor, id: string): Promise<PushSettingsView> {
    if (!isUuid(id) || !(await this.repo.remove(id, actor.membershipId, actor.organisationId)))
      throw notFound('Dit apparaat staat niet (meer) bij jouw meldingen.');
    return this.settings(actor);
  }

  forget(em: EntityManager, membershipId: string): Promise<void> {
    return this.repo.forget(em, membershipId);
  }

  /** Whether someone has at least one device that takes pushes (what a check-in's writer is told). */
  async hasDevices(organisationId: string, membershipId: string): Promise<boolean> {
    return (await this.repo.forMembers(organisationId, [membershipId])).length > 0;
  }

  /**
   * Queues a push to every device of every recipient who chose push for that kind (staff: crisis
   * alerts by default). All in one transaction: the delivery rows and their jobs commit together.
   */
  async dispatch(events: PushEvent[]): Promise<void> {
    if (events.length === 0) return;
    const organisationId = events[0]!.organisationId;
    const memberIds = [...new Set(events.map((e) => e.recipientMembershipId))];
    const devices = await this.repo.forMembers(organisationId, memberIds);
    if (devices.length === 0) return;
    const recipients = new Map(
      (await this.outreach.recipients(organisationId, [...new Set(devices.map((d) => d.membership_id))])).map(
        (r) => [r.membership_id, r],
      ),
    );
    const placeNames = new Map<string, string | null>();
    const batch: NewDelivery[] = [];
    // Quiet hours hold a push as they hold a mail (crisis alerts through for staff who chose so).
    const startAfter = new Map<string, Date | undefined>();
    const now = this.clock.now();
    for (const e of events) {
      const r = recipients.get(e.recipientMembershipId);
      if (!r || !wantsPush(r.prefs?.preferences ?? null, r.role, e.kind)) continue;
      const after = deliverAfter(now, r.prefs, outreachKindOf(e.kind), r.role);
      if (e.roomId && !placeNames.has(e.roomId))
        placeNames.set(e.roomId, await this.outreach.roomName(organisationId, e.roomId));
      const link = e.roomId
        ? `${this.config.publicOrigin}/ruimtes/${e.roomId}`
        : `${this.config.publicOrigin}/meldingen`;
      for (const device of devices.filter((d) => d.membership_id === r.membership_id)) {
        const id = newId();
        startAfter.set(id, after);
        batch.push({
          id,
          organisationId,
          membershipId: r.membership_id,
          channel: 'push',
          kind: outreachKindOf(e.kind),
          idempotencyKey: `notification:${e.notificationId}:push:${device.id}`,
          payload: {
            subscriptionId: device.id,
            roomId: membersOnlyRoom(e),
            notificationKind: e.kind,
            placeName: e.roomId ? (placeNames.get(e.roomId) ?? null) : null,
            link,
          },
        });
      }
    }
    if (batch.length === 0) return;
    await this.ds.transaction(async (em) => {
      const fresh = await this.deliveries.insertDeliveries(em, batch);
      await this.queue.sendManyIn(
        em,
        PUSH_QUEUE,
        fresh.map((id) => ({ id, startAfter: startAfter.get(id) })),
      );
    });
  }

  /** One attempt at one push to one device; throws to make the queue retry (with backoff). */
  async deliver(deliveryId: string, lastAttempt: boolean): Promise<void> {
    const d = await this.deliveries.claim(deliveryId);
    if (!d) return; // already sent, skipped or failed: a repeated job does nothing
    const device = d.payload.subscriptionId ? await this.repo.byId(d.payload.subscriptionId) : null;
    if (!device || device.membership_id !== d.membership_id) {
      await this.deliveries.finish(d.id, 'skipped', 'NO_DEVICE');
      return;
    }
    const locale: MailLocale = device.locale === 'en' ? 'en' : 'nl';
    const kind = (d.payload.notificationKind ?? 'system') as NotificationKind;
    const payload =
      d.payload.template === 'session'
        ? renderSessionPushPayload({
            locale,
            trajectName: d.payload.trajectName ?? '',
            sessionId: d.payload.sessionId ?? d.id,
            startsAt: d.payload.startsAt ?? new Date(0).toISOString(),
            cancelled: d.payload.cancelled === '1',
            link: d.payload.link ?? this.config.publicOrigin,
          })
        : renderPushPayload({
            locale,
            notificationKind: kind,
            placeName: d.payload.placeName ?? null,
            link: d.payload.link ?? this.config.publicOrigin,
          });
    try {
      const outcome = await this.transport.send(
        { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
        payload,
        payload.kind === 'crisis',
      );
      if (outcome === 'gone') {
        await this.repo.removeGone(device.id);
        await this.deliveries.finish(d.id, 'skipped', 'DEVICE_GONE');
        this.logger.info({ delivery: d.id }, 'push device gone: subscription removed');
        return;
      }
    } catch (err) {
      const code = err instanceof PushFault ? err.code : 'ERROR';
      await this.deliveries.finish(d.id, lastAttempt ? 'failed' : 'retrying', code);
      this.logger.warn(
        { delivery: d.id, code, attempt: d.attempts, lastAttempt },
        'push not sent; the queue retries',
      );
      // Only the code travels on: the endpoint is a capability and stays out of logs and pg-boss.
      // eslint-disable-next-line preserve-caught-error -- the cause is left off on purpose (see above)
      throw new Error(`push not sent: ${code}`);
    }
    await this.repo.markSuccess(device.id);
    await this.deliveries.finish(d.id, 'sent', null);
  }
}
