import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read views the owners of tables publish for other modules' SQL (ARCHITECTURE.md, "One owner per table";
 * each is named in its owner's `read-views.ts`). Each holds only the columns its readers need, with no
 * aggregate, DISTINCT or filter, so PostgreSQL inlines it and a statement that joins it keeps the plan it
 * had on the table. Messages' texts appear only in `contribution_texts` (research coding shows them to
 * coders); everyone else counts through `contribution_facts`, whose `chars` is a contribution's length.
 */
const VIEWS: [name: string, select: string][] = [
  // contributions
  [
    'contribution_facts',
    `SELECT c.id, c.organisation_id, c.room_id, c.seq, c.author_membership_id, c.reply_to_id, c.phase, c.themes,
            c.crisis, c.created_at, c.deleted_at, c.hidden_at,
            char_length(coalesce(c.title, '')) + char_length(coalesce(c.body, '')) AS chars
       FROM contributions c`,
  ],
  [
    'contribution_texts',
    `SELECT c.id, c.organisation_id, c.room_id, c.author_membership_id, c.kind, c.title, c.body, c.phase_suggested,
            c.crisis, c.deleted_at, c.hidden_at
       FROM contributions c`,
  ],
  [
    'reaction_facts',
    `SELECT x.id, x.organisation_id, x.room_id, x.contribution_id, x.membership_id, x.created_at FROM reactions x`,
  ],
  [
    'recognition_facts',
    `SELECT r.id, r.organisation_id, r.room_id, r.contribution_id, r.from_membership_id, r.to_membership_id, r.created_at
       FROM recognitions r`,
  ],
  // rooms
  ['room_facts', `SELECT r.id, r.organisation_id, r.kind, r.name, r.created_at FROM rooms r`],
  [
    'room_member_facts',
    `SELECT rm.room_id, rm.membership_id, rm.organisation_id, rm.status, rm.joined_at FROM room_members rm`,
  ],
  // mentors
  ['mentor_statuses', `SELECT p.membership_id, p.organisation_id, p.status FROM mentor_profiles p`],
  [
    'getuigenis_confirmation_facts',
    `SELECT g.membership_id, g.organisation_id, g.confirmed, g.at FROM getuigenis_confirmations g`,
  ],
  [
    'mentorship_pairs',
    `SELECT x.id, x.organisation_id, x.mentor_membership_id, x.mentee_membership_id, x.status FROM mentorships x`,
  ],
  // nazorg
  [
    'zwart_gat_levels',
    `SELECT s.id, s.organisation_id, s.membership_id, s.level, s.computed_at FROM zwart_gat_scores s`,
  ],
  // notifications
  [
    'notification_facts',
    `SELECT n.id, n.organisation_id, n.recipient_membership_id, n.kind, n.created_at FROM notifications n`,
  ],
];

export class OwnerReadViews1796625100000 implements MigrationInterface {
  name = 'OwnerReadViews1796625100000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, select] of VIEWS) await q.query(`CREATE VIEW "${name}" AS ${select}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of [...VIEWS].reverse()) await q.query(`DROP VIEW "${name}"`);
  }
}
