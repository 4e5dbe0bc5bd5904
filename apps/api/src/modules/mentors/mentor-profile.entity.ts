import type { MentorStatus } from '@spiegel/domain';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Membership } from '../organisations/membership.entity.js';

// The wire contract owns the values (packages/domain); re-exported for the module's own files.
export { MENTOR_STATUSES, type MentorStatus } from '@spiegel/domain';

/** "Ik wil er zijn voor anderen": a getuigenis member's opt-in as peer mentor, with their own boundaries. */
@Entity('mentor_profiles')
export class MentorProfileEntity {
  @PrimaryColumn('uuid')
  membershipId: string;

  @OneToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('uuid')
  organisationId: string;

  @Column('text', { default: '' })
  intro: string;

  @Column('text', { array: true, default: '{}' })
  themes: string[];

  @Column('text', { array: true, default: '{nl}' })
  languages: string[];

  @Column('text', { array: true, default: '{}' })
  availability: string[];

  @Column('integer', { default: 2 })
  maxMentees: number;

  @Column('text', { default: 'active' })
  status: MentorStatus;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;
}
