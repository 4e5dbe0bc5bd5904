import { MS_PER_DAY, toTime } from '../time/days-between.js';

/** Moments per traject at which the outcome questionnaire is offered. */
export const STUDY_MOMENTS = ['t0', 'herkenning', 'einde', 'plus1m', 'plus3m'] as const;
export type StudyMoment = (typeof STUDY_MOMENTS)[number];

export const MOMENT_STATUSES = ['upcoming', 'due', 'answered', 'skipped', 'missed', 'stopped'] as const;
export type MomentStatus = (typeof MOMENT_STATUSES)[number];

/** How long each moment stays open, in days (the herkenning moment: within a week, as the study asks). */
export const MOMENT_WINDOW_DAYS: Readonly<Record<StudyMoment, number>> = {
  t0: 14,
  herkenning: 7,
  einde: 14,
  plus1m: 14,
  plus3m: 21,
};

export interface StudyMomentsInput {
  /** When the person agreed to take part in the traject. */
  readonly enrolledAt: Date;
  readonly trajectStartsOn: Date;
  /** The actual end (completion) or else the planned end. */
  readonly trajectEndsAt: Date;
  /** First herkenning given or received in the traject's room, if any. */
  readonly firstHerkenningAt: Date | null;
  readonly done: Readonly<Partial<Record<StudyMoment, 'answered' | 'skipped'>>>;
  /** The person chose to stop answering altogether. */
  readonly stopped: boolean;
  readonly now: Date;
}

export interface StudyMomentState {
  readonly moment: StudyMoment;
  readonly status: MomentStatus;
  readonly opensAt: string | null;
  readonly closesAt: string | null;
}

const addDays = (date: Date, days: number) => new Date(toTime(date) + days * MS_PER_DAY);

function opensAt(moment: StudyMoment, i: StudyMomentsInput): Date | null {
  switch (moment) {
    case 't0':
      return new Date(Math.min(toTime(i.enrolledAt), toTime(i.trajectStartsOn)));
    case 'herkenning':
      return i.firstHerkenningAt;
    case 'einde':
      return i.trajectEndsAt;
    case 'plus1m':
      return addDays(i.trajectEndsAt, 30);
    case 'plus3m':
      return addDays(i.trajectEndsAt, 91);
  }
}

function closesAt(moment: StudyMoment, opens: Date, i: StudyMomentsInput): Date {
  // T0 stays open two weeks after the start, or after joining when someone joins late.
  const from = moment === 't0' ? Math.max(toTime(i.enrolledAt), toTime(i.trajectStartsOn)) : toTime(opens);
  return addDays(new Date(from), MOMENT_WINDOW_DAYS[moment]);
}

/** Where each moment stands for one person in one traject. */
export function studyMoments(i: StudyMomentsInput): StudyMomentState[] {
  const now = toTime(i.now);
  return STUDY_MOMENTS.map((moment) => {
    const open = opensAt(moment, i);
    const close = open ? closesAt(moment, open, i) : null;
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    const base = { moment, opensAt: iso(open), closesAt: iso(close) };
    const done = i.done[moment];
    if (done) return { ...base, status: done };
    if (i.stopped) return { ...base, status: 'stopped' };
    if (!open || now < toTime(open)) return { ...base, status: 'upcoming' };
    if (now < toTime(close!)) return { ...base, status: 'due' };
    return { ...base, status: 'missed' };
  });
}
