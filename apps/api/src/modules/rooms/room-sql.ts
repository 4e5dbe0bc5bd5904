/**
 * SQL fragments the rooms module lends to statements of other modules that must check a room membership
 * in the same statement as their write (so a membership that ends between a check and the write stops
 * the write, and a send takes the room's next sequence number under the room row's lock). The names of
 * `rooms` and `room_members` are spelled here, by their owner; the caller only places the fragment.
 */
export const roomSql = {
  /**
   * True while member `member` (a parameter such as `$3`) is an active member of the room whose id is the
   * expression `roomId` (a column such as `c.room_id`, or a parameter).
   */
  isActiveMember: (roomId: string, member: string) =>
    `EXISTS (SELECT 1 FROM room_members sm WHERE sm.room_id = ${roomId} AND sm.membership_id = ${member} AND sm.status = 'active')`,

  /**
   * The room's kind (`kind`) and whether it is archived (`archived`) when `room` (a parameter) is a room of
   * organisation `org` and `member` is an active member of it; no row otherwise. The membership test of
   * RoomAccessService, also placed inside a read's own statement (a history page with its access check).
   */
  memberAccess: (org: string, room: string, member: string) =>
    `SELECT r.kind, r.archived_at IS NOT NULL AS archived FROM rooms r JOIN room_members rm ON rm.room_id = r.id
      WHERE r.id = ${room} AND r.organisation_id = ${org} AND rm.membership_id = ${member} AND rm.status = 'active'`,

  /**
   * The room's kind (`kind`) when `room` (a parameter) is a room of organisation `org` that is not
   * archived and `member` is an active member of it; no row otherwise. Add more conditions with `AND …`.
   */
  writableRoom: (org: string, room: string, member: string) =>
    `SELECT r.kind FROM rooms r JOIN room_members rm ON rm.room_id = r.id
      WHERE r.id = ${room} AND r.organisation_id = ${org} AND rm.membership_id = ${member} AND rm.status = 'active'
        AND r.archived_at IS NULL`,

  /**
   * Takes the room's next sequence number (`last_seq`) when `condition` holds; the room row stays
   * locked until the statement's transaction ends, so seq order is commit order.
   */
  nextSeq: (room: string, condition: string) =>
    `UPDATE rooms SET last_seq = last_seq + 1 WHERE id = ${room} AND ${condition} RETURNING last_seq`,

  /**
   * For a batch of sends: locks the rooms whose ids the subquery `roomIds` gives, in id order, so two
   * batches (on any instance) that touch the same rooms never wait on each other in a cycle.
   */
  lockRoomsInOrder: (roomIds: string) =>
    `SELECT lr.id FROM rooms lr WHERE lr.id IN (${roomIds}) ORDER BY lr.id FOR UPDATE`,

  /**
   * Takes `n` sequence numbers in each room of `counts` (a relation with `room_id` and `n`, whose rooms
   * the statement has locked): returns each room's `room_id` and `base_seq`, the seq before the first.
   */
  nextSeqs: (counts: string) =>
    `UPDATE rooms SET last_seq = rooms.last_seq + k.n FROM ${counts} k WHERE rooms.id = k.room_id
      RETURNING rooms.id AS room_id, rooms.last_seq - k.n AS base_seq`,

  /** The room's name, for the room whose id is the expression `roomId`. */
  nameOf: (roomId: string) => `(SELECT nr.name FROM rooms nr WHERE nr.id = ${roomId})`,

  /** The caller's last read sequence number in a room (`rm.last_read_seq`), joined on `roomId`. */
  lastReadJoin: (roomId: string, member: string) =>
    `JOIN room_members rm ON rm.room_id = ${roomId} AND rm.membership_id = ${member}`,
};
