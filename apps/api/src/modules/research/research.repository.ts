import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';
import { randomBytes } from 'node:crypto';
import { organisationsWithConsentedEnrolments } from '../trajecten/traject-reads.js';

export interface ParticipantRow {
  membership_id: string;
  study_id: string;
  consent_answers: boolean;
  consent_phase_timeline: boolean;
  consent_phase_tags: boolean;
  letter_version: string | null;
  consent_given_at: Date | null;
  consent_withdrawn_at: Date | null;
  questionnaires_stopped_at: Date | null;
}

export interface EnrolmentRow {
  enrolment_id: string;
  membership_id: string;
  traject_id: string;
  traject_name: string;
  room_id: string;
  starts_on: string;
  ends_on: string;
  ended_at: Date | null;
  consent_at: Date;
  first_herkenning_at: Date | null;
}

export interface ResponseRow {
  enrolment_id: string;
  membership_id: string;
  moment: string;
  status: 'answered' | 'skipped';
  answers: number[] | null;
  score: number | null;
  created_at: Date;
}

/** A random code from an alphabet without look-alikes (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function randomCode(prefix: string, length: number): string {
  const bytes = randomBytes(length);
  return `${prefix}-${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

/** Enrolments that count for the study: the person agreed to take part (active or completed). */
const ENROLMENTS = `
  SELECT e.id AS enrolment_id, e.membership_id, t.id AS traject_id, t.name AS traject_name, t.room_id,
         t.starts_on::text AS starts_on, t.ends_on::text AS ends_on,
         COALESCE(e.completed_at, t.completed_at, t.closed_early_at) AS ended_at, e.consent_at,
         (SELECT min(r.created_at) FROM recognition_facts r
           WHERE r.room_id = t.room_id AND (r.from_membership_id = e.membership_id OR r.to_membership_id = e.membership_id)) AS first_herkenning_at
    FROM traject_enrolments e JOIN traject_facts t ON t.id = e.traject_id
   WHERE e.organisation_id = $1 AND e.status IN ('active', 'completed') AND e.consent_at IS NOT NULL`;

/** One response to a questionnaire moment: answered (answers and score) or skipped (neither). */
export interface NewResponse {
  organisationId: string;
  membershipId: string;
  enrolmentId: string;
  questionnaireId: string;
  questionnaireVersion: string;
  moment: string;
  status: 'answered' | 'skipped';
  answers: number[] | null;
  score: number | null;
}

/**
 * The only place that reads or writes `research_participants`, `questionnaire_responses`,
 * `research_traject_codes` and `questionnaire_reminders`. It reads enrolments, trajecten, and the
 * contributions module's views `contribution_facts` and `recognition_facts` (read-only, as the insight module does) for moments, timelines and weekly counts.
 */
