import { classifyContribution, detectCrisis, extractThemes } from '@spiegel/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/crypto.js';

/**
 * The safety net, alive in the demo: staffed hours (weekdays 9–17 and the group's sessions), one closed case
 * (picked up, contact made, closed with a note) and one open case with its alert to the group's facilitators.
 * Written for the demo; no reused evaluation lines.
 */
export async function seedDemoSafety(
  em: EntityManager,
  organisationId: string,
  id: (login: string) => string,
  groupRoomId: string,
  now: Date,
): Promise<void> {
  await em.query(
    `INSERT INTO staffed_hours (organisation_id, ranges, count_sessions, updated_by) VALUES ($1, $2::jsonb, true, $3)`,
    [
      organisationId,
      JSON.stringify([1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '09:00', to: '17:00' }))),
      id('beheer'),
    ],
  );
  const hosts = [id('ruben'), id('femke')];
  const lines = [
    {
      author: 'joris',
      body: 'Eerlijk gezegd: ik wil er niet meer zijn. Ik weet niet goed hoe ik dit moet zeggen.',
      minutesAgo: 4 * 24 * 60,
      closed: {
        owner: 'femke',
        outcome: 'contact_gehad',
        note: 'Gebeld. Hij sprak met zijn huisarts af, volgende week bel ik weer.',
      },
    },
    {
      author: 'daan',
      body: 'Ik zie het echt niet meer zitten. Iedereen is beter af zonder mij.',
      minutesAgo: 6,
      closed: null,
    },
  ];
  const [room] = await em.query<{ last_seq: string }[]>(`SELECT last_seq FROM rooms WHERE id = $1`, [
    groupRoomId,
  ]);
  let seq = Number(room?.last_seq ?? 0);
  for (const line of lines) {
    const crisis = detectCrisis(line.body).severity;
    // Cases come only from detection; should a future detector read a line differently, the demo shows one
    // case fewer rather than failing to start.
    if (crisis === 'none') continue;
    const when = new Date(now.getTime() - line.minutesAgo * 60_000);
    const phase = classifyContribution(line.body);
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, body,
          phase, phase_suggested, phase_confidence, phase_cues, phase_set_by, themes, crisis, created_at)
       VALUES ($1, $2, $3, $4, $5, 'message', $6, $7, $7, $8, $9::jsonb, 'classifier', $10::text[], $11, $12) RETURNING id`,
      [
        organisationId,
        groupRoomId,
        ++seq,
        id(line.author),
        newId(),
        line.body,
        phase.phase,
        phase.confidence,
        JSON.stringify(phase.cues),
        extractThemes(line.body),
        crisis,
        when,
      ],
    );
    const contributionId = String(row!.id);
    const caseId = newId();
    const c = line.closed;
    await em.query(
      `INSERT INTO crisis_cases (id, organisation_id, room_id, contribution_id, author_membership_id, severity, state,
          owner_membership_id, outcome, note, alerted, raised_at, picked_up_at, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::uuid[], $12, $13, $14)`,
      [
        caseId,
        organisationId,
        groupRoomId,
        contributionId,
        id(line.author),
        crisis,
        c ? 'afgerond' : 'open',
        c ? id(c.owner) : null,
        c?.outcome ?? null,
        c?.note ?? null,
        hosts,
        when,
        c ? new Date(when.getTime() + 12 * 60_000) : null,
        c ? new Date(when.getTime() + 3 * 3_600_000) : null,
      ],
    );
    for (const host of hosts) {
      await em.query(
        `INSERT INTO notifications (organisation_id, recipient_membership_id, kind, room_id, contribution_id, actor_membership_id, data, created_at, read_at)
         VALUES ($1, $2, 'crisis_alert', $3, $4, $5, $6::jsonb, $7, $8)`,
        [
          organisationId,
          host,
          groupRoomId,
          contributionId,
          id(line.author),
          JSON.stringify({ severity: crisis, caseId }),
          when,
          c ? when : null,
        ],
      );
    }
    // A peer let the author know they are there (a steun reaction, shown as "Laat weten dat je er bent").
    await em.query(
      `INSERT INTO reactions (organisation_id, room_id, contribution_id, membership_id, kind, created_at) VALUES ($1, $2, $3, $4, 'steun', $5)`,
      [organisationId, groupRoomId, contributionId, id('lotte'), new Date(when.getTime() + 5 * 60_000)],
    );
  }
  await em.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [groupRoomId, seq]);
}
