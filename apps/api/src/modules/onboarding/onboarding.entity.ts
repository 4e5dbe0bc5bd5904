import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Membership } from '../organisations/membership.entity.js';

/** That a member went through the first-visit guide, and whose agreements they accepted there. */
@Entity('onboarding_completions')
export class OnboardingCompletion {
  @PrimaryColumn('uuid')
  membershipId: string;

  @OneToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('uuid')
  organisationId: string;

  @Column('timestamptz')
  completedAt: Date;

  @Column('uuid', { nullable: true })
  acceptedRoomId: string | null;
}
