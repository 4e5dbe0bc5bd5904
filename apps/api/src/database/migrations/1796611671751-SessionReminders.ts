import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionReminders1796611671751 implements MigrationInterface {
  name = 'SessionReminders1796611671751';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "outreach_calendar_feeds" ("membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_489e931801f92bcaf9b1075b1bb" PRIMARY KEY ("membership_id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_2b8816b86c56fc27aef66c371e" ON "outreach_calendar_feeds"  ("token_hash") `,
    );
    await q.query(
      `ALTER TABLE "outreach_preferences" ADD "crisis_in_quiet_hours" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outreach_preferences" DROP COLUMN "crisis_in_quiet_hours"`);
    await q.query(`DROP INDEX "public"."IDX_2b8816b86c56fc27aef66c371e"`);
    await q.query(`DROP TABLE "outreach_calendar_feeds"`);
  }
}
