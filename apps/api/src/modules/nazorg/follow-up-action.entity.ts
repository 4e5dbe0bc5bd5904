import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FOLLOW_UP_KINDS = ['contact_gehad', 'snooze', 'message', 'mentor_suggested'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** What a facilitator did for an alumnus after the traject. The note is private to facilitators. */
@Entity('follow_up_actions')
@Index(['membershipId', 'createdAt'])
export class FollowUpAction {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  trajectId: string;

  @Column('uuid')
  membershipId: string;

  @Column('uuid')
  facilitatorMembershipId: string;

  @Column('text')
  kind: FollowUpKind;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('timestamptz', { nullable: true })
  snoozeUntil: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
