import { msg, type Msg } from '../messages/messages.js';
import { MS_PER_DAY, toTime, wholeDaysBetween } from '../time/days-between.js';

export interface ZwartGatConnection {
  readonly otherMemberId: string;
  /** Last moment of two-way contact (both wrote to each other, or a 1:1 exchange); null if never. */
  readonly lastTwoWayAt: Date | null;
}

/**
 * The member's own activity as the formula reads it: counts per window (see activityWindows) and the
 * latest moment. countActivity makes it from moments; a database can count the same windows itself, so
 * a long history need not travel as rows.
 */
export interface ActivityCounts {
  /** In [end − 28 days, end). */
  readonly before: number;
  /** In [max(end, now − 28 days), now]. */
  readonly after: number;
  /** In (now − 14 days, now]. */
  readonly recent: number;
  /** In (now − 28 days, now − 14 days]. */
  readonly previous: number;
  /** The latest moment at or before now, wherever it lies; null if none. */
  readonly last: Date | null;
  /** Moments dated after now (ignored, but reported). */
  readonly future: number;
}

export interface ZwartGatInput {
  readonly trajectEndedAt: Date;
  /** Timestamps of the member's own contributions and reactions, any order; or their counts per window. */
  readonly activity: readonly Date[] | ActivityCounts;
  readonly connections: readonly ZwartGatConnection[];
  /** Whether anyone recognised themselves in the member's words since the end (herkenning received). */
  readonly receivedRecognitionSinceEnd: boolean;
  readonly hasMentor: boolean;
}

export const ZWART_GAT_LEVELS = ['laag', 'midden', 'hoog'] as const;
export type ZwartGatLevel = (typeof ZWART_GAT_LEVELS)[number];
export const ACTIVITY_TRENDS = ['rising', 'stable', 'falling', 'none'] as const;
export type ActivityTrend = (typeof ACTIVITY_TRENDS)[number];

export interface ZwartGatRisk {
  /** 0..1, see the formula on zwartGatRisk. */
  readonly score: number;
  readonly level: ZwartGatLevel;
  /** What raises the risk, strongest first. */
  readonly reasons: Msg[];
  /** What protects: a mentor, live connections, continued activity. */
  readonly protective: Msg[];
  readonly metrics: {
    readonly daysSinceEnd: number;
    /** Whole days since the last activity (or since the end of the traject when there was none). */
    readonly daysSilent: number;
    readonly activityPerWeekBefore: number;
    readonly activityPerWeekAfter: number;
    readonly trend: ActivityTrend;
    readonly liveConnections: number;
    readonly ignoredFutureActivity: number;
  };
  readonly components: {
    readonly silence: number;
    readonly decay: number;
    readonly isolation: number;
    readonly noRecognition: number;
    readonly noMentor: number;
  };
}

/** Weights of the components; they sum to 1. */
export const ZWART_GAT_WEIGHTS = {
  silence: 0.35,
  decay: 0.25,
  isolation: 0.2,
  noRecognition: 0.1,
  noMentor: 0.1,
} as const;
export const ZWART_GAT_LEVEL_FROM = { midden: 0.4, hoog: 0.65 } as const;
/** Activity is compared over four weeks before the end and (up to) the last four weeks since. */
export const ACTIVITY_WINDOW_DAYS = 28;
/** Silence reaches 63 % of its weight after this many days (1 − e^(−days/14)). */
export const SILENCE_SCALE_DAYS = 14;
/** Decay and missing recognition count fully from this many days after the end (less before). */
export const EVIDENCE_DAYS = 14;
/** A connection is live when the last two-way contact is at most this old. */
export const LIVE_CONNECTION_DAYS = 30;
/** The trend compares the last 14 days with the 14 before. */
export const TREND_HALF_DAYS = 14;
const DAILY_PER_WEEK = 5;

