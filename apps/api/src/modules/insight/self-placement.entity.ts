import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PhaseId } from '@spiegel/domain';
import { Membership } from '../organisations/membership.entity.js';

/** Where a participant places themselves in the model ("mijn pad"). The newest row is current; history is kept. */
@Entity('self_placements')
@Index(['membershipId', 'createdAt'])
export class SelfPlacement {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('text')
  phase: PhaseId;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
