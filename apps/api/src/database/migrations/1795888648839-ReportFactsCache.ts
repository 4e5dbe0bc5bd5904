import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every table the evaluation report's figures are computed from, the events that change them, and how a row
 * leads to the trajecten concerned (see report_facts_touch). Updates of contributions count only when a
 * column the report reads changes (not for moderation or read state).
 */
const REPORT_SOURCES: [table: string, events: string, args: string[]][] = [
  [
    'contributions',
    'INSERT OR DELETE OR UPDATE OF room_id, author_membership_id, phase, deleted_at, title, body, created_at, reply_to_id',
    ['room:room_id', 'member:author_membership_id'],
  ],
  [
    'recognitions',
    'INSERT OR UPDATE OR DELETE',
    ['room:room_id', 'member:from_membership_id', 'member:to_membership_id'],
  ],
  ['reactions', 'INSERT OR UPDATE OR DELETE', ['member:membership_id']],
  ['enrolments', 'INSERT OR UPDATE OR DELETE', ['traject:traject_id']],
  ['trajecten', 'UPDATE', ['traject:id']],
  ['traject_sessions', 'INSERT OR UPDATE OR DELETE', ['traject:traject_id']],
  ['traject_facilitators', 'INSERT OR UPDATE OR DELETE', ['traject:traject_id']],
  ['zwart_gat_scores', 'INSERT OR UPDATE OR DELETE', ['traject:traject_id']],
  ['getuigenis_confirmations', 'INSERT OR UPDATE OR DELETE', ['member:membership_id']],
  ['mentor_profiles', 'INSERT OR UPDATE OR DELETE', ['member:membership_id']],
  [
    'mentorships',
    'INSERT OR UPDATE OR DELETE',
    ['member:mentor_membership_id', 'member:mentee_membership_id'],
  ],
  ['room_members', 'INSERT OR UPDATE OR DELETE', ['direct_room:room_id', 'member:membership_id']],
  ['rooms', 'UPDATE OF kind, organisation_id OR DELETE', ['organisation:organisation_id']],
];

export class ReportFactsCache1795888648839 implements MigrationInterface {
  name = 'ReportFactsCache1795888648839';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "report_traject_facts" ("traject_id" uuid NOT NULL, "fresh" boolean NOT NULL DEFAULT false, "facts" json, "computed_at" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7b5bf887f17aa4b264ae2331106" PRIMARY KEY ("traject_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_585778e6d8bc04ba62f12d9897" ON "trajecten"  ("room_id") `);
    await q.query(
      `ALTER TABLE "report_traject_facts" ADD CONSTRAINT "FK_7b5bf887f17aa4b264ae2331106" FOREIGN KEY ("traject_id") REFERENCES "trajecten"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Marks the stored figures of some trajecten stale and clears them, one row at a time in id order
    // (so two writers never wait for each other in opposite orders).
    await q.query(`CREATE FUNCTION report_facts_stale(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE t uuid;
      BEGIN
        FOR t IN SELECT DISTINCT x FROM unnest(ids) AS x WHERE x IS NOT NULL ORDER BY 1 LOOP
          UPDATE report_traject_facts SET fresh = false, facts = NULL WHERE traject_id = t;
        END LOOP;
      END $$`);
    // One trigger function for every table the report reads. Its arguments say how a row leads to the
    // trajecten whose figures it feeds: 'traject:<column>' directly, 'room:<column>' the traject of a group
    // room, 'member:<column>' every traject the member is enrolled in, 'direct_room:<column>' the trajecten of
    // the members of a 1:1 room, 'organisation:<column>' every traject of the organisation.
    await q.query(`CREATE FUNCTION report_facts_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE rec jsonb; spec text; kind text; v uuid; ids uuid[] := '{}';
      BEGIN
        FOREACH rec IN ARRAY ARRAY[CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END,
                                   CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END] LOOP
          CONTINUE WHEN rec IS NULL;
          FOREACH spec IN ARRAY TG_ARGV LOOP
            kind := split_part(spec, ':', 1);
            v := (rec ->> split_part(spec, ':', 2))::uuid;
            CONTINUE WHEN v IS NULL;
            IF kind = 'traject' THEN ids := ids || v;
            ELSIF kind = 'room' THEN ids := ids || ARRAY(SELECT id FROM trajecten WHERE room_id = v);
            ELSIF kind = 'member' THEN ids := ids || ARRAY(SELECT traject_id FROM enrolments WHERE membership_id = v);
            ELSIF kind = 'direct_room' THEN ids := ids || ARRAY(
              SELECT e.traject_id FROM rooms r JOIN room_members rm ON rm.room_id = r.id
                JOIN enrolments e ON e.membership_id = rm.membership_id WHERE r.id = v AND r.kind = 'direct');
            ELSIF kind = 'organisation' THEN ids := ids || ARRAY(SELECT id FROM trajecten WHERE organisation_id = v);
            ELSE RAISE EXCEPTION 'report_facts_touch: unknown argument %', spec;
            END IF;
          END LOOP;
        END LOOP;
        IF cardinality(ids) > 0 THEN PERFORM report_facts_stale(ids); END IF;
        RETURN NULL;
      END $$`);
    for (const [table, events, args] of REPORT_SOURCES)
      await q.query(
        `CREATE TRIGGER report_facts_${table} AFTER ${events} ON "${table}" FOR EACH ROW EXECUTE FUNCTION report_facts_touch(${args.map((x) => `'${x}'`).join(', ')})`,
      );
    await q.query(
      `CREATE TRIGGER report_facts_rooms_alumni AFTER INSERT ON "rooms" FOR EACH ROW WHEN (NEW.kind = 'alumni') EXECUTE FUNCTION report_facts_touch('organisation:organisation_id')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER report_facts_rooms_alumni ON "rooms"`);
    for (const [table] of REPORT_SOURCES) await q.query(`DROP TRIGGER report_facts_${table} ON "${table}"`);
    await q.query(`DROP FUNCTION report_facts_touch()`);
    await q.query(`DROP FUNCTION report_facts_stale(uuid[])`);
    await q.query(`ALTER TABLE "report_traject_facts" DROP CONSTRAINT "FK_7b5bf887f17aa4b264ae2331106"`);
    await q.query(`DROP INDEX "public"."IDX_585778e6d8bc04ba62f12d9897"`);
    await q.query(`DROP TABLE "report_traject_facts"`);
  }
}
