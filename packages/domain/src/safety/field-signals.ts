import type { CrisisSeverity } from '../crisis/crisis-lexicon.js';
import { type Cell, countCell, statCell } from '../insight/suppress-small.js';

/**
 * Staff mark messages where detection was wrong: "gemist signaal" (crisis, not flagged) or "vals alarm"
 * (flagged, not crisis). Marks hold ids and labels only, never copied text.
 */
export const SIGNAL_LABELS = ['gemist_signaal', 'vals_alarm'] as const;
export type SignalLabel = (typeof SIGNAL_LABELS)[number];

export interface FieldSignalInput {
  /** Flags raised by detection in the period (messages with crisis ≠ none). */
  flagged: number;
  /** Of those, marked vals alarm by staff (or closed as vals alarm). */
  falseAlarms: number;
  /** Messages not flagged that staff marked gemist signaal. */
  missed: number;
}

export interface FieldSignalFigures extends FieldSignalInput {
  /** Share of flags that were real, as far as staff know: (flagged − false alarms) / flagged. */
  precision: number | null;
  /** Share of known crisis messages that were flagged: true flags / (true flags + missed). */
  recall: number | null;
}

/**
 * Precision and recall "in the field": only as good as the marks staff make. A flag nobody marked counts
 * as real and a miss nobody marked is not seen, so recall here is an upper bound.
 */
export function fieldSignalFigures(input: FieldSignalInput): FieldSignalFigures {
  const falseAlarms = Math.min(input.falseAlarms, input.flagged);
  const trueFlags = input.flagged - falseAlarms;
  return {
    ...input,
    falseAlarms,
    precision: input.flagged > 0 ? trueFlags / input.flagged : null,
    recall: trueFlags + input.missed > 0 ? trueFlags / (trueFlags + input.missed) : null,
  };
}

/** Which label fits a message as detection saw it: a flagged message can be a false alarm, an unflagged one a miss. */
export function signalLabelFits(label: SignalLabel, crisis: CrisisSeverity): boolean {
  return label === 'vals_alarm' ? crisis !== 'none' : crisis === 'none';
}

export interface FieldSignalReportInput extends FieldSignalInput {
  /** Distinct authors of the flagged messages. */
  flaggedAuthors: number;
  /** Distinct authors of the messages known to be crisis: true flags and marked misses. */
  crisisAuthors: number;
}

/** The figures in the field as report cells: each suppressed when it would describe fewer than 5 people. */
export interface FieldSignalCells {
  flagged: Cell;
  falseAlarms: Cell;
  missed: Cell;
  precision: Cell;
  recall: Cell;
}

/**
 * Precision and recall in the field for the evaluation report, with the report's small-number rule. Counts
 * are of messages and read "< 5" below five (a message has one author, so five messages is at most five
 * people, never fewer shown). Precision is suppressed unless the flags came from at least five people, recall
 * unless the known crisis messages did: a rate over one or two people would point at them.
 */
export function fieldSignalCells(input: FieldSignalReportInput): FieldSignalCells {
  const f = fieldSignalFigures(input);
  return {
    flagged: countCell(f.flagged),
    falseAlarms: countCell(f.falseAlarms),
    missed: countCell(f.missed),
    precision: statCell(f.precision, input.flaggedAuthors),
    recall: statCell(f.recall, input.crisisAuthors),
  };
}
