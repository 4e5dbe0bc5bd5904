import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReactionTimeIndexes1795898493153 implements MigrationInterface {
  name = 'ReactionTimeIndexes1795898493153';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_33bb37e523dac12570215138a1"`);
    await q.query(
      `CREATE INDEX "IDX_892179f041c55b4c9ae6865928" ON "reactions"  ("organisation_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_e272ff0b779d03e14e11b1a613" ON "reactions"  ("membership_id", "created_at") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_e272ff0b779d03e14e11b1a613"`);
    await q.query(`DROP INDEX "public"."IDX_892179f041c55b4c9ae6865928"`);
    await q.query(
      `CREATE INDEX "IDX_33bb37e523dac12570215138a1" ON "reactions" USING btree ("membership_id") `,
    );
  }
}
