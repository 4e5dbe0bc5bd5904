import type { DataSource, EntityManager } from 'typeorm';
import {
  defaultOutreachPreferences,
  dutchInstant,
  dutchParts,
  type NotificationKind,
  REMINDER_FROM_HOUR,
} from '@spiegel/domain';
import { randomToken } from '../common/crypto.js';

/** Demo addresses (the `.example` domain never receives mail; the local catcher shows what was sent). */
const DEMO_ADDRESSES: Record<string, string> = {
  beheer: 'anouk@debrug.example',
  ruben: 'ruben@debrug.example',
  femke: 'femke@debrug.example',
  sanne: 'sanne@debrug.example',
  ahmed: 'ahmed@debrug.example',
  bas: 'bas@debrug.example',
};

/**
 * Verified addresses for the staff, two participants and Bas, and their choices: staff keep the
 * default (crisis alerts by e-mail), Sanne and Ahmed chose recognition and replies by e-mail right
 * away; Bas (alumnus, Iris is his mentor) chose check-ins by e-mail, so a check-in Iris writes from
 * Mentoren visibly lands in Beheer → E-mails.
 */
export async function seedDemoOutreach(
  em: EntityManager,
  organisationId: string,
  memberIdByLogin: Map<string, string>,
  now: Date,
): Promise<void> {
  for (const [login, address] of Object.entries(DEMO_ADDRESSES)) {
    const membershipId = memberIdByLogin.get(login);
    if (!membershipId) continue;
    await em.query(
      `INSERT INTO outreach_email_addresses (membership_id, organisation_id, address, locale, verified_at, unsubscribe_secret)
       VALUES ($1, $2, $3, 'nl', $4, $5)`,
      [membershipId, organisationId, address, now, randomToken(32)],
    );
    if (login === 'sanne' || login === 'ahmed') {
      const prefs = defaultOutreachPreferences('participant').map((p) =>
        p.kind === 'herkenning' || p.kind === 'checkin' || p.kind === 'trajecten'
          ? { ...p, email: true, frequency: 'direct' as const }
          : p,
      );
      await em.query(
        `INSERT INTO outreach_preferences (membership_id, organisation_id, preferences, consented_at)
         VALUES ($1, $2, $3::jsonb, $4)`,
        [membershipId, organisationId, JSON.stringify(prefs), now],
      );
    }
    if (login === 'bas') {
      const prefs = defaultOutreachPreferences('participant').map((p) =>
        p.kind === 'checkin' || p.kind === 'mentor' ? { ...p, email: true, frequency: 'direct' as const } : p,
      );
      await em.query(
        `INSERT INTO outreach_preferences (membership_id, organisation_id, preferences, consented_at)
         VALUES ($1, $2, $3::jsonb, $4)`,
        [membershipId, organisationId, JSON.stringify(prefs), now],
      );
    }
  }
}

export interface DemoNotification {
  organisationId: string;
  recipients: string[];
  kind: NotificationKind;
  roomId: string;
  contributionId: string;
}

/**
 * What the running app notifies once after the first seed, so the demo visibly sends mail: the latest
 * recognition of Sanne's story comes back to her ("Iemand herkende zich in jouw verhaal").
 */
export async function demoNotifications(
  ds: DataSource,
  organisationName: string,
): Promise<DemoNotification[]> {
  const rows = await ds.query<
    { organisation_id: string; to_membership_id: string; room_id: string; contribution_id: string }[]
  >(
    `SELECT r.organisation_id, r.to_membership_id, r.room_id, r.contribution_id
       FROM recognitions r
       JOIN organisations o ON o.id = r.organisation_id
       JOIN outreach_email_addresses e ON e.membership_id = r.to_membership_id
      WHERE o.name = $1 AND e.address IN ('sanne@debrug.example', 'ahmed@debrug.example')
      ORDER BY r.created_at DESC LIMIT 2`,
    [organisationName],
  );
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    recipients: [r.to_membership_id],
    kind: 'herkenning_received',
    roomId: r.room_id,
    contributionId: String(r.contribution_id),
  }));
}

/**
 * When the first demo start runs the session reminders: now, or this morning's reminder hour when the
 * demo starts before it, so tomorrow's session visibly gets its reminder (with .ics) in Beheer → E-mails
 * right away instead of at 09:00.
 */
export function demoReminderMoment(now: Date): Date {
  const p = dutchParts(now);
  const from = dutchInstant(p.year, p.month, p.day, REMINDER_FROM_HOUR);
  return from > now ? from : now;
}
