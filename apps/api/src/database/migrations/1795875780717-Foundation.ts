import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795875780717 implements MigrationInterface {
  name = 'Foundation1795875780717';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL, "name" text NOT NULL, "slug" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_db67ac918db3917134d0c9edbb3" UNIQUE ("slug"), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "actor_membership_id" uuid, "action" text NOT NULL, "subject_membership_id" uuid, "target_type" text, "target_id" text, "details" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_286396d1a5f80b5d77bfc77d92" ON "audit_events"  ("organisation_id", "subject_membership_id", "at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_87db287bc46c5befcb055f88c8" ON "audit_events"  ("organisation_id", "at") `,
    );
    await q.query(
      `CREATE TABLE "login_attempts" ("id" BIGSERIAL NOT NULL, "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_e4f39329850bcf58726ca2ddfe" ON "login_attempts"  ("key", "at") `);
    await q.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL, "login_name" text NOT NULL, "email" text, "password_hash" text NOT NULL, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b1d0a1e8ae666d95893eb95c168" UNIQUE ("login_name"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "display_name" text NOT NULL, "display_name_key" text NOT NULL, "avatar_color" text NOT NULL, "status" text NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships"  ("user_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_memberships_org_user" ON "memberships"  ("organisation_id", "user_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_memberships_org_display_name" ON "memberships"  ("organisation_id", "display_name_key") `,
    );
    await q.query(
      `CREATE TABLE "password_resets" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_by_membership_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_323290a9239ad3d397ad78018ec" UNIQUE ("token_hash"), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "sessions" ("id" text NOT NULL, "user_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id") `);
    await q.query(`CREATE INDEX "IDX_b4fc0640651033ce419a1fb2b7" ON "sessions"  ("membership_id") `);
    await q.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "code_hash" text NOT NULL, "code_prefix" text NOT NULL, "role" text NOT NULL, "note" text, "created_by_membership_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "max_uses" integer NOT NULL, "uses" integer NOT NULL DEFAULT '0', "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3eed502b8bf2cd7805e77353c66" UNIQUE ("code_hash"), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_5c4b5306b1ff9727dcf484aea3" ON "invitations"  ("organisation_id", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_91d46044e4c934c1b5f1ea229d1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "FK_cbb7aa83bade15a772311d1c0ca" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_b4fc0640651033ce419a1fb2b79" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_db8eb6da8f383cb3443217d8536" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_db8eb6da8f383cb3443217d8536"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_b4fc0640651033ce419a1fb2b79"`);
    await q.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "FK_cbb7aa83bade15a772311d1c0ca"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"`);
    await q.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_91d46044e4c934c1b5f1ea229d1"`);
    await q.query(`DROP INDEX "public"."IDX_5c4b5306b1ff9727dcf484aea3"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP INDEX "public"."IDX_b4fc0640651033ce419a1fb2b7"`);
    await q.query(`DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "password_resets"`);
    await q.query(`DROP INDEX "public"."uq_memberships_org_display_name"`);
    await q.query(`DROP INDEX "public"."uq_memberships_org_user"`);
    await q.query(`DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"`);
    await q.query(`DROP TABLE "memberships"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP INDEX "public"."IDX_e4f39329850bcf58726ca2ddfe"`);
    await q.query(`DROP TABLE "login_attempts"`);
    await q.query(`DROP INDEX "public"."IDX_87db287bc46c5befcb055f88c8"`);
    await q.query(`DROP INDEX "public"."IDX_286396d1a5f80b5d77bfc77d92"`);
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP TABLE "organisations"`);
  }
}
