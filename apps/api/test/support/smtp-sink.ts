import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SinkMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  /** A header's raw value as sent (mailparser structures some, like List-Unsubscribe). */
  header: (name: string) => string | undefined;
  attachments: ParsedMail['attachments'];
}

/** A real SMTP server for tests: keeps what it receives; refuses (550) the addresses in `bounce`. */
export class SmtpSink {
  readonly mails: SinkMail[] = [];
  readonly bounce = new Set<string>();
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.bounce.has(address.address.toLowerCase())) {
          const err = Object.assign(new Error('No such user here'), { responseCode: 550 });
          return callback(err);
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((m) => {
            this.mails.push({
              to: Array.isArray(m.to) ? (m.to[0]?.text ?? '') : (m.to?.text ?? ''),
              subject: m.subject ?? '',
              text: m.text ?? '',
              html: typeof m.html === 'string' ? m.html : '',
              headers: m.headers,
              header: (name) => {
                const line = m.headerLines.find((h) => h.key === name.toLowerCase())?.line;
                return line?.slice(line.indexOf(':') + 1).trim();
              },
              attachments: m.attachments,
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  to(address: string): SinkMail[] {
    return this.mails.filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
  }
}
