import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RoomMemberEndReason } from './room-member.entity.js';

/**
 * Who starts or restores a room membership. `staff` (a host or admin acting on someone else, with their
 * id) may restore a membership that staff ended; `self` (the person: consent, joining an open room) and
 * `system` (a job: traject completion) never do.
 */
export type RoomMemberActivation = { by: 'staff'; staffId: string } | { by: 'self' } | { by: 'system' };

/**
 * The only place that writes room memberships' status. Every path that (re)activates a membership goes
 * through `activate`, so the rule "ended by staff, restored only by staff" is enforced here, and by a
 * trigger in the database for any write that would bypass it.
 */
@Injectable()
export class RoomMembersRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Moves the member's read marker forward to `seq` (never back, never past the room's last seq). */
  async markRead(roomId: string, membershipId: string, seq: number): Promise<void> {
    await this.ds.query(
      `UPDATE room_members SET last_read_seq = GREATEST(last_read_seq, LEAST($3::bigint, (SELECT last_seq FROM rooms WHERE id = $1)))
        WHERE room_id = $1 AND membership_id = $2 AND status = 'active'`,
      [roomId, membershipId, seq],
    );
  }

  /**
   * Makes the person an active member unless staff ended their membership and the caller is not staff.
   * Returns whether they are an active member afterwards.
   */
  async activate(
    em: EntityManager,
    roomId: string,
    membershipId: string,
    organisationId: string,
    how: RoomMemberActivation,
  ): Promise<boolean> {
    const staffId = how.by === 'staff' ? how.staffId : null;
    const rows = await em.query<{ status: string }[]>(
      `WITH w AS (
         INSERT INTO room_members (room_id, membership_id, organisation_id, status, joined_at, left_at)
         VALUES ($1, $2, $3, 'active', now(), NULL)
         ON CONFLICT (room_id, membership_id) DO UPDATE
            SET status = 'active', joined_at = now(), left_at = NULL, ended_by = NULL, end_reason = NULL,
                restored_by = CASE WHEN room_members.status = 'removed' THEN $4::uuid ELSE room_members.restored_by END
          WHERE room_members.status <> 'active' AND (room_members.status <> 'removed' OR $4::uuid IS NOT NULL)
         RETURNING status)
       SELECT status FROM w
       UNION ALL
       SELECT status FROM room_members WHERE room_id = $1 AND membership_id = $2 AND NOT EXISTS (SELECT 1 FROM w)`,
      [roomId, membershipId, organisationId, staffId],
    );
    return rows[0]?.status === 'active';
  }

  /** The person's own 1:1 invitation, accepted. */
  async acceptInvitation(
    em: EntityManager,
    roomId: string,
    membershipId: string,
    organisationId: string,
  ): Promise<boolean> {
    const rows = await em.query<{ room_id: string }[]>(
      `WITH w AS (UPDATE room_members SET status = 'active', joined_at = now()
                   WHERE room_id = $1 AND membership_id = $2 AND organisation_id = $3 AND status = 'invited'
                   RETURNING room_id)
       SELECT room_id FROM w`,
      [roomId, membershipId, organisationId],
    );
    return rows.length > 0;
  }

  /**
   * Ends an active (or invited) membership, recording who and why: `removed`, `organisation_removed`
   * and `facilitation_ended` are staff decisions (status `removed`); `left` and `declined` the person's own.
   */
  async end(
    em: EntityManager,
    roomId: string,
    membershipId: string,
    reason: RoomMemberEndReason,
    endedBy: string,
    from: ('active' | 'invited')[] = ['active'],
  ): Promise<boolean> {
    const rows = await em.query<{ room_id: string }[]>(
      `WITH w AS (UPDATE room_members SET status = $3, end_reason = $4, ended_by = $5, left_at = now(), restored_by = NULL
                   WHERE room_id = $1 AND membership_id = $2 AND status = ANY($6::text[])
                   RETURNING room_id)
       SELECT room_id FROM w`,
      [roomId, membershipId, statusFor(reason), reason, endedBy, from],
    );
    return rows.length > 0;
  }

  /** Ends every membership of a person (removal from the organisation); returns the rooms. */
  async endAllOf(
    em: EntityManager,
    membershipId: string,
    reason: RoomMemberEndReason,
    endedBy: string,
  ): Promise<string[]> {
    const rows = await em.query<{ room_id: string }[]>(
      `WITH w AS (UPDATE room_members SET status = $2, end_reason = $3, ended_by = $4, left_at = now(), restored_by = NULL
                   WHERE membership_id = $1 AND status IN ('active', 'invited')
                   RETURNING room_id)
       SELECT room_id FROM w`,
      [membershipId, statusFor(reason), reason, endedBy],
    );
    return rows.map((r) => r.room_id);
  }
}

const statusFor = (reason: RoomMemberEndReason): 'removed' | 'left' | 'declined' =>
  reason === 'left' ? 'left' : reason === 'declined' ? 'declined' : 'removed';
