import { type Language, PHASE_IDS, type PhaseId } from '../phases/phases.js';
import type { MessageKey } from '../messages/messages.js';
import type { Cell, CellUnit } from './suppress-small.js';

/**
 * The five checkpoints of "De ander als spiegel" (Geene, 2025), in the source text's order. Each is the
 * question an organisation asks itself about one phase, so the ids are the phase ids.
 */
export const CHECKPOINT_IDS = PHASE_IDS;
export type CheckpointId = PhaseId;

export const TRAFFIC_LIGHTS = ['groen', 'oranje', 'rood', 'onbekend'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

/** Green from 70, orange from 40, red below; no score is "onbekend". */
export const LIGHT_THRESHOLDS = { groen: 70, oranje: 40 } as const;

export function trafficLight(score: number | null): TrafficLight {
  if (score === null) return 'onbekend';
  if (score >= LIGHT_THRESHOLDS.groen) return 'groen';
  if (score >= LIGHT_THRESHOLDS.oranje) return 'oranje';
  return 'rood';
}

/** What the data behind a score says: all counts of people, or figures computed over the group. */
export interface CheckpointInput {
  /** Participants the report describes (consented; facilitators not included). */
  readonly participants: number;
  readonly projectie: {
    /** Phase-tagged contributions in the first and second half of the period, and how many were projectie. */
    readonly taggedEarly: number;
    readonly projectieEarly: number;
    readonly taggedLate: number;
    readonly projectieLate: number;
    /** Participants whose path is flagged stuck_in_projectie now. */
    readonly stuck: number;
  };
  readonly herkenning: {
    /** Participants who gave at least one recognition ("ik herken dit"), and who received one. */
    readonly gave: number;
    readonly received: number;
    /** Days from each participant's start to their kantelpunt (first herkenning), for those who had one. */
    readonly kantelpuntDays: readonly number[];
  };
  readonly gelijkwaardigheid: {
    /** Members (participants and facilitators) and their contributions in the period. */
    readonly members: number;
    readonly contributions: number;
    /** Gini of share of voice (characters), facilitators included. */
    readonly gini: number;
    readonly facilitatorShareOfVoice: number;
    readonly facilitatorShareOfMembers: number;
    /** Members who wrote nothing. */
    readonly silent: number;
  };
  readonly verbinding: {
    /** Contributions in the group during the period, and those written outside the session meetings. */
    readonly contributions: number;
    readonly outsideSessions: number;
    /** Participants with at least one two-way contact (recognitions or replies in both directions). */
    readonly withTwoWay: number;
    /** Alumni whose first month after completion has passed, and those still active in it. */
    readonly alumniMeasured: number;
    readonly alumniActive: number;
    /** Alumni with a zwart-gat score, and those whose latest level is hoog. */
    readonly alumniScored: number;
    readonly alumniHigh: number;
  };
  readonly getuigenis: {
    /** Participants who reached getuigenis. */
    readonly reachedGetuigenis: number;
    /** Alumni who reached getuigenis, those of them who opted in as mentor, mentorships they formed. */
    readonly alumniReachedGetuigenis: number;
    readonly mentorsOptedIn: number;
    readonly mentorshipsFormed: number;
  };
}

export type Text = Readonly<Record<Language, string>>;

export interface ComponentDefinition {
  readonly id: string;
  readonly weight: number;
  readonly label: Text;
  /** 0..1, or null when it cannot be measured (yet): then the other weights count proportionally more. */
  readonly value: (input: CheckpointInput) => number | null;
  /** How many people the component's figure is about: below 5 the component value is not shown. */
  readonly people: (input: CheckpointInput) => number;
  /** The intervention that strengthens this component. */
  readonly intervention: MessageKey;
}

export interface FigureDefinition {
  readonly id: string;
  readonly unit: CellUnit;
  readonly label: Text;
  readonly cell: (input: CheckpointInput) => Cell;
}

export interface CheckpointDefinition {
  readonly id: CheckpointId;
  readonly label: Text;
  /** The question from the source text. */
  readonly question: Text;
  /** The formula in words, as shown on the report page. */
  readonly formula: Text;
  readonly components: readonly ComponentDefinition[];
  readonly figures: readonly FigureDefinition[];
  /** Below this many data points the checkpoint has no score. */
  readonly enoughData: (input: CheckpointInput) => boolean;
}
