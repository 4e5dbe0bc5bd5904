import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One browser or phone that receives push for one person; the endpoint is the push service's address for it. */
@Entity('outreach_push_subscriptions')
@Index(['membershipId'])
export class OutreachPushSubscription {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  membershipId: string;

  @Column('uuid')
  organisationId: string;

  /** One device is one endpoint: subscribing again (or as someone else on the same browser) takes it over. */
  @Column('text')
  @Index({ unique: true })
  endpoint: string;

  /** The browser's public key (P-256, base64url) the payload is encrypted to. */
  @Column('text')
  p256dh: string;

  /** The browser's auth secret (base64url). */
  @Column('text')
  auth: string;

  @Column('text', { default: '' })
  label: string;

  @Column('text', { default: 'nl' })
  locale: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  lastSuccessAt: Date | null;
}

/**
 * The server's VAPID key pair, made on first start when none is configured: kept in the database so it
 * survives restarts and comes back with a backup (a new pair would silently orphan every subscription).
 */
@Entity('outreach_push_keys')
export class OutreachPushKeys {
  @PrimaryColumn('smallint')
  id: number;

  @Column('text')
  publicKey: string;

  @Column('text')
  privateKey: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
