import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contribution's author and crisis level by its id, from the index alone. The zwart-gat job looks up
 * the contribution of every reaction and reply of the last 30 days (whose author?) and of every
 * recognition (the recognition_evidence view: not on a crisis message); through the primary key each
 * lookup read a heap page of the whole table, which at a million contributions no longer stays in
 * memory. This index is a fraction of the table's size and answers them without the heap.
 */
export class ContributionAuthorLookup1796624000000 implements MigrationInterface {
  name = 'ContributionAuthorLookup1796624000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "idx_contributions_id_author" ON "contributions" ("id") INCLUDE ("author_membership_id", "crisis")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."idx_contributions_id_author"`);
  }
}
