import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PersonalDataPart, PersonRef } from '../privacy/personal-data-part.js';
import { PersonalDataParts } from '../privacy/personal-data-parts.js';

/**
 * Insight's part of a person's data: their self-placements on the path in the export. The erasure has
 * nothing to do here: they go with the membership (cascade). Insight sits above privacy, so it registers its
 * part.
 */
@Injectable()
export class InsightPersonalData implements PersonalDataPart<{ selfPlacements: unknown[] }>, OnModuleInit {
  readonly owner = 'insight';
  readonly tables = ['self_placements'];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly parts: PersonalDataParts,
  ) {}

  onModuleInit(): void {
    this.parts.register(this);
  }

  async exportFor(person: PersonRef): Promise<{ selfPlacements: unknown[] }> {
    const selfPlacements = await this.ds.query<unknown[]>(
      `SELECT phase, created_at AS "createdAt" FROM self_placements WHERE membership_id = $1 ORDER BY id`,
      [person.membershipId],
    );
    return { selfPlacements };
  }

  async eraseFor(): Promise<void> {}
}
