import { Organisation } from '../organisations/organisation.entity.js';
import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * NEN 7513-style log: who did what, when, concerning whom. Never holds message contents.
 */
@Entity('audit_events')
@Index(['organisationId', 'at'])
@Index(['organisationId', 'subjectMembershipId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('uuid', { nullable: true })
  actorMembershipId: string | null;

  @Column('text')
  action: string;

  @Column('uuid', { nullable: true })
  subjectMembershipId: string | null;

  @Column('text', { nullable: true })
  targetType: string | null;

  @Column('text', { nullable: true })
  targetId: string | null;

  @Column('jsonb', { default: {} })
  details: Record<string, unknown>;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
