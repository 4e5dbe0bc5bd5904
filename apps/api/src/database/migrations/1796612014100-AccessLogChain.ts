import type { MigrationInterface, QueryRunner } from 'typeorm';
import { entryHash, partyRef } from '../../modules/audit/audit-chain.js';

/**
 * The access log becomes tamper-evident (issue 18): one hash chain per organisation (and one for log-in
 * attempts with an unknown name, hence the nullable organisation), the caller's address, everyone a view
 * showed, and the chain heads that serialise appends. Entries already written are chained here, in id order.
 */
export class AccessLogChain1796612014100 implements MigrationInterface {
  name = 'AccessLogChain1796612014100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_chain_heads" ("chain_key" text NOT NULL, "last_id" bigint, "last_hash" text NOT NULL DEFAULT '', "anchor_hash" text NOT NULL DEFAULT '', "pruned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4ff78996adb285c38c15e23fcd4" PRIMARY KEY ("chain_key"))`,
    );
    await q.query(`ALTER TABLE "audit_events" ADD "subject_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "audit_events" ADD "ip" text`);
    await q.query(`ALTER TABLE "audit_events" ADD "chain_key" text NOT NULL DEFAULT 'platform'`);
    await q.query(`ALTER TABLE "audit_events" ADD "actor_ref" text`);
    await q.query(`ALTER TABLE "audit_events" ADD "subject_ref" text`);
    await q.query(`ALTER TABLE "audit_events" ADD "subject_refs" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "audit_events" ADD "prev_hash" text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE "audit_events" ADD "hash" text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE "audit_events" ALTER COLUMN "organisation_id" DROP NOT NULL`);
    await q.query(`CREATE INDEX "IDX_8cb1b099d6215c5006f76cd9d7" ON "audit_events"  ("chain_key", "id") `);
    await q.query(
      `CREATE INDEX "IDX_421d18e1af2b997edde62e7d27" ON "audit_events"  ("organisation_id", "actor_membership_id", "at") `,
    );
    await this.chainExisting(q);
  }

  private async chainExisting(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE audit_events SET chain_key = organisation_id::text WHERE organisation_id IS NOT NULL`,
    );
    const heads = new Map<string, { id: string; hash: string }>();
    for (let after = '0'; ;) {
      const rows = await q.query(
        `SELECT id::text AS id, chain_key, organisation_id, at, action, actor_membership_id, subject_membership_id,
                target_type, target_id, details
           FROM audit_events e WHERE e.id > $1 ORDER BY e.id LIMIT 5000`,
        [after],
      );
      for (const r of rows as {
        id: string;
        chain_key: string;
        organisation_id: string | null;
        at: Date;
        action: string;
        actor_membership_id: string | null;
        subject_membership_id: string | null;
        target_type: string | null;
        target_id: string | null;
        details: Record<string, unknown>;
      }[]) {
        const at = new Date(new Date(r.at).getTime()); // whole milliseconds, as new entries are written
        const fields = {
          id: r.id,
          chainKey: r.chain_key,
          organisationId: r.organisation_id,
          at,
          action: r.action,
          actorRef: partyRef(r.actor_membership_id),
          subjectRef: partyRef(r.subject_membership_id),
          subjectRefs: [],
          targetType: r.target_type,
          targetId: r.target_id,
          details: r.details,
          ip: null,
          prevHash: heads.get(r.chain_key)?.hash ?? '',
        };
        const hash = entryHash(fields);
        await q.query(
          `UPDATE audit_events SET at = $2, actor_ref = $3, subject_ref = $4, prev_hash = $5, hash = $6 WHERE id = $1`,
          [r.id, at, fields.actorRef, fields.subjectRef, fields.prevHash, hash],
        );
        heads.set(r.chain_key, { id: r.id, hash });
      }
      if (rows.length < 5000) break;
      after = (rows as { id: string }[])[rows.length - 1]!.id;
    }
    for (const [key, head] of heads)
      await q.query(`INSERT INTO audit_chain_heads (chain_key, last_id, last_hash) VALUES ($1, $2, $3)`, [
        key,
        head.id,
        head.hash,
      ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_421d18e1af2b997edde62e7d27"`);
    await q.query(`DROP INDEX "public"."IDX_8cb1b099d6215c5006f76cd9d7"`);
    await q.query(`DELETE FROM audit_events WHERE organisation_id IS NULL`);
    await q.query(`ALTER TABLE "audit_events" ALTER COLUMN "organisation_id" SET NOT NULL`);
    for (const c of [
      'hash',
      'prev_hash',
      'subject_refs',
      'subject_ref',
      'actor_ref',
      'chain_key',
      'ip',
      'subject_ids',
    ])
      await q.query(`ALTER TABLE "audit_events" DROP COLUMN "${c}"`);
    await q.query(`DROP TABLE "audit_chain_heads"`);
  }
}
