import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read views other modules' statements join instead of the owners' tables (ARCHITECTURE.md, "One owner
 * per table"; each owner names its views in its `read-views.ts`). Each is a plain projection of one table,
 * no filter, aggregate or DISTINCT, so PostgreSQL inlines it into the reader's statement and the plans stay
 * those of the tables (their indexes included). Only the columns readers need: no account link, no
 * uniqueness key.
 */
export class OwnerReadViews1796624100000 implements MigrationInterface {
  name = 'OwnerReadViews1796624100000';

  async up(q: QueryRunner): Promise<void> {
    // organisations
    await q.query(
      `CREATE VIEW "member_names" AS
         SELECT id, organisation_id, role, status, display_name, avatar_color FROM memberships`,
    );
    await q.query(`CREATE VIEW "organisation_names" AS SELECT id, name, slug FROM organisations`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "organisation_names"`);
    await q.query(`DROP VIEW "member_names"`);
  }
}
