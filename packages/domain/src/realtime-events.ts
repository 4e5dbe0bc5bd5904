/**
 * The typed socket.io event map shared by the API gateway and the web client, and the shapes of
 * what travels over it. Every client→server event takes an acknowledgement callback that receives
 * an `Ack`. Server→client events are fire-and-forget; anything that must not be lost (contributions)
 * is also recoverable through catch-up by per-room sequence number.
 */
import type { CrisisSeverity } from './crisis/crisis-lexicon.js';
import type { PhaseId } from './phases/phases.js';
import type { CaseState } from './safety/crisis-case.js';

export const REALTIME_ERROR_CODES = [
  'UNAUTHENTICATED',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'RATE_LIMITED',
  'CONFLICT',
  'INTERNAL_ERROR',
] as const;
export type RealtimeErrorCode = (typeof REALTIME_ERROR_CODES)[number];

export type Ack<T> =
  { ok: true; data: T } | { ok: false; error: { code: RealtimeErrorCode; message: string } };
export type AckCallback<T> = (response: Ack<T>) => void;

export const ROOM_KINDS = ['group', 'community', 'alumni', 'direct'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const CONTRIBUTION_KINDS = ['message', 'story'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** "Ik herken dit" is not in this list: it is a recognition, recorded separately. */
export const SUPPORT_REACTIONS = ['steun', 'dank', 'sterkte', 'hart'] as const;
export type SupportReaction = (typeof SUPPORT_REACTIONS)[number];
export const REACTION_KINDS = ['herkenning', ...SUPPORT_REACTIONS] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const MESSAGE_MAX_CHARS = 4000;
export const STORY_BODY_MAX_CHARS = 20000;
export const STORY_TITLE_MAX_CHARS = 200;

/** How a person appears in a room: the same for everyone, no roles. */
export interface RoomMemberView {
  membershipId: string;
  displayName: string;
  avatarColor: string;
}

/** Only the author and the room's facilitators ever receive this. */
export interface PhaseTag {
  phase: PhaseId | null;
  suggested: PhaseId | null;
  confidence: number;
  cues: string[];
  setBy: 'classifier' | 'author';
}

export interface ReactionSummary {
  kind: ReactionKind;
  count: number;
  /** Whether the receiving member gave this one. */
  mine: boolean;
}

export interface ContributionView {
  id: string;
  roomId: string;
  /** Gap-free, commit-ordered position in the room: the catch-up cursor. */
  seq: number;
  clientId: string;
  kind: ContributionKind;
  author: RoomMemberView;
  title: string | null;
  /** null when deleted or hidden. */
  body: string | null;
  replyToId: string | null;
  replyCount: number;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  hidden: { reason: string; by: 'facilitator' | 'reports' } | null;
  reactions: ReactionSummary[];
  /** Present only for the author and the room's facilitators. */
  phaseTag?: PhaseTag;
  /** Present only for the author and the room's facilitators. */
  crisis?: CrisisSeverity;
  /**
   * For everyone else in the room: the message was flagged and a facilitator is informed (no severity, no
   * cues). Peers are offered "Laat weten dat je er bent" instead of "Ik herken dit".
   */
  careNeeded?: boolean;
}

export interface SendContributionInput {
  clientId: string;
  roomId: string;
  kind: ContributionKind;
  body: string;
  title?: string;
  replyToId?: string;
}

export interface SendContributionResult {
  contribution: ContributionView;
  /** True when this clientId had been stored before (a retry): nothing new was created. */
  duplicate: boolean;
  /** Set when the text suggests crisis: the client shows the 113 panel at once. */
  crisis: CrisisSeverity;
  /**
   * With a crisis: whether someone of the organisation watches right now (staffed hours). When false the
   * panel says plainly that nobody is watching and points to 113 and 112; the alert still queues.
   */
  watched?: boolean;
}

export interface CatchUpRequest {
  rooms: { roomId: string; afterSeq: number }[];
  /** Per room, at most this many per call; the client asks again while `hasMore`. */
  limit?: number;
}

export interface CatchUpResult {
  rooms: { roomId: string; items: ContributionView[]; hasMore: boolean; lastSeq: number }[];
}

export const NOTIFICATION_KINDS = [
  'crisis_alert',
  'crisis_escalated',
  'report',
  'hidden',
  'direct_request',
  'direct_accepted',
  'room_added',
  'enrolment_invite',
  'traject_completed',
  'zwart_gat_high',
  'followup_message',
  'mentor_suggested',
  'mentor_invite',
  'mentor_request',
  'mentor_accepted',
  'mentor_declined',
  'mentorship_ended',
  'herkenning_received',
  'reply_received',
  'two_factor_reset',
  'questionnaire_due',
  'system',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Kinds about what happens inside a room (a reply, a herkenning, a report, a 1:1 request or acceptance,
 * being added): only the room's current members, or the invitee of a 1:1 request, hear of them. Someone
 * removed from the room, or who left it, is told nothing more about it, not in the app, by push or by mail.
 * Crisis alerts (which may go to facilitators outside a 1:1 room) and a note that one's own message was
 * hidden are not among them.
 */
export const ROOM_MEMBER_NOTIFICATION_KINDS = [
  'report',
  'direct_request',
  'direct_accepted',
  'room_added',
  'herkenning_received',
  'reply_received',
] as const satisfies readonly NotificationKind[];

/** Whether a notification of this kind about a room is only for that room's current members. */
export function isForRoomMembersOnly(kind: NotificationKind): boolean {
  return (ROOM_MEMBER_NOTIFICATION_KINDS as readonly NotificationKind[]).includes(kind);
}

/** The room whose current members alone may hear of this news (`isForRoomMembersOnly`), else null. */
export function membersOnlyRoom(n: { kind: NotificationKind; roomId?: string | null }): string | null {
  return n.roomId && isForRoomMembersOnly(n.kind) ? n.roomId : null;
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  roomId: string | null;
  contributionId: string | null;
  actor: RoomMemberView | null;
  /** Identifiers and labels only, never message content. */
  data: Record<string, string | number | boolean | null>;
  createdAt: string;
  readAt: string | null;
}

export interface ReadyPayload {
  membershipId: string;
  organisationId: string;
}

export interface ServerToClientEvents {
  /** Sent once after the handshake succeeded. */
  'session:ready': (payload: ReadyPayload) => void;
  /** The session ended (logout elsewhere, password change, removal): the client should go to log-in. */
  'session:revoked': () => void;
  'contribution:new': (c: ContributionView) => void;
  'contribution:updated': (c: ContributionView) => void;
  'reaction:changed': (p: {
    contributionId: string;
    roomId: string;
    reactions: Omit<ReactionSummary, 'mine'>[];
  }) => void;
  typing: (p: { roomId: string; member: RoomMemberView; typing: boolean }) => void;
  'room:changed': (p: { roomId: string }) => void;
  /** You were removed from a room or left it: drop it from view. */
  'room:removed': (p: { roomId: string }) => void;
  'notification:new': (n: NotificationView) => void;
  'notification:count': (p: { unread: number }) => void;
}

export interface ClientToServerEvents {
  /** Round-trip check, also used by tests. */
  ping: (payload: Record<string, never>, ack: AckCallback<{ at: string }>) => void;
  'contribution:send': (input: SendContributionInput, ack: AckCallback<SendContributionResult>) => void;
  'contribution:edit': (
    input: { id: string; body: string; title?: string },
    ack: AckCallback<ContributionView>,
  ) => void;
  'contribution:delete': (input: { id: string }, ack: AckCallback<{ id: string }>) => void;
  'contribution:setPhase': (input: { id: string; phase: PhaseId | null }, ack: AckCallback<PhaseTag>) => void;
  'reaction:set': (
    input: { contributionId: string; kind: ReactionKind; on: boolean },
    ack: AckCallback<{ reactions: ReactionSummary[] }>,
  ) => void;
  catchup: (input: CatchUpRequest, ack: AckCallback<CatchUpResult>) => void;
  typing: (input: { roomId: string; typing: boolean }, ack?: AckCallback<null>) => void;
  'room:read': (input: { roomId: string; seq: number }, ack: AckCallback<{ unread: number }>) => void;
  'room:presence': (input: { roomId: string }, ack: AckCallback<{ online: string[] }>) => void;
}

/** One member in the live session picture: facilitators only ever receive this. */
export interface InsightSessionMember {
  member: RoomMemberView;
  isFacilitator: boolean;
  contributions: number;
  /** Share of the characters written in the window, 0..1. */
  shareOfVoice: number;
}

/**
 * The picture of the current session as it happens, for the room's facilitators (socket room
 * `room:<id>:hosts`): phases so far, recognitions, who has not spoken yet, the equality meter.
 * The window is the session that started in the last few hours, or else the last few hours.
 */
export interface InsightSessionPicture {
  roomId: string;
  from: string;
  to: string;
  /** Start of the traject session this window belongs to, when there is one. */
  sessionStartsAt: string | null;
  contributions: number;
  /** Contributions per phase in the window (phase null: logistics and small talk). */
  phases: { phase: PhaseId | null; count: number }[];
  recognitions: { count: number; edges: { fromMemberId: string; toMemberId: string; count: number }[] };
  members: InsightSessionMember[];
  notYetSpoken: RoomMemberView[];
  equality: {
    gini: number;
    facilitatorShareOfVoice: number;
    facilitatorShareOfMembers: number;
    /** Domain messages (equality.*): render with formatMessage. */
    advice: { key: string; params: Record<string, string | number> }[];
  };
}

// Insight events, merged into the map above (declaration merging keeps this file append-only).
export interface ServerToClientEvents {
  /** The live session picture changed (a contribution, a recognition, a phase change). Hosts only. */
  'insight:session': (p: InsightSessionPicture) => void;
}

/**
 * What happened to a crisis case: it opened (raised), someone picked it up (opgepakt) or let it go, it
 * escalated to the organisation's other staff, or it was closed (afgerond). The only place these are spelled.
 */
export const CASE_EVENT_KINDS = ['opened', 'picked_up', 'released', 'escalated', 'closed'] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/**
 * A crisis case changed. Ids, state and kind only (no names, no text): the client refetches the cases it may
 * see. Sent to each staff member who may see the case at that moment (the room's facilitators, the
 * organisation's admins, the owner, and after escalation the other staff); never to participants or researchers.
 */
export interface CaseChangedEvent {
  caseId: string;
  kind: CaseEventKind;
  state: CaseState;
  at: string;
}

// Safety events, merged into the map above.
export interface ServerToClientEvents {
  'case:changed': (p: CaseChangedEvent) => void;
}
