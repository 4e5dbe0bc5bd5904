import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrajectenMentors1795877434043 implements MigrationInterface {
  name = 'TrajectenMentors1795877434043';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "self_placements" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "phase" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68dda7e33c45c62b1579b3cde60" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_cdd056e5bef62faf62f4068fcd" ON "self_placements"  ("membership_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "getuigenis_confirmations" ("membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "confirmed" boolean NOT NULL, "confirmed_by" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dcc29b5bdddb06aa2d535a8c7c4" PRIMARY KEY ("membership_id"))`,
    );
    await q.query(
      `CREATE TABLE "mentor_profiles" ("membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "intro" text NOT NULL DEFAULT '', "themes" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{nl}', "availability" text array NOT NULL DEFAULT '{}', "max_mentees" integer NOT NULL DEFAULT '2', "status" text NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33eb0a0cd3441c5d5ee9edc4842" PRIMARY KEY ("membership_id"))`,
    );
    await q.query(
      `CREATE TABLE "mentorships" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "mentor_membership_id" uuid NOT NULL, "mentee_membership_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'requested', "request_message" text NOT NULL DEFAULT '', "room_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by" uuid, CONSTRAINT "PK_57c594aeb4b0aed94a827f82c48" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_e814a8a1e683c9d64dcf3255b9" ON "mentorships"  ("mentee_membership_id", "status") `,
    );
    await q.query(
      `CREATE INDEX "IDX_e719d243b441ad8119a8978c36" ON "mentorships"  ("mentor_membership_id", "status") `,
    );
    await q.query(
      `CREATE TABLE "follow_up_actions" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "traject_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "facilitator_membership_id" uuid NOT NULL, "kind" text NOT NULL, "note" text, "snooze_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d4f25b8527ddf8a4620351963ef" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_1a01c38587af652b1079b64921" ON "follow_up_actions"  ("membership_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "zwart_gat_scores" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "traject_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "score" real NOT NULL, "level" text NOT NULL, "reasons" jsonb NOT NULL DEFAULT '[]', "last_activity_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_62f381dc10b400bcbcef4280f8a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_b3de8180ebdc592af93ece0aa9" ON "zwart_gat_scores"  ("traject_id", "computed_at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_122b5adb4378d11a8bd5ae54b1" ON "zwart_gat_scores"  ("membership_id", "computed_at") `,
    );
    await q.query(
      `CREATE TABLE "trajecten" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "room_id" uuid NOT NULL, "closed_early_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bd7d45e839a718cdf671791ca2f" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_e08877c19dcfd6f547cb438168" ON "trajecten"  ("organisation_id", "starts_on") `,
    );
    await q.query(
      `CREATE TABLE "enrolments" ("id" uuid NOT NULL, "traject_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'invited', "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consent_at" TIMESTAMP WITH TIME ZONE, "consent_follow_up" boolean NOT NULL DEFAULT false, "left_at" TIMESTAMP WITH TIME ZONE, "left_note" text, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_72da285aa8fcd58e40ae0a3bc6" ON "enrolments"  ("organisation_id", "status", "completed_at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_b5f580c49bd88fcfe5396c82fd" ON "enrolments"  ("membership_id", "status") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_enrolments_traject_member" ON "enrolments"  ("traject_id", "membership_id") `,
    );
    await q.query(
      `CREATE TABLE "traject_facilitators" ("traject_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_983bbac202960eed8e4f0463171" PRIMARY KEY ("traject_id", "membership_id"))`,
    );
    await q.query(
      `CREATE TABLE "traject_sessions" ("id" uuid NOT NULL, "traject_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title" text NOT NULL DEFAULT '', CONSTRAINT "PK_7ae16a7b3dd02a19d9ac2165b02" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_bcc72d738cc0e1c0cf10dc8c51" ON "traject_sessions"  ("traject_id", "starts_at") `,
    );
    await q.query(`ALTER TABLE "invitations" ADD "traject_id" uuid`);
    await q.query(
      `ALTER TABLE "self_placements" ADD CONSTRAINT "FK_ea87a074ddc55d3040187a16ac3" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mentor_profiles" ADD CONSTRAINT "FK_33eb0a0cd3441c5d5ee9edc4842" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "zwart_gat_scores" ADD CONSTRAINT "FK_29ce08063b8c2b3bb18073d92f6" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "trajecten" ADD CONSTRAINT "FK_66766ec8924361f8707fd18410c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "trajecten" ADD CONSTRAINT "FK_585778e6d8bc04ba62f12d98971" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "FK_2d724e56ed7ef1a86a2b9cc563f" FOREIGN KEY ("traject_id") REFERENCES "trajecten"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "FK_15707c4eb6e83482a93549472f7" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "traject_facilitators" ADD CONSTRAINT "FK_3703dc9be67a53aeb8f857a94fe" FOREIGN KEY ("traject_id") REFERENCES "trajecten"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "traject_facilitators" ADD CONSTRAINT "FK_9acb69aedfd386ff729afc83b09" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "traject_sessions" ADD CONSTRAINT "FK_2d149b33c625913388677b6a766" FOREIGN KEY ("traject_id") REFERENCES "trajecten"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "traject_sessions" DROP CONSTRAINT "FK_2d149b33c625913388677b6a766"`);
    await q.query(`ALTER TABLE "traject_facilitators" DROP CONSTRAINT "FK_9acb69aedfd386ff729afc83b09"`);
    await q.query(`ALTER TABLE "traject_facilitators" DROP CONSTRAINT "FK_3703dc9be67a53aeb8f857a94fe"`);
    await q.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_15707c4eb6e83482a93549472f7"`);
    await q.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_2d724e56ed7ef1a86a2b9cc563f"`);
    await q.query(`ALTER TABLE "trajecten" DROP CONSTRAINT "FK_585778e6d8bc04ba62f12d98971"`);
    await q.query(`ALTER TABLE "trajecten" DROP CONSTRAINT "FK_66766ec8924361f8707fd18410c"`);
    await q.query(`ALTER TABLE "zwart_gat_scores" DROP CONSTRAINT "FK_29ce08063b8c2b3bb18073d92f6"`);
    await q.query(`ALTER TABLE "mentor_profiles" DROP CONSTRAINT "FK_33eb0a0cd3441c5d5ee9edc4842"`);
    await q.query(`ALTER TABLE "self_placements" DROP CONSTRAINT "FK_ea87a074ddc55d3040187a16ac3"`);
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "traject_id"`);
    await q.query(`DROP INDEX "public"."IDX_bcc72d738cc0e1c0cf10dc8c51"`);
    await q.query(`DROP TABLE "traject_sessions"`);
    await q.query(`DROP TABLE "traject_facilitators"`);
    await q.query(`DROP INDEX "public"."uq_enrolments_traject_member"`);
    await q.query(`DROP INDEX "public"."IDX_b5f580c49bd88fcfe5396c82fd"`);
    await q.query(`DROP INDEX "public"."IDX_72da285aa8fcd58e40ae0a3bc6"`);
    await q.query(`DROP TABLE "enrolments"`);
    await q.query(`DROP INDEX "public"."IDX_e08877c19dcfd6f547cb438168"`);
    await q.query(`DROP TABLE "trajecten"`);
    await q.query(`DROP INDEX "public"."IDX_122b5adb4378d11a8bd5ae54b1"`);
    await q.query(`DROP INDEX "public"."IDX_b3de8180ebdc592af93ece0aa9"`);
    await q.query(`DROP TABLE "zwart_gat_scores"`);
    await q.query(`DROP INDEX "public"."IDX_1a01c38587af652b1079b64921"`);
    await q.query(`DROP TABLE "follow_up_actions"`);
    await q.query(`DROP INDEX "public"."IDX_e719d243b441ad8119a8978c36"`);
    await q.query(`DROP INDEX "public"."IDX_e814a8a1e683c9d64dcf3255b9"`);
    await q.query(`DROP TABLE "mentorships"`);
    await q.query(`DROP TABLE "mentor_profiles"`);
    await q.query(`DROP TABLE "getuigenis_confirmations"`);
    await q.query(`DROP INDEX "public"."IDX_cdd056e5bef62faf62f4068fcd"`);
    await q.query(`DROP TABLE "self_placements"`);
  }
}
