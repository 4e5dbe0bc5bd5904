import type { ContributionView, PhaseId, RoomKind, RoomMemberView } from '@spiegel/domain';

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
  /** Set when the invitation also offers a traject (the consent screen follows registration). */
  trajectName?: string | null;
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

/* Rooms (issue 4). Contribution and notification shapes come from @spiegel/domain. */

export interface RoomSummary {
  id: string;
  kind: RoomKind;
  /** For 1:1 conversations: the other person's pseudonym. */
  name: string;
  description: string;
  lastSeq: number;
  lastReadSeq: number;
  unread: number;
  lastActivityAt: string | null;
  other: RoomMemberView | null;
}

export interface RoomDetail extends RoomSummary {
  agreements: string;
  agreementsUpdatedAt: string | null;
  agreementsUpdatedBy: RoomMemberView | null;
  members: RoomMemberView[];
  you: { membershipId: string; isHost: boolean; canManage: boolean };
  archived: boolean;
}

export interface DiscoverableRoom {
  id: string;
  name: string;
  description: string;
  memberCount: number;
}

export interface HistoryPage {
  /** Newest first. */
  items: ContributionView[];
  /** Pass as `before` for the next (older) page; null at the start of the room. */
  nextBefore: number | null;
}

export interface DirectRequest {
  roomId: string;
  from: RoomMemberView;
  createdAt: string;
}

export interface DirectStart {
  roomId: string;
  status: 'invited' | 'active';
}

export interface OpenReport {
  contributionId: string;
  author: RoomMemberView;
  reasons: string[];
  count: number;
  hidden: boolean;
  firstReportedAt: string;
}

export interface PhaseChange {
  fromPhase: PhaseId | null;
  toPhase: PhaseId | null;
  at: string;
  byAuthor: boolean;
}
