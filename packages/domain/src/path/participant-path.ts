import { msg, type Msg } from '../messages/messages.js';
import { PHASE_IDS, type PhaseId } from '../phases/phases.js';
import { daysBetween, toIsoDate, toTime, wholeDaysBetween } from '../time/days-between.js';
import { phasesReachedFrom, type PhaseEvidence, REACH_MIN_EVIDENCE } from './phase-reached.js';

/**
 * What the path is built from: the participant's tagged contributions (phase from classifyContribution or
 * corrected by the author) and "ik herken dit" recognitions given to or received from others.
 */
export type PathEvent =
  | { readonly type: 'contribution'; readonly at: Date; readonly phase: PhaseId | null }
  | {
      readonly type: 'recognition_given' | 'recognition_received';
      readonly at: Date;
      readonly otherMemberId: string;
    };

export const PATH_FLAG_IDS = [
  'stuck_in_projectie',
  'never_gave_recognition',
  'never_received_recognition',
] as const;
export type PathFlagId = (typeof PATH_FLAG_IDS)[number];

export interface PathFlag {
  readonly id: PathFlagId;
  readonly message: Msg;
}

export interface PhaseReached {
  readonly phase: PhaseId;
  /** First contribution (or recognition, for herkenning) in this phase; the confirmation without any. */
  readonly firstSeenAt: Date;
  /**
   * When the phase counted as reached: the REACH_MIN_EVIDENCE-th piece of evidence, or, for getuigenis
   * reached on a facilitator's word alone, when they confirmed it.
   */
  readonly reachedAt: Date;
  readonly evidence: number;
  /** What made it count (isPhaseReached): enough evidence, or a facilitator's confirmation of getuigenis. */
  readonly by: 'evidence' | 'facilitator';
}

/** A facilitator's word on getuigenis (see GetuigenisConfirmed in phase-reached.ts) and when it was given. */
export interface GetuigenisConfirmation {
  readonly confirmed: boolean;
  readonly at: Date;
}

export interface ParticipantPathOptions {
  /** Overrules the evidence for getuigenis from its moment on (a confirmation after `now` is ignored). */
  readonly getuigenisConfirmation?: GetuigenisConfirmation | null;
}

export interface Kantelpunt {
  readonly reached: boolean;
  /** The first moment of herkenning: a contribution tagged herkenning or a recognition given. */
  readonly at: Date | null;
  readonly via: 'contribution' | 'recognition_given' | null;
}

export interface ParticipantPath {
  /**
   * Where the participant is now: THE one meaning of "current phase" in Spiegel (Mijn pad, the dashboard and
   * the report all read it from here). Judged over the last CURRENT_PHASE_WINDOW signals (messages with a
   * phase, and recognitions given), with hysteresis: a single message does not move them.
   */
  readonly currentPhase: PhaseId | null;
  /** When the current phase took over (the signal that tipped it); null without a current phase. */
  readonly currentPhaseSince: Date | null;
  /** How many signals the current phase was judged on: the last CURRENT_PHASE_WINDOW, or fewer if there are fewer. */
  readonly currentPhaseSignals: number;
  /**
   * The furthest phase in the model's order that was reached (furthestPhaseReached: the same rule the
   * evaluation report counts with).
   */
  readonly furthestPhase: PhaseId | null;
  /** Reached phases in the model's order (phasesReachedFrom). */
  readonly phasesReached: PhaseReached[];
  readonly kantelpunt: Kantelpunt;
  readonly contributions: number;
  readonly recognitionsGiven: number;
  readonly recognitionsReceived: number;
  /** Members this participant recognised themselves in / who recognised themselves in this participant. */
  readonly recognisedMemberIds: string[];
  readonly recognisedByMemberIds: string[];
  /** Signals for the facilitator, each with a plain-language message. */
  readonly flags: PathFlag[];
  /** Neutral information (the kantelpunt, ignored events). */
  readonly notes: Msg[];
  readonly ignoredFutureEvents: number;
}

