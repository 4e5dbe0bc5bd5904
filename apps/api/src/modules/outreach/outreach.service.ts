import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import {
  completePreferences,
  lastDigestPeriod,
  membersOnlyRoom,
  NOTIFICATION_KINDS,
  OUTREACH_KINDS,
  outreachKindOf,
  quietHoursEnd,
  type CaughtMailView,
  type DeliveryOverview,
  type MailLocale,
  type NotificationKind,
  type OutreachKind,
  type OutreachSettingsView,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { newId, randomToken, safeEqual, sha256Hex } from '../../common/crypto.js';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DeliveryQueue, EMAIL_QUEUE } from './delivery-queue.js';
import { MailTransport } from './mail-transport.js';
import type { SavePreferencesDto, SetEmailDto } from './dto/outreach.dto.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { OutreachRepository } from './outreach.repository.js';
import { signUnsubscribe, unsubscribeToken } from './unsubscribe-token.js';
import { deliverAfter } from './quiet-hours.js';
import { PushService } from './push.service.js';
import { MembershipsService } from '../organisations/memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';

/** A notification that was just stored in-app, to be carried outside the app where the person chose so. */
export interface OutreachEvent {
  notificationId: string;
  organisationId: string;
  recipientMembershipId: string;
  kind: NotificationKind;
  roomId: string | null;
  /** Who caused it; a check-in's mail names its writer. */
  actorMembershipId?: string | null;
}

/**
 * Reaching people outside the app: their address and choices, and the delivery of each notification
 * by e-mail through the durable queue — at most once per notification and channel, retried with
 * backoff while the mail server is away, failures visible to admins.
 */
