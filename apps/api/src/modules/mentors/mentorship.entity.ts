import type { MentorshipStatus } from '@spiegel/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// The wire contract owns the values (packages/domain); re-exported for the module's own files.
export { MENTORSHIP_STATUSES, type MentorshipStatus } from '@spiegel/domain';

@Entity('mentorships')
@Index(['mentorMembershipId', 'status'])
@Index(['menteeMembershipId', 'status'])
export class Mentorship {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  mentorMembershipId: string;

  @Column('uuid')
  menteeMembershipId: string;

  @Column('text', { default: 'requested' })
  status: MentorshipStatus;

  /** The seeker's short request; shown to the mentor only. */
  @Column('text', { default: '' })
  requestMessage: string;

  @Column('uuid', { nullable: true })
  roomId: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  respondedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  @Column('uuid', { nullable: true })
  endedBy: string | null;
}
