import type { MembershipRole } from '../organisations/membership.entity.js';

/** What the web app knows about the person who is logged in. */
export interface Me {
  userId: string;
  membershipId: string;
  displayName: string;
  avatarColor: string;
  role: MembershipRole;
  organisation: { id: string; name: string; slug: string };
}
