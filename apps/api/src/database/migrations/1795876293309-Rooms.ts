import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rooms1795876293309 implements MigrationInterface {
  name = 'Rooms1795876293309';

  async up(q: QueryRunner): Promise<void> {
    // Used by @socket.io/postgres-adapter for payloads too large for NOTIFY; not an entity.
    await q.query(
      `CREATE TABLE IF NOT EXISTS "socket_io_attachments" ("id" BIGSERIAL UNIQUE, "created_at" TIMESTAMPTZ DEFAULT now(), "payload" BYTEA)`,
    );
    await q.query(
      `CREATE TABLE "rooms" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "agreements" text NOT NULL DEFAULT '', "agreements_updated_at" TIMESTAMP WITH TIME ZONE, "agreements_updated_by" uuid, "last_seq" bigint NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0368a2d7c215f2d0458a54933f2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_17e0be730011bea4a8720124f9" ON "rooms"  ("organisation_id", "kind") `);
    await q.query(
      `CREATE TABLE "contributions" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "room_id" uuid NOT NULL, "seq" bigint NOT NULL, "author_membership_id" uuid NOT NULL, "client_id" uuid NOT NULL, "kind" text NOT NULL, "title" text, "body" text, "reply_to_id" bigint, "phase" text, "phase_suggested" text, "phase_confidence" real NOT NULL DEFAULT '0', "phase_cues" jsonb NOT NULL DEFAULT '[]', "phase_set_by" text NOT NULL DEFAULT 'classifier', "themes" text array NOT NULL DEFAULT '{}', "crisis" text NOT NULL DEFAULT 'none', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by" text, "hidden_by_membership_id" uuid, CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_12e625add8384d0776e505bc90" ON "contributions"  ("author_membership_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_e86299eea5b3bd0064f51f1d0e" ON "contributions"  ("organisation_id", "created_at") `,
    );
    await q.query(`CREATE INDEX "IDX_fa96f6684ec5f61b6f67198494" ON "contributions"  ("reply_to_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_contributions_author_client" ON "contributions"  ("author_membership_id", "client_id") `,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_contributions_room_seq" ON "contributions"  ("room_id", "seq") `);
    await q.query(
      `CREATE TABLE "phase_changes" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "contribution_id" bigint NOT NULL, "changed_by" uuid NOT NULL, "from_phase" text, "to_phase" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3af347206c1cf5647ecd3acb622" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_abc1caa364da1da40415bcf0c4" ON "phase_changes"  ("contribution_id", "at") `,
    );
    await q.query(
      `CREATE TABLE "reactions" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "room_id" uuid NOT NULL, "contribution_id" bigint NOT NULL, "membership_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b213d460d0c473bc2fb6ee27f3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_33bb37e523dac12570215138a1" ON "reactions"  ("membership_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_reactions_once" ON "reactions"  ("contribution_id", "membership_id", "kind") `,
    );
    await q.query(
      `CREATE TABLE "recognitions" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "room_id" uuid NOT NULL, "contribution_id" bigint NOT NULL, "from_membership_id" uuid NOT NULL, "to_membership_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9532d42e21bb1fa80a5001f0c20" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_68f0e3995f06b84291f99455c9" ON "recognitions"  ("from_membership_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_42d595494609f18e33cf2383c5" ON "recognitions"  ("to_membership_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_e1c16e916b43b9ba8f05cc270a" ON "recognitions"  ("room_id", "created_at") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_recognitions_once" ON "recognitions"  ("contribution_id", "from_membership_id") `,
    );
    await q.query(
      `CREATE TABLE "mutes" ("membership_id" uuid NOT NULL, "muted_membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_262a515fd59f02be5bc77835749" PRIMARY KEY ("membership_id", "muted_membership_id"))`,
    );
    await q.query(
      `CREATE TABLE "reports" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "room_id" uuid NOT NULL, "contribution_id" bigint NOT NULL, "reporter_membership_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution" text, CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_cda5812bcb9d7c8f8cfd6b8d36" ON "reports"  ("room_id", "resolved_at") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_reports_once" ON "reports"  ("contribution_id", "reporter_membership_id") `,
    );
    await q.query(
      `CREATE TABLE "notifications" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "recipient_membership_id" uuid NOT NULL, "kind" text NOT NULL, "room_id" uuid, "contribution_id" bigint, "actor_membership_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_347351c94e86ea3f4d78da5edc" ON "notifications"  ("recipient_membership_id", "id") `,
    );
    await q.query(
      `CREATE TABLE "room_members" ("room_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'active', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "left_at" TIMESTAMP WITH TIME ZONE, "last_read_seq" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_6b4e7503034cf402f79033ead28" PRIMARY KEY ("room_id", "membership_id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_c5658eb200c1399f203a9fbaca" ON "room_members"  ("membership_id", "status") `,
    );
    await q.query(
      `ALTER TABLE "rooms" ADD CONSTRAINT "FK_756acf6c5afbafc8227b540655d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contributions" ADD CONSTRAINT "FK_bd198a50572f3f412208747747f" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contributions" ADD CONSTRAINT "FK_de2a1fddbac35da75c82f6da29b" FOREIGN KEY ("author_membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "phase_changes" ADD CONSTRAINT "FK_16c7b121b89181563b5bf82eef7" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reactions" ADD CONSTRAINT "FK_09fdc00aaf4df39dba4e9aca522" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "recognitions" ADD CONSTRAINT "FK_9b12b2976f14abec990b02338cf" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_654d6e3683f9d74c7e5042d26d5" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "room_members" ADD CONSTRAINT "FK_e6cf45f179a524427ddf8bacd8e" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "room_members" ADD CONSTRAINT "FK_bee036f65dca2b6bd89d9925993" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "socket_io_attachments"`);
    await q.query(`ALTER TABLE "room_members" DROP CONSTRAINT "FK_bee036f65dca2b6bd89d9925993"`);
    await q.query(`ALTER TABLE "room_members" DROP CONSTRAINT "FK_e6cf45f179a524427ddf8bacd8e"`);
    await q.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_654d6e3683f9d74c7e5042d26d5"`);
    await q.query(`ALTER TABLE "recognitions" DROP CONSTRAINT "FK_9b12b2976f14abec990b02338cf"`);
    await q.query(`ALTER TABLE "reactions" DROP CONSTRAINT "FK_09fdc00aaf4df39dba4e9aca522"`);
    await q.query(`ALTER TABLE "phase_changes" DROP CONSTRAINT "FK_16c7b121b89181563b5bf82eef7"`);
    await q.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_de2a1fddbac35da75c82f6da29b"`);
    await q.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_bd198a50572f3f412208747747f"`);
    await q.query(`ALTER TABLE "rooms" DROP CONSTRAINT "FK_756acf6c5afbafc8227b540655d"`);
    await q.query(`DROP INDEX "public"."IDX_c5658eb200c1399f203a9fbaca"`);
    await q.query(`DROP TABLE "room_members"`);
    await q.query(`DROP INDEX "public"."IDX_347351c94e86ea3f4d78da5edc"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP INDEX "public"."uq_reports_once"`);
    await q.query(`DROP INDEX "public"."IDX_cda5812bcb9d7c8f8cfd6b8d36"`);
    await q.query(`DROP TABLE "reports"`);
    await q.query(`DROP TABLE "mutes"`);
    await q.query(`DROP INDEX "public"."uq_recognitions_once"`);
    await q.query(`DROP INDEX "public"."IDX_e1c16e916b43b9ba8f05cc270a"`);
    await q.query(`DROP INDEX "public"."IDX_42d595494609f18e33cf2383c5"`);
    await q.query(`DROP INDEX "public"."IDX_68f0e3995f06b84291f99455c9"`);
    await q.query(`DROP TABLE "recognitions"`);
    await q.query(`DROP INDEX "public"."uq_reactions_once"`);
    await q.query(`DROP INDEX "public"."IDX_33bb37e523dac12570215138a1"`);
    await q.query(`DROP TABLE "reactions"`);
    await q.query(`DROP INDEX "public"."IDX_abc1caa364da1da40415bcf0c4"`);
    await q.query(`DROP TABLE "phase_changes"`);
    await q.query(`DROP INDEX "public"."uq_contributions_room_seq"`);
    await q.query(`DROP INDEX "public"."uq_contributions_author_client"`);
    await q.query(`DROP INDEX "public"."IDX_fa96f6684ec5f61b6f67198494"`);
    await q.query(`DROP INDEX "public"."IDX_e86299eea5b3bd0064f51f1d0e"`);
    await q.query(`DROP INDEX "public"."IDX_12e625add8384d0776e505bc90"`);
    await q.query(`DROP TABLE "contributions"`);
    await q.query(`DROP INDEX "public"."IDX_17e0be730011bea4a8720124f9"`);
    await q.query(`DROP TABLE "rooms"`);
  }
}