const round2 = (value: number): number => Math.round(value * 100) / 100;
const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/** The window boundaries (epoch ms) countActivity counts in; inclusive or exclusive as in ActivityCounts. */
export function activityWindows(trajectEndedAt: Date, now: Date) {
  const nowTime = toTime(now);
  const endTime = toTime(trajectEndedAt);
  const windowMs = ACTIVITY_WINDOW_DAYS * MS_PER_DAY;
  return {
    now: nowTime,
    beforeFrom: endTime - windowMs,
    beforeTo: endTime,
    afterFrom: Math.max(endTime, nowTime - windowMs),
    previousFrom: nowTime - 2 * TREND_HALF_DAYS * MS_PER_DAY,
    recentFrom: nowTime - TREND_HALF_DAYS * MS_PER_DAY,
  };
}

/** The counts zwartGatRisk reads, from moments. */
export function countActivity(activity: readonly Date[], trajectEndedAt: Date, now: Date): ActivityCounts {
  const w = activityWindows(trajectEndedAt, now);
  let before = 0;
  let after = 0;
  let recent = 0;
  let previous = 0;
  let future = 0;
  let last: number | null = null;
  for (const moment of activity) {
    const t = toTime(moment);
    if (t > w.now) {
      future++;
      continue;
    }
    if (last === null || t > last) last = t;
    if (t >= w.beforeFrom && t < w.beforeTo) before++;
    if (t >= w.afterFrom) after++;
    if (t > w.recentFrom) recent++;
    else if (t > w.previousFrom) previous++;
  }
  return { before, after, recent, previous, last: last === null ? null : new Date(last), future };
}

/**
 * Risk that a member falls into the "zwart gat" after their traject ended.
 *
 *   silence   S = 1 − e^(−d/14), d = days since the last activity (or since the end if none)
 *   decay     D = 1 − after/before, clamped to 0..1, where before = activity per week in the 28 days
 *               before the end and after = activity per week since the end (last 28 days at most, counted
 *               over at least 7 days). If there was no activity before: D = 0 when active after, else 0.5.
 *   isolation I = 1 / (1 + live connections), live = two-way contact in the last 30 days
 *   R = 1 when no recognition was received since the end, else 0
 *   M = 1 without a mentor, else 0
 *   e = min(1, days since the end / 14): evidence. D and R say little in the first days after the end
 *       (nobody is expected to have been active or recognised yet), so they count in proportion to e.
 *   score = 0.35 S + 0.25 e·D + 0.2 I + 0.1 e·R + 0.1 M;  level: hoog ≥ 0.65, midden ≥ 0.4, else laag.
 *
 * With no new activity, every component can only grow as `now` moves on, so the risk never drops with
 * more days of silence. Before the end of the traject the score is 0 (`zwartGat.trajectNotEnded`).
 * Activity dated after `now` is ignored; a connection dated after `now` counts as contact today.
 */
