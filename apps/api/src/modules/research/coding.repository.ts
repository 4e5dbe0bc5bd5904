import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CodingAssignment,
  CodingCandidate,
  CodingCoder,
  ContributionKind,
  PhaseId,
} from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';

export interface StudyRow {
  id: string;
  name: string;
  created_at: Date;
  items: number;
  complete: number;
  coders: number;
}

export interface TaskRow {
  code_id: string;
  study_id: string;
  study_name: string;
  contribution_id: string;
  author_membership_id: string;
  kind: ContributionKind;
  title: string | null;
  body: string;
}

export interface CodedItemRow {
  item_id: string;
  contribution_id: string;
  room_id: string;
  classifier_label: PhaseId | null;
  first: string | null;
  second: string | null;
  first_coder: string;
  second_coder: string;
}

/**
 * A contribution may be shown to a coder while: it is not deleted or hidden and carries no crisis
 * language, its author still gives research consent for the phase tags of their contributions, and the
 * coder is still an active member of its room (a 1:1 conversation never: those are not drawn).
 * `$coder` is the SQL expression for the coder's membership id.
 */
const showable = (coder: string) => `
      c.deleted_at IS NULL AND c.hidden_at IS NULL AND c.body IS NOT NULL AND c.crisis = 'none'
  AND EXISTS (SELECT 1 FROM research_participants p WHERE p.membership_id = c.author_membership_id
               AND p.consent_phase_tags AND p.consent_withdrawn_at IS NULL)
  AND EXISTS (SELECT 1 FROM room_member_facts rm JOIN room_facts r ON r.id = rm.room_id
               WHERE rm.room_id = c.room_id AND rm.membership_id = ${coder} AND rm.status = 'active' AND r.kind <> 'direct')`;

/** The author's research consent for phase tags is in force: their codes count in figures and exports. */
const CONSENTING_AUTHOR = `EXISTS (SELECT 1 FROM research_participants p WHERE p.membership_id = c.author_membership_id
               AND p.consent_phase_tags AND p.consent_withdrawn_at IS NULL)`;

/**
 * The only place that reads or writes `coding_studies`, `coding_study_coders`, `coding_items` and
 * `coding_codes`. Reads, through the views their owners publish, contributions (`contribution_texts` where a
 * coder sees or may see the text, `contribution_facts` elsewhere), rooms and their members (`room_facts`,
 * `room_member_facts`) and mentor statuses (`mentor_statuses`), and research consent, to draw samples and
 * to decide what a coder may see. Every query is scoped to an organisation.
 */
