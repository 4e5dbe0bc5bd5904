/**
 * The views this module publishes for other modules' SQL (made by migration OwnerReadViews): read these,
 * never the tables; write through the rooms module's exports (GroupRoomsRepository, RoomMembersRepository,
 * RoomsService).
 */
export const READ_VIEWS = {
  room_facts: "a room's organisation, kind, name and creation time (no description, agreements or sequence)",
  room_member_facts:
    "who is in which room, with the membership's status and when it began (no read position)",
} as const;
