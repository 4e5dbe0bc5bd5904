import { Injectable } from '@nestjs/common';
import {
  equalityMeter,
  MS_PER_DAY,
  participantPath,
  type PathEvent,
  STUCK_IN_PROJECTIE_DAYS,
  type ZwartGatLevel,
} from '@spiegel/domain';
import { MentorsRepository } from '../mentors/mentors.repository.js';
import { NazorgRepository } from '../nazorg/nazorg.repository.js';
import { ReportRepository, type TrajectRow } from './report.repository.js';
import { type ParticipantSummary, summariseParticipants } from './participant-summary.js';
import { PathLoader } from '../participant-paths/path-loader.js';
import { ReportFactsCache } from './report-facts.cache.js';

/** Everything the report knows about one traject, summed in SQL. */
export interface TrajectFacts {
  traject: TrajectRow;
  participants: ParticipantSummary;
  stuck: number;
  voice: {
    members: number;
    contributions: number;
    gini: number;
    fVoice: number;
    fMembers: number;
    silent: number;
  };
  outside: { total: number; outside: number };
  twoWay: number;
  active: { month: number; alumni: number; measured: number; active: number }[];
  zwartGat: { month: number; level: ZwartGatLevel; n: number }[];
  latest: { scored: number; high: number };
  mentorships: { withAlumnusMentor: number; involving: number };
}

/**
 * The stored form: everything but the traject row (read fresh), with the version of this shape; stored
 * figures of another version are computed again, so a release that changes TrajectFacts changes it.
 */
// 2: furthest phases by the domain's one rule (a facilitator's "not confirmed" overrules getuigenis evidence).
const FACTS_VERSION = 2;
type StoredFacts = Omit<TrajectFacts, 'traject'> & { version: number };

/** An ended traject's stored figures are recomputed at least this often, whatever the triggers say. */
export const REPORT_FACTS_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/**
 * A running traject's figures also move with time alone (its period runs until now, and so does the
 * midpoint of its early/late split); stored, they are recomputed after this long. Every new contribution,
 * recognition or change in the group still marks them stale at once.
 */
export const REPORT_FACTS_RUNNING_AGE_MS = 5 * 60 * 1000;
/** While someone's 'stuck in projectie' flag may still turn on by time alone, figures live this long. */
export const REPORT_FACTS_STUCK_AGE_MS = 60 * 60 * 1000;

/** When a traject's period ends: closed early, or the day after its last day (as TRAJECT_PERIOD). */
export function trajectPeriodEnd(t: Pick<TrajectRow, 'ends_on' | 'closed_early_at'>): Date {
  if (t.closed_early_at) return new Date(t.closed_early_at);
  const end = new Date(`${t.ends_on}T00:00:00.000Z`);
  return new Date(end.getTime() + MS_PER_DAY);
}

const isStuck = (events: PathEvent[], at: Date): boolean =>
  participantPath(events, at).flags.some((f) => f.id === 'stuck_in_projectie');

/**
 * The report's figures per traject, stored (ReportFactsCache) and reused until something they are computed
 * from changes (the triggers mark them stale at once), or a figure that moves with time alone is due: the
 * next alumni month mark, a stuck-in-projectie flag that may still turn on, five minutes for a running
 * traject, a day for an ended one. The organisation report then reads a few hundred stored rows and
 * computes only what changed, instead of summing every contribution of every traject.
 */
@Injectable()
export class ReportFactsService {
  constructor(
    private readonly repo: ReportRepository,
    private readonly nazorg: NazorgRepository,
    private readonly mentors: MentorsRepository,
    private readonly paths: PathLoader,
    private readonly cache: ReportFactsCache,
  ) {}

  async facts(trajecten: TrajectRow[], now: Date): Promise<Map<string, TrajectFacts>> {
    const stored = new Map(
      [
        ...(await this.cache.read(
          trajecten.map((t) => t.id),
          now,
        )),
      ].filter(([, f]) => (f as StoredFacts).version === FACTS_VERSION),
    );
    const missing = trajecten.filter((t) => !stored.has(t.id));
    const toStore = missing.map((t) => t.id);
    await this.cache.claim(toStore);
    const computed = await this.compute(missing, now);
    await this.cache.store(
      toStore.map((id) => {
        const { facts, validUntil } = computed.get(id)!;
        const { traject: _t, ...rest } = facts;
        return { trajectId: id, facts: { ...rest, version: FACTS_VERSION }, validUntil };
      }),
      now,
    );
    return new Map(
      trajecten.map((t) => {
        const s = stored.get(t.id) as StoredFacts | undefined;
        if (!s) return [t.id, computed.get(t.id)!.facts];
        const { version: _v, ...rest } = s;
        return [t.id, { ...rest, traject: t }];
      }),
    );
  }

