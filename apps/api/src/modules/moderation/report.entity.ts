import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contribution } from '../contributions/contribution.entity.js';

@Entity('reports')
@Index('uq_reports_once', ['contributionId', 'reporterMembershipId'], { unique: true })
@Index(['roomId', 'resolvedAt'])
export class Report {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  roomId: string;

  @Column('bigint')
  contributionId: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Contribution;

  @Column('uuid')
  reporterMembershipId: string;

  @Column('text')
  reason: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  resolvedAt: Date | null;

  @Column('uuid', { nullable: true })
  resolvedBy: string | null;

  @Column('text', { nullable: true })
  resolution: 'kept' | 'hidden' | null;
}
