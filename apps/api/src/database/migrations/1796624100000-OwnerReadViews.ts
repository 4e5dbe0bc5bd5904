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
    // trajecten (no description, creator, invitation dates or a leaver's note)
    await q.query(
      `CREATE VIEW "traject_facts" AS
         SELECT id, organisation_id, name, starts_on, ends_on, room_id, closed_early_at, completed_at FROM trajecten`,
    );
    await q.query(
      `CREATE VIEW "traject_enrolments" AS
         SELECT id, traject_id, membership_id, organisation_id, status, consent_at, consent_follow_up, completed_at
           FROM enrolments`,
    );
    await q.query(
      `CREATE VIEW "traject_facilitator_links" AS
         SELECT traject_id, membership_id, organisation_id FROM traject_facilitators`,
    );
    await q.query(
      `CREATE VIEW "traject_schedule" AS
         SELECT id, traject_id, organisation_id, starts_at, title FROM traject_sessions`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "traject_schedule"`);
    await q.query(`DROP VIEW "traject_facilitator_links"`);
    await q.query(`DROP VIEW "traject_enrolments"`);
    await q.query(`DROP VIEW "traject_facts"`);
    await q.query(`DROP VIEW "organisation_names"`);
    await q.query(`DROP VIEW "member_names"`);
  }
}
