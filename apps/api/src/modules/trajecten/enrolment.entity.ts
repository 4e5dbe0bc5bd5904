import type { EnrolmentStatus } from '@spiegel/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Membership } from '../organisations/membership.entity.js';
import { Traject } from './traject.entity.js';

/** invited: waiting for the person's consent; active: taking part; left; completed: alumnus. */
// The wire contract owns the values (packages/domain); re-exported for the module's own files.
export { ENROLMENT_STATUSES, type EnrolmentStatus } from '@spiegel/domain';

@Entity('enrolments')
@Index('uq_enrolments_traject_member', ['trajectId', 'membershipId'], { unique: true })
@Index(['membershipId', 'status'])
@Index(['organisationId', 'status', 'completedAt'])
export class Enrolment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  trajectId: string;

  @ManyToOne(() => Traject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'traject_id' })
  traject?: Traject;

  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('uuid')
  organisationId: string;

  @Column('text', { default: 'invited' })
  status: EnrolmentStatus;

  @Column('timestamptz', { default: () => 'now()' })
  invitedAt: Date;

  /** When the person read the consent screen and agreed to take part. */
  @Column('timestamptz', { nullable: true })
  consentAt: Date | null;

  /** Whether facilitators may reach out after the traject ends (Na afloop). */
  @Column('boolean', { default: false })
  consentFollowUp: boolean;

  @Column('timestamptz', { nullable: true })
  leftAt: Date | null;

  /** Only what the person chose to write; never asked for. */
  @Column('text', { nullable: true })
  leftNote: string | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;
}
