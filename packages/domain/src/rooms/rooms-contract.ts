/**
 * Rooms, history, 1:1 conversations and reports: what crosses the wire between api and web
 * (apps/api/src/modules/{rooms,contributions,moderation}). Contribution and notification shapes live in
 * realtime-events.ts, shared with the socket.
 */
import type { PhaseId } from '../phases/phases.js';
import type { ContributionView, RoomKind, RoomMemberView } from '../realtime-events.js';

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
  /** For 1:1 conversations: the other person. */
  other: RoomMemberView | null;
}

export interface RoomDetail extends RoomSummary {
  agreements: string;
  agreementsUpdatedAt: string | null;
  agreementsUpdatedBy: RoomMemberView | null;
  members: RoomMemberView[];
  /** What the caller may do here; the UI shows controls accordingly. */
  you: { membershipId: string; isHost: boolean; canManage: boolean };
  archived: boolean;
}

/** An open community room the caller can join. */
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

/** Someone asked for a 1:1 conversation with the caller. */
export interface DirectRequest {
  roomId: string;
  from: RoomMemberView;
  createdAt: string;
}

/** A 1:1 conversation opens only once the other person accepts. */
export interface DirectStart {
  roomId: string;
  status: 'invited' | 'active';
}

/** Reports on one contribution, for the room's hosts. */
export interface OpenReport {
  contributionId: string;
  author: RoomMemberView;
  reasons: string[];
  count: number;
  hidden: boolean;
  firstReportedAt: string;
}

/** One step in a contribution's phase history. */
export interface PhaseChangeView {
  fromPhase: PhaseId | null;
  toPhase: PhaseId | null;
  at: string;
  byAuthor: boolean;
}
