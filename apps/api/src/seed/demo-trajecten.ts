import { classifyContribution, detectCrisis, dutchInstant, dutchParts, extractThemes } from '@spiegel/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/crypto.js';

/** Alumni of last autumn's traject: they exist so "Na afloop", the alumni room and mentors are alive. */
export const DEMO_ALUMNI = [
  { login: 'iris', displayName: 'Iris', about: 'oud-deelnemer Najaar, mentor (van Bas)' },
  { login: 'noor', displayName: 'Noor', about: 'oud-deelnemer Najaar, stil geworden na afloop' },
  { login: 'bas', displayName: 'Bas', about: 'oud-deelnemer Najaar, heeft Iris als mentor' },
  { login: 'wim', displayName: 'Wim', about: 'oud-deelnemer Najaar, geen toestemming voor nazorg' },
] as const;

type Line = [daysAgo: number, login: string, body: string];

/** Najaar 2025, in its group room: ended 35 days ago. */
const NAJAAR: Line[] = [
  [110, 'femke', 'Welkom allemaal in de groep van het najaar. Fijn dat jullie er zijn.'],
  [109, 'noor', 'Spannend hoor. Ik weet niet of ik hier wel pas, bij mij is alles net even anders.'],
  [103, 'iris', 'Dat dacht ik vorige keer ook, Noor. Ik herken dat gevoel van er niet bij horen heel erg.'],
  [
    96,
    'bas',
    'Deze week heb ik mijn broer verteld dat ik deze cursus doe. Spannend, maar hij reageerde lief.',
  ],
  [89, 'noor', 'Wat Iris vertelde over de nachten dat ze niet kon slapen, dat had ik zelf kunnen zeggen.'],
  [82, 'wim', 'Hoe laat beginnen we donderdag? Ik moet het even met mijn werk regelen.'],
  [75, 'iris', 'Ik merk dat ik mijn verhaal wil delen, zodat anderen zien dat het beter kan worden.'],
  [68, 'bas', 'We zijn met z’n drieën gaan wandelen na de bijeenkomst, dat voelde goed.'],
  [61, 'iris', 'Als iemand na de cursus een maatje zoekt: ik wil er graag zijn voor nieuwe deelnemers.'],
  [44, 'ruben', 'Nog twee bijeenkomsten. Denk eens na over wat je na de cursus nodig hebt.'],
  [37, 'bas', 'Ik ga het missen, deze donderdagen. Laten we contact houden.'],
];

/** Noor was there almost every day in the four weeks before the end, then went quiet. */
const NOOR_DAILY = [
  'Goedemorgen allemaal.',
  'Slecht geslapen, maar ik ben er.',
  'Dank voor jullie berichten gisteren.',
  'Vandaag een rondje gelopen, kleine stap.',
  'Ik vind het fijn om hier even binnen te lopen.',
  'Zware dag, maar ik hou vol.',
  'Weet iemand nog de opdracht van donderdag?',
];

/** After the end, in the alumni room. */
const ALUMNI: Line[] = [
  [30, 'iris', 'Hoi allemaal, zo raar dat de donderdagen voorbij zijn. Hoe gaat het met jullie?'],
  [29, 'bas', 'Gaat wel. Ik mis de groep. Zullen we een keer koffie drinken?'],
  [22, 'iris', 'Ik heb me aangemeld als mentor, voor wie even iemand nodig heeft.'],
  [15, 'bas', 'Fijn gesprek gehad met Iris deze week. Het helpt om iemand te hebben die het kent.'],
  [6, 'iris', 'Zaterdag weer wandelen bij het park, wie gaat er mee?'],
  [5, 'bas', 'Ik ben erbij, tot zaterdag!'],
];

function at(now: Date, daysAgo: number, hour = 14): Date {
  const d = new Date(now.getTime() - daysAgo * 86_400_000);
  d.setHours(hour, 0, 0, 0);
  return d;
}
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
/** Tomorrow at this wall-clock time in Dutch time, whatever the server's own time zone. */
function tomorrowDutch(now: Date, hour: number, minute: number): Date {
  const today = dutchParts(now);
  const d = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  return dutchInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute);
}

/**
 * Two trajecten: the running "Voorjaar" (its room is the demo group) and last autumn's, completed,
 * with alumni at different risk levels, a peer mentor and an active mentorship.
 */
