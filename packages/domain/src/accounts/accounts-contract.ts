/**
 * Accounts, members and invitations: what crosses the wire between api and web
 * (apps/api/src/modules/{auth,members,invitations}). The API's services return these types and the
 * web app reads them, so the compiler checks both ends.
 */

/**
 * `onderzoeker`: a researcher of the organisation. Sees no rooms, texts or names: only the pseudonymised
 * research export and the measured-recovery figures (the AuthGuard refuses every route not made for it).
 */
export const MEMBERSHIP_ROLES = ['participant', 'facilitator', 'admin', 'onderzoeker'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export interface OrganisationView {
  id: string;
  name: string;
  slug: string;
}

/** What the web app knows about the person who is logged in. */
export interface Me {
  userId: string;
  membershipId: string;
  displayName: string;
  avatarColor: string;
  role: MembershipRole;
  organisation: OrganisationView;
}

/** `GET /api/session`: who is logged in (if anyone) and the CSRF token for writes. */
export interface SessionView {
  me: Me | null;
  csrfToken: string;
}

export const INVITATION_STATES = ['open', 'expired', 'used_up', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export interface InvitationView {
  id: string;
  codePrefix: string;
  role: MembershipRole;
  note: string | null;
  /** Staff invited to log in with their organisation: the address it is for. */
  email: string | null;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revoked: boolean;
  state: InvitationState;
  createdAt: string;
}

/** Answered once, at creation: the code itself is never stored or shown again. */
export interface CreatedInvitation extends InvitationView {
  code: string;
  url: string;
}

/** What someone holding a code sees before registering. */
export interface InvitationPreview {
  organisationName: string;
  role: MembershipRole;
  expiresAt: string;
  /** Set when the invitation also offers a traject (the consent screen follows registration). */
  trajectName: string | null;
}

/** A row of the admin's member list. */
export interface MemberView {
  membershipId: string;
  displayName: string;
  avatarColor: string;
  role: MembershipRole;
  joinedAt: string;
}

/** A one-time reset link an admin hands over in person. */
export interface PasswordResetLink {
  url: string;
  token: string;
  expiresAt: string;
}
