/** Na afloop (follow-up after a traject): what crosses the wire between api and web (apps/api/src/modules/nazorg). */
import type { Msg } from '../messages/messages.js';
import type { RoomMemberView } from '../realtime-events.js';
import type { ZwartGatLevel } from '../zwart-gat/zwart-gat-risk.js';

export const FOLLOW_UP_KINDS = ['contact_gehad', 'snooze', 'message', 'mentor_suggested'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface RiskPoint {
  computedAt: string;
  score: number;
  level: ZwartGatLevel;
}

export interface AlumnusRow {
  member: RoomMemberView;
  trajectId: string;
  trajectName: string;
  completedAt: string;
  /** 0..1, null before the first computation. */
  score: number | null;
  level: ZwartGatLevel | null;
  reasons: Msg[];
  computedAt: string | null;
  lastActivityAt: string | null;
  /** Oldest first. */
  history: RiskPoint[];
  lastContact: { at: string; kind: FollowUpKind; by: string; note: string | null } | null;
  snoozedUntil: string | null;
  hasMentor: boolean;
}

export interface NazorgOverview {
  totals: { alumni: number; consented: number; byLevel: Record<ZwartGatLevel | 'onbekend', number> };
  /** Only alumni who consented to follow-up, highest risk first; snoozed ones last. */
  alumni: AlumnusRow[];
  lastRunAt: string | null;
}

/** An admin's "run now": completion, the zwart-gat job and retention for their own organisation. */
export interface NazorgRunResult {
  completedTrajecten: number;
  computed: number;
  raisedToHoog: number;
  retentionCleared: number;
  at: string;
}
