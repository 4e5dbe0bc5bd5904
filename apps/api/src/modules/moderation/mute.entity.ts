import { Column, Entity, PrimaryColumn } from 'typeorm';

/** "Mute for myself": hides another member's contributions from my view only. */
@Entity('mutes')
export class Mute {
  @PrimaryColumn('uuid')
  membershipId: string;

  @PrimaryColumn('uuid')
  mutedMembershipId: string;

  @Column('uuid')
  organisationId: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
