import type { ContributionKind } from '../realtime-events.js';
import type { PhaseId } from '../phases/phases.js';
import { csvCell } from '../audit/access-log.js';
import type { CodingFigures, CodingLabel } from './coding-study.js';

/** An admin starts a coding study: a name and how many contributions to draw. */
export interface CodingStudyInput {
  name: string;
  size: number;
}

/** A study as staff and researchers see it: counts only. */
export interface CodingStudySummary {
  id: string;
  name: string;
  createdAt: string;
  /** Contributions drawn. */
  items: number;
  /** Contributions both coders have coded. */
  complete: number;
  coders: number;
}

/** What a coder sees of the next contribution: its words only. No author, room, classifier tag or other code. */
export interface CodingTask {
  assignmentId: string;
  studyId: string;
  studyName: string;
  kind: ContributionKind;
  title: string | null;
  body: string;
  /** The coder's own progress in this study. */
  done: number;
  total: number;
}

/** The coder's work: the next contribution (null when nothing waits) and progress per study. */
export interface MyCodingView {
  task: CodingTask | null;
  studies: { id: string; name: string; done: number; total: number }[];
}

export interface CodeInput {
  label: CodingLabel;
}

export interface CodingResultsView {
  study: CodingStudySummary;
  figures: CodingFigures;
}

/** A contribution the two coders labelled differently. `text` only for staff who may read its room. */
export interface CodingDisagreement {
  contributionId: string;
  first: CodingLabel;
  second: CodingLabel;
  classifier: PhaseId | null;
  text: string | null;
}

/** One row of the admin's export: ids and labels only. */
export interface CodingExportRow {
  contributionId: string;
  coder: string;
  label: CodingLabel;
  classifier: PhaseId | 'geen';
}

export const CODING_EXPORT_HEADER = ['contribution_id', 'coder', 'label', 'classifier_label'] as const;

export function codingExportCsv(rows: readonly CodingExportRow[]): string {
  const lines = [CODING_EXPORT_HEADER.join(',')];
  for (const r of rows) lines.push([r.contributionId, r.coder, r.label, r.classifier].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
