import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SupportReaction } from '@spiegel/domain';
import { Contribution } from './contribution.entity.js';

/** Supportive reactions. "Ik herken dit" is a Recognition, not a Reaction. */
@Entity('reactions')
@Index('uq_reactions_once', ['contributionId', 'membershipId', 'kind'], { unique: true })
// Someone's own reactions by time (their latest moment, their activity per window) and the organisation's
// reactions of a period (contact between members after a traject): the zwart-gat job reads both.
@Index(['membershipId', 'createdAt'])
@Index(['organisationId', 'createdAt'])
export class Reaction {
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
  membershipId: string;

  @Column('text')
  kind: SupportReaction;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
