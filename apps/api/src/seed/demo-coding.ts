import {
  assignCodingSample,
  type CodingCandidate,
  type CodingCoder,
  PHASE_IDS,
  type PhaseId,
  seededRandom,
} from '@spiegel/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/crypto.js';

const DAY = 86_400_000;

/**
 * A coding round in the demo (issue 17 item 6), so Fasecodering shows figures in `pnpm start`: the
 * Voorjaar participants agreed to research on the phase tags of their messages; 24 group messages were
 * drawn and given to two of Ruben, Femke and the peer mentors who may read the room. Femke and the
 * mentors coded theirs; Ruben has a few left (log in as him: /coderen). Their codes follow the message's
 * phase with a few honest differences (between them, and with the classifier), so κ is high but not perfect.
 */
export async function seedDemoCoding(
  em: EntityManager,
  organisationId: string,
  id: (login: string) => string,
  now: Date,
): Promise<void> {
  for (const login of ['sanne', 'ahmed', 'joris', 'lotte', 'daan', 'yara']) {
    await em.query(
      `INSERT INTO research_participants (membership_id, organisation_id, study_id, consent_phase_tags, letter_version, consent_given_at)
       VALUES ($1, $2, $3, true, '2026-1', $4)
       ON CONFLICT (membership_id) DO UPDATE SET consent_phase_tags = true`,
      [
        id(login),
        organisationId,
        `S-DEMO${login.toUpperCase().padEnd(6, 'X').slice(0, 6)}`,
        new Date(now.getTime() - 20 * DAY),
      ],
    );
  }
  const candidates = (
    await em.query<{ id: string; room_id: string; author_membership_id: string }[]>(
      `SELECT c.id::text AS id, c.room_id, c.author_membership_id FROM contributions c
         JOIN rooms r ON r.id = c.room_id AND r.kind <> 'direct'
         JOIN research_participants p ON p.membership_id = c.author_membership_id AND p.consent_phase_tags AND p.consent_withdrawn_at IS NULL
        WHERE c.organisation_id = $1 AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND c.body IS NOT NULL AND c.crisis = 'none'
        ORDER BY c.id`,
      [organisationId],
    )
  ).map((r): CodingCandidate => ({ id: r.id, roomId: r.room_id, authorId: r.author_membership_id }));
  const coders = (
    await em.query<{ id: string; room_ids: string[] | null }[]>(
      `SELECT m.id, array_agg(rm.room_id) FILTER (WHERE rm.room_id IS NOT NULL) AS room_ids
         FROM memberships m
         LEFT JOIN room_members rm ON rm.membership_id = m.id AND rm.status = 'active'
              AND EXISTS (SELECT 1 FROM rooms r WHERE r.id = rm.room_id AND r.kind <> 'direct')
        WHERE m.organisation_id = $1 AND m.status = 'active'
          AND (m.role = 'facilitator' OR (m.role = 'participant' AND EXISTS (
               SELECT 1 FROM mentor_profiles mp WHERE mp.membership_id = m.id AND mp.status = 'active')))
        GROUP BY m.id ORDER BY m.id`,
      [organisationId],
    )
  ).map((r): CodingCoder => ({ id: r.id, roomIds: r.room_ids ?? [] }));
  const assignments = assignCodingSample(candidates, coders, 24, seededRandom(17));
  if (assignments.length === 0) return;

  const studyId = newId();
  const startedAt = new Date(now.getTime() - 6 * DAY);
  await em.query(
    `INSERT INTO coding_studies (id, organisation_id, name, created_by_membership_id, created_at) VALUES ($1, $2, $3, $4, $5)`,
    [studyId, organisationId, 'Ronde 1 — najaar', id('beheer'), startedAt],
  );
  const used = [...new Set(assignments.flatMap((a) => a.coders))];
  for (const [i, coder] of used.entries())
    await em.query(`INSERT INTO coding_study_coders (study_id, membership_id, code) VALUES ($1, $2, $3)`, [
      studyId,
      coder,
      `C${i + 1}`,
    ]);
  const ruben = id('ruben');
  let rubenOpen = 0;
  for (const [i, a] of assignments.entries()) {
    const [c] = await em.query<{ phase: PhaseId | null; phase_suggested: PhaseId | null }[]>(
      `SELECT phase, phase_suggested FROM contributions WHERE id = $1`,
      [a.contributionId],
    );
    const itemId = newId();
    await em.query(
      `INSERT INTO coding_items (id, study_id, organisation_id, contribution_id, classifier_label, position) VALUES ($1, $2, $3, $4, $5, $6)`,
      [itemId, studyId, organisationId, a.contributionId, c!.phase_suggested, i + 1],
    );
    // People read every fourth message otherwise than the classifier did (the next phase, or none).
    const shifted = (p: PhaseId | null): string =>
      p === null ? 'herkenning' : p === 'getuigenis' ? 'geen' : PHASE_IDS[PHASE_IDS.indexOf(p) + 1]!;
    const truth: string = i % 4 === 1 ? shifted(c!.phase) : (c!.phase ?? 'geen');
    for (const [k, coder] of a.coders.entries()) {
      // Ruben still has his last four items to do; every fifth item the second coder reads it otherwise.
      const open = coder === ruben && i >= assignments.length - 8 && rubenOpen < 4;
      if (open) rubenOpen++;
      const other = PHASE_IDS[(PHASE_IDS.indexOf(truth as PhaseId) + 1) % PHASE_IDS.length]!;
      const label = open ? null : i === 3 && k === 1 ? 'onbekend' : i % 5 === 2 && k === 1 ? other : truth;
      await em.query(
        `INSERT INTO coding_codes (id, item_id, study_id, coder_membership_id, label, coded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          newId(),
          itemId,
          studyId,
          coder,
          label,
          label ? new Date(startedAt.getTime() + (i + 1) * 3_600_000) : null,
        ],
      );
    }
  }
}
