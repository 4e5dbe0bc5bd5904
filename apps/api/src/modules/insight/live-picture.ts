import { equalityMeter, type InsightSessionPicture } from '@spiegel/domain';
import { isFacilitatorRole, memberView } from './dashboard.service.js';
import type { LivePictureRows } from './live-picture.repository.js';

/** The panel's view of a room's window, from the SQL picture or from the counters kept since. */
export function buildLivePicture(roomId: string, rows: LivePictureRows, now: Date): InsightSessionPicture {
  const { members, voice, phases, recognitions, replies } = rows;
  const from = rows.from_at;
  const sessionStart = rows.session_start;
  const voiceOf = new Map(voice.map((v) => [v.member, v]));
  const known = new Set(members.map((m) => m.id));
  const meter = equalityMeter(
    members.map((m) => ({
      memberId: m.id,
      isFacilitator: isFacilitatorRole(m.role),
      contributions: voiceOf.get(m.id)?.n ?? 0,
      characters: voiceOf.get(m.id)?.chars ?? 0,
    })),
    replies
      .filter((r) => known.has(r.from_id) && known.has(r.to_id))
      .map((r) => ({ fromMemberId: r.from_id, toMemberId: r.to_id, count: r.n })),
  );
  const shareOf = new Map(meter.members.map((m) => [m.memberId, m.shareOfVoice]));
  return {
    roomId,
    from: from.toISOString(),
    to: now.toISOString(),
    sessionStartsAt: sessionStart ? sessionStart.toISOString() : null,
    contributions: meter.contributionCount,
    phases: phases.map((p) => ({ phase: p.phase, count: p.n })),
    recognitions: {
      count: recognitions.reduce((s, e) => s + e.n, 0),
      edges: recognitions.map((e) => ({ fromMemberId: e.from_id, toMemberId: e.to_id, count: e.n })),
    },
    members: members.map((m) => ({
      member: memberView(m),
      isFacilitator: isFacilitatorRole(m.role),
      contributions: voiceOf.get(m.id)?.n ?? 0,
      shareOfVoice: shareOf.get(m.id) ?? 0,
    })),
    notYetSpoken: members.filter((m) => !isFacilitatorRole(m.role) && !voiceOf.has(m.id)).map(memberView),
    equality: {
      gini: meter.gini,
      facilitatorShareOfVoice: meter.facilitators.shareOfVoice,
      facilitatorShareOfMembers: meter.facilitators.shareOfMembers,
      advice: meter.advice.map((a) => ({ key: a.key, params: { ...a.params } })),
    },
  };
}
