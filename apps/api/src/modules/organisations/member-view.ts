import type { RoomMemberView } from '@spiegel/domain';

/** How one member is shown to others: pseudonym and avatar colour, from a `memberships` row. */
export const memberView = (id: string, name: string, color: string): RoomMemberView => ({
  membershipId: id,
  displayName: name,
  avatarColor: color,
});
