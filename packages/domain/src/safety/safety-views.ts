import type { RoomMemberView } from '../realtime-events.js';
import type { CrisisSeverity } from '../crisis/crisis-lexicon.js';
import type { CaseOutcome, CaseState } from './crisis-case.js';
import type { SignalLabel } from './field-signals.js';
import type { StaffedHours } from './staffed-hours.js';

/** A crisis case as staff see it: who, where, which state. Never the message text. */
export interface CrisisCaseView {
  id: string;
  state: CaseState;
  severity: CrisisSeverity;
  roomId: string;
  roomName: string;
  contributionId: string;
  author: RoomMemberView;
  owner: RoomMemberView | null;
  outcome: CaseOutcome | null;
  note: string | null;
  raisedAt: string;
  pickedUpAt: string | null;
  closedAt: string | null;
  escalatedAt: string | null;
}

export interface CaseStepInput {
  outcome?: CaseOutcome;
  note?: string;
}

export interface CaseContactResult {
  roomId: string;
}

export interface SafetyStatusView {
  /** Whether someone of the organisation watches right now. */
  staffed: boolean;
}

export type StaffedHoursView = StaffedHours;

export interface SignalMarkInput {
  contributionId: string;
  label: SignalLabel;
}

export interface SignalMarkView {
  contributionId: string;
  roomId: string;
  label: SignalLabel;
  /** The detection result stored with the message when it was marked. */
  detected: CrisisSeverity;
  markedAt: string;
}