export function zwartGatRisk(input: ZwartGatInput, now: Date): ZwartGatRisk {
  const nowTime = toTime(now);
  const endTime = toTime(input.trajectEndedAt);
  const counts = isCounts(input.activity)
    ? input.activity
    : countActivity(input.activity, input.trajectEndedAt, now);

  const live = input.connections.filter((c) => {
    if (c.lastTwoWayAt === null) return false;
    const t = Math.min(toTime(c.lastTwoWayAt), nowTime);
    return nowTime - t <= LIVE_CONNECTION_DAYS * MS_PER_DAY;
  }).length;

  const { afterFrom } = activityWindows(input.trajectEndedAt, now);
  const before = (counts.before / ACTIVITY_WINDOW_DAYS) * 7;
  const afterDays = Math.max(7, (nowTime - afterFrom) / MS_PER_DAY);
  const after = (counts.after / afterDays) * 7;

  const lastActivity = counts.last === null ? null : Math.min(toTime(counts.last), nowTime);
  const silentSince = lastActivity ?? endTime;
  const daysSilent = Math.max(0, Math.floor((nowTime - silentSince) / MS_PER_DAY));
  const daysSinceEnd = wholeDaysBetween(input.trajectEndedAt, now);

  // Trend over the last four weeks: the most recent two against the two before.
  const { recent, previous } = counts;
  const trend: ActivityTrend =
    recent === 0 && previous === 0
      ? 'none'
      : previous >= 2 && recent < previous / 2
        ? 'falling'
        : recent >= 2 && recent > previous * 1.5
          ? 'rising'
          : 'stable';

  const metrics = {
    daysSinceEnd,
    daysSilent,
    activityPerWeekBefore: round2(before),
    activityPerWeekAfter: round2(after),
    trend,
    liveConnections: live,
    ignoredFutureActivity: counts.future,
  };

  if (nowTime < endTime) {
    return {
      score: 0,
      level: 'laag',
      reasons: [msg('zwartGat.trajectNotEnded')],
      protective: [],
      metrics,
      components: { silence: 0, decay: 0, isolation: 0, noRecognition: 0, noMentor: 0 },
    };
  }

  const evidence = clamp01((nowTime - endTime) / MS_PER_DAY / EVIDENCE_DAYS);
  const components = {
    silence: 1 - Math.exp(-((nowTime - silentSince) / MS_PER_DAY) / SILENCE_SCALE_DAYS),
    decay: evidence * (before > 0 ? clamp01(1 - after / before) : after > 0 ? 0 : 0.5),
    isolation: 1 / (1 + live),
    noRecognition: evidence * (input.receivedRecognitionSinceEnd ? 0 : 1),
    noMentor: input.hasMentor ? 0 : 1,
  };
  const w = ZWART_GAT_WEIGHTS;
  const score = round2(
    w.silence * components.silence +
      w.decay * components.decay +
      w.isolation * components.isolation +
      w.noRecognition * components.noRecognition +
      w.noMentor * components.noMentor,
  );
  const level: ZwartGatLevel =
    score >= ZWART_GAT_LEVEL_FROM.hoog ? 'hoog' : score >= ZWART_GAT_LEVEL_FROM.midden ? 'midden' : 'laag';

  const reasons: Msg[] = [];
  const activeAfterEnd = lastActivity !== null && lastActivity >= endTime;
  if (daysSilent >= 7) {
    if (before >= DAILY_PER_WEEK) reasons.push(msg('zwartGat.silenceAfterDaily', { days: daysSilent }));
    else if (before >= 1) reasons.push(msg('zwartGat.silenceAfterWeekly', { days: daysSilent }));
    else if (!activeAfterEnd) reasons.push(msg('zwartGat.noActivityAfterEnd', { days: daysSinceEnd }));
    else reasons.push(msg('zwartGat.silence', { days: daysSilent }));
  }
  if (before > 0 && after < before / 2) {
    reasons.push(msg('zwartGat.activityDropped', { before: round2(before), after: round2(after) }));
  }
  if (trend === 'falling') reasons.push(msg('zwartGat.trendFalling'));
  if (live === 0) reasons.push(msg('zwartGat.noLiveConnections', { days: LIVE_CONNECTION_DAYS }));
  else if (live === 1) reasons.push(msg('zwartGat.oneLiveConnection'));
  if (components.noRecognition === 1) reasons.push(msg('zwartGat.noRecognitionReceived'));
  if (!input.hasMentor) reasons.push(msg('zwartGat.noMentor'));

  const protective: Msg[] = [];
  if (input.hasMentor) protective.push(msg('zwartGat.hasMentor'));
  if (live >= 2) protective.push(msg('zwartGat.liveConnections', { count: live }));
  if (after >= 1) protective.push(msg('zwartGat.stillActive', { after: round2(after) }));

  return { score, level, reasons, protective, metrics, components };
}

function isCounts(activity: readonly Date[] | ActivityCounts): activity is ActivityCounts {
  return !Array.isArray(activity);
}