export async function seedDemoTrajecten(
  em: EntityManager,
  organisationId: string,
  id: (login: string) => string,
  groepRoomId: string,
  now: Date,
): Promise<void> {
  const insert = async (sql: string, params: unknown[]) => em.query(sql, params);
  const participants = ['sanne', 'ahmed', 'joris', 'lotte', 'mirjam', 'daan', 'yara', 'kees'];

  // Voorjaar: six Thursday evenings at 19.30, as its room and description say; four lie behind
  // (the demo conversation's first session about four weeks ago), two to go.
  const voorjaar = newId();
  const lastThursday = (now.getDay() - 4 + 7) % 7;
  const sessionDays = [21, 14, 7, 0, -7, -14].map((w) => lastThursday + w);
  const sessionAt = (daysAgo: number) => {
    const d = at(now, daysAgo, 19);
    d.setMinutes(30);
    return d;
  };
  const start = sessionAt(sessionDays[0]!);
  await insert(
    `INSERT INTO trajecten (id, organisation_id, name, description, starts_on, ends_on, room_id, created_by, created_at)
     VALUES ($1, $2, 'Voorjaar — Herstel in verbinding', $3, $4, $5, $6, $7, $8)`,
    [
      voorjaar,
      organisationId,
      'Zes donderdagavonden over herkenning, verbinding en wat daarna komt.',
      isoDate(start),
      isoDate(sessionAt(sessionDays.at(-1)!)),
      groepRoomId,
      id('beheer'),
      at(now, 40),
    ],
  );
  for (const [i, daysAgo] of sessionDays.entries()) {
    await insert(
      `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title) VALUES ($1, $2, $3, $4, $5)`,
      [newId(), voorjaar, organisationId, sessionAt(daysAgo), `Bijeenkomst ${i + 1}`],
    );
  }
  // An extra evening tomorrow (unless a Thursday session is tomorrow already): the demo's session
  // reminder (mail with an .ics) and the personal calendar feed always have a session to show.
  if (!sessionDays.includes(-1)) {
    await insert(
      `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title) VALUES ($1, $2, $3, $4, $5)`,
      [newId(), voorjaar, organisationId, tomorrowDutch(now, 19, 30), 'Extra avond: vragen en afspraken'],
    );
  }
  for (const f of ['ruben', 'femke']) {
    await insert(
      `INSERT INTO traject_facilitators (traject_id, membership_id, organisation_id) VALUES ($1, $2, $3)`,
      [voorjaar, id(f), organisationId],
    );
  }
  for (const p of participants) {
    await insert(
      `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, invited_at, consent_at, consent_follow_up)
       VALUES ($1, $2, $3, $4, 'active', $5, $5, $6)`,
      [newId(), voorjaar, id(p), organisationId, at(now, 30), p !== 'kees'],
    );
  }

  // Najaar: ended 35 days ago; its alumni are in the alumni room.
  const najaar = newId();
  const najaarRoom = newId();
  const alumniRoom = newId();
  const ended = new Date(`${isoDate(at(now, 35))}T23:59:59.999Z`);
  await insert(
    `INSERT INTO rooms (id, organisation_id, kind, name, description, created_at) VALUES ($1, $2, 'group', $3, $4, $5)`,
    [
      najaarRoom,
      organisationId,
      'Najaar — Herstel in verbinding',
      'De groep van vorig najaar. Blijft open om contact te houden.',
      at(now, 115),
    ],
  );
  await insert(
    `INSERT INTO rooms (id, organisation_id, kind, name, description, created_at) VALUES ($1, $2, 'alumni', 'Alumni', $3, $4)`,
    [
      alumniRoom,
      organisationId,
      'Voor iedereen die een traject heeft afgerond: blijf in contact, ook na de laatste bijeenkomst.',
      ended,
    ],
  );
  await insert(
    `INSERT INTO trajecten (id, organisation_id, name, description, starts_on, ends_on, room_id, created_by, created_at, completed_at)
     VALUES ($1, $2, 'Najaar — Herstel in verbinding', $3, $4, $5, $6, $7, $8, $9)`,
    [
      najaar,
      organisationId,
      'De groep van vorig najaar.',
      isoDate(at(now, 111)),
      isoDate(at(now, 35)),
      najaarRoom,
      id('beheer'),
      at(now, 120),
      at(now, 34, 3),
    ],
  );
  for (const f of ['femke', 'ruben']) {
    await insert(
      `INSERT INTO traject_facilitators (traject_id, membership_id, organisation_id) VALUES ($1, $2, $3)`,
      [najaar, id(f), organisationId],
    );
    for (const room of [najaarRoom, alumniRoom]) {
      await insert(
        `INSERT INTO room_members (room_id, membership_id, organisation_id, status, joined_at) VALUES ($1, $2, $3, 'active', $4)`,
        [room, id(f), organisationId, at(now, 115)],
      );
    }
  }
  for (const a of DEMO_ALUMNI) {
    await insert(
      `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, invited_at, consent_at, consent_follow_up, completed_at)
       VALUES ($1, $2, $3, $4, 'completed', $5, $5, $6, $7)`,
      [newId(), najaar, id(a.login), organisationId, at(now, 112), a.login !== 'wim', ended],
    );
    for (const room of [najaarRoom, alumniRoom]) {
      await insert(
        `INSERT INTO room_members (room_id, membership_id, organisation_id, status, joined_at, last_read_seq) VALUES ($1, $2, $3, 'active', $4, 0)`,
        [room, id(a.login), organisationId, at(now, 112)],
      );
    }
  }

  const noorLines: Line[] = [];
  for (let d = 63; d >= 36; d--) noorLines.push([d, 'noor', NOOR_DAILY[d % NOOR_DAILY.length]!]);
  const najaarLines = [...NAJAAR, ...noorLines].sort((x, y) => y[0] - x[0]);
  const byLine = new Map<string, string>();
  for (const [room, lines] of [
    [najaarRoom, najaarLines],
    [alumniRoom, ALUMNI],
  ] as const) {
    let seq = 0;
    for (const [daysAgo, login, body] of lines) {
      const c = classifyContribution(body);
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, body, phase, phase_suggested,
            phase_confidence, phase_cues, phase_set_by, themes, crisis, created_at)
         VALUES ($1, $2, $3, $4, $5, 'message', $6, $7, $7, $8, $9::jsonb, 'classifier', $10::text[], $11, $12) RETURNING id`,
        [
          organisationId,
          room,
          ++seq,
          id(login),
          newId(),
          body,
          c.phase,
          c.confidence,
          JSON.stringify(c.cues),
          extractThemes(body),
          detectCrisis(body).severity,
          at(now, daysAgo, 10 + (seq % 10)),
        ],
      );
      byLine.set(`${daysAgo}:${login}`, String(row!.id));
    }
    await em.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [room, seq]);
    await em.query(`UPDATE room_members SET last_read_seq = $2 WHERE room_id = $1`, [room, seq]);
  }
  // Recognitions: Noor recognised herself in Iris; Iris and Bas keep recognising each other after the end.
  const recognise = async (from: string, line: string, to: string, daysAgo: number) => {
    const contributionId = byLine.get(line);
    const roomId = Number(line.split(':')[0]) > 35 ? najaarRoom : alumniRoom;
    await em.query(
      `INSERT INTO recognitions (organisation_id, room_id, contribution_id, from_membership_id, to_membership_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [organisationId, roomId, contributionId, id(from), id(to), at(now, daysAgo, 20)],
    );
  };
  await recognise('noor', '103:iris', 'iris', 103);
  await recognise('iris', '89:noor', 'noor', 89);
  await recognise('bas', '30:iris', 'iris', 30);
  await recognise('iris', '29:bas', 'bas', 29);
  await recognise('bas', '6:iris', 'iris', 6);
  await recognise('iris', '15:bas', 'bas', 15);

  // Iris opted in as mentor after the end; Bas asked her, she accepted, and they talk 1:1.
  await em.query(
    `INSERT INTO mentor_profiles (membership_id, organisation_id, intro, themes, languages, availability, max_mentees, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4::text[], $5::text[], $6::text[], 2, 'active', $7, $7)`,
    [
      id('iris'),
      organisationId,
      'Ik weet hoe lang de avonden kunnen zijn als je je alleen voelt. Ik luister graag, zonder oordeel.',
      ['eenzaamheid', 'slaap', 'angst'],
      ['nl', 'en'],
      ['avond', 'weekend'],
      at(now, 22),
    ],
  );
  await em.query(
    `INSERT INTO getuigenis_confirmations (membership_id, organisation_id, confirmed, confirmed_by, at) VALUES ($1, $2, true, $3, $4)`,
    [id('iris'), organisationId, id('femke'), at(now, 23)],
  );
  const direct = newId();
  await em.query(
    `INSERT INTO rooms (id, organisation_id, kind, name, created_by, created_at, last_seq) VALUES ($1, $2, 'direct', '', $3, $4, 2)`,
    [direct, organisationId, id('iris'), at(now, 18)],
  );
  for (const m of ['iris', 'bas']) {
    await em.query(
      `INSERT INTO room_members (room_id, membership_id, organisation_id, status, joined_at, last_read_seq) VALUES ($1, $2, $3, 'active', $4, 2)`,
      [direct, id(m), organisationId, at(now, 18)],
    );
  }
  let seq = 0;
  for (const [daysAgo, login, body] of [
    [17, 'bas', 'Dank je dat je tijd voor me maakt, Iris.'],
    [17, 'iris', 'Graag gedaan. Hoe gaan de avonden nu?'],
  ] as Line[]) {
    await em.query(
      `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, body, themes, created_at)
       VALUES ($1, $2, $3, $4, $5, 'message', $6, $7::text[], $8)`,
      [
        organisationId,
        direct,
        ++seq,
        id(login),
        newId(),
        body,
        extractThemes(body),
        at(now, daysAgo, 20 + seq),
      ],
    );
  }
  await em.query(
    `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, request_message, room_id, created_at, responded_at)
     VALUES ($1, $2, $3, $4, 'active', $5, $6, $7, $8)`,
    [
      newId(),
      organisationId,
      id('iris'),
      id('bas'),
      'Mag ik je af en toe spreken over de avonden?',
      direct,
      at(now, 19),
      at(now, 18),
    ],
  );
}
