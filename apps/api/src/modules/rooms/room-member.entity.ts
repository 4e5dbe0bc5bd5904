import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Membership } from '../organisations/membership.entity.js';
import { Room } from './room.entity.js';

export const ROOM_MEMBER_STATUSES = ['active', 'invited', 'left', 'removed', 'declined'] as const;
export type RoomMemberStatus = (typeof ROOM_MEMBER_STATUSES)[number];

@Entity('room_members')
@Index(['membershipId', 'status'])
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
}
