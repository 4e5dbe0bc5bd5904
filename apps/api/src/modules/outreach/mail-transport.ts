import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DeliveriesRepository } from './deliveries.repository.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** Header that ties a caught mail to its delivery (and so its organisation). */
export const DELIVERY_HEADER = 'X-Spiegel-Delivery';

/**
 * SMTP out through nodemailer: to SMTP_URL, or — without it, outside tests — to a local catcher
 * (smtp-server + mailparser on loopback) that stores each mail so admins see what the demo sent.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private transporter: Transporter | null = null;
  private catcher: SMTPServer | null = null;
  private starting: Promise<Transporter | null> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly repo: DeliveriesRepository,
  ) {}

  /** Whether e-mail can go anywhere at all (SMTP_URL or the catcher). */
  get enabled(): boolean {
    return this.config.smtpUrl !== undefined || this.config.mailCatcher;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const t = await this.ready();
    if (!t) throw Object.assign(new Error('no mail transport'), { code: 'NO_TRANSPORT' });
    await t.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      attachments: mail.attachments,
    });
  }

  /**
   * Where mail goes, with the catcher started now instead of at the first mail (the start says it before
   * its banner): 'smtp' (SMTP_URL), 'catcher' (kept for admins under Beheer → E-mails) or 'off'.
   */
  async prepare(): Promise<'smtp' | 'catcher' | 'off'> {
    if (!this.enabled) return 'off';
    await this.ready();
    return this.config.smtpUrl ? 'smtp' : 'catcher';
  }

  private ready(): Promise<Transporter | null> {
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<Transporter | null> {
    if (this.config.smtpUrl) {
      // One connection per message: a server that went down and came back is simply reached again.
      // (A nodemailer pool was tried for throughput; it did not recover from a server that went down
      // and came back in outreach.e2e's test, so the batch's mails go side by side on their own connections.
      // Tried again with the pool closed and made anew on every connection fault (ECONNREFUSED, ESOCKET,
      // ECONNRESET, …): still, once the server had been stopped and started, no mail got through in the
      // tests that followed (4 of 4 failed, timed out waiting for mail). Per-message connections pass.
      // bench:outreach, 50 staff on loopback, machine at load 22: last crisis mail after 29.4 s, pushes 14.6 s.)
      this.transporter = nodemailer.createTransport(this.config.smtpUrl);
      return this.transporter;
    }
    if (!this.config.mailCatcher) return null;
    const port = await this.startCatcher();
    this.logger.info({ port }, 'no SMTP_URL: mails go to the local catcher (Beheer → E-mails)');
    this.transporter = nodemailer.createTransport({
      host: '127.0.0.1',
      port,
      secure: false,
      ignoreTLS: true,
    });
    return this.transporter;
  }

  private startCatcher(): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 5 * 1024 * 1024,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then(async (parsed) => {
            const deliveryId = parsed.headers.get(DELIVERY_HEADER.toLowerCase());
            const organisationId =
              typeof deliveryId === 'string' ? await this.repo.organisationOfDelivery(deliveryId) : null;
            const line = parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line;
            const unsub = line?.slice(line.indexOf(':') + 1).trim();
            await this.repo.insertCaughtMail({
              organisationId,
              to: Array.isArray(parsed.to) ? (parsed.to[0]?.text ?? '') : (parsed.to?.text ?? ''),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              listUnsubscribe: typeof unsub === 'string' ? unsub : null,
            });
            callback();
          })
          .catch((err: unknown) => callback(err instanceof Error ? err : new Error('parse failed')));
      },
    });
    this.catcher = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.transporter?.close();
    const catcher = this.catcher;
    if (catcher) await new Promise<void>((resolve) => catcher.close(() => resolve()));
  }
}
