import { MHC_SF, primaryScore, scoreQuestionnaire } from '@spiegel/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/crypto.js';
import { createAccount } from '../modules/auth/create-organisation.js';
import { randomCode } from '../modules/research/research.repository.js';

const DAY = 86_400_000;
const at = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const LETTER = '2026-1';

/** Fourteen answers around a level (0–5), varied per item so subscales differ a little. */
function answersAround(level: number, seed: number): number[] {
  return Array.from({ length: 14 }, (_, i) =>
    Math.max(0, Math.min(5, Math.round(level + (((i * 7 + seed * 3) % 5) - 2) * 0.5))),
  );
}

/** People of an earlier traject (Voorjaar 2025): their figures make "Herstel gemeten" show numbers. */
const EARLIER = [
  // login, pseudonym, herkenning?, T0 level, end level, +3m level
  ['merel', 'Merel', true, 2.2, 3.1, 3.3],
  ['tobias', 'Tobias', true, 1.8, 2.6, 2.5],
  ['fenna', 'Fenna', true, 2.6, 3.2, 3.4],
  ['jesse', 'Jesse', true, 2.0, 2.4, 2.9],
  ['nadia', 'Nadia', true, 3.0, 3.5, 3.4],
  ['koen', 'Koen', true, 1.6, 2.7, 2.6],
  ['ilse', 'Ilse', false, 2.4, 2.6, 2.3],
  ['sem', 'Sem', false, 2.8, 2.7, 2.9],
  ['romy', 'Romy', false, 1.9, 2.3, 2.1],
  ['luuk', 'Luuk', false, 2.5, 2.4, 2.7],
  ['esra', 'Esra', false, 2.2, 2.6, 2.5],
] as const;

async function respond(
  em: EntityManager,
  organisationId: string,
  membershipId: string,
  enrolmentId: string,
  moment: string,
  answers: number[],
  when: Date,
) {
  await em.query(
    `INSERT INTO questionnaire_responses (id, organisation_id, membership_id, enrolment_id, questionnaire_id, questionnaire_version, moment, status, answers, score, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'answered', $8::smallint[], $9, $10)`,
    [
      newId(),
      organisationId,
      membershipId,
      enrolmentId,
      MHC_SF.id,
      MHC_SF.version,
      moment,
      answers,
      primaryScore(MHC_SF, scoreQuestionnaire(MHC_SF, answers)),
      when,
    ],
  );
}

async function consent(em: EntityManager, organisationId: string, membershipId: string, when: Date) {
  await em.query(
    `INSERT INTO research_participants (membership_id, organisation_id, study_id, consent_answers, consent_phase_timeline, consent_phase_tags, letter_version, consent_given_at)
     VALUES ($1, $2, $3, true, true, false, $4, $5)`,
    [membershipId, organisationId, randomCode('S', 10), LETTER, when],
  );
}

/**
 * Research in the demo: Voorjaar participants who answered at T0; Kees, who joined two days ago, has
 * his T0 open (log in as him to answer it); and an earlier, completed traject whose people answered at T0, at the end and
 * three months later — so the report's "Herstel gemeten" has figures for both groups.
 */
