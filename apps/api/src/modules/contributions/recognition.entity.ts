import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Contribution } from './contribution.entity.js';

/**
 * Herkenning: one member recognised themselves in another's contribution. A first-class event
 * between two members (from → to), the basis of the recognition graph and the kantelpunt.
 */
@Entity('recognitions')
@Index('uq_recognitions_once', ['contributionId', 'fromMembershipId'], { unique: true })
@Index(['roomId', 'createdAt'])
@Index(['toMembershipId', 'createdAt'])
@Index(['fromMembershipId', 'createdAt'])
export class Recognition {
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
  fromMembershipId: string;

  @Column('uuid')
  toMembershipId: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