@Injectable()
export class CodingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  /**
   * Contributions that may be drawn: in a group, community or alumni room of the organisation, not
   * deleted, hidden or crisis language, by an active member whose research consent covers phase tags.
   * At most 5000, at random, so a big organisation's draw stays cheap.
   */
  async candidates(organisationId: string): Promise<CodingCandidate[]> {
    const rows = await this.ds.query<{ id: string; room_id: string; author_membership_id: string }[]>(
      `SELECT c.id, c.room_id, c.author_membership_id FROM contribution_texts c
         JOIN room_facts r ON r.id = c.room_id AND r.kind <> 'direct'
         JOIN member_names m ON m.id = c.author_membership_id AND m.status = 'active'
        WHERE c.organisation_id = $1 AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND c.body IS NOT NULL
          AND c.crisis = 'none' AND ${CONSENTING_AUTHOR}
        ORDER BY random() LIMIT 5000`,
      [organisationId],
    );
    return rows.map((r) => ({ id: String(r.id), roomId: r.room_id, authorId: r.author_membership_id }));
  }

  /**
   * Who may code: active facilitators, and participants who are active peer mentors (ervaringsdeskundigen),
   * each with the group, community and alumni rooms they are an active member of. Never admins-only
   * accounts without rooms, never researchers.
   */
  async coders(organisationId: string): Promise<CodingCoder[]> {
    const rows = await this.ds.query<{ id: string; room_ids: string[] | null }[]>(
      `SELECT m.id, array_agg(rm.room_id) FILTER (WHERE rm.room_id IS NOT NULL) AS room_ids
         FROM member_names m
         LEFT JOIN room_member_facts rm ON rm.membership_id = m.id AND rm.status = 'active'
              AND EXISTS (SELECT 1 FROM room_facts r WHERE r.id = rm.room_id AND r.kind <> 'direct')
        WHERE m.organisation_id = $1 AND m.status = 'active'
          AND (m.role = 'facilitator'
               OR (m.role = 'participant' AND EXISTS (
                    SELECT 1 FROM mentor_statuses mp WHERE mp.membership_id = m.id AND mp.status = 'active')))
        GROUP BY m.id ORDER BY m.id`,
      [organisationId],
    );
    return rows.map((r) => ({ id: r.id, roomIds: r.room_ids ?? [] }));
  }

  /** Stores a study with its drawn items and two open codes per item; coders get C1, C2, … at random. */
  async createStudy(
    em: EntityManager,
    s: { organisationId: string; name: string; createdBy: string; assignments: CodingAssignment[] },
  ): Promise<string> {
    const studyId = newId();
    await em.query(
      `INSERT INTO coding_studies (id, organisation_id, name, created_by_membership_id) VALUES ($1, $2, $3, $4)`,
      [studyId, s.organisationId, s.name, s.createdBy],
    );
    const coders = [...new Set(s.assignments.flatMap((a) => a.coders))].sort(() => Math.random() - 0.5);
    await em.query(
      `INSERT INTO coding_study_coders (study_id, membership_id, code)
       SELECT $1, u.id, 'C' || u.n FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, n)`,
      [studyId, coders],
    );
    const itemIds = s.assignments.map(() => newId());
    await em.query(
      `INSERT INTO coding_items (id, study_id, organisation_id, contribution_id, classifier_label, position)
       SELECT u.item_id, $1, $2, c.id, c.phase_suggested, u.n
         FROM unnest($3::uuid[], $4::bigint[]) WITH ORDINALITY AS u(item_id, contribution_id, n)
         JOIN contribution_texts c ON c.id = u.contribution_id AND c.organisation_id = $2`,
      [studyId, s.organisationId, itemIds, s.assignments.map((a) => a.contributionId)],
    );
    const codeRows = s.assignments.flatMap((a, i) => a.coders.map((coder) => [itemIds[i]!, coder] as const));
    await em.query(
      `INSERT INTO coding_codes (id, item_id, study_id, coder_membership_id)
       SELECT gen_random_uuid(), u.item_id, $1, u.coder FROM unnest($2::uuid[], $3::uuid[]) AS u(item_id, coder)`,
      [studyId, codeRows.map((r) => r[0]), codeRows.map((r) => r[1])],
    );
    return studyId;
  }

  async studies(organisationId: string, studyId?: string): Promise<StudyRow[]> {
    return this.ds.query<StudyRow[]>(
      `SELECT s.id, s.name, s.created_at,
              (SELECT count(*)::int FROM coding_items i WHERE i.study_id = s.id) AS items,
              (SELECT count(*)::int FROM coding_items i WHERE i.study_id = s.id
                 AND NOT EXISTS (SELECT 1 FROM coding_codes k WHERE k.item_id = i.id AND k.label IS NULL)) AS complete,
              (SELECT count(*)::int FROM coding_study_coders sc WHERE sc.study_id = s.id) AS coders
         FROM coding_studies s
        WHERE s.organisation_id = $1 AND ($2::uuid IS NULL OR s.id = $2)
        ORDER BY s.created_at DESC`,
      [organisationId, studyId ?? null],
    );
  }

  /** The coder's next open item they may still see (the study's random order), or null. */
  async nextTask(organisationId: string, membershipId: string): Promise<TaskRow | null> {
    const [row] = await this.ds.query<TaskRow[]>(
      `SELECT k.id AS code_id, s.id AS study_id, s.name AS study_name, c.id AS contribution_id,
              c.author_membership_id, c.kind, c.title, c.body
         FROM coding_codes k
         JOIN coding_items i ON i.id = k.item_id
         JOIN coding_studies s ON s.id = i.study_id AND s.organisation_id = $1
         JOIN contribution_texts c ON c.id = i.contribution_id AND c.organisation_id = $1
        WHERE k.coder_membership_id = $2 AND k.label IS NULL AND c.author_membership_id <> $2 AND ${showable('$2')}
        ORDER BY s.created_at, i.position LIMIT 1`,
      [organisationId, membershipId],
    );
    return row ? { ...row, contribution_id: String(row.contribution_id) } : null;
  }

  /** Per study: the coder's items they may (still) see, and how many of those they coded. */
  async progress(
    organisationId: string,
    membershipId: string,
  ): Promise<{ id: string; name: string; done: number; total: number }[]> {
    return this.ds.query(
      `SELECT s.id, s.name, count(*) FILTER (WHERE k.label IS NOT NULL)::int AS done, count(*)::int AS total
         FROM coding_codes k
         JOIN coding_items i ON i.id = k.item_id
         JOIN coding_studies s ON s.id = i.study_id AND s.organisation_id = $1
         JOIN contribution_texts c ON c.id = i.contribution_id
        WHERE k.coder_membership_id = $2 AND (k.label IS NOT NULL OR ${showable('$2')})
        GROUP BY s.id, s.name, s.created_at ORDER BY s.created_at`,
      [organisationId, membershipId],
    );
  }

  /**
   * Stores the coder's label once: only their own open code of an item they may still see. Returns
   * 'saved', 'coded' (they coded it before) or 'missing' (not theirs, not in the organisation, or gone).
   */
  async saveCode(
    organisationId: string,
    membershipId: string,
    codeId: string,
    label: string,
  ): Promise<'saved' | 'coded' | 'missing'> {
    const saved = await this.ds.query<{ id: string }[]>(
      // In a CTE: TypeORM answers a bare UPDATE with [rows, count], whose length is always 2.
      `WITH u AS (UPDATE coding_codes k SET label = $4, coded_at = now()
         FROM coding_items i JOIN coding_studies s ON s.id = i.study_id JOIN contribution_texts c ON c.id = i.contribution_id
        WHERE k.id = $3 AND k.item_id = i.id AND s.organisation_id = $1 AND k.coder_membership_id = $2
          AND k.label IS NULL AND ${showable('$2')}
        RETURNING k.id) SELECT id FROM u`,
      [organisationId, membershipId, codeId, label],
    );
    if (saved.length) return 'saved';
    const [own] = await this.ds.query<{ coded: boolean }[]>(
      `SELECT k.label IS NOT NULL AS coded FROM coding_codes k JOIN coding_studies s ON s.id = k.study_id
        WHERE k.id = $3 AND s.organisation_id = $1 AND k.coder_membership_id = $2`,
      [organisationId, membershipId, codeId],
    );
    return own?.coded ? 'coded' : 'missing';
  }

  /**
   * Items of a study with both codes (coders in a fixed order: the study's coder code), for figures,
   * disagreements and the export. Only contributions whose author's consent is in force now: a withdrawal
   * takes effect on every later figure and export.
   */
  async codedItems(organisationId: string, studyId: string): Promise<CodedItemRow[]> {
    return this.ds.query<CodedItemRow[]>(
      `SELECT i.id AS item_id, i.contribution_id::text AS contribution_id, c.room_id, i.classifier_label,
              a.label AS first, b.label AS second, ca.code AS first_coder, cb.code AS second_coder
         FROM coding_items i
         JOIN coding_studies s ON s.id = i.study_id AND s.organisation_id = $1
         JOIN contribution_facts c ON c.id = i.contribution_id
         JOIN LATERAL (SELECT k.* FROM coding_codes k JOIN coding_study_coders sc ON sc.study_id = k.study_id AND sc.membership_id = k.coder_membership_id
                        WHERE k.item_id = i.id ORDER BY sc.code LIMIT 1) a ON true
         JOIN LATERAL (SELECT k.* FROM coding_codes k JOIN coding_study_coders sc ON sc.study_id = k.study_id AND sc.membership_id = k.coder_membership_id
                        WHERE k.item_id = i.id ORDER BY sc.code DESC LIMIT 1) b ON b.id <> a.id
         JOIN coding_study_coders ca ON ca.study_id = i.study_id AND ca.membership_id = a.coder_membership_id
         JOIN coding_study_coders cb ON cb.study_id = i.study_id AND cb.membership_id = b.coder_membership_id
        WHERE i.study_id = $2 AND ${CONSENTING_AUTHOR}
        ORDER BY i.position`,
      [organisationId, studyId],
    );
  }

  /** Open codes of this coder in the study (a facilitator sees the disagreements once their own work is done). */
  async openCodes(organisationId: string, studyId: string, membershipId: string): Promise<number> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM coding_codes k JOIN coding_items i ON i.id = k.item_id
         JOIN coding_studies s ON s.id = i.study_id AND s.organisation_id = $1
         JOIN contribution_texts c ON c.id = i.contribution_id
        WHERE k.study_id = $2 AND k.coder_membership_id = $3 AND k.label IS NULL AND ${showable('$3')}`,
      [organisationId, studyId, membershipId],
    );
    return row?.n ?? 0;
  }

  /** Texts of these contributions that the caller may read: an active member of the room, not deleted or hidden. */
  async readableTexts(
    organisationId: string,
    membershipId: string,
    contributionIds: string[],
  ): Promise<Map<string, string>> {
    if (contributionIds.length === 0) return new Map();
    const rows = await this.ds.query<{ id: string; title: string | null; body: string }[]>(
      `SELECT c.id::text AS id, c.title, c.body FROM contribution_texts c
         JOIN room_facts r ON r.id = c.room_id AND r.kind <> 'direct'
         JOIN room_member_facts rm ON rm.room_id = c.room_id AND rm.membership_id = $2 AND rm.status = 'active'
        WHERE c.organisation_id = $1 AND c.id = ANY($3::bigint[])
          AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND c.body IS NOT NULL`,
      [organisationId, membershipId, contributionIds],
    );
    return new Map(rows.map((r) => [r.id, r.title ? `${r.title}\n\n${r.body}` : r.body]));
  }

  /** Every code given in the study (open ones left out), for the admin's export. */
  async exportCodes(
    organisationId: string,
    studyId: string,
  ): Promise<{ contribution_id: string; coder: string; label: string; classifier_label: PhaseId | null }[]> {
    return this.ds.query(
      `SELECT i.contribution_id::text AS contribution_id, sc.code AS coder, k.label, i.classifier_label
         FROM coding_codes k
         JOIN coding_items i ON i.id = k.item_id
         JOIN coding_studies s ON s.id = i.study_id AND s.organisation_id = $1
         JOIN coding_study_coders sc ON sc.study_id = k.study_id AND sc.membership_id = k.coder_membership_id
         JOIN contribution_facts c ON c.id = i.contribution_id
        WHERE k.study_id = $2 AND k.label IS NOT NULL AND ${CONSENTING_AUTHOR}
        ORDER BY i.position, sc.code`,
      [organisationId, studyId],
    );
  }
}
