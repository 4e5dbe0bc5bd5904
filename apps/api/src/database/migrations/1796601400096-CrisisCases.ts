import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrisisCases1796601400096 implements MigrationInterface {
  name = 'CrisisCases1796601400096';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "crisis_cases" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "room_id" uuid NOT NULL, "contribution_id" bigint NOT NULL, "author_membership_id" uuid NOT NULL, "severity" text NOT NULL, "state" text NOT NULL DEFAULT 'open', "owner_membership_id" uuid, "outcome" text, "note" text, "alerted" uuid array NOT NULL DEFAULT '{}', "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "picked_up_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7793a0755bbe5c9cdc970364a6e" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_1dbcd7dd82bb3d760da709c0eb" ON "crisis_cases"  ("contribution_id") `,
    );
    await q.query(
      `CREATE INDEX "ix_crisis_cases_escalation_due" ON "crisis_cases"  ("raised_at") WHERE state = 'open' AND escalated_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_70f5ff0ef2e9afe33165c83237" ON "crisis_cases"  ("organisation_id", "state", "raised_at") `,
    );
    await q.query(
      `CREATE TABLE "signal_marks" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "contribution_id" bigint NOT NULL, "room_id" uuid NOT NULL, "label" text NOT NULL, "detected" text NOT NULL, "marked_by" uuid NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_35dd1e64880496616333d6ca049" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_ab5c63618cb9459c6e914aae8f" ON "signal_marks"  ("contribution_id", "marked_by") `,
    );
    await q.query(
      `CREATE INDEX "IDX_3a7b09b66d59d17fe4a59d6555" ON "signal_marks"  ("organisation_id", "marked_at") `,
    );
    await q.query(
      `CREATE TABLE "staffed_hours" ("organisation_id" uuid NOT NULL, "ranges" jsonb NOT NULL DEFAULT '[]', "count_sessions" boolean NOT NULL DEFAULT true, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_241454acdae177f88a5c42b23c8" PRIMARY KEY ("organisation_id"))`,
    );
    await q.query(
      `ALTER TABLE "crisis_cases" ADD CONSTRAINT "FK_7cbe81d8df731dcd07462e316b5" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crisis_cases" ADD CONSTRAINT "FK_1dbcd7dd82bb3d760da709c0ebd" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "signal_marks" ADD CONSTRAINT "FK_a100023df4925e13c9176b7ae28" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "signal_marks" ADD CONSTRAINT "FK_5330673c1e08fee416aeff0917f" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "staffed_hours" ADD CONSTRAINT "FK_241454acdae177f88a5c42b23c8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "staffed_hours" DROP CONSTRAINT "FK_241454acdae177f88a5c42b23c8"`);
    await q.query(`ALTER TABLE "signal_marks" DROP CONSTRAINT "FK_5330673c1e08fee416aeff0917f"`);
    await q.query(`ALTER TABLE "signal_marks" DROP CONSTRAINT "FK_a100023df4925e13c9176b7ae28"`);
    await q.query(`ALTER TABLE "crisis_cases" DROP CONSTRAINT "FK_1dbcd7dd82bb3d760da709c0ebd"`);
    await q.query(`ALTER TABLE "crisis_cases" DROP CONSTRAINT "FK_7cbe81d8df731dcd07462e316b5"`);
    await q.query(`DROP TABLE "staffed_hours"`);
    await q.query(`DROP INDEX "public"."IDX_3a7b09b66d59d17fe4a59d6555"`);
    await q.query(`DROP INDEX "public"."IDX_ab5c63618cb9459c6e914aae8f"`);
    await q.query(`DROP TABLE "signal_marks"`);
    await q.query(`DROP INDEX "public"."IDX_70f5ff0ef2e9afe33165c83237"`);
    await q.query(`DROP INDEX "public"."ix_crisis_cases_escalation_due"`);
    await q.query(`DROP INDEX "public"."IDX_1dbcd7dd82bb3d760da709c0eb"`);
    await q.query(`DROP TABLE "crisis_cases"`);
  }
}
