import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PhaseId } from '@spiegel/domain';
import { Contribution } from './contribution.entity.js';

/** Who changed a contribution's phase tag, from what to what, and when. */
@Entity('phase_changes')
@Index(['contributionId', 'at'])
export class PhaseChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('bigint')
  contributionId: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Contribution;

  @Column('uuid')
  changedBy: string;

  @Column('text', { nullable: true })
  fromPhase: PhaseId | null;

  @Column('text', { nullable: true })
  toPhase: PhaseId | null;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
