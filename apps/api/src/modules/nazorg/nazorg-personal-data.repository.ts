import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ErasureRef, PersonalDataPart, PersonRef } from '../privacy/personal-data-part.js';
import { PersonalDataParts } from '../privacy/personal-data-parts.js';

/**
 * Nazorg's part of a person's data: their zwart-gat scores in the export; in the erasure, the follow-up
 * actions about them are deleted and those they took as facilitator point at the stand-in. The scores go with
 * the membership (cascade). Nazorg sits above privacy (it runs retention), so it registers its part.
 */
@Injectable()
export class NazorgPersonalData implements PersonalDataPart<{ zwartGatScores: unknown[] }>, OnModuleInit {
  readonly owner = 'nazorg';
  readonly tables = ['zwart_gat_scores', 'follow_up_actions'];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly parts: PersonalDataParts,
  ) {}

  onModuleInit(): void {
    this.parts.register(this);
  }

  async exportFor(person: PersonRef): Promise<{ zwartGatScores: unknown[] }> {
    const zwartGatScores = await this.ds.query<unknown[]>(
      `SELECT computed_at AS "computedAt", score, level, reasons FROM zwart_gat_scores WHERE membership_id = $1 ORDER BY id`,
      [person.membershipId],
    );
    return { zwartGatScores };
  }

  async eraseFor(em: EntityManager, erasure: ErasureRef): Promise<void> {
    const X = erasure.membershipId;
    await em.query(`DELETE FROM follow_up_actions WHERE membership_id = $1`, [X]);
    await em.query(
      `UPDATE follow_up_actions SET facilitator_membership_id = $2 WHERE facilitator_membership_id = $1`,
      [X, erasure.formerMemberId],
    );
  }
}
