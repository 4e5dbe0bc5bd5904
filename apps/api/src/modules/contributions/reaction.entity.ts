import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SupportReaction } from '@spiegel/domain';
import { Contribution } from './contribution.entity.js';

/** Supportive reactions. "Ik herken dit" is a Recognition, not a Reaction. */
@Entity('reactions')
@Index('uq_reactions_once', ['contributionId', 'membershipId', 'kind'], { unique: true })
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

  @Index()
  @Column('uuid')
  membershipId: string;

  @Column('text')
  kind: SupportReaction;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
