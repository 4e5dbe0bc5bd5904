import { classifyContribution, detectCrisis, extractThemes } from '@spiegel/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/crypto.js';
import { DEMO_AGREEMENTS, DEMO_CONVERSATIONS, type DemoContribution } from './demo-conversations.js';
import { AuditRepository } from '../modules/audit/audit.repository.js';

const ROOMS = {
  groep: {
    name: 'Groep Voorjaar',
    kind: 'group',
    description: 'Herstelcursus, donderdagavond 19.30–21.30 uur.',
  },
  huiskamer: {
    name: 'De Huiskamer',
    kind: 'community',
    description: 'Open ruimte voor iedereen van De Brug: even binnenlopen mag altijd.',
  },
} as const;

/** When a demo line was written: `day` days before now, at its local time. */
function at(now: Date, day: number, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  const d = new Date(now.getTime() - day * 86_400_000);
  d.setHours(h ?? 12, m ?? 0, 0, 0);
  return d.getTime() > now.getTime() ? new Date(now.getTime() - 60_000) : d;
}

/**
 * The demo's rooms and a few weeks of conversation, inserted the way the app stores contributions
 * (per-room sequence, server-side phase suggestion, themes, crisis check).
 */
export async function seedDemoRooms(
  em: EntityManager,
  organisationId: string,
  memberIdByLogin: Map<string, string>,
  now: Date,
): Promise<{ groep: string; huiskamer: string }> {
  const id = (login: string): string => {
    const m = memberIdByLogin.get(login);
    if (!m) throw new Error(`demo seed: unknown login ${login}`);
    return m;
  };
  const roomIds = { groep: newId(), huiskamer: newId() };
  const groupLogins = [
    'ruben',
    'femke',
    'sanne',
    'ahmed',
    'joris',
    'lotte',
    'mirjam',
    'daan',
    'yara',
    'kees',
  ];
  const start = at(now, 30, '12:00');
  for (const key of ['groep', 'huiskamer'] as const) {
    const r = ROOMS[key];
    await em.query(
      `INSERT INTO rooms (id, organisation_id, kind, name, description, agreements, agreements_updated_at, agreements_updated_by, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        roomIds[key],
        organisationId,
        r.kind,
        r.name,
        r.description,
        key === 'groep' ? DEMO_AGREEMENTS : '',
        key === 'groep' ? start : null,
        key === 'groep' ? id('femke') : null,
        id('ruben'),
        start,
      ],
    );
    const logins = key === 'groep' ? groupLogins : [...memberIdByLogin.keys()];
    for (const login of logins) {
      await em.query(
        `INSERT INTO room_members (room_id, membership_id, organisation_id, status, joined_at) VALUES ($1, $2, $3, 'active', $4)`,
        [roomIds[key], id(login), organisationId, start],
      );
    }
  }

  const seqs = { groep: 0, huiskamer: 0 };
  const dbId = new Map<string, string>();
  const ordered = [...DEMO_CONVERSATIONS].sort(
    (a, b) => at(now, a.day, a.time).getTime() - at(now, b.day, b.time).getTime(),
  );
  for (const c of ordered) {
    const when = at(now, c.day, c.time);
    const text = c.title ? `${c.title}\n\n${c.body}` : c.body;
    const phase = classifyContribution(text);
    const seq = ++seqs[c.room];
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, title, body, reply_to_id,
          phase, phase_suggested, phase_confidence, phase_cues, phase_set_by, themes, crisis, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12::jsonb, 'classifier', $13::text[], $14, $15) RETURNING id`,
      [
        organisationId,
        roomIds[c.room],
        seq,
        id(c.author),
        newId(),
        c.kind,
        c.title ?? null,
        c.body,
        c.replyTo ? (dbId.get(c.replyTo) ?? null) : null,
        phase.phase,
        phase.confidence,
        JSON.stringify(phase.cues),
        extractThemes(text),
        detectCrisis(text).severity,
        when,
      ],
    );
    dbId.set(c.key, String(row!.id));
    await seedReactions(em, organisationId, roomIds[c.room], String(row!.id), c, id, when);
  }
  for (const key of ['groep', 'huiskamer'] as const) {
    await em.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [roomIds[key], seqs[key]]);
    // Everyone has read up to the end, except a few recent lines, so unread counts show in the demo.
    await em.query(`UPDATE room_members SET last_read_seq = GREATEST(0, $2::bigint - 3) WHERE room_id = $1`, [
      roomIds[key],
      seqs[key],
    ]);
  }
  return roomIds;
}

async function seedReactions(
  em: EntityManager,
  organisationId: string,
  roomId: string,
  contributionId: string,
  c: DemoContribution,
  id: (login: string) => string,
  when: Date,
): Promise<void> {
  let offset = 1;
  for (const r of c.reactions ?? []) {
    const reactedAt = new Date(when.getTime() + offset++ * 7 * 60_000);
    if (r.kind === 'herkenning') {
      if (r.by === c.author) continue;
      await em.query(
        `INSERT INTO recognitions (organisation_id, room_id, contribution_id, from_membership_id, to_membership_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [organisationId, roomId, contributionId, id(r.by), id(c.author), reactedAt],
      );
    } else {
      await em.query(
        `INSERT INTO reactions (organisation_id, room_id, contribution_id, membership_id, kind, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [organisationId, roomId, contributionId, id(r.by), r.kind, reactedAt],
      );
    }
  }
  if (c.report) {
    const resolvedAt = new Date(when.getTime() + 3 * 3_600_000);
    for (const by of c.report.by) {
      await em.query(
        `INSERT INTO reports (organisation_id, room_id, contribution_id, reporter_membership_id, reason, created_at, resolved_at, resolved_by, resolution)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          organisationId,
          roomId,
          contributionId,
          id(by),
          c.report.reason,
          new Date(when.getTime() + 30 * 60_000),
          resolvedAt,
          id('femke'),
          c.report.resolution,
        ],
      );
    }
    if (c.report.resolution === 'hidden') {
      await em.query(
        `UPDATE contributions SET hidden_at = $2, hidden_by = 'facilitator', hidden_reason = $3, hidden_by_membership_id = $4 WHERE id = $1`,
        [contributionId, resolvedAt, c.report.hideReason ?? 'verborgen na meldingen', id('femke')],
      );
    }
    await new AuditRepository(em.connection).append(
      {
        organisationId,
        actorMembershipId: id('femke'),
        action: c.report.resolution === 'hidden' ? 'moderation.hide' : 'moderation.unhide',
        subjectMembershipId: id(c.author),
        subjectIds: [],
        targetType: 'contribution',
        targetId: contributionId,
        details: {},
        ip: null,
        at: resolvedAt,
      },
      em,
    );
  }
}
