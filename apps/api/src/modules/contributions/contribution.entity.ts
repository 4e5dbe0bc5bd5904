import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ContributionKind, CrisisSeverity, PhaseId } from '@spiegel/domain';
import { Membership } from '../organisations/membership.entity.js';
import { Room } from '../rooms/room.entity.js';

@Entity('contributions')
@Index('uq_contributions_room_seq', ['roomId', 'seq'], { unique: true })
@Index('uq_contributions_author_client', ['authorMembershipId', 'clientId'], { unique: true })
@Index(['replyToId'])
@Index(['organisationId', 'createdAt'])
/** Insight's dashboard, live panel and report read a room's contributions by time range. */
@Index(['roomId', 'createdAt'])
/** A room's replies by time (who answers whom): the dashboard, the live panel and the report. */
@Index('idx_contributions_room_replies', ['roomId', 'createdAt'], { where: 'reply_to_id IS NOT NULL' })
@Index(['authorMembershipId', 'createdAt'])
/**
 * (id) INCLUDE (author_membership_id, crisis), migration ContributionAuthorLookup: author and crisis level
 * by id without the heap (the zwart-gat job's lookups, the recognition_evidence view). TypeORM cannot
 * express INCLUDE, so it leaves this index to the migration.
 */
@Index('idx_contributions_id_author', { synchronize: false })
export class Contribution {
  /** Monotonically increasing across the platform. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  roomId: string;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: Room;

  @Column('bigint')
  seq: string;

  @Column('uuid')
  authorMembershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_membership_id' })
  author?: Membership;

  /** Chosen by the client; makes sending idempotent. */
  @Column('uuid')
  clientId: string;

  @Column('text')
  kind: ContributionKind;

  @Column('text', { nullable: true })
  title: string | null;

  /** null after deletion (the row stays as an audit tombstone without content). */
  @Column('text', { nullable: true })
  body: string | null;

  @Column('bigint', { nullable: true })
  replyToId: string | null;

  @Column('text', { nullable: true })
  phase: PhaseId | null;

  @Column('text', { nullable: true })
  phaseSuggested: PhaseId | null;

  @Column('real', { default: 0 })
  phaseConfidence: number;

  @Column('jsonb', { default: [] })
  phaseCues: string[];

  @Column('text', { default: 'classifier' })
  phaseSetBy: 'classifier' | 'author';

  @Column('text', { array: true, default: '{}' })
  themes: string[];

  @Column('text', { default: 'none' })
  crisis: CrisisSeverity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  editedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  deletedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  hiddenAt: Date | null;

  @Column('text', { nullable: true })
  hiddenReason: string | null;

  @Column('text', { nullable: true })
  hiddenBy: 'facilitator' | 'reports' | null;

  @Column('uuid', { nullable: true })
  hiddenByMembershipId: string | null;
}
