import type {
  Cell,
  CheckpointId,
  CheckpointScore,
  EqualityMeter,
  Msg,
  PathFlagId,
  PhaseFunnel,
  PhaseId,
  RoomKind,
  RoomMemberView,
  Suggestion,
  TrafficLight,
  ZwartGatLevel,
} from '@spiegel/domain';

/** Shapes of the Insight endpoints (apps/api/src/modules/insight/insight.types.ts). */
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
  kantelpunt: { at: string; daysFromStart: number } | null;
  path: {
    currentPhase: PhaseId | null;
    furthestPhase: PhaseId | null;
    flags: { id: PathFlagId; message: Msg }[];
  } | null;
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
    now: PhaseCounts;
    byWeek: { weekStart: string; counts: PhaseCounts }[];
    bySession: (SessionBucket & { counts: PhaseCounts })[];
  };
  herkenning: {
    edges: { fromMemberId: string; toMemberId: string; count: number }[];
    total: number;
    neverGave: string[];
    neverReceived: string[];
    isolated: string[];
  };
  equality: { overall: EqualityMeter; bySession: (SessionBucket & { meter: EqualityMeter })[] };
  suggestions: Suggestion[];
}

export interface MyPathView {
  selfPlacement: { phase: PhaseId; at: string } | null;
  history: { phase: PhaseId; at: string }[];
  data: {
    currentPhase: PhaseId | null;
    phasesReached: { phase: PhaseId; reachedAt: string }[];
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
  zwartGat: { month: number; levels: Record<ZwartGatLevel, Cell>; measured: Cell }[];
  active: { month: number; share: Cell; active: Cell; measured: Cell }[];
  mentorships: Cell;
}

export interface ReportView {
  scope: { kind: 'organisation' } | { kind: 'traject'; traject: ReportTraject };
  organisation: { name: string };
  generatedAt: string;
  participants: Cell;
  trajectCount: number;
  checkpoints: CheckpointScore[];
  funnel: PhaseFunnel;
  aftercare: AftercareView;
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