@Injectable()
export class OutreachService implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly repo: OutreachRepository,
    private readonly memberships: MembershipsService,
    private readonly organisations: OrganisationsService,
    private readonly deliveryLog: DeliveriesRepository,
    private readonly queue: DeliveryQueue,
    private readonly mail: MailTransport,
    private readonly clock: Clock,
    private readonly push: PushService,
  ) {}

  private digestTimer?: NodeJS.Timeout;

  async onApplicationBootstrap(): Promise<void> {
    if (!this.mail.enabled) return;
    await this.queue.start();
    if (!this.config.jobsEnabled) return;
    // Hourly: the keys make every run after the first in a period a no-op, on every instance.
    const tick = () =>
      void (async () => {
        const now = this.clock.now();
        const daily = await this.runDigest('daily', now);
        const weekly = await this.runDigest('weekly', now);
        if (daily + weekly > 0) this.logger.info({ daily, weekly }, 'digests queued');
      })().catch((err: unknown) =>
        this.logger.warn(
          { err: { message: err instanceof Error ? err.message : 'error' } },
          'digest run failed',
        ),
      );
    tick();
    this.digestTimer = setInterval(tick, 3_600_000);
    this.digestTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.digestTimer) clearInterval(this.digestTimer);
  }

  // ---- settings (Mijn account) ----

  async settings(actor: Actor): Promise<OutreachSettingsView> {
    const [email, prefs] = await Promise.all([
      this.repo.emailAddress(actor.membershipId),
      this.repo.preferences(actor.membershipId),
    ]);
    return {
      email: email
        ? {
            address: email.address,
            verified: email.verified_at !== null,
            unverifiedReason: email.unverified_reason,
          }
        : null,
      preferences: completePreferences(prefs?.preferences ?? null, actor.role),
      quietHours:
        prefs?.quiet_from && prefs.quiet_to
          ? { from: prefs.quiet_from, to: prefs.quiet_to, crisisAlways: prefs.crisis_in_quiet_hours }
          : null,
      consentedAt: prefs ? new Date(prefs.consented_at).toISOString() : null,
    };
  }

  /** A new address is unverified until its link is followed; the only mail it gets before is that link. */
  async setEmail(actor: Actor, dto: SetEmailDto): Promise<OutreachSettingsView> {
    const address = dto.address.trim().toLowerCase();
    if (!this.mail.enabled)
      throw new AppError(
        409,
        'CONFLICT',
        'Deze installatie verstuurt (nog) geen e-mail. Vraag de beheerder ernaar.',
      );
    const token = randomToken(32);
    const organisationName = (await this.organisations.name(actor.organisationId)) ?? 'Spiegel';
    const locale: MailLocale = dto.locale ?? 'nl';
    await this.ds.transaction(async (em) => {
      await this.repo.upsertEmailAddress(em, {
        membershipId: actor.membershipId,
        organisationId: actor.organisationId,
        address,
        locale,
        tokenHash: sha256Hex(token),
        secret: randomToken(32),
      });
      const id = newId();
      await this.deliveryLog.insertDelivery(em, {
        id,
        organisationId: actor.organisationId,
        membershipId: actor.membershipId,
        channel: 'email',
        kind: 'verification',
        idempotencyKey: `verification:${sha256Hex(token)}`,
        payload: {
          template: 'verification',
          locale,
          organisationName,
          to: address,
          link: `${this.config.publicOrigin}/api/outreach/verify?t=${token}`,
        },
      });
      await this.queue.sendIn(em, EMAIL_QUEUE, id);
    });
    return this.settings(actor);
  }

  async removeEmail(actor: Actor): Promise<OutreachSettingsView> {
    await this.repo.deleteEmailAddress(actor.membershipId);
    return this.settings(actor);
  }

  async savePreferences(actor: Actor, dto: SavePreferencesDto): Promise<OutreachSettingsView> {
    const kinds = new Set(dto.preferences.map((p) => p.kind));
    if (kinds.size !== dto.preferences.length)
      throw new AppError(400, 'VALIDATION_FAILED', 'Elke soort bericht mag maar één keer voorkomen.');
    await this.repo.savePreferences(
      actor.membershipId,
      actor.organisationId,
      completePreferences(dto.preferences, actor.role),
      dto.quietHours ?? null,
    );
    return this.settings(actor);
  }

  /** The link in the verification mail. */
  async verify(token: string): Promise<boolean> {
    return this.repo.verifyEmail(sha256Hex(token));
  }

  unsubscribeToken(membershipId: string, secret: string, kind: OutreachKind | 'digest'): string {
    return unsubscribeToken(membershipId, secret, kind);
  }

  /** RFC 8058 one-click: the signed token alone turns off e-mail for that kind. Returns the kind, or null. */
  async unsubscribe(token: string, apply: boolean): Promise<OutreachKind | 'digest' | null> {
    const [membershipId, kind, signature] = token.split('.');
    if (!membershipId || !kind || !signature || !([...OUTREACH_KINDS, 'digest'] as string[]).includes(kind))
      return null;
    if (!/^[0-9a-f-]{36}$/.test(membershipId)) return null;
    const k = kind as OutreachKind | 'digest';
    const email = await this.repo.emailAddress(membershipId);
    if (!email || !safeEqual(signature, signUnsubscribe(email.unsubscribe_secret, membershipId, k)))
      return null;
    if (!apply) return k;
    const [ctx] = await this.repo.recipients(email.organisation_id, [membershipId]);
    if (!ctx) return null;
    // A digest's link stops every kind that came gathered; any other link stops its own kind.
    const prefs = completePreferences(ctx.prefs?.preferences ?? null, ctx.role).map((p) =>
      p.kind === k || (k === 'digest' && p.frequency !== 'direct') ? { ...p, email: false } : p,
    );
    await this.repo.savePreferences(
      membershipId,
      email.organisation_id,
      prefs,
      ctx.prefs?.quiet_from && ctx.prefs.quiet_to
        ? {
            from: ctx.prefs.quiet_from,
            to: ctx.prefs.quiet_to,
            crisisAlways: ctx.prefs.crisis_in_quiet_hours,
          }
        : null,
    );
    return k;
  }

  /** Erasure (AVG): the address, the choices and what was queued for this person go with them. */
  async forget(em: EntityManager, membershipId: string): Promise<void> {
    await this.repo.forget(em, membershipId);
    await this.push.forget(em, membershipId);
  }

  /**
   * A bounce that arrived after the mail was accepted (a provider's or relay's webhook): the shared
   * secret is the authorisation; a permanent bounce unverifies the address. Answers whether the
   * secret matched (the caller turns false into 401); a report for an unknown address changes nothing.
   */
  async reportBounce(bearer: string | undefined, recipient: string, permanent: boolean): Promise<boolean> {
    const secret = this.config.bounceWebhookSecret;
    if (!secret || !bearer || !safeEqual(bearer, secret)) return false;
    if (!permanent) return true;
    const n = await this.repo.markAddressBounced(recipient);
    if (n > 0) this.logger.warn({ addresses: n }, 'a later bounce marked an address unverified');
    return true;
  }

  /** The channels outside the app that a notification of this kind would take to this person now. */
  async channelsFor(
    organisationId: string,
    membershipId: string,
    kind: OutreachKind,
  ): Promise<('email' | 'push')[]> {
    const [r] = await this.repo.recipients(organisationId, [membershipId]);
    if (!r) return [];
    const pref = completePreferences(r.prefs?.preferences ?? null, r.role).find((p) => p.kind === kind);
    const channels: ('email' | 'push')[] = [];
    if (this.mail.enabled && pref?.email && r.email?.verified_at && !r.email.unverified_reason)
      channels.push('email');
    if (pref?.push && (await this.push.hasDevices(organisationId, membershipId))) channels.push('push');
    return channels;
  }

  // ---- admins ----

  deliveries(actor: Actor): Promise<DeliveryOverview> {
    return this.deliveryLog.overview(actor.organisationId);
  }

  caughtMails(actor: Actor): Promise<CaughtMailView[]> {
    return this.deliveryLog.caughtMails(actor.organisationId);
  }

  async caughtMailHtml(actor: Actor, id: string): Promise<string> {
    if (!/^\d{1,18}$/.test(id)) throw notFound('Deze mail bestaat niet.');
    const html = await this.deliveryLog.caughtMailHtml(actor.organisationId, id);
    if (html === null) throw notFound('Deze mail bestaat niet.');
    return html;
  }

  // ---- delivery ----

  /**
   * Called by the notification centre after it stored in-app notifications: queues an e-mail for each
   * recipient who chose e-mail for that kind and has a verified address. The idempotency key is the
   * notification and the channel, so one event never makes two mails.
   */
  async dispatch(events: OutreachEvent[]): Promise<void> {
    await this.push.dispatch(events);
    if (events.length === 0 || !this.mail.enabled) return;
    const organisationId = events[0]!.organisationId;
    const recipients = new Map(
      (
        await this.repo.recipients(organisationId, [...new Set(events.map((e) => e.recipientMembershipId))])
      ).map((r) => [r.membership_id, r]),
    );
    const placeNames = new Map<string, string | null>();
    const writers = new Map<string, string | null>();
    const now = this.clock.now();
    for (const e of events) {
      const r = recipients.get(e.recipientMembershipId);
      if (!r?.email?.verified_at || r.email.unverified_reason) continue;
      const kind = outreachKindOf(e.kind);
      const pref = completePreferences(r.prefs?.preferences ?? null, r.role).find((p) => p.kind === kind);
      // Digest frequencies are gathered later, not mailed one by one.
      if (!pref?.email || pref.frequency !== 'direct') continue;
      if (e.roomId && !placeNames.has(e.roomId))
        placeNames.set(e.roomId, await this.repo.roomName(organisationId, e.roomId));
      const link = e.roomId
        ? `${this.config.publicOrigin}/ruimtes/${e.roomId}`
        : `${this.config.publicOrigin}/meldingen`;
      // A check-in says who wrote (their name in Spiegel), never what.
      const writerId = e.kind === 'followup_message' ? e.actorMembershipId : null;
      if (writerId && !writers.has(writerId))
        writers.set(writerId, await this.memberships.displayName(writerId, organisationId));
      const writerName = writerId ? (writers.get(writerId) ?? null) : null;
      const startAfter = deliverAfter(now, r.prefs, kind, r.role);
      const id = newId();
      await this.ds.transaction(async (em) => {
        const fresh = await this.deliveryLog.insertDelivery(em, {
          id,
          organisationId,
          membershipId: r.membership_id,
          channel: 'email',
          kind,
          idempotencyKey: `notification:${e.notificationId}:email`,
          payload: writerName
            ? {
                template: 'checkin',
                locale: r.email!.locale,
                organisationName: r.organisation_name,
                writerName,
                link,
              }
            : {
                template: 'notification',
                locale: r.email!.locale,
                organisationName: r.organisation_name,
                notificationKind: e.kind,
                placeName: e.roomId ? (placeNames.get(e.roomId) ?? null) : null,
                link,
                roomId: membersOnlyRoom(e),
              },
        });
        if (fresh) await this.queue.sendIn(em, EMAIL_QUEUE, id, startAfter);
      });
    }
  }

  /**
   * The daily or weekly digest for the last complete period: one mail per person who chose that
   * frequency for some kind, with counts only. The key (period + person) makes a rerun, or a second
   * instance running it at the same time, queue nothing new. Returns how many were queued.
   */
  async runDigest(frequency: 'daily' | 'weekly', now: Date): Promise<number> {
    if (!this.mail.enabled) return 0;
    const period = lastDigestPeriod(now, frequency);
    const kindMap = NOTIFICATION_KINDS.map((k): [string, OutreachKind] => [k, outreachKindOf(k)]);
    const due = await this.repo.digestCounts(frequency, period.from, period.to, kindMap);
    const when = this.clock.now();
    const waitUntil = new Map<string, Date>();
    for (const d of due) {
      const after =
        d.quiet_from && d.quiet_to ? quietHoursEnd(when, { from: d.quiet_from, to: d.quiet_to }) : null;
      if (after) waitUntil.set(d.membership_id, after);
    }
    let queued = 0;
    for (let i = 0; i < due.length; i += 1000) {
      const batch = due.slice(i, i + 1000).map((d) => ({
        id: newId(),
        organisationId: d.organisation_id,
        membershipId: d.membership_id,
        channel: 'email' as const,
        kind: 'digest' as const,
        idempotencyKey: `digest:${frequency}:${period.key}:${d.membership_id}`,
        payload: {
          template: 'digest',
          frequency,
          locale: d.locale,
          organisationName: d.organisation_name,
          counts: JSON.stringify(d.counts),
          link: this.config.publicOrigin,
        },
      }));
      await this.ds.transaction(async (em) => {
        const fresh = await this.deliveryLog.insertDeliveries(em, batch);
        const member = new Map(batch.map((b) => [b.id, b.membershipId]));
        await this.queue.sendManyIn(
          em,
          EMAIL_QUEUE,
          fresh.map((id) => ({ id, startAfter: waitUntil.get(member.get(id)!) })),
        );
        queued += fresh.length;
      });
    }
    return queued;
  }
}
