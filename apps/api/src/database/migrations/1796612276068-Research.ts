import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Research (issue 17): consent and study ids, questionnaire answers, traject study codes, reminders sent. */
export class Research1796612276068 implements MigrationInterface {
  name = 'Research1796612276068';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "research_participants" ("membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "study_id" text NOT NULL, "consent_answers" boolean NOT NULL DEFAULT false, "consent_phase_timeline" boolean NOT NULL DEFAULT false, "consent_phase_tags" boolean NOT NULL DEFAULT false, "letter_version" text, "consent_given_at" TIMESTAMP WITH TIME ZONE, "consent_withdrawn_at" TIMESTAMP WITH TIME ZONE, "questionnaires_stopped_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a57f8986249b9dbae1835c54980" PRIMARY KEY ("membership_id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_research_participants_study_id" ON "research_participants"  ("study_id") `,
    );
    await q.query(
      `CREATE TABLE "questionnaire_responses" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "questionnaire_id" text NOT NULL, "questionnaire_version" text NOT NULL, "moment" text NOT NULL, "status" text NOT NULL, "answers" smallint array, "score" real, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddd9787d677edf518525e591bf3" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_aefa97e23e11bf462aabcf1fbf" ON "questionnaire_responses"  ("membership_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_questionnaire_responses_moment" ON "questionnaire_responses"  ("enrolment_id", "questionnaire_id", "moment") `,
    );
    await q.query(
      `CREATE TABLE "research_traject_codes" ("traject_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "code" text NOT NULL, CONSTRAINT "PK_f2957792cffa33aa709316482dd" PRIMARY KEY ("traject_id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_research_traject_codes_code" ON "research_traject_codes"  ("code") `,
    );
    await q.query(
      `CREATE TABLE "questionnaire_reminders" ("enrolment_id" uuid NOT NULL, "moment" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_585fd74cd885020e3e8ee99680e" PRIMARY KEY ("enrolment_id", "moment"))`,
    );
    await q.query(
      `ALTER TABLE "research_participants" ADD CONSTRAINT "FK_a57f8986249b9dbae1835c54980" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "FK_aefa97e23e11bf462aabcf1fbfa" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "FK_5308db63edc8ffa1e70218b5944" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "research_traject_codes" ADD CONSTRAINT "FK_f2957792cffa33aa709316482dd" FOREIGN KEY ("traject_id") REFERENCES "trajecten"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "questionnaire_reminders" ADD CONSTRAINT "FK_9c573c7b997f99a50d58a2565e7" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "questionnaire_reminders" DROP CONSTRAINT "FK_9c573c7b997f99a50d58a2565e7"`);
    await q.query(`ALTER TABLE "research_traject_codes" DROP CONSTRAINT "FK_f2957792cffa33aa709316482dd"`);
    await q.query(`ALTER TABLE "questionnaire_responses" DROP CONSTRAINT "FK_5308db63edc8ffa1e70218b5944"`);
    await q.query(`ALTER TABLE "questionnaire_responses" DROP CONSTRAINT "FK_aefa97e23e11bf462aabcf1fbfa"`);
    await q.query(`ALTER TABLE "research_participants" DROP CONSTRAINT "FK_a57f8986249b9dbae1835c54980"`);
    await q.query(`DROP TABLE "questionnaire_reminders"`);
    await q.query(`DROP INDEX "public"."uq_research_traject_codes_code"`);
    await q.query(`DROP TABLE "research_traject_codes"`);
    await q.query(`DROP INDEX "public"."uq_questionnaire_responses_moment"`);
    await q.query(`DROP INDEX "public"."IDX_aefa97e23e11bf462aabcf1fbf"`);
    await q.query(`DROP TABLE "questionnaire_responses"`);
    await q.query(`DROP INDEX "public"."uq_research_participants_study_id"`);
    await q.query(`DROP TABLE "research_participants"`);
  }
}