  /** Computes the figures of some trajecten in a few set-based queries, with how long they stay valid. */
  private async compute(
    trajecten: TrajectRow[],
    now: Date,
  ): Promise<Map<string, { facts: TrajectFacts; validUntil: Date }>> {
    const out = new Map<string, { facts: TrajectFacts; validUntil: Date }>();
    if (trajecten.length === 0) return out;
    const ids = trajecten.map((t) => t.id);
    const [participants, voice, outside, twoWay, active, zwartGat, latest, mentorships, marks] =
      await Promise.all([
        this.repo.participantFacts(ids, now),
        this.repo.trajectVoice(ids, now),
        this.repo.outsideSessions(ids, now),
        this.repo.twoWay(ids, now),
        this.repo.alumniActivity(ids, now),
        this.nazorg.zwartGatByMonth(ids),
        this.nazorg.zwartGatLatest(ids),
        this.mentors.mentorshipsFormed(ids, now),
        this.repo.nextAlumniMark(ids, now),
      ]);
    // The trajecten are all of the caller's organisation, so they share its alumni rooms.
    const alumniRooms = await this.repo.alumniRooms(trajecten[0]!.id);
    // Only someone without any herkenning can be stuck in projectie: load just their events.
    const undecided = await this.repo.withoutHerkenning(ids, alumniRooms, now);
    for (const t of trajecten) {
      const mine = participants.filter((p) => p.traject_id === t.id);
      const events = await this.paths.events(
        mine.filter((p) => undecided.has(`${t.id}:${p.membership_id}`)).map((p) => p.membership_id),
        [t.room_id, ...alumniRooms],
      );
      let stuck = 0;
      let stuckMayChange = false;
      for (const e of events.values()) {
        const stuckNow = isStuck(e, now);
        if (stuckNow) stuck++;
        // The flag only turns on as time passes; once STUCK_IN_PROJECTIE_DAYS have passed since the last
        // event, every threshold it has lies behind. Until then it may still turn on without new data.
        const last = e.reduce((max, x) => Math.max(max, x.at.getTime()), 0);
        const settled = new Date(last + STUCK_IN_PROJECTIE_DAYS * MS_PER_DAY + 1);
        if (!stuckNow && settled > now && isStuck(e, settled)) stuckMayChange = true;
      }
      const meter = equalityMeter(
        voice
          .filter((v) => v.traject_id === t.id)
          .map((v) => ({
            memberId: v.member,
            isFacilitator: v.is_facilitator,
            contributions: v.n,
            characters: v.chars,
          })),
      );
      const o = outside.find((x) => x.traject_id === t.id);
      const z = latest.find((x) => x.traject_id === t.id);
      const m = mentorships.find((x) => x.traject_id === t.id);
      const running = trajectPeriodEnd(t) > now;
      const validUntil = Math.min(
        now.getTime() +
          (running
            ? REPORT_FACTS_RUNNING_AGE_MS
            : stuckMayChange
              ? REPORT_FACTS_STUCK_AGE_MS
              : REPORT_FACTS_MAX_AGE_MS),
        marks.get(t.id)?.getTime() ?? Infinity,
        // The moment it ends: from then on its period no longer follows the clock.
        running ? trajectPeriodEnd(t).getTime() : Infinity,
      );
      out.set(t.id, {
        validUntil: new Date(validUntil),
        facts: {
          traject: t,
          participants: summariseParticipants(mine),
          stuck,
          voice: {
            members: meter.memberCount,
            contributions: meter.contributionCount,
            gini: meter.gini,
            fVoice: meter.facilitators.shareOfVoice,
            fMembers: meter.facilitators.shareOfMembers,
            silent: meter.silentMemberIds.length,
          },
          outside: { total: o?.total ?? 0, outside: o?.outside ?? 0 },
          twoWay: twoWay.filter((x) => x.traject_id === t.id).length,
          active: active.filter((x) => x.traject_id === t.id),
          zwartGat: zwartGat.filter((x) => x.traject_id === t.id),
          latest: { scored: z?.scored ?? 0, high: z?.high ?? 0 },
          mentorships: { withAlumnusMentor: m?.with_alumnus_mentor ?? 0, involving: m?.involving ?? 0 },
        },
      });
    }
    return out;
  }
}
