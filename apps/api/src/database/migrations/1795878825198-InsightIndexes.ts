import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InsightIndexes1795878825198 implements MigrationInterface {
  name = 'InsightIndexes1795878825198';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_7f6c40840ef374e66a0cc48608" ON "contributions"  ("room_id", "created_at") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_7f6c40840ef374e66a0cc48608"`);
  }
}
