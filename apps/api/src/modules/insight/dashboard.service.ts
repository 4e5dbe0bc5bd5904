import { Injectable } from '@nestjs/common';
import {
  type DashboardMember,
  type DashboardView,
  equalityMeter,
  isThemeId,
  type PhaseCounts,
  suggestFacilitation,
  type VoiceTotals,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { RoomAccessService } from '../rooms/room-access.service.js';
import { MentorsRepository } from '../mentors/mentors.repository.js';
import { DashboardRepository, type PhaseCountRow, type RoomMemberRow } from './dashboard.repository.js';
import { InsightRepository } from './insight.repository.js';
import { PathLoader } from '../participant-paths/path-loader.js';

const MS_PER_DAY = 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;
export const isFacilitatorRole = (role: string) => role === 'facilitator' || role === 'admin';

export function emptyCounts(): PhaseCounts {
  return { projectie: 0, herkenning: 0, gelijkwaardigheid: 0, verbinding: 0, getuigenis: 0, none: 0 };
}

/** Folds phase-count rows into one PhaseCounts per bucket, in the order the buckets are given. */
export function countsByBucket(rows: PhaseCountRow[]): Map<string, PhaseCounts> {
  const out = new Map<string, PhaseCounts>();
  for (const r of rows) {
    const counts = out.get(r.bucket) ?? emptyCounts();
    counts[r.phase ?? 'none'] += r.n;
    out.set(r.bucket, counts);
  }
  return out;
}

export const memberView = (m: Pick<RoomMemberRow, 'id' | 'display_name' | 'avatar_color'>) => ({
  membershipId: m.id,
  displayName: m.display_name,
  avatarColor: m.avatar_color,
});

/**
 * The facilitator dashboard of one group: phase picture, herkenning, equality meter and suggestions.
 * Facilitation, not statistics: the group's hosts see their members by pseudonym, and every view is
 * audit-logged.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: DashboardRepository,
    private readonly selfPlacements: InsightRepository,
    private readonly mentors: MentorsRepository,
    private readonly access: RoomAccessService,
    private readonly paths: PathLoader,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async dashboard(
    actor: Actor,
    roomId: string,
    query: { from?: string; to?: string },
  ): Promise<DashboardView> {
    await this.access.host(actor, roomId);
    const room = await this.repo.room(roomId, actor.organisationId);
    if (!room) throw notFound();
    const now = this.clock.now();
    const start = room.starts_on ? new Date(`${room.starts_on}T00:00:00.000Z`) : new Date(room.created_at);
    const from = query.from ? new Date(query.from) : start;
    const requestedTo = query.to ? new Date(query.to) : now;
    // A date without a time means the whole day.
    if (query.to && /^\d{4}-\d{2}-\d{2}$/.test(query.to)) requestedTo.setUTCHours(23, 59, 59, 999);
    const to = requestedTo.getTime() > now.getTime() ? now : requestedTo;
    if (from.getTime() > to.getTime())
      throw new AppError(400, 'VALIDATION_FAILED', 'De begindatum ligt na de einddatum.');

    const trajectId = room.traject_id;
    const members = await this.repo.roomMembers(roomId, trajectId);
    const ids = members.map((m) => m.id);
    const [paths, sessions, period] = await Promise.all([
      this.paths.paths(ids, now, [roomId]),
      trajectId ? this.repo.sessions(trajectId, to) : Promise.resolve([]),
      this.repo.roomPeriod(roomId, trajectId, from, to),
    ]);
    const {
      by_week: byWeek,
      by_session: bySession,
      voice,
      voice_by_session: voiceBySession,
      replies,
      recognitions,
      themes,
    } = period;
    const [interactions, mentorsAvailable, placements] = await Promise.all([
      this.repo.interactions(roomId),
      this.mentors.mentorsAvailable(actor.organisationId),
      this.selfPlacements.selfPlacements(ids),
    ]);

    const known = new Set(ids);
    const totalsOf = (rows: { member: string; n: number; chars: number }[]): VoiceTotals[] => {
      const byMember = new Map(rows.map((r) => [r.member, r]));
      return members.map((m) => ({
        memberId: m.id,
        isFacilitator: isFacilitatorRole(m.role),
        contributions: byMember.get(m.id)?.n ?? 0,
        characters: byMember.get(m.id)?.chars ?? 0,
      }));
    };
    const replyTotals = replies
      .filter((r) => known.has(r.from_id) && known.has(r.to_id))
      .map((r) => ({ fromMemberId: r.from_id, toMemberId: r.to_id, count: r.n }));
    const overall = equalityMeter(totalsOf(voice), replyTotals);
    const shareOf = new Map(overall.members.map((m) => [m.memberId, m.shareOfVoice]));
    const given = new Map<string, number>();
    const received = new Map<string, number>();
    for (const e of recognitions) {
      given.set(e.from_id, (given.get(e.from_id) ?? 0) + e.n);
      received.set(e.to_id, (received.get(e.to_id) ?? 0) + e.n);
    }
    const voiceOf = new Map(voice.map((v) => [v.member, v]));

    const dashboardMembers: DashboardMember[] = members.map((m) => {
      const facilitator = isFacilitatorRole(m.role);
      const path = paths.get(m.id)!;
      const self = placements.get(m.id) ?? null;
      const kantelpunt = path.kantelpunt.at;
      return {
        member: memberView(m),
        isFacilitator: facilitator,
        startedAt: new Date(m.started_at).toISOString(),
        contributions: voiceOf.get(m.id)?.n ?? 0,
        characters: voiceOf.get(m.id)?.chars ?? 0,
        shareOfVoice: shareOf.get(m.id) ?? 0,
        recognitionsGiven: given.get(m.id) ?? 0,
        recognitionsReceived: received.get(m.id) ?? 0,
        kantelpunt: kantelpunt
          ? {
              at: kantelpunt.toISOString(),
              daysFromStart: round1(
                Math.max(0, (kantelpunt.getTime() - new Date(m.started_at).getTime()) / MS_PER_DAY),
              ),
            }
          : null,
        path: facilitator
          ? null
          : {
              currentPhase: path.currentPhase,
              currentPhaseSince: path.currentPhaseSince?.toISOString() ?? null,
              furthestPhase: path.furthestPhase,
              flags: path.flags.map((f) => ({ id: f.id, message: f.message })),
            },
        selfPlacement: self ? { phase: self.phase, at: self.at.toISOString() } : null,
        differs: !facilitator && self !== null && self.phase !== path.currentPhase,
      };
    });

    const participants = dashboardMembers.filter((m) => !m.isFacilitator);
    const now_ = emptyCounts();
    for (const m of participants) now_[m.path!.currentPhase ?? 'none'] += 1;

    const weekCounts = countsByBucket(byWeek);
    const sessionCounts = countsByBucket(bySession);
    const sessionVoice = new Map<string, { member: string; n: number; chars: number }[]>();
    for (const v of voiceBySession)
      sessionVoice.set(v.session_id, [...(sessionVoice.get(v.session_id) ?? []), v]);

    const interactionPairs = [
      ...interactions,
      ...recognitions.map((e): [string, string] => [e.from_id, e.to_id]),
    ];
    const themesOf = new Map(themes.map((t) => [t.member, t.themes.filter(isThemeId)]));
    const suggestions = suggestFacilitation({
      members: dashboardMembers.map((m) => ({
        memberId: m.member.membershipId,
        displayName: m.member.displayName,
        isFacilitator: m.isFacilitator,
        flags: m.path?.flags.map((f) => f.id) ?? [],
        themes: themesOf.get(m.member.membershipId) ?? [],
        contributionsInPeriod: m.contributions,
      })),
      interactions: interactionPairs,
      mentorsAvailable,
    });

    await this.audit.record(actor, 'insight.dashboard_view', {
      subjectIds: ids.filter((id) => id !== actor.membershipId),
      targetType: 'room',
      targetId: roomId,
      details: { from: from.toISOString(), to: to.toISOString(), members: members.length },
    });

    const participantIds = new Set(participants.map((p) => p.member.membershipId));
    const gaveIds = new Set(recognitions.map((e) => e.from_id));
    const gotIds = new Set(recognitions.map((e) => e.to_id));
    const neverGave = [...participantIds].filter((id) => !gaveIds.has(id)).sort();
    const neverReceived = [...participantIds].filter((id) => !gotIds.has(id)).sort();
    return {
      room: { id: room.id, name: room.name, kind: room.kind },
      traject:
        trajectId && room.traject_name && room.starts_on && room.ends_on
          ? { id: trajectId, name: room.traject_name, startsOn: room.starts_on, endsOn: room.ends_on }
          : null,
      period: { from: from.toISOString(), to: to.toISOString() },
      generatedAt: now.toISOString(),
      members: dashboardMembers,
      phases: {
        now: now_,
        byWeek: [...weekCounts].map(([weekStart, counts]) => ({ weekStart, counts })),
        bySession: sessions.map((s) => ({
          id: s.id,
          startsAt: new Date(s.starts_at).toISOString(),
          title: s.title,
          counts: sessionCounts.get(s.id) ?? emptyCounts(),
        })),
      },
      herkenning: {
        edges: recognitions.map((e) => ({ fromMemberId: e.from_id, toMemberId: e.to_id, count: e.n })),
        total: recognitions.reduce((s, e) => s + e.n, 0),
        neverGave,
        neverReceived,
        isolated: neverGave.filter((id) => neverReceived.includes(id)),
      },
      equality: {
        overall,
        bySession: sessions.map((s) => ({
          id: s.id,
          startsAt: new Date(s.starts_at).toISOString(),
          title: s.title,
          meter: equalityMeter(totalsOf(sessionVoice.get(s.id) ?? [])),
        })),
      },
      suggestions,
    };
  }
}
