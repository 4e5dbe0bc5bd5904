import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Membership } from '../organisations/membership.entity.js';
import { Traject } from './traject.entity.js';

@Entity('traject_facilitators')
export class TrajectFacilitator {
  @PrimaryColumn('uuid')
  trajectId: string;

  @PrimaryColumn('uuid')
  membershipId: string;

  @ManyToOne(() => Traject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'traject_id' })
  traject?: Traject;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('uuid')
  organisationId: string;
}
