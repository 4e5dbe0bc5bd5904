import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ErasureRef, PersonalDataPart, PersonRef } from '../privacy/personal-data-part.js';

/**
 * Trajecten's part of a person's data: their enrolments and consents in the export; in the erasure, the
 * trajecten they created lose their creator. Enrolments and traject facilitation go with the membership
 * (cascade).
 */
@Injectable()
export class TrajectenPersonalData implements PersonalDataPart<{ consents: unknown[] }> {
  readonly owner = 'trajecten';
  readonly tables = ['enrolments', 'trajecten', 'traject_facilitators'];

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async exportFor(person: PersonRef): Promise<{ consents: unknown[] }> {
    const consents = await this.ds.query<unknown[]>(
      `SELECT t.name AS traject, e.status, e.invited_at AS "invitedAt", e.consent_at AS "consentAt", e.consent_follow_up AS "followUpAllowed",
              e.left_at AS "leftAt", e.left_note AS "leftNote", e.completed_at AS "completedAt"
         FROM enrolments e JOIN trajecten t ON t.id = e.traject_id WHERE e.membership_id = $1`,
      [person.membershipId],
    );
    return { consents };
  }

  async eraseFor(em: EntityManager, erasure: ErasureRef): Promise<void> {
    await em.query(`UPDATE trajecten SET created_by = NULL WHERE created_by = $1`, [erasure.membershipId]);
  }
}