@Injectable()
export class ResearchRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  async participant(organisationId: string, membershipId: string): Promise<ParticipantRow | null> {
    const [row] = await this.ds.query<ParticipantRow[]>(
      `SELECT * FROM research_participants WHERE membership_id = $1 AND organisation_id = $2`,
      [membershipId, organisationId],
    );
    return row ?? null;
  }

  /** Creates the person's row (with a fresh random study id) when there is none; locks it either way. */
  async lockParticipant(
    em: EntityManager,
    organisationId: string,
    membershipId: string,
  ): Promise<ParticipantRow> {
    await em.query(
      `INSERT INTO research_participants (membership_id, organisation_id, study_id) VALUES ($1, $2, $3)
       ON CONFLICT (membership_id) DO NOTHING`,
      [membershipId, organisationId, randomCode('S', 10)],
    );
    const [row] = await em.query<ParticipantRow[]>(
      `SELECT * FROM research_participants WHERE membership_id = $1 AND organisation_id = $2 FOR UPDATE`,
      [membershipId, organisationId],
    );
    return row!;
  }

  async saveConsent(
    em: EntityManager,
    membershipId: string,
    c: { answers: boolean; phaseTimeline: boolean; phaseTags: boolean; letterVersion: string; now: Date },
  ): Promise<void> {
    const any = c.answers || c.phaseTimeline || c.phaseTags;
    await em.query(
      `UPDATE research_participants
          SET consent_answers = $2, consent_phase_timeline = $3, consent_phase_tags = $4, letter_version = $5,
              consent_given_at = CASE WHEN $6 THEN $7::timestamptz ELSE consent_given_at END,
              consent_withdrawn_at = CASE WHEN $6 THEN NULL ELSE $7::timestamptz END
        WHERE membership_id = $1`,
      [membershipId, c.answers, c.phaseTimeline, c.phaseTags, c.letterVersion, any, c.now],
    );
  }

  async setStopped(em: EntityManager, membershipId: string, stopped: boolean, now: Date): Promise<void> {
    await em.query(
      `UPDATE research_participants SET questionnaires_stopped_at = $2 WHERE membership_id = $1`,
      [membershipId, stopped ? now : null],
    );
  }

  async enrolmentsOf(organisationId: string, membershipId: string): Promise<EnrolmentRow[]> {
    return this.ds.query<EnrolmentRow[]>(`${ENROLMENTS} AND e.membership_id = $2 ORDER BY t.starts_on`, [
      organisationId,
      membershipId,
    ]);
  }

  async enrolment(
    organisationId: string,
    membershipId: string,
    enrolmentId: string,
  ): Promise<EnrolmentRow | null> {
    const [row] = await this.ds.query<EnrolmentRow[]>(
      `${ENROLMENTS} AND e.membership_id = $2 AND e.id = $3`,
      [organisationId, membershipId, enrolmentId],
    );
    return row ?? null;
  }

  /** Every study enrolment of the organisation (for reminders, the report and the export). */
  async organisationEnrolments(organisationId: string): Promise<EnrolmentRow[]> {
    return this.ds.query<EnrolmentRow[]>(`${ENROLMENTS} ORDER BY t.starts_on, e.id`, [organisationId]);
  }

  organisationsWithEnrolments(): Promise<string[]> {
    return organisationsWithConsentedEnrolments(this.ds);
  }

  async responsesOf(
    organisationId: string,
    membershipIds: string[],
    questionnaireId: string,
  ): Promise<ResponseRow[]> {
    return this.ds.query<ResponseRow[]>(
      `SELECT enrolment_id, membership_id, moment, status, answers, score, created_at FROM questionnaire_responses
        WHERE organisation_id = $1 AND membership_id = ANY($2::uuid[]) AND questionnaire_id = $3 ORDER BY created_at`,
      [organisationId, membershipIds, questionnaireId],
    );
  }

  async organisationResponses(organisationId: string, questionnaireId: string): Promise<ResponseRow[]> {
    return this.ds.query<ResponseRow[]>(
      `SELECT enrolment_id, membership_id, moment, status, answers, score, created_at FROM questionnaire_responses
        WHERE organisation_id = $1 AND questionnaire_id = $2`,
      [organisationId, questionnaireId],
    );
  }

  /** Stores one moment once: false when it was already answered or skipped. */
  async insertResponse(em: EntityManager, r: NewResponse): Promise<boolean> {
    const rows = await em.query<{ id: string }[]>(
      `INSERT INTO questionnaire_responses (id, organisation_id, membership_id, enrolment_id, questionnaire_id, questionnaire_version, moment, status, answers, score)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::smallint[], $10)
       ON CONFLICT (enrolment_id, questionnaire_id, moment) DO NOTHING RETURNING id`,
      [
        newId(),
        r.organisationId,
        r.membershipId,
        r.enrolmentId,
        r.questionnaireId,
        r.questionnaireVersion,
        r.moment,
        r.status,
        r.answers,
        r.score,
      ],
    );
    return rows.length === 1;
  }

  /** The person's own answers, for their privacy export. */
  async exportOwn(membershipId: string): Promise<unknown[]> {
    return this.ds.query(
      `SELECT q.questionnaire_id AS "questionnaire", q.questionnaire_version AS "version", t.name AS traject, q.moment, q.status,
              q.answers, q.score, q.created_at AS "createdAt"
         FROM questionnaire_responses q JOIN traject_enrolments e ON e.id = q.enrolment_id JOIN traject_facts t ON t.id = e.traject_id
        WHERE q.membership_id = $1 ORDER BY q.created_at`,
      [membershipId],
    );
  }

  async exportOwnConsent(membershipId: string): Promise<unknown> {
    const [row] = await this.ds.query(
      `SELECT study_id AS "studyId", consent_answers AS "answers", consent_phase_timeline AS "phaseTimeline", consent_phase_tags AS "phaseTags",
              letter_version AS "letterVersion", consent_given_at AS "givenAt", consent_withdrawn_at AS "withdrawnAt",
              questionnaires_stopped_at AS "questionnairesStoppedAt"
         FROM research_participants WHERE membership_id = $1`,
      [membershipId],
    );
    return row ?? null;
  }

  /** People whose research consent is in force now, with what they agreed to. */
  async consenting(organisationId: string): Promise<ParticipantRow[]> {
    return this.ds.query<ParticipantRow[]>(
      `SELECT p.* FROM research_participants p JOIN member_names m ON m.id = p.membership_id AND m.status = 'active'
        WHERE p.organisation_id = $1 AND p.consent_withdrawn_at IS NULL
          AND (p.consent_answers OR p.consent_phase_timeline OR p.consent_phase_tags)`,
      [organisationId],
    );
  }

  /** Study codes for the given trajecten, made when missing. */
  async trajectCodes(organisationId: string, trajectIds: string[]): Promise<Map<string, string>> {
    for (const id of trajectIds) {
      await this.ds.query(
        `INSERT INTO research_traject_codes (traject_id, organisation_id, code) VALUES ($1, $2, $3) ON CONFLICT (traject_id) DO NOTHING`,
        [id, organisationId, randomCode('T', 6)],
      );
    }
    const rows = await this.ds.query<{ traject_id: string; code: string }[]>(
      `SELECT traject_id, code FROM research_traject_codes WHERE organisation_id = $1 AND traject_id = ANY($2::uuid[])`,
      [organisationId, trajectIds],
    );
    return new Map(rows.map((r) => [r.traject_id, r.code]));
  }

  /** Per person and traject room: contributions with phase and date (never text). */
  async contributionsIn(
    organisationId: string,
    pairs: { membershipId: string; roomId: string }[],
  ): Promise<{ membership_id: string; room_id: string; phase: string | null; created_at: Date }[]> {
    if (pairs.length === 0) return [];
    return this.ds.query(
      `SELECT c.author_membership_id AS membership_id, c.room_id, c.phase, c.created_at
         FROM contribution_facts c
         JOIN unnest($2::uuid[], $3::uuid[]) AS p(membership_id, room_id) ON p.membership_id = c.author_membership_id AND p.room_id = c.room_id
        WHERE c.organisation_id = $1 AND c.deleted_at IS NULL ORDER BY c.created_at`,
      [organisationId, pairs.map((p) => p.membershipId), pairs.map((p) => p.roomId)],
    );
  }

  async recognitionsIn(
    organisationId: string,
    roomIds: string[],
  ): Promise<{ room_id: string; from_membership_id: string; to_membership_id: string; created_at: Date }[]> {
    if (roomIds.length === 0) return [];
    return this.ds.query(
      `SELECT room_id, from_membership_id, to_membership_id, created_at FROM recognition_facts
        WHERE organisation_id = $1 AND room_id = ANY($2::uuid[]) ORDER BY created_at`,
      [organisationId, roomIds],
    );
  }

  /** Marks a reminder sent; false when it went out before. */
  async claimReminder(enrolmentId: string, moment: string): Promise<boolean> {
    const rows = await this.ds.query<unknown[]>(
      `INSERT INTO questionnaire_reminders (enrolment_id, moment) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING enrolment_id`,
      [enrolmentId, moment],
    );
    return rows.length === 1;
  }

  async stoppedMembers(organisationId: string): Promise<Set<string>> {
    const rows = await this.ds.query<{ membership_id: string }[]>(
      `SELECT membership_id FROM research_participants WHERE organisation_id = $1 AND questionnaires_stopped_at IS NOT NULL`,
      [organisationId],
    );
    return new Set(rows.map((r) => r.membership_id));
  }
}
