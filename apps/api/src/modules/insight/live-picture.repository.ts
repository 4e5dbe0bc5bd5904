import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PhaseId, RoomKind } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { EdgeRow, RoomMemberRow, VoiceRow } from './dashboard.repository.js';
import { CHARS, LIVE } from './insight-sql.js';

export interface LivePictureRows {
  kind: RoomKind;
  session_start: Date | null;
  from_at: Date;
  members: Omit<RoomMemberRow, 'started_at'>[];
  voice: VoiceRow[];
  phases: { phase: PhaseId | null; n: number }[];
  recognitions: EdgeRow[];
  replies: EdgeRow[];
  /** The window's counted contributions as [id, author, phase]: the live panel's counters add only newer ones. */
  contributions: [string, string | null, PhaseId | null][];
  /** The window's recognitions as `contribution id:from member`, so a fact the SQL already saw is not added twice. */
  recognition_keys: string[];
  /** The next session that moves the window (it opens `earlyMinutes` before its start), if any. */
  next_session_start: Date | null;
}

/** The live session panel's one read. */
@Injectable()
export class LivePictureRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Everything the live session panel shows, in one statement (it runs on every burst of activity in a
   * room with hosts): the room, the session in progress (if one started in the last `hours`), the window
   * (`earlyMinutes` before that session, else the last `hours`), the members, and per window voice,
   * phases, recognitions and replies; and what the panel's counters need to go on from here (the window's
   * contributions and recognitions by key, the next session). The window's contributions and recognitions
   * are read once each. Null for an unknown room.
   */
  async livePicture(
    roomId: string,
    now: Date,
    hours: number,
    earlyMinutes: number,
  ): Promise<LivePictureRows | null> {
    const [row] = await this.ds.query<LivePictureRows[]>(
      `WITH room AS (
         SELECT r.id, r.kind, t.id AS traject_id FROM room_facts r LEFT JOIN traject_facts t ON t.room_id = r.id
          WHERE r.id = $1 ORDER BY t.starts_on DESC NULLS LAST LIMIT 1),
       session AS (
         SELECT s.starts_at FROM traject_schedule s JOIN traject_facts t ON t.id = s.traject_id
          WHERE t.room_id = $1 AND s.starts_at <= $2::timestamptz + interval '30 minutes'
            AND s.starts_at >= $2::timestamptz - make_interval(hours => $3)
          ORDER BY s.starts_at DESC LIMIT 1),
       win AS (
         SELECT COALESCE((SELECT starts_at FROM session) - make_interval(mins => $4),
                         $2::timestamptz - make_interval(hours => $3)) AS from_at),
       c AS MATERIALIZED (
         SELECT c.id, c.author_membership_id AS member, c.phase, ${CHARS} AS chars, c.reply_to_id
           FROM contribution_facts c, win
          WHERE c.room_id = $1 AND c.created_at >= win.from_at AND c.created_at <= $2 AND ${LIVE}),
       rec AS MATERIALIZED (
         SELECT r.contribution_id, r.from_membership_id AS from_id, r.to_membership_id AS to_id
           FROM recognition_evidence r, win
          WHERE r.room_id = $1 AND r.created_at >= win.from_at AND r.created_at <= $2)
       SELECT (SELECT kind FROM room) AS kind,
              (SELECT starts_at FROM session) AS session_start,
              (SELECT from_at FROM win) AS from_at,
              (SELECT min(s.starts_at) FROM traject_schedule s JOIN traject_facts t ON t.id = s.traject_id
                WHERE t.room_id = $1 AND s.starts_at > $2::timestamptz + interval '30 minutes') AS next_session_start,
              (SELECT COALESCE(json_agg(json_build_array(c.id::text, c.member, c.phase)), '[]') FROM c) AS contributions,
              (SELECT COALESCE(json_agg(m ORDER BY m.display_name, m.id), '[]')
                 FROM (SELECT m.id, m.display_name, m.avatar_color, m.role
                         FROM room_member_facts rm JOIN member_names m ON m.id = rm.membership_id
                        WHERE rm.room_id = $1 AND rm.status = 'active' AND m.status = 'active') m) AS members,
              (SELECT COALESCE(json_agg(v), '[]')
                 FROM (SELECT member, count(*)::int AS n, sum(chars)::int AS chars FROM c GROUP BY 1) v) AS voice,
              (SELECT COALESCE(json_agg(p), '[]')
                 FROM (SELECT phase, count(*)::int AS n FROM c GROUP BY 1) p) AS phases,
              (SELECT COALESCE(json_agg(contribution_id::text || ':' || from_id), '[]') FROM rec) AS recognition_keys,
              (SELECT COALESCE(json_agg(e ORDER BY e.from_id, e.to_id), '[]')
                 FROM (SELECT from_id, to_id, count(*)::int AS n FROM rec GROUP BY 1, 2) e) AS recognitions,
              (SELECT COALESCE(json_agg(e), '[]')
                 FROM (SELECT c.member AS from_id, p.author_membership_id AS to_id, count(*)::int AS n
                         FROM c JOIN contribution_facts p ON p.id = c.reply_to_id GROUP BY 1, 2) e) AS replies`,
      [roomId, now, hours, earlyMinutes],
    );
    if (!row?.kind) return null;
    return {
      ...row,
      from_at: new Date(row.from_at),
      session_start: row.session_start && new Date(row.session_start),
      next_session_start: row.next_session_start && new Date(row.next_session_start),
    };
  }
}
