import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const MENTORSHIP_STATUSES = ['requested', 'active', 'declined', 'ended', 'withdrawn'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

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
