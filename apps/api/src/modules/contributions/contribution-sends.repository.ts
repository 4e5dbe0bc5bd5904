import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CrisisSeverity, PhaseId, RoomKind } from '@spiegel/domain';
import { roomSql } from '../rooms/room-sql.js';
import type { ContributionRow } from './contribution-views.js';
import { CONTRIBUTION_COLUMNS } from './contributions.repository.js';

export interface NewContribution {
  organisationId: string;
  roomId: string;
  authorId: string;
  clientId: string;
  kind: 'message' | 'story';
  title: string | null;
  body: string;
  replyToId: string | null;
  phase: PhaseId | null;
  confidence: number;
  cues: string[];
  themes: string[];
  crisis: CrisisSeverity;
}

/** A stored contribution as the send answers it, with the kind of its room. */
export type StoredContribution = ContributionRow & { room_kind: RoomKind };

/**
 * The checked send: every condition a new contribution must meet, for one row of the batch `i` (the
 * sender an active member of a room of the organisation that is not archived, the client id new, a
 * reply's story able to take replies). No row when a check fails.
 */
const checkedSend = `
  SELECT i.*, w.kind AS room_kind
    FROM i CROSS JOIN LATERAL (${roomSql.writableRoom('i.organisation_id', 'i.room_id', 'i.author_id')}) w
   WHERE NOT EXISTS (SELECT 1 FROM contributions d WHERE d.author_membership_id = i.author_id AND d.client_id = i.client_id)
     AND (i.reply_to_id IS NULL OR EXISTS (
       SELECT 1 FROM contributions p
        WHERE p.id = i.reply_to_id AND p.room_id = i.room_id AND p.kind = 'story' AND p.reply_to_id IS NULL
          AND p.deleted_at IS NULL))`;

/**
 * A batch of sends in one statement and one commit. Rows that pass their checks (`checked`; of several
 * rows with one author and client id only the first, so a retry inside the batch is answered like any
 * retry) take their room's next sequence numbers in batch order. The rooms are locked in id order, and
 * stay locked until the commit, so seq order is commit order in every room. Each answer carries `n`, the
 * row's place in the batch.
 */
const INSERT_BATCH = `
  WITH i AS MATERIALIZED (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
           n int, organisation_id uuid, room_id uuid, author_id uuid, client_id uuid, kind text, title text,
           body text, reply_to_id bigint, phase text, confidence real, cues jsonb, themes text[], crisis text)
       ),
       checked AS MATERIALIZED (${checkedSend}),
       ok AS MATERIALIZED (
         SELECT ch.* FROM checked ch
          WHERE NOT EXISTS (SELECT 1 FROM checked e WHERE e.author_id = ch.author_id AND e.client_id = ch.client_id AND e.n < ch.n)
       ),
       locked AS MATERIALIZED (${roomSql.lockRoomsInOrder('SELECT ok.room_id FROM ok')}),
       k AS (SELECT ok.room_id, count(*)::int AS n FROM ok JOIN locked ON locked.id = ok.room_id GROUP BY ok.room_id),
       seqs AS (${roomSql.nextSeqs('k')}),
       c AS (
         INSERT INTO contributions
           (organisation_id, room_id, seq, author_membership_id, client_id, kind, title, body, reply_to_id,
            phase, phase_suggested, phase_confidence, phase_cues, phase_set_by, themes, crisis)
         SELECT ok.organisation_id, ok.room_id, seqs.base_seq + row_number() OVER (PARTITION BY ok.room_id ORDER BY ok.n),
                ok.author_id, ok.client_id, ok.kind, ok.title, ok.body, ok.reply_to_id,
                ok.phase, ok.phase, ok.confidence, ok.cues, 'classifier', ok.themes, ok.crisis
           FROM ok JOIN seqs ON seqs.room_id = ok.room_id
          ORDER BY ok.n
         RETURNING *
       )
  ${CONTRIBUTION_COLUMNS('c', '0')}, ok.room_kind, ok.n AS batch_index
    FROM c JOIN member_names m ON m.id = c.author_membership_id
    JOIN ok ON ok.author_id = c.author_membership_id AND ok.client_id = c.client_id`;

/**
 * The send's write (`contributions`, and through `roomSql` the room's sequence). Reads and other writes
 * are in `ContributionsRepository`.
 */
@Injectable()
export class ContributionSendsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * One send in one statement, one round trip: it checks membership, that the room is not archived, that
   * the client id is new and that a reply's story can take replies, then takes the room's next seq and
   * inserts. The room row's lock (taken by the UPDATE) is held only until this statement commits, so seq
   * order is commit order. A retry that committed first makes the INSERT fail on
   * uq_contributions_author_client, which rolls the seq back too (the caller answers it). No row: a check
   * failed and nothing was written. The batch path falls back to this one when its statement fails.
   */
  async insertChecked(n: NewContribution): Promise<StoredContribution | undefined> {
    const [row] = await this.ds.query<StoredContribution[]>(
      `WITH a AS (
         ${roomSql.writableRoom('$1', '$2', '$3')}
              AND NOT EXISTS (SELECT 1 FROM contributions d WHERE d.author_membership_id = $3 AND d.client_id = $4)
              AND ($8::bigint IS NULL OR EXISTS (
                SELECT 1 FROM contributions p
                 WHERE p.id = $8 AND p.room_id = $2 AND p.kind = 'story' AND p.reply_to_id IS NULL
                   AND p.deleted_at IS NULL))
         ),
         r AS (${roomSql.nextSeq('$2', 'EXISTS (SELECT 1 FROM a)')}),
         c AS (
           INSERT INTO contributions
             (organisation_id, room_id, seq, author_membership_id, client_id, kind, title, body, reply_to_id,
              phase, phase_suggested, phase_confidence, phase_cues, phase_set_by, themes, crisis)
           SELECT $1, $2, r.last_seq, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11::jsonb, 'classifier', $12::text[], $13
             FROM r
           RETURNING *
         )
         ${CONTRIBUTION_COLUMNS('c', '0')}, a.kind AS room_kind
           FROM c JOIN member_names m ON m.id = c.author_membership_id CROSS JOIN a`,
      [
        n.organisationId,
        n.roomId,
        n.authorId,
        n.clientId,
        n.kind,
        n.title,
        n.body,
        n.replyToId,
        n.phase,
        n.confidence,
        JSON.stringify(n.cues),
        n.themes,
        n.crisis,
      ],
    );
    return row;
  }

  /**
   * Several sends in one statement and one commit (see INSERT_BATCH): the answer at each position is the
   * stored row of that send, or undefined when one of its checks failed and it wrote nothing. A failing
   * statement (e.g. a retry that another instance committed a moment earlier) writes nothing at all.
   */
  async insertCheckedMany(sends: readonly NewContribution[]): Promise<(StoredContribution | undefined)[]> {
    const input = sends.map((s, n) => ({
      n,
      organisation_id: s.organisationId,
      room_id: s.roomId,
      author_id: s.authorId,
      client_id: s.clientId,
      kind: s.kind,
      title: s.title,
      body: s.body,
      reply_to_id: s.replyToId,
      phase: s.phase,
      confidence: s.confidence,
      cues: s.cues,
      themes: s.themes,
      crisis: s.crisis,
    }));
    const rows = await this.ds.query<(StoredContribution & { batch_index: number })[]>(INSERT_BATCH, [
      JSON.stringify(input),
    ]);
    const out: (StoredContribution | undefined)[] = sends.map(() => undefined);
    for (const { batch_index, ...row } of rows) out[batch_index] = row;
    return out;
  }
}
