import type { CrisisSeverity, SignalLabel } from '@spiegel/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contribution } from '../contributions/contribution.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

/** A staff member's verdict on detection for one message: ids and labels only, never copied text. */
@Entity('signal_marks')
@Index(['organisationId', 'markedAt'])
@Index(['contributionId', 'markedBy'], { unique: true })
export class SignalMark {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('bigint')
  contributionId: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Contribution;

  @Column('uuid')
  roomId: string;

  @Column('text')
  label: SignalLabel;

  /** What detection said about the message when it was marked. */
  @Column('text')
  detected: CrisisSeverity;

  @Column('uuid')
  markedBy: string;

  @Column('timestamptz', { default: () => 'now()' })
  markedAt: Date;
}
