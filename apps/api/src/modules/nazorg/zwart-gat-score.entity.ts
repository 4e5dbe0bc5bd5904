import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Msg, ZwartGatLevel } from '@spiegel/domain';
import { Membership } from '../organisations/membership.entity.js';

/** One computation of an alumnus' zwart-gat risk. History is kept so trends can be shown. */
@Entity('zwart_gat_scores')
@Index(['membershipId', 'computedAt'])
@Index(['trajectId', 'computedAt'])
export class ZwartGatScore {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  trajectId: string;

  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('timestamptz')
  computedAt: Date;

  @Column('real')
  score: number;

  @Column('text')
  level: ZwartGatLevel;

  @Column('jsonb', { default: [] })
  reasons: Msg[];

  @Column('timestamptz', { nullable: true })
  lastActivityAt: Date | null;
}