/**
 * The current phase is judged over this many most recent signals, in whatever rooms the caller passes
 * (Mijn pad: all of the person's rooms; a group's dashboard: that group). Every view says which.
 */
export const CURRENT_PHASE_WINDOW = 6;
/** Nobody is flagged in their first two weeks or before they have written a few messages. */
export const FLAG_MIN_DAYS = 14;
export const FLAG_MIN_CONTRIBUTIONS = 3;
/** Projection that lasts this long without any recognition is worth a gentle look. */
export const STUCK_IN_PROJECTIE_DAYS = 21;

interface Evidence {
  readonly phase: PhaseId;
  readonly time: number;
  readonly at: Date;
  readonly via: 'contribution' | 'recognition_given';
}

function chooseCurrent(window: readonly Evidence[], current: PhaseId | null): PhaseId | null {
  const stats = Object.fromEntries(PHASE_IDS.map((p) => [p, { count: 0, latest: -1 }])) as Record<
    PhaseId,
    { count: number; latest: number }
  >;
  window.forEach((e, i) => {
    stats[e.phase].count += 1;
    stats[e.phase].latest = i;
  });
  // The strongest challenger; among equals the most recently seen.
  const [candidate] = PHASE_IDS.filter((p) => p !== current).sort(
    (a, b) => stats[b].count - stats[a].count || stats[b].latest - stats[a].latest,
  ) as [PhaseId];
  const currentCount = current === null ? 0 : stats[current].count;
  // Hysteresis: a challenger needs REACH_MIN_EVIDENCE recent signals and must outnumber the current phase.
  return stats[candidate].count >= REACH_MIN_EVIDENCE && stats[candidate].count > currentCount
    ? candidate
    : current;
}

/**
 * A participant's path through the model, from their tagged contributions and recognitions.
 *
 * - Phases reached: a phase counts as reached at its second piece of evidence (REACH_MIN_EVIDENCE), or
 *   for getuigenis as a facilitator confirmed it (isPhaseReached in phase-reached.ts, the one rule).
 *   A recognition given ("ik herken dit") is evidence for herkenning.
 * - Current phase: over the last CURRENT_PHASE_WINDOW pieces of evidence, a phase takes over only with at
 *   least two signals and more than the current phase has. One message never moves a person.
 * - Kantelpunt: the first herkenning, from a contribution or a recognition given. It is a moment, so one
 *   is enough.
 * - Flags (only after FLAG_MIN_DAYS days and FLAG_MIN_CONTRIBUTIONS contributions): stuck in projectie
 *   (current phase projectie for STUCK_IN_PROJECTIE_DAYS days with no herkenning yet), never recognised
 *   themselves in someone else, never recognised by someone else.
 * Events after `now` are ignored and counted in `ignoredFutureEvents`.
 */
