import { furthestPhaseReached, isPhaseReached, type PhaseEvidence, type PhaseId } from '@spiegel/domain';
import type { ParticipantFactRow } from './report.repository.js';

/** What the evaluation report needs of a traject's participants, summed once per traject. */
export interface ParticipantSummary {
  count: number;
  alumni: number;
  taggedEarly: number;
  projectieEarly: number;
  taggedLate: number;
  projectieLate: number;
  /** Participants who gave, and who received, at least one recognition. */
  gave: number;
  received: number;
  /** Days from the start to the first herkenning, one per participant who reached it. */
  kantelpuntDays: number[];
  reachedGetuigenis: number;
  alumniReachedGetuigenis: number;
  alumniMentorsOptedIn: number;
  /** Participants per furthest phase reached (the domain's furthestPhaseReached, as in participantPath). */
  furthest: Partial<Record<PhaseId, number>>;
}

/** A participant's evidence per phase, as summed in SQL (contributions tagged with it; for herkenning also recognitions given). */
export function evidenceOf(r: ParticipantFactRow): PhaseEvidence {
  return {
    projectie: r.ev_projectie,
    herkenning: r.ev_herkenning,
    gelijkwaardigheid: r.ev_gelijkwaardigheid,
    verbinding: r.ev_verbinding,
    getuigenis: r.ev_getuigenis,
  };
}

/**
 * The furthest phase a participant reached: the domain's one rule (furthestPhaseReached — the rule
 * participantPath uses for Mijn pad and the dashboard), applied to the evidence summed in SQL.
 */
export function furthestPhase(r: ParticipantFactRow): PhaseId | null {
  return furthestPhaseReached(evidenceOf(r), r.getuigenis_confirmed);
}

export function summariseParticipants(rows: ParticipantFactRow[]): ParticipantSummary {
  const s: ParticipantSummary = {
    count: rows.length,
    alumni: 0,
    taggedEarly: 0,
    projectieEarly: 0,
    taggedLate: 0,
    projectieLate: 0,
    gave: 0,
    received: 0,
    kantelpuntDays: [],
    reachedGetuigenis: 0,
    alumniReachedGetuigenis: 0,
    alumniMentorsOptedIn: 0,
    furthest: {},
  };
  for (const r of rows) {
    const alumnus = r.status === 'completed';
    const getuigenis = isPhaseReached('getuigenis', r.ev_getuigenis, r.getuigenis_confirmed);
    if (alumnus) s.alumni++;
    s.taggedEarly += r.tagged_early;
    s.projectieEarly += r.projectie_early;
    s.taggedLate += r.tagged_late;
    s.projectieLate += r.projectie_late;
    if (r.gave > 0) s.gave++;
    if (r.received > 0) s.received++;
    if (r.kantelpunt_days !== null) s.kantelpuntDays.push(r.kantelpunt_days);
    if (getuigenis) s.reachedGetuigenis++;
    if (alumnus && getuigenis) s.alumniReachedGetuigenis++;
    if (alumnus && r.mentor_opted_in) s.alumniMentorsOptedIn++;
    const p = furthestPhase(r);
    if (p) s.furthest[p] = (s.furthest[p] ?? 0) + 1;
  }
  return s;
}

/** Several trajecten's summaries as one (the organisation report). */
export function poolSummaries(items: ParticipantSummary[]): ParticipantSummary {
  const pooled = summariseParticipants([]);
  for (const s of items) {
    for (const key of [
      'count',
      'alumni',
      'taggedEarly',
      'projectieEarly',
      'taggedLate',
      'projectieLate',
      'gave',
      'received',
      'reachedGetuigenis',
      'alumniReachedGetuigenis',
      'alumniMentorsOptedIn',
    ] as const)
      pooled[key] += s[key];
    pooled.kantelpuntDays.push(...s.kantelpuntDays);
    for (const [phase, n] of Object.entries(s.furthest) as [PhaseId, number][])
      pooled.furthest[phase] = (pooled.furthest[phase] ?? 0) + n;
  }
  return pooled;
}
