import type { RoomKind, RoomMemberView } from '../realtime-events.js';
import type { Msg } from '../messages/messages.js';
import type { PathFlagId } from '../path/participant-path.js';
import type { PhaseId } from '../phases/phases.js';
import type { ZwartGatLevel } from '../zwart-gat/zwart-gat-risk.js';
import type { EqualityMeter } from './equality-meter.js';
import type { PhaseFunnel } from './phase-funnel.js';
import type { CheckpointId, CheckpointScore, TrafficLight } from './score-checkpoints.js';
import type { Suggestion } from './suggest-facilitation.js';
import type { Cell } from './suppress-small.js';
import type { FieldSignalCells } from '../safety/field-signals.js';

/*
 * The shapes of the Insight endpoints (dashboard, mijn pad, report, comparison), shared by the API that
 * builds them and the web app that shows them. Types only.
 */

/** Counts of contributions per phase; `none` for contributions without a phase (logistics, small talk). */
export type PhaseCounts = Record<PhaseId | 'none', number>;

export interface DashboardMember {
  member: RoomMemberView;
  isFacilitator: boolean;
  startedAt: string;
  contributions: number;
  characters: number;
  shareOfVoice: number;
  recognitionsGiven: number;
  recognitionsReceived: number;
  /** First herkenning (the kantelpunt) and how many days after the member's start it came. */
  kantelpunt: { at: string; daysFromStart: number } | null;
  /** From participantPath, over this group; null for facilitators. */
  path: {
    currentPhase: PhaseId | null;
    currentPhaseSince: string | null;
    furthestPhase: PhaseId | null;
    flags: { id: PathFlagId; message: Msg }[];
  } | null;
  /** Where the member places themselves ("mijn pad"), and whether that differs from what the data suggests. */
  selfPlacement: { phase: PhaseId; at: string } | null;
  differs: boolean;
}

export interface SessionBucket {
  id: string;
  startsAt: string;
  title: string;
}

export interface DashboardView {
  room: { id: string; name: string; kind: RoomKind };
  traject: { id: string; name: string; startsOn: string; endsOn: string } | null;
  period: { from: string; to: string };
  generatedAt: string;
  members: DashboardMember[];
  phases: {
    /** Participants per current phase (participantPath); `none` for no phase yet. */
    now: PhaseCounts;
    byWeek: { weekStart: string; counts: PhaseCounts }[];
    bySession: (SessionBucket & { counts: PhaseCounts })[];
  };
  herkenning: {
    edges: { fromMemberId: string; toMemberId: string; count: number }[];
    total: number;
    neverGave: string[];
    neverReceived: string[];
    /** Neither gave nor received. */
    isolated: string[];
  };
  equality: {
    overall: EqualityMeter;
    bySession: (SessionBucket & { meter: EqualityMeter })[];
  };
  suggestions: Suggestion[];
}

export interface MyPathView {
  selfPlacement: { phase: PhaseId; at: string } | null;
  history: { phase: PhaseId; at: string }[];
  /** What contributions and recognitions suggest, framed as steps taken; no flags. */
  data: {
    /** participantPath's current phase over all of the person's rooms (the one meaning of "current phase"). */
    currentPhase: PhaseId | null;
    /** When it took over, and on how many of the last signals it was judged. */
    currentPhaseSince: string | null;
    currentPhaseSignals: number;
    /**
     * When each phase was first reached (a moment, not a "since"), and whether by the person's own signals
     * or, for getuigenis, on a facilitator's word (phase-reached.ts: the rule the report counts with too).
     */
    phasesReached: { phase: PhaseId; reachedAt: string; by: 'evidence' | 'facilitator' }[];
    /** All of the person's messages in all their rooms, with or without a phase. */
    kantelpunt: string | null;
    contributions: number;
    recognitionsGiven: number;
    recognitionsReceived: number;
  };
}

export interface ReportTraject {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: 'gepland' | 'lopend' | 'afgerond';
}

export interface AftercareView {
  alumni: Cell;
  /** Per month 1..6 after completion: alumni per zwart-gat level (last score in that month). */
  zwartGat: { month: number; levels: Record<ZwartGatLevel, Cell>; measured: Cell }[];
  /** Still active at 1, 3 and 6 months (among alumni whose mark has passed). */
  active: { month: number; share: Cell; active: Cell; measured: Cell }[];
  mentorships: Cell;
}

export interface ReportView {
  scope: { kind: 'organisation' } | { kind: 'traject'; traject: ReportTraject };
  organisation: { name: string };
  generatedAt: string;
  participants: Cell;
  trajectCount: number;
  checkpoints: (CheckpointScore & { id: CheckpointId })[];
  funnel: PhaseFunnel;
  aftercare: AftercareView;
  /**
   * Crisis detection in the field (issue 13, item 7): flags raised in the report's rooms, how many staff found
   * a false alarm, and misses staff marked; precision and recall as far as staff's marks know.
   */
  fieldSignals: FieldSignalCells;
  /** What the caller may switch between. */
  trajecten: ReportTraject[];
}

export interface CompareRow {
  traject: ReportTraject;
  participants: Cell;
  checkpoints: { id: CheckpointId; score: number | null; light: TrafficLight }[];
  funnel: PhaseFunnel;
  activeAfterOneMonth: Cell;
}

export interface CompareView {
  generatedAt: string;
  trajecten: CompareRow[];
}
