import type { FollowUpKind } from '@spiegel/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// The wire contract owns the values (packages/domain); re-exported for the module's own files.
export { FOLLOW_UP_KINDS, type FollowUpKind } from '@spiegel/domain';

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
