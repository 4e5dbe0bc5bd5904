import { Injectable } from '@nestjs/common';
import {
  equalityMeter,
  MS_PER_DAY,
  participantPath,
  type PathEvent,
  STUCK_IN_PROJECTIE_DAYS,
  type ZwartGatLevel,
} from '@spiegel/domain';
import { InsightRepository, type ParticipantFactRow, type TrajectRow } from './insight.repository.js';
import { PathLoader } from './path-loader.js';
import { ReportFactsCache } from './report-facts.cache.js';

/** Everything the report knows about one traject, summed in SQL. */
export interface TrajectFacts {
  traject: TrajectRow;
  participants: ParticipantFactRow[];
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
 * The stored form: everything but the traject row (read fresh), with the participants as rows of values
 * in PARTICIPANT_FIELDS order; field names repeated per participant were two thirds of the size.
 */
type StoredFacts = Omit<TrajectFacts, 'traject' | 'participants'> & { participants: unknown[][] };

/** Every field of a participant row but its traject (the same for all), in a fixed order. */
const PARTICIPANT_FIELDS = Object.keys({
  membership_id: true,
  status: true,
  completed_at: true,
  contributions: true,
  chars: true,
  ev_projectie: true,
  ev_herkenning: true,
  ev_gelijkwaardigheid: true,
  ev_verbinding: true,
  ev_getuigenis: true,
  tagged_early: true,
  projectie_early: true,
  tagged_late: true,
  projectie_late: true,
  gave: true,
  received: true,
  kantelpunt_days: true,
  getuigenis_confirmed: true,
  mentor_opted_in: true,
} satisfies Record<Exclude<keyof ParticipantFactRow, 'traject_id'>, true>) as Exclude<
  keyof ParticipantFactRow,
  'traject_id'
>[];

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
    private readonly repo: InsightRepository,
    private readonly paths: PathLoader,
    private readonly cache: ReportFactsCache,
  ) {}

  async facts(trajecten: TrajectRow[], now: Date): Promise<Map<string, TrajectFacts>> {
    const stored = await this.cache.read(
      trajecten.map((t) => t.id),
      now,
    );
    const missing = trajecten.filter((t) => !stored.has(t.id));
    const toStore = missing.map((t) => t.id);
    await this.cache.claim(toStore);
    const computed = await this.compute(missing, now);
    await this.cache.store(
      toStore.map((id) => {
        const { facts, validUntil } = computed.get(id)!;
        return { trajectId: id, facts: pack(facts), validUntil };
      }),
      now,
    );
    return new Map(
      trajecten.map((t) => {
        const s = stored.get(t.id) as StoredFacts | undefined;
        return [t.id, s ? revive(t, s) : computed.get(t.id)!.facts];
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
        this.repo.zwartGatByMonth(ids),
        this.repo.zwartGatLatest(ids),
        this.repo.mentorships(ids, now),
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
        const last = Math.max(0, ...e.map((x) => x.at.getTime()));
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
          participants: mine,
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

function pack(facts: TrajectFacts): StoredFacts {
  const { traject: _t, participants, ...rest } = facts;
  return { ...rest, participants: participants.map((p) => PARTICIPANT_FIELDS.map((f) => p[f])) };
}

/** Stored figures back in their computed form (JSON keeps dates as strings). */
function revive(traject: TrajectRow, s: StoredFacts): TrajectFacts {
  return {
    ...s,
    traject,
    participants: s.participants.map((values) => {
      const row = Object.fromEntries(PARTICIPANT_FIELDS.map((f, i) => [f, values[i]])) as Omit<
        ParticipantFactRow,
        'traject_id'
      >;
      return {
        ...row,
        traject_id: traject.id,
        completed_at: row.completed_at === null ? null : new Date(row.completed_at),
      };
    }),
  };
}
