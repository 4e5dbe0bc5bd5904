import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  type DigestCounts,
  type MailLocale,
  type NotificationKind,
  type OutreachKind,
  renderOutreachMail,
} from '@spiegel/domain';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { DeliveryQueue, EMAIL_QUEUE } from './delivery-queue.js';
import { DELIVERY_HEADER, MailTransport, type OutgoingMail } from './mail-transport.js';
import { OutreachRepository } from './outreach.repository.js';
import { sessionCalendar } from './session-calendar.js';
import { unsubscribeToken } from './unsubscribe-token.js';

/** SMTP reply codes that mean the address itself is refused (a bounce), not a passing fault. */
const isPermanentRecipientFailure = (err: unknown): boolean => {
  const e = err as { responseCode?: number; command?: string };
  return (
    typeof e.responseCode === 'number' &&
    e.responseCode >= 550 &&
    e.responseCode < 560 &&
    e.command === 'RCPT TO'
  );
};

const errorCode = (err: unknown): string => {
  const e = err as { responseCode?: number; code?: string };
  if (typeof e.responseCode === 'number') return `SMTP_${e.responseCode}`;
  return typeof e.code === 'string' ? e.code.slice(0, 40) : 'ERROR';
};

/** Sends the e-mails the queue hands out: renders each delivery's mail and records how it went. */
@Injectable()
export class EmailDelivery {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly repo: OutreachRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly mail: MailTransport,
    queue: DeliveryQueue,
  ) {
    queue.handle(EMAIL_QUEUE, (id, last) => this.deliverEmail(id, last));
  }

  /** One attempt at one e-mail; throws to make the queue retry (with backoff) a passing fault. */
  async deliverEmail(deliveryId: string, lastAttempt: boolean): Promise<void> {
    const d = await this.deliveries.claim(deliveryId);
    if (!d) return; // already sent, skipped or failed: a repeated job does nothing
    const email = await this.repo.emailAddress(d.membership_id);
    const p = d.payload;
    const isVerification = p.template === 'verification';
    const to = isVerification ? p.to : email?.address;
    if (!to || (!isVerification && (!email?.verified_at || email.unverified_reason))) {
      await this.deliveries.finish(d.id, 'skipped', 'NO_VERIFIED_ADDRESS');
      return;
    }
    const locale: MailLocale = p.locale === 'en' ? 'en' : 'nl';
    const headers: Record<string, string> = { [DELIVERY_HEADER]: d.id, 'Auto-Submitted': 'auto-generated' };
    let rendered;
    let attachments: OutgoingMail['attachments'];
    if (p.template === 'digest') {
      const unsubscribeLink = `${this.config.publicOrigin}/api/outreach/unsubscribe?t=${unsubscribeToken(d.membership_id, email!.unsubscribe_secret, 'digest')}`;
      headers['List-Unsubscribe'] = `<${unsubscribeLink}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
      rendered = renderOutreachMail({
        template: 'digest',
        locale,
        organisationName: p.organisationName ?? 'Spiegel',
        frequency: p.frequency === 'daily' ? 'daily' : 'weekly',
        counts: JSON.parse(p.counts ?? '{}') as DigestCounts,
        link: p.link ?? this.config.publicOrigin,
        unsubscribeLink,
      });
    } else if (p.template === 'session') {
      const unsubscribeLink = `${this.config.publicOrigin}/api/outreach/unsubscribe?t=${unsubscribeToken(d.membership_id, email!.unsubscribe_secret, 'trajecten')}`;
      headers['List-Unsubscribe'] = `<${unsubscribeLink}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
      const cancelled = p.cancelled === '1';
      rendered = renderOutreachMail({
        template: 'session',
        locale,
        organisationName: p.organisationName ?? 'Spiegel',
        trajectName: p.trajectName ?? '',
        sessionTitle: p.sessionTitle ?? '',
        startsAt: p.startsAt ?? new Date(0).toISOString(),
        cancelled,
        link: p.link ?? this.config.publicOrigin,
        unsubscribeLink,
      });
      attachments = [
        {
          filename: cancelled ? 'afgezegd.ics' : 'bijeenkomst.ics',
          contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'PUBLISH'}`,
          content: sessionCalendar(
            [
              {
                sessionId: p.sessionId ?? d.id,
                startsAt: new Date(p.startsAt ?? 0),
                trajectName: p.trajectName ?? '',
                sessionTitle: p.sessionTitle ?? '',
                cancelled,
                sequence: Number(p.sequence ?? 0),
              },
            ],
            { host: new URL(this.config.publicOrigin).hostname, method: cancelled ? 'CANCEL' : 'PUBLISH' },
          ),
        },
      ];
    } else if (p.template === 'checkin') {
      const unsubscribeLink = `${this.config.publicOrigin}/api/outreach/unsubscribe?t=${unsubscribeToken(d.membership_id, email!.unsubscribe_secret, 'checkin')}`;
      headers['List-Unsubscribe'] = `<${unsubscribeLink}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
      rendered = renderOutreachMail({
        template: 'checkin',
        locale,
        organisationName: p.organisationName ?? 'Spiegel',
        writerName: p.writerName ?? 'Spiegel',
        link: p.link ?? this.config.publicOrigin,
        unsubscribeLink,
      });
    } else if (isVerification) {
      rendered = renderOutreachMail({
        template: 'verification',
        locale,
        organisationName: p.organisationName ?? 'Spiegel',
        link: p.link ?? this.config.publicOrigin,
      });
    } else {
      const kind = d.kind as OutreachKind;
      const unsubscribeLink = `${this.config.publicOrigin}/api/outreach/unsubscribe?t=${unsubscribeToken(d.membership_id, email!.unsubscribe_secret, kind)}`;
      headers['List-Unsubscribe'] = `<${unsubscribeLink}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
      rendered = renderOutreachMail({
        template: 'notification',
        locale,
        organisationName: p.organisationName ?? 'Spiegel',
        notificationKind: (p.notificationKind ?? 'system') as NotificationKind,
        placeName: p.placeName ?? null,
        link: p.link ?? this.config.publicOrigin,
        unsubscribeLink,
      });
    }
    try {
      await this.mail.send({ to, ...rendered, headers, ...(attachments ? { attachments } : {}) });
    } catch (err) {
      const code = errorCode(err);
      if (isPermanentRecipientFailure(err)) {
        await this.repo.markBounced(d.membership_id, to);
        await this.deliveries.finish(d.id, 'failed', code);
        this.logger.warn({ delivery: d.id, code }, 'mail refused for this address: marked unverified');
        return;
      }
      await this.deliveries.finish(d.id, lastAttempt ? 'failed' : 'retrying', code);
      this.logger.warn(
        { delivery: d.id, code, attempt: d.attempts, lastAttempt },
        'mail not sent; the queue retries',
      );
      // Only the code travels on (pg-boss keeps it): a server's reply may quote the address.
      // eslint-disable-next-line preserve-caught-error -- the cause is left off on purpose (see above)
      throw new Error(`mail not sent: ${code}`);
    }
    await this.deliveries.finish(d.id, 'sent', null);
  }
}
