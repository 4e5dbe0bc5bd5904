import { msg, type MessageKey, type Msg } from '../messages/messages.js';
import { type CellUnit, type Cell, PRIVACY_MIN_PEOPLE, SUPPRESSED } from './suppress-small.js';
import { round3 } from '../math/numbers.js';
import { CHECKPOINTS } from './checkpoint-definitions.js';
import {
  CHECKPOINT_IDS,
  type CheckpointId,
  type CheckpointInput,
  type ComponentDefinition,
  type TrafficLight,
  trafficLight,
} from './checkpoint-input.js';

// The engine; the checkpoints' inputs and texts live beside it, re-exported here as one entry point.
export * from './checkpoint-input.js';
export * from './checkpoint-definitions.js';

export interface ComponentScore {
  readonly id: string;
  readonly weight: number;
  /** 0..1 (3 decimals); null when not measurable or when it describes fewer than 5 people. */
  readonly value: number | null;
  readonly measured: boolean;
  readonly suppressed: boolean;
}

export interface FigureCell {
  readonly id: string;
  readonly unit: CellUnit;
  readonly cell: Cell;
}

export interface CheckpointScore {
  readonly id: CheckpointId;
  /** 0..100, whole numbers; null with `note` saying why. */
  readonly score: number | null;
  readonly light: TrafficLight;
  readonly components: ComponentScore[];
  readonly figures: FigureCell[];
  /** One to three, for the weakest components first. */
  readonly interventions: Msg[];
  readonly note: Msg | null;
}

/** Components below this value get their intervention; with none below it the first one is given. */
export const INTERVENTION_BELOW = 0.7;
export const MAX_INTERVENTIONS = 3;

/** Scores one checkpoint: the weighted mean of its measurable components, × 100. */
export function scoreCheckpoint(id: CheckpointId, input: CheckpointInput): CheckpointScore {
  const def = CHECKPOINTS[id];
  const raw = def.components.map((c) => ({ def: c, value: c.value(input) }));
  const tooFew = input.participants < PRIVACY_MIN_PEOPLE;
  const enough = def.enoughData(input);
  const measured = raw.filter((c): c is { def: ComponentDefinition; value: number } => c.value !== null);
  const weight = measured.reduce((s, c) => s + c.def.weight, 0);
  let score: number | null = null;
  let note: Msg | null = null;
  if (tooFew) note = msg('insight.tooFewPeople');
  else if (!enough || weight === 0) note = msg('insight.tooLittleData');
  else score = Math.round((100 * measured.reduce((s, c) => s + c.def.weight * c.value, 0)) / weight);

  const components: ComponentScore[] = raw.map(({ def: c, value }) => {
    const suppressed = value !== null && (tooFew || c.people(input) < PRIVACY_MIN_PEOPLE);
    return {
      id: c.id,
      weight: c.weight,
      value: value === null || suppressed ? null : round3(value),
      measured: value !== null,
      suppressed,
    };
  });

  // Interventions follow the weakest components; unmeasured ones are not a reason for advice.
  const weak = measured
    .filter((c) => c.value < INTERVENTION_BELOW)
    .sort((a, b) => a.value - b.value || def.components.indexOf(a.def) - def.components.indexOf(b.def));
  const keys: MessageKey[] = [];
  for (const c of weak) if (!keys.includes(c.def.intervention)) keys.push(c.def.intervention);
  if (keys.length === 0) keys.push(def.components[0]!.intervention);

  return {
    id,
    score,
    light: trafficLight(score),
    components,
    figures: def.figures.map((f) => ({
      id: f.id,
      unit: f.unit,
      // A group below the threshold shows no figures at all.
      cell: tooFew ? SUPPRESSED : f.cell(input),
    })),
    interventions: keys.slice(0, MAX_INTERVENTIONS).map((key) => msg(key)),
    note,
  };
}

/** All five checkpoints, in the source text's order. */
export function scoreCheckpoints(input: CheckpointInput): CheckpointScore[] {
  return CHECKPOINT_IDS.map((id) => scoreCheckpoint(id, input));
}
