import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first-visit guide, remembered per person (gone with the membership). */
export class Onboarding1796604277411 implements MigrationInterface {
  name = 'Onboarding1796604277411';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "onboarding_completions" ("membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_room_id" uuid, CONSTRAINT "PK_9c4dbeeae56c6d958f8bf321f45" PRIMARY KEY ("membership_id"))`,
    );
    await q.query(
      `ALTER TABLE "onboarding_completions" ADD CONSTRAINT "FK_9c4dbeeae56c6d958f8bf321f45" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "onboarding_completions" DROP CONSTRAINT "FK_9c4dbeeae56c6d958f8bf321f45"`);
    await q.query(`DROP TABLE "onboarding_completions"`);
  }
}
