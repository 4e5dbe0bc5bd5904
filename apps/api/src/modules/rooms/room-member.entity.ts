import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Membership } from '../organisations/membership.entity.js';
import { Room } from './room.entity.js';

export const ROOM_MEMBER_STATUSES = ['active', 'invited', 'left', 'removed', 'declined'] as const;
export type RoomMemberStatus = (typeof ROOM_MEMBER_STATUSES)[number];

/** Why a membership ended. The first three are staff decisions (status `removed`): only staff undo them. */
export const STAFF_END_REASONS = ['removed', 'organisation_removed', 'facilitation_ended'] as const;
export const ROOM_MEMBER_END_REASONS = [...STAFF_END_REASONS, 'left', 'declined'] as const;
export type RoomMemberEndReason = (typeof ROOM_MEMBER_END_REASONS)[number];

@Entity('room_members')
@Index(['membershipId', 'status'])
// An ended membership records why; `removed` means staff ended it. Migration RoomMemberEnd also adds a
// trigger that refuses to reactivate such a row unless `restored_by` names the staff member doing it.
@Check(
  'CHK_room_members_end',
  `(status IN ('active', 'invited') AND end_reason IS NULL)
   OR (status = 'removed' AND end_reason IN ('removed', 'organisation_removed', 'facilitation_ended'))
   OR (status IN ('left', 'declined') AND end_reason IN ('left', 'declined'))`,
)
export class RoomMember {
  @PrimaryColumn('uuid')
  roomId: string;

  @PrimaryColumn('uuid')
  membershipId: string;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: Room;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('uuid')
  organisationId: string;

  /** `invited` is a 1:1 conversation the other person has not accepted yet. */
  @Column('text', { default: 'active' })
  status: RoomMemberStatus;

  @Column('timestamptz', { default: () => 'now()' })
  joinedAt: Date;

  @Column('timestamptz', { nullable: true })
  leftAt: Date | null;

  @Column('bigint', { default: 0 })
  lastReadSeq: string;

  /** Who ended the membership (the person themselves, or the staff member who removed them). */
  @Column('uuid', { nullable: true })
  endedBy: string | null;

  @Column('text', { nullable: true })
  endReason: RoomMemberEndReason | null;

  /** The staff member who last restored a membership that staff had ended. */
  @Column('uuid', { nullable: true })
  restoredBy: string | null;
}
