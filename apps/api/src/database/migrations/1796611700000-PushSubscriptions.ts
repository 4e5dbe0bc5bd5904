import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PushSubscriptions1796611700000 implements MigrationInterface {
  name = 'PushSubscriptions1796611700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "outreach_push_subscriptions" ("id" uuid NOT NULL, "membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "endpoint" text NOT NULL, "p256dh" text NOT NULL, "auth" text NOT NULL, "label" text NOT NULL DEFAULT '', "locale" text NOT NULL DEFAULT 'nl', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_success_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d71ba0f12f033b9a571a8e737f8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_cae06fb81fc51cf03968c0559a" ON "outreach_push_subscriptions"  ("endpoint") `,
    );
    await q.query(
      `CREATE INDEX "IDX_72276e27e287f83c9425346d98" ON "outreach_push_subscriptions"  ("membership_id") `,
    );
    await q.query(
      `CREATE TABLE "outreach_push_keys" ("id" smallint NOT NULL, "public_key" text NOT NULL, "private_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7331c254dca9c7517bee924fd8f" PRIMARY KEY ("id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "outreach_push_keys"`);
    await q.query(`DROP INDEX "public"."IDX_72276e27e287f83c9425346d98"`);
    await q.query(`DROP INDEX "public"."IDX_cae06fb81fc51cf03968c0559a"`);
    await q.query(`DROP TABLE "outreach_push_subscriptions"`);
  }
}
