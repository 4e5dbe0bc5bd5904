import type { Cell } from '../insight/suppress-small.js';
import type { QuestionnaireScore, WellbeingCategory } from './score-questionnaire.js';
import type { MomentStatus, StudyMoment } from './study-moments.js';

/** What a participant sees of the questionnaire (texts null when the institution has not filled them in). */
export interface QuestionnaireView {
  id: string;
  version: string;
  name: string;
  instruction: string | null;
  stem: string | null;
  scale: { value: number; label: { nl: string; en: string } }[];
  items: { number: number; text: string | null }[];
  textsAvailable: boolean;
  citation: string;
  licence: string;
}

export interface MyMomentView {
  enrolmentId: string;
  trajectName: string;
  moment: StudyMoment;
  status: MomentStatus;
  opensAt: string | null;
  closesAt: string | null;
}

export interface MyScoreView {
  moment: StudyMoment;
  trajectName: string;
  answeredAt: string;
  total: number;
  subscales: { id: string; mean: number }[];
  category: WellbeingCategory | null;
}

export interface ResearchConsentView {
  answers: boolean;
  phaseTimeline: boolean;
  phaseTags: boolean;
  letterVersion: string | null;
  givenAt: string | null;
  withdrawnAt: string | null;
}

export interface MyResearchView {
  questionnaire: QuestionnaireView;
  moments: MyMomentView[];
  scores: MyScoreView[];
  stopped: boolean;
  consent: ResearchConsentView;
  currentLetterVersion: string;
}

export interface AnswerMomentInput {
  enrolmentId: string;
  moment: StudyMoment;
  answers: number[];
}

export interface SkipMomentInput {
  enrolmentId: string;
  moment: StudyMoment;
}

export interface ResearchConsentInput {
  answers: boolean;
  phaseTimeline: boolean;
  phaseTags: boolean;
  letterVersion: string;
}

export type AnswerMomentResult = { score: QuestionnaireScore };

/** One group's change in the primary score between two moments. */
export interface HerstelChangeRow {
  group: 'herkenning' | 'geen-herkenning';
  to: 'einde' | 'plus3m';
  n: Cell;
  mean: Cell;
  low: Cell;
  high: Cell;
}

export interface HerstelGemetenView {
  questionnaire: string;
  rows: HerstelChangeRow[];
}
