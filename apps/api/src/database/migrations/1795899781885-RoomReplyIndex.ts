import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RoomReplyIndex1795899781885 implements MigrationInterface {
  name = 'RoomReplyIndex1795899781885';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "idx_contributions_room_replies" ON "contributions"  ("room_id", "created_at") WHERE reply_to_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."idx_contributions_room_replies"`);
  }
}
