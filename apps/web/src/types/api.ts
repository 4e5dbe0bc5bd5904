/** Shapes the API answers with (see apps/api). Kept here until they move to @spiegel/domain. */

export const ROLES = ['participant', 'facilitator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Organisation {
  id: string;
  name: string;
  slug: string;
}

export interface Me {
  userId: string;
  membershipId: string;
  displayName: string;
  avatarColor: string;
  role: Role;
  organisation: Organisation;
}

export interface Session {
  me: Me | null;
  csrfToken: string;
}

export const INVITATION_STATES = ['open', 'expired', 'used_up', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export interface InvitationView {
  id: string;
  codePrefix: string;
  role: Role;
  note: string | null;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revoked: boolean;
  state: InvitationState;
  createdAt: string;
}

export interface CreatedInvitation extends InvitationView {
  code: string;
  url: string;
}

export interface InvitationPreview {
  organisationName: string;
  role: Role;
  expiresAt: string;
}

export interface Member {
  membershipId: string;
  displayName: string;
  avatarColor: string;
  role: Role;
  joinedAt: string;
}

export interface PasswordResetLink {
  url: string;
  token: string;
  expiresAt: string;
}
