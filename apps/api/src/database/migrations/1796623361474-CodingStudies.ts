import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The phase model checked by people (issue 17 item 6): coding studies, their coders, items and codes. */
export class CodingStudies1796623361474 implements MigrationInterface {
  name = 'CodingStudies1796623361474';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "coding_studies" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "name" text NOT NULL, "created_by_membership_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f08d1d09a9692bc93630788c6f8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_6882ace651a31abf7ee1af45cb" ON "coding_studies"  ("organisation_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "coding_study_coders" ("study_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "code" text NOT NULL, CONSTRAINT "PK_cae1513fb792360650fcb2ab8f8" PRIMARY KEY ("study_id", "membership_id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_coding_study_coders_code" ON "coding_study_coders"  ("study_id", "code") `,
    );
    await q.query(
      `CREATE TABLE "coding_items" ("id" uuid NOT NULL, "study_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "contribution_id" bigint NOT NULL, "classifier_label" text, "position" integer NOT NULL, CONSTRAINT "PK_32c568f85e6ae9cd88c6dfac3ee" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_coding_items_contribution" ON "coding_items"  ("study_id", "contribution_id") `,
    );
    await q.query(
      `CREATE TABLE "coding_codes" ("id" uuid NOT NULL, "item_id" uuid NOT NULL, "study_id" uuid NOT NULL, "coder_membership_id" uuid NOT NULL, "label" text, "coded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_31cba9b5f488c4d4ecab31af85b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_310ceeb51a22b13afe67ca2b5f" ON "coding_codes"  ("coder_membership_id", "study_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_coding_codes_item_coder" ON "coding_codes"  ("item_id", "coder_membership_id") `,
    );
    await q.query(
      `ALTER TABLE "coding_studies" ADD CONSTRAINT "FK_d7dd01893edf21ebfa26e542b63" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "coding_studies" ADD CONSTRAINT "FK_aaf14a24576a0eb106939c73c22" FOREIGN KEY ("created_by_membership_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "coding_study_coders" ADD CONSTRAINT "FK_740adc57c529c93e344ca9a58d2" FOREIGN KEY ("study_id") REFERENCES "coding_studies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "coding_study_coders" ADD CONSTRAINT "FK_dc6a1cd686459f35a174f24891c" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "coding_items" ADD CONSTRAINT "FK_04f3e76728fb21ee6b47fc5ef32" FOREIGN KEY ("study_id") REFERENCES "coding_studies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "coding_items" ADD CONSTRAINT "FK_3af20df691abaefeb44043d2294" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "coding_codes" ADD CONSTRAINT "FK_a7f684c216b26c06607d204a76c" FOREIGN KEY ("item_id") REFERENCES "coding_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "coding_codes" ADD CONSTRAINT "FK_23946bf427559571e11ff8f6fad" FOREIGN KEY ("coder_membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "coding_codes" DROP CONSTRAINT "FK_23946bf427559571e11ff8f6fad"`);
    await q.query(`ALTER TABLE "coding_codes" DROP CONSTRAINT "FK_a7f684c216b26c06607d204a76c"`);
    await q.query(`ALTER TABLE "coding_items" DROP CONSTRAINT "FK_3af20df691abaefeb44043d2294"`);
    await q.query(`ALTER TABLE "coding_items" DROP CONSTRAINT "FK_04f3e76728fb21ee6b47fc5ef32"`);
    await q.query(`ALTER TABLE "coding_study_coders" DROP CONSTRAINT "FK_dc6a1cd686459f35a174f24891c"`);
    await q.query(`ALTER TABLE "coding_study_coders" DROP CONSTRAINT "FK_740adc57c529c93e344ca9a58d2"`);
    await q.query(`ALTER TABLE "coding_studies" DROP CONSTRAINT "FK_aaf14a24576a0eb106939c73c22"`);
    await q.query(`ALTER TABLE "coding_studies" DROP CONSTRAINT "FK_d7dd01893edf21ebfa26e542b63"`);
    await q.query(`DROP INDEX "public"."uq_coding_codes_item_coder"`);
    await q.query(`DROP INDEX "public"."IDX_310ceeb51a22b13afe67ca2b5f"`);
    await q.query(`DROP TABLE "coding_codes"`);
    await q.query(`DROP INDEX "public"."uq_coding_items_contribution"`);
    await q.query(`DROP TABLE "coding_items"`);
    await q.query(`DROP INDEX "public"."uq_coding_study_coders_code"`);
    await q.query(`DROP TABLE "coding_study_coders"`);
    await q.query(`DROP INDEX "public"."IDX_6882ace651a31abf7ee1af45cb"`);
    await q.query(`DROP TABLE "coding_studies"`);
  }
}