export async function seedDemoResearch(
  em: EntityManager,
  organisationId: string,
  id: (login: string) => string,
  now: Date,
  password: string,
): Promise<void> {
  const voorjaar = await em.query<{ id: string; membership_id: string; consent_at: Date }[]>(
    `SELECT e.id, e.membership_id, e.consent_at FROM enrolments e JOIN trajecten t ON t.id = e.traject_id
      WHERE e.organisation_id = $1 AND t.completed_at IS NULL`,
    [organisationId],
  );
  await em.query(`UPDATE enrolments SET consent_at = $2 WHERE membership_id = $1`, [id('kees'), at(now, 2)]);
  for (const [i, login] of ['sanne', 'ahmed', 'joris', 'lotte', 'mirjam'].entries()) {
    const e = voorjaar.find((x) => x.membership_id === id(login))!;
    const when = new Date(new Date(e.consent_at).getTime() + (i + 1) * 3_600_000);
    await respond(em, organisationId, e.membership_id, e.id, 't0', answersAround(2 + (i % 3) * 0.4, i), when);
    if (login !== 'mirjam') await consent(em, organisationId, e.membership_id, when);
  }

  // Voorjaar 2025: ended 250 days ago, its own (quiet) room; nobody in it asked for follow-up.
  const traject = newId();
  const room = newId();
  const starts = at(now, 330);
  const ended = at(now, 250);
  await em.query(
    `INSERT INTO rooms (id, organisation_id, kind, name, description, created_at) VALUES ($1, $2, 'group', $3, $4, $5)`,
    [
      room,
      organisationId,
      'Voorjaar 2025 — Herstel in verbinding',
      'De groep van vorig voorjaar.',
      at(now, 335),
    ],
  );
  await em.query(
    `INSERT INTO trajecten (id, organisation_id, name, description, starts_on, ends_on, room_id, created_by, created_at, completed_at)
     VALUES ($1, $2, 'Voorjaar 2025 — Herstel in verbinding', 'De groep van vorig voorjaar.', $3, $4, $5, $6, $7, $8)`,
    [traject, organisationId, isoDate(starts), isoDate(ended), room, id('beheer'), at(now, 340), ended],
  );
  let seq = 0;
  let firstStory: string | null = null;
  const members: string[] = [];
  for (const [n, [login, displayName, herkenning, t0, end, plus3m]] of EARLIER.entries()) {
    const { membership } = await createAccount(em, {
      organisationId,
      loginName: login,
      displayName,
      password,
      role: 'participant',
    });
    members.push(membership.id);
    await em.query(
      `INSERT INTO onboarding_completions (membership_id, organisation_id, completed_at, accepted_room_id) VALUES ($1, $2, $3, NULL)`,
      [membership.id, organisationId, at(now, 335)],
    );
    await em.query(
      `INSERT INTO room_members (room_id, membership_id, organisation_id, status, joined_at) VALUES ($1, $2, $3, 'active', $4)`,
      [room, membership.id, organisationId, at(now, 332)],
    );
    const enrolment = newId();
    await em.query(
      `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, invited_at, consent_at, consent_follow_up, completed_at)
       VALUES ($1, $2, $3, $4, 'completed', $5, $5, false, $6)`,
      [enrolment, traject, membership.id, organisationId, at(now, 332), ended],
    );
    const [c] = await em.query<{ id: string }[]>(
      `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, body, phase, phase_suggested, phase_set_by, created_at)
       VALUES ($1, $2, $3, $4, $5, 'message', $6, NULL, NULL, 'classifier', $7) RETURNING id`,
      [
        organisationId,
        room,
        ++seq,
        membership.id,
        newId(),
        'Hoi allemaal, ik ben er deze keer bij.',
        at(now, 325 - n),
      ],
    );
    firstStory ??= c!.id;
    if (herkenning && n > 0) {
      await em.query(
        `INSERT INTO recognitions (organisation_id, room_id, contribution_id, from_membership_id, to_membership_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [organisationId, room, firstStory, membership.id, members[0], at(now, 310 - n)],
      );
    }
    await consent(em, organisationId, membership.id, at(now, 331));
    await respond(em, organisationId, membership.id, enrolment, 't0', answersAround(t0, n), at(now, 329));
    await respond(
      em,
      organisationId,
      membership.id,
      enrolment,
      'einde',
      answersAround(end, n + 1),
      at(now, 248),
    );
    await respond(
      em,
      organisationId,
      membership.id,
      enrolment,
      'plus3m',
      answersAround(plus3m, n + 2),
      at(now, 158),
    );
  }
  await em.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [room, seq]);
}
