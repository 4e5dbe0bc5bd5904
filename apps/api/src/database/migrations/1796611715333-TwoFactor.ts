import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Second factor (issue 18): secrets, recovery codes, pending log-ins, remembered devices, attempts, the setting. */
export class TwoFactor1796611715333 implements MigrationInterface {
  name = 'TwoFactor1796611715333';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "two_factor_factors" ("user_id" uuid NOT NULL, "secret_encrypted" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e02718a86dc797da5012b9a12df" PRIMARY KEY ("user_id"))`,
    );
    await q.query(
      `CREATE TABLE "two_factor_recovery_codes" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6f535a18c9fb9da8cc9b7ea70dc" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_dd306548ffdd22f61714667084" ON "two_factor_recovery_codes"  ("user_id") `,
    );
    await q.query(
      `CREATE TABLE "two_factor_pending_logins" ("id" text NOT NULL, "user_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "step" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3744048c7b58eb1af4934dbbb9" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_98e8f6c2abedbf6b121f12f486" ON "two_factor_pending_logins"  ("user_id") `,
    );
    await q.query(
      `CREATE TABLE "two_factor_devices" ("id" text NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9638f016e6dc1782eaf94520d04" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_2a4bcf27d6702852cf0841615d" ON "two_factor_devices"  ("user_id") `);
    await q.query(
      `CREATE TABLE "two_factor_attempts" ("id" BIGSERIAL NOT NULL, "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7659f612e85b67fec5fc57beac4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_7e82a48b2d46c48dddb81b4709" ON "two_factor_attempts"  ("key", "at") `);
    await q.query(
      `CREATE TABLE "two_factor_policies" ("organisation_id" uuid NOT NULL, "required_for_staff" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_60d8184665644d57ba6707006b3" PRIMARY KEY ("organisation_id"))`,
    );
    await q.query(
      `ALTER TABLE "two_factor_factors" ADD CONSTRAINT "FK_e02718a86dc797da5012b9a12df" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "two_factor_recovery_codes" ADD CONSTRAINT "FK_dd306548ffdd22f617146670845" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "two_factor_pending_logins" ADD CONSTRAINT "FK_98e8f6c2abedbf6b121f12f4863" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "two_factor_pending_logins" ADD CONSTRAINT "FK_867ec0e35ed9dfce6c0409484df" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "two_factor_devices" ADD CONSTRAINT "FK_2a4bcf27d6702852cf0841615d2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "two_factor_policies" ADD CONSTRAINT "FK_60d8184665644d57ba6707006b3" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "two_factor_policies" DROP CONSTRAINT "FK_60d8184665644d57ba6707006b3"`);
    await q.query(`ALTER TABLE "two_factor_devices" DROP CONSTRAINT "FK_2a4bcf27d6702852cf0841615d2"`);
    await q.query(`ALTER TABLE "two_factor_pending_logins" DROP CONSTRAINT "FK_867ec0e35ed9dfce6c0409484df"`);
    await q.query(`ALTER TABLE "two_factor_pending_logins" DROP CONSTRAINT "FK_98e8f6c2abedbf6b121f12f4863"`);
    await q.query(`ALTER TABLE "two_factor_recovery_codes" DROP CONSTRAINT "FK_dd306548ffdd22f617146670845"`);
    await q.query(`ALTER TABLE "two_factor_factors" DROP CONSTRAINT "FK_e02718a86dc797da5012b9a12df"`);
    await q.query(`DROP TABLE "two_factor_policies"`);
    await q.query(`DROP INDEX "public"."IDX_7e82a48b2d46c48dddb81b4709"`);
    await q.query(`DROP TABLE "two_factor_attempts"`);
    await q.query(`DROP INDEX "public"."IDX_2a4bcf27d6702852cf0841615d"`);
    await q.query(`DROP TABLE "two_factor_devices"`);
    await q.query(`DROP INDEX "public"."IDX_98e8f6c2abedbf6b121f12f486"`);
    await q.query(`DROP TABLE "two_factor_pending_logins"`);
    await q.query(`DROP INDEX "public"."IDX_dd306548ffdd22f61714667084"`);
    await q.query(`DROP TABLE "two_factor_recovery_codes"`);
    await q.query(`DROP TABLE "two_factor_factors"`);
  }
}
