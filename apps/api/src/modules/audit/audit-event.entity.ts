import { Organisation } from '../organisations/organisation.entity.js';
import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * NEN 7513 access log: who did what, when, concerning whom, from which address. Never holds message
 * contents. Tamper-evident: each entry carries the hash of the previous entry of its chain (one chain per
 * organisation, and one for log-in attempts with an unknown name) and its own hash over every field.
 */
@Entity('audit_events')
@Index(['organisationId', 'at'])
@Index(['organisationId', 'subjectMembershipId', 'at'])
@Index(['organisationId', 'actorMembershipId', 'at'])
@Index(['chainKey', 'id'])
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** Null only for a failed log-in with a name nobody has (the platform's own chain). */
  @Column('uuid', { nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('uuid', { nullable: true })
  actorMembershipId: string | null;

  @Column('text')
  action: string;

  @Column('uuid', { nullable: true })
  subjectMembershipId: string | null;

  /** Everyone else whose data the view showed (dashboard rows, nazorg cards, a list). */
  @Column('uuid', { array: true, default: () => `'{}'` })
  subjectIds: string[];

  @Column('text', { nullable: true })
  targetType: string | null;

  @Column('text', { nullable: true })
  targetId: string | null;

  @Column('jsonb', { default: {} })
  details: Record<string, unknown>;

  /** The caller's address (behind the loopback proxy: the forwarded one); null for jobs. */
  @Column('text', { nullable: true })
  ip: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  /** Organisation id, or 'platform'. */
  @Column('text', { default: 'platform' })
  chainKey: string;

  /**
   * One-way digests of the people concerned, covered by the hash. Erasure replaces a person's id by the
   * organisation's "former member" but leaves these, so the chain still verifies.
   */
  @Column('text', { nullable: true })
  actorRef: string | null;

  @Column('text', { nullable: true })
  subjectRef: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  subjectRefs: string[];

  @Column('text', { default: '' })
  prevHash: string;

  @Column('text', { default: '' })
  hash: string;
}

/**
 * The head of each chain, locked while an entry is appended so appends from every API instance form one
 * line. `anchorHash` is what the oldest kept entry must point to (retention removes older ones).
 */
@Entity('audit_chain_heads')
export class AuditChainHead {
  @PrimaryColumn('text')
  chainKey: string;

  @Column('bigint', { nullable: true })
  lastId: string | null;

  @Column('text', { default: '' })
  lastHash: string;

  @Column('text', { default: '' })
  anchorHash: string;

  @Column('timestamptz', { nullable: true })
  prunedAt: Date | null;
}
