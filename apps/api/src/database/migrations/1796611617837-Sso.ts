import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Sso1796611617837 implements MigrationInterface {
  name = 'Sso1796611617837';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "sso_configs" ("organisation_id" uuid NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret_encrypted" text, "email_domains" text array NOT NULL DEFAULT '{}', "role_mode" text NOT NULL DEFAULT 'invite_only', "role_claim" text, "admin_values" text array NOT NULL DEFAULT '{}', "facilitator_values" text array NOT NULL DEFAULT '{}', "updated_by_membership_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8954b01b1be5933783e18dbe507" PRIMARY KEY ("organisation_id"))`,
    );
    await q.query(
      `CREATE TABLE "sso_identities" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "issuer" text NOT NULL, "subject" text NOT NULL, "membership_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a8d11d478e6dc2743d407a7456a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_sso_identities_membership" ON "sso_identities"  ("membership_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_sso_identities_subject" ON "sso_identities"  ("organisation_id", "issuer", "subject") `,
    );
    await q.query(
      `CREATE TABLE "sso_login_states" ("state_hash" text NOT NULL, "organisation_id" uuid NOT NULL, "nonce" text NOT NULL, "code_verifier" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c64107dbffa30e074b1b89e74c9" PRIMARY KEY ("state_hash"))`,
    );
    await q.query(`CREATE INDEX "IDX_7dcbe8fffeb72b7f30c5e40685" ON "sso_login_states"  ("expires_at") `);
    await q.query(`ALTER TABLE "invitations" ADD "email" text`);
    await q.query(
      `ALTER TABLE "sso_configs" ADD CONSTRAINT "FK_8954b01b1be5933783e18dbe507" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sso_identities" ADD CONSTRAINT "FK_987a6486b715ad6163898ab860f" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sso_login_states" ADD CONSTRAINT "FK_a2e6e9b07e2477f1fb3e1b368a1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sso_login_states" DROP CONSTRAINT "FK_a2e6e9b07e2477f1fb3e1b368a1"`);
    await q.query(`ALTER TABLE "sso_identities" DROP CONSTRAINT "FK_987a6486b715ad6163898ab860f"`);
    await q.query(`ALTER TABLE "sso_configs" DROP CONSTRAINT "FK_8954b01b1be5933783e18dbe507"`);
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "email"`);
    await q.query(`DROP INDEX "public"."IDX_7dcbe8fffeb72b7f30c5e40685"`);
    await q.query(`DROP TABLE "sso_login_states"`);
    await q.query(`DROP INDEX "public"."uq_sso_identities_subject"`);
    await q.query(`DROP INDEX "public"."uq_sso_identities_membership"`);
    await q.query(`DROP TABLE "sso_identities"`);
    await q.query(`DROP TABLE "sso_configs"`);
  }
}
