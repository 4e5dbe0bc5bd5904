import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ErasureRef, PersonalDataPart, PersonRef } from '../privacy/personal-data-part.js';

export interface MentorsSections {
  mentorProfile: Record<string, unknown> | null;
  mentorships: unknown[];
}

/**
 * Mentors' part of a person's data: their mentor profile and mentorships (with the other side's pseudonym,
 * from `memberships`) in the export; in the erasure, their mentorships end and point at the stand-in, and so do
 * the getuigenis confirmations they gave (their own are deleted). The profile goes with the membership
 * (cascade).
 */
@Injectable()
export class MentorsPersonalData implements PersonalDataPart<MentorsSections> {
  readonly owner = 'mentors';
  readonly tables = ['mentor_profiles', 'mentorships', 'getuigenis_confirmations'];

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async exportFor(person: PersonRef): Promise<MentorsSections> {
    const m = [person.membershipId];
    const [mentorProfile] = await this.ds.query<Record<string, unknown>[]>(
      `SELECT intro, themes, languages, availability, max_mentees AS "maxMentees", status, created_at AS "createdAt" FROM mentor_profiles WHERE membership_id = $1`,
      m,
    );
    const mentorships = await this.ds.query<unknown[]>(
      `SELECT CASE WHEN x.mentor_membership_id = $1 THEN 'mentor' ELSE 'mentee' END AS role, o.display_name AS other, x.status,
              CASE WHEN x.mentee_membership_id = $1 THEN x.request_message END AS "yourRequest", x.created_at AS "createdAt", x.ended_at AS "endedAt"
         FROM mentorships x JOIN member_names o ON o.id = CASE WHEN x.mentor_membership_id = $1 THEN x.mentee_membership_id ELSE x.mentor_membership_id END
        WHERE x.mentor_membership_id = $1 OR x.mentee_membership_id = $1`,
      m,
    );
    return { mentorProfile: mentorProfile ?? null, mentorships };
  }

  async eraseFor(em: EntityManager, erasure: ErasureRef): Promise<void> {
    const X = erasure.membershipId;
    const P = erasure.formerMemberId;
    await em.query(
      `UPDATE mentorships SET status = CASE WHEN status IN ('requested', 'active') THEN 'ended' ELSE status END,
              ended_at = COALESCE(ended_at, now()), request_message = ''
        WHERE mentor_membership_id = $1 OR mentee_membership_id = $1`,
      [X],
    );
    await em.query(`UPDATE mentorships SET mentor_membership_id = $2 WHERE mentor_membership_id = $1`, [
      X,
      P,
    ]);
    await em.query(`UPDATE mentorships SET mentee_membership_id = $2 WHERE mentee_membership_id = $1`, [
      X,
      P,
    ]);
    await em.query(`UPDATE mentorships SET ended_by = $2 WHERE ended_by = $1`, [X, P]);
    await em.query(`DELETE FROM getuigenis_confirmations WHERE membership_id = $1`, [X]);
    await em.query(`UPDATE getuigenis_confirmations SET confirmed_by = $2 WHERE confirmed_by = $1`, [X, P]);
  }
}
