import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outreach1796601521570 implements MigrationInterface {
  name = 'Outreach1796601521570';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "outreach_email_addresses" ("membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "address" text NOT NULL, "locale" text NOT NULL DEFAULT 'nl', "verified_at" TIMESTAMP WITH TIME ZONE, "verify_token_hash" text, "unverified_reason" text, "unsubscribe_secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_793c1181e48536300d8ab189e7c" PRIMARY KEY ("membership_id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_a3d441d5f70b0d06f53f0e99a0" ON "outreach_email_addresses"  ("verify_token_hash") WHERE verify_token_hash IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "outreach_preferences" ("membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "preferences" jsonb NOT NULL, "quiet_from" text, "quiet_to" text, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a04f08cc44eed3ff50eb66b0d2d" PRIMARY KEY ("membership_id"))`,
    );
    await q.query(
      `CREATE TABLE "outreach_deliveries" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "channel" text NOT NULL, "kind" text NOT NULL, "idempotency_key" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2920d32b9f9e7987f7866701541" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_90c87872a766d200ecaa6c0596" ON "outreach_deliveries"  ("idempotency_key") `,
    );
    await q.query(
      `CREATE INDEX "IDX_062e330261ae67168e1145609a" ON "outreach_deliveries"  ("organisation_id", "status", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "outreach_caught_mails" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid, "to_address" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "list_unsubscribe" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e81f584295d51c7564978ad3766" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_b9b0511c91dfdee57d3229d916" ON "outreach_caught_mails"  ("organisation_id", "id") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_b9b0511c91dfdee57d3229d916"`);
    await q.query(`DROP TABLE "outreach_caught_mails"`);
    await q.query(`DROP INDEX "public"."IDX_062e330261ae67168e1145609a"`);
    await q.query(`DROP INDEX "public"."IDX_90c87872a766d200ecaa6c0596"`);
    await q.query(`DROP TABLE "outreach_deliveries"`);
    await q.query(`DROP TABLE "outreach_preferences"`);
    await q.query(`DROP INDEX "public"."IDX_a3d441d5f70b0d06f53f0e99a0"`);
    await q.query(`DROP TABLE "outreach_email_addresses"`);
  }
}
