import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recognitions that count as evidence: not those given to a message flagged as crisis (see the domain's
 * countsAsRecognitionEvidence). Every figure that counts recognitions reads this view, so the rule is
 * written once; the recognitions table itself keeps everything people did.
 */
export class RecognitionEvidence1796601400097 implements MigrationInterface {
  name = 'RecognitionEvidence1796601400097';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE VIEW "recognition_evidence" AS
         SELECT r.* FROM recognitions r
          WHERE EXISTS (SELECT 1 FROM contributions c WHERE c.id = r.contribution_id AND c.crisis = 'none')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "recognition_evidence"`);
  }
}
