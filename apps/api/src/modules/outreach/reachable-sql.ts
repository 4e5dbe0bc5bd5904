/**
 * Whether membership `member` may still hear news of organisation `org`: an active member of it and, when
 * `room` is not NULL (`membersOnlyRoom`), an active or invited member of that room. Asked when a
 * notification is made and again when its e-mail or push is sent (which can be hours later). Reads the
 * owners' views (organisations' `member_names`, rooms' `room_member_facts`); the arguments are SQL
 * expressions (parameters or columns).
 */
export const stillReachable = (member: string, org: string, room: string): string =>
  `EXISTS (
     SELECT 1 FROM member_names m
      WHERE m.id = ${member} AND m.organisation_id = ${org} AND m.status = 'active'
        AND (${room}::uuid IS NULL OR EXISTS (
              SELECT 1 FROM room_member_facts r
               WHERE r.room_id = ${room} AND r.membership_id = m.id AND r.status IN ('active', 'invited'))))`;
