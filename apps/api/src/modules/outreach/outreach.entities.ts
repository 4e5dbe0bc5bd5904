import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DeliveryStatus, OutreachPreference } from '@spiegel/domain';

/** A person's e-mail address for outreach: mailed only once verified; a bounce unverifies it. */
@Entity('outreach_email_addresses')
export class OutreachEmailAddress {
  @PrimaryColumn('uuid')
  membershipId: string;

  @Column('uuid')
  organisationId: string;

  @Column('text')
  address: string;

  @Column('text', { default: 'nl' })
  locale: string;

  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  /** sha256 of the verification token; the token itself only travels in the mail. */
  @Column('text', { nullable: true })
  @Index({ unique: true, where: 'verify_token_hash IS NOT NULL' })
  verifyTokenHash: string | null;

  @Column('text', { nullable: true })
  unverifiedReason: 'bounced' | null;

  /** Key for this person's unsubscribe links (HMAC); a new address gets a new key. */
  @Column('text')
  unsubscribeSecret: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}

/** The choices per kind and channel, with the moment they were made (consent). */
@Entity('outreach_preferences')
export class OutreachPreferenceRow {
  @PrimaryColumn('uuid')
  membershipId: string;

  @Column('uuid')
  organisationId: string;

  @Column('jsonb')
  preferences: OutreachPreference[];

  @Column('text', { nullable: true })
  quietFrom: string | null;

  @Column('text', { nullable: true })
  quietTo: string | null;

  @Column('timestamptz')
  consentedAt: Date;

  /** Staff only: crisis alerts come through quiet hours too (everything else waits until they end). */
  @Column('boolean', { default: false })
  crisisInQuietHours: boolean;
}

/** One message to one person on one channel; the idempotency key makes an event deliver at most once. */
@Entity('outreach_deliveries')
@Index(['organisationId', 'status', 'createdAt'])
export class OutreachDelivery {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  membershipId: string;

  @Column('text')
  channel: 'email' | 'push';

  @Column('text')
  kind: string;

  @Column('text')
  @Index({ unique: true })
  idempotencyKey: string;

  /** What the template needs (kind, place name, link); never contents. Cleared once sent. */
  @Column('jsonb', { default: {} })
  payload: Record<string, string | null>;

  @Column('text', { default: 'queued' })
  status: DeliveryStatus;

  @Column('int', { default: 0 })
  attempts: number;

  /** An error code (ECONNREFUSED, 550), never a message text. */
  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;
}

/** Mails caught by the local SMTP catcher when no SMTP_URL is set (demo, development). */
@Entity('outreach_caught_mails')
@Index(['organisationId', 'id'])
export class OutreachCaughtMail {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { nullable: true })
  organisationId: string | null;

  @Column('text')
  toAddress: string;

  @Column('text')
  subject: string;

  @Column('text')
  text: string;

  @Column('text')
  html: string;

  @Column('text', { nullable: true })
  listUnsubscribe: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  receivedAt: Date;
}