export function participantPath(
  events: readonly PathEvent[],
  now: Date,
  options: ParticipantPathOptions = {},
): ParticipantPath {
  const nowTime = toTime(now);
  const indexed = events.map((event, index) => ({ event, index, time: toTime(event.at) }));
  const past = indexed.filter((e) => e.time <= nowTime).sort((a, b) => a.time - b.time || a.index - b.index);
  const ignoredFutureEvents = indexed.length - past.length;

  const evidence: Evidence[] = [];
  let contributions = 0;
  const given: string[] = [];
  const received: string[] = [];
  for (const { event, time } of past) {
    if (event.type === 'contribution') {
      contributions += 1;
      if (event.phase !== null)
        evidence.push({ phase: event.phase, time, at: event.at, via: 'contribution' });
    } else if (event.type === 'recognition_given') {
      given.push(event.otherMemberId);
      evidence.push({ phase: 'herkenning', time, at: event.at, via: 'recognition_given' });
    } else {
      received.push(event.otherMemberId);
    }
  }

  let currentPhase: PhaseId | null = null;
  let currentSince: Evidence | null = null;
  let projectieSince: Evidence | null = null;
  for (const [i, e] of evidence.entries()) {
    const next = chooseCurrent(
      evidence.slice(Math.max(0, i + 1 - CURRENT_PHASE_WINDOW), i + 1),
      currentPhase,
    );
    if (next !== currentPhase) {
      currentSince = e;
      if (next === 'projectie') projectieSince = e;
    }
    currentPhase = next;
  }

  const confirmation = options.getuigenisConfirmation ?? null;
  const confirmed = confirmation !== null && toTime(confirmation.at) <= nowTime ? confirmation : null;
  const counts: PhaseEvidence = {};
  for (const e of evidence) counts[e.phase] = (counts[e.phase] ?? 0) + 1;
  const phasesReached = phasesReachedFrom(counts, confirmed?.confirmed).map((phase): PhaseReached => {
    const own = evidence.filter((e) => e.phase === phase);
    const reaching = own[REACH_MIN_EVIDENCE - 1];
    if (reaching !== undefined) {
      return { phase, firstSeenAt: own[0]!.at, reachedAt: reaching.at, evidence: own.length, by: 'evidence' };
    }
    // Only a facilitator's confirmation makes a phase count without enough evidence.
    const at = (confirmed as GetuigenisConfirmation).at;
    return { phase, firstSeenAt: own[0]?.at ?? at, reachedAt: at, evidence: own.length, by: 'facilitator' };
  });
  // phasesReached is in the model's order, so the last one is the furthest (furthestPhaseReached).
  const furthest = phasesReached.at(-1)?.phase ?? null;

  const firstHerkenning = evidence.find((e) => e.phase === 'herkenning');
  const kantelpunt: Kantelpunt =
    firstHerkenning === undefined
      ? { reached: false, at: null, via: null }
      : { reached: true, at: firstHerkenning.at, via: firstHerkenning.via };

  const flags: PathFlag[] = [];
  const first = past[0];
  const activeDays = first === undefined ? 0 : wholeDaysBetween(first.event.at, now);
  if (activeDays >= FLAG_MIN_DAYS && contributions >= FLAG_MIN_CONTRIBUTIONS) {
    if (currentPhase === 'projectie' && !kantelpunt.reached && projectieSince !== null) {
      if (daysBetween(projectieSince.at, now) >= STUCK_IN_PROJECTIE_DAYS) {
        const days = wholeDaysBetween(projectieSince.at, now);
        const count = evidence.filter((e) => e.phase === 'projectie').length;
        flags.push({ id: 'stuck_in_projectie', message: msg('path.stuckInProjectie', { days, count }) });
      }
    }
    if (!kantelpunt.reached) {
      flags.push({
        id: 'never_gave_recognition',
        message: msg('path.neverGaveRecognition', { days: activeDays }),
      });
    }
    if (received.length === 0) {
      flags.push({
        id: 'never_received_recognition',
        message: msg('path.neverReceivedRecognition', { days: activeDays }),
      });
    }
  }

  const notes: Msg[] = [];
  if (kantelpunt.at !== null) notes.push(msg('path.kantelpunt', { date: toIsoDate(kantelpunt.at) }));
  if (ignoredFutureEvents > 0) notes.push(msg('path.futureEventsIgnored', { count: ignoredFutureEvents }));

  const unique = (ids: readonly string[]): string[] => [...new Set(ids)].sort();
  return {
    currentPhase,
    currentPhaseSince: currentPhase === null ? null : (currentSince?.at ?? null),
    currentPhaseSignals: Math.min(evidence.length, CURRENT_PHASE_WINDOW),
    furthestPhase: furthest,
    phasesReached,
    kantelpunt,
    contributions,
    recognitionsGiven: given.length,
    recognitionsReceived: received.length,
    recognisedMemberIds: unique(given),
    recognisedByMemberIds: unique(received),
    flags,
    notes,
    ignoredFutureEvents,
  };
}
