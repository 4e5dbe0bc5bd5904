import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who ended a room membership and why, so "ended by staff is only restored by staff" is checkable in
 * SQL: `status = 'removed'` exactly when a staff reason is recorded, and a trigger refuses to reactivate
 * such a row unless the write names the staff member who restores it (`restored_by`).
 */
export class RoomMemberEnd1795910000000 implements MigrationInterface {
  name = 'RoomMemberEnd1795910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "room_members" ADD "ended_by" uuid`);
    await q.query(`ALTER TABLE "room_members" ADD "end_reason" text`);
    await q.query(`ALTER TABLE "room_members" ADD "restored_by" uuid`);
    // Rows ended before this migration: the reason follows from the status; who did it is unknown.
    await q.query(
      `UPDATE "room_members" SET "end_reason" = CASE status WHEN 'removed' THEN 'removed' WHEN 'left' THEN 'left' ELSE 'declined' END
        WHERE status NOT IN ('active', 'invited')`,
    );
    await q.query(
      `ALTER TABLE "room_members" ADD CONSTRAINT "CHK_room_members_end" CHECK (
         (status IN ('active', 'invited') AND end_reason IS NULL)
         OR (status = 'removed' AND end_reason IN ('removed', 'organisation_removed', 'facilitation_ended'))
         OR (status IN ('left', 'declined') AND end_reason IN ('left', 'declined')))`,
    );
    await q.query(`
      CREATE FUNCTION room_members_staff_restore_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'removed' AND NEW.status <> 'removed'
           AND (NEW.restored_by IS NULL OR NEW.restored_by IS NOT DISTINCT FROM OLD.restored_by) THEN
          RAISE EXCEPTION 'room membership ended by staff: only staff restore it' USING ERRCODE = 'SP403';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER room_members_staff_restore_only BEFORE UPDATE OF status ON "room_members"
         FOR EACH ROW EXECUTE FUNCTION room_members_staff_restore_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER room_members_staff_restore_only ON "room_members"`);
    await q.query(`DROP FUNCTION room_members_staff_restore_only()`);
    await q.query(`ALTER TABLE "room_members" DROP CONSTRAINT "CHK_room_members_end"`);
    await q.query(`ALTER TABLE "room_members" DROP COLUMN "restored_by"`);
    await q.query(`ALTER TABLE "room_members" DROP COLUMN "end_reason"`);
    await q.query(`ALTER TABLE "room_members" DROP COLUMN "ended_by"`);
  }
}
