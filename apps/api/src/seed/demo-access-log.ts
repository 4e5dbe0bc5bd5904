import type { EntityManager } from 'typeorm';
import { AuditRepository } from '../modules/audit/audit.repository.js';

/**
 * A week of the access log, so Beheer → Toegangslog and Sanne's "Wie heeft mijn gegevens bekeken" show
 * something real: log-ins, a failed log-in on Sanne's name, Femke opening the group's dashboard and Ruben
 * the nazorg list. Addresses are from the documentation ranges (RFC 5737).
 */
export async function seedDemoAccessLog(
  em: EntityManager,
  organisationId: string,
  id: (login: string) => string,
  groupMembers: string[],
  groepId: string,
  now: Date,
): Promise<void> {
  const repo = new AuditRepository(em.connection);
  const ago = (days: number, hours = 0) => new Date(now.getTime() - (days * 24 + hours) * 3_600_000);
  const entry = (
    at: Date,
    actor: string | null,
    action: string,
    extra: {
      subject?: string;
      subjects?: string[];
      targetType?: string;
      targetId?: string;
      ip?: string;
      details?: Record<string, unknown>;
    } = {},
  ) =>
    repo.append(
      {
        organisationId,
        actorMembershipId: actor ? id(actor) : null,
        action,
        subjectMembershipId: extra.subject ? id(extra.subject) : null,
        subjectIds: extra.subjects ?? [],
        targetType: extra.targetType ?? null,
        targetId: extra.targetId ?? null,
        details: extra.details ?? {},
        ip: extra.ip ?? null,
        at,
      },
      em,
    );
  await entry(ago(6, 3), 'femke', 'auth.login', { subject: 'femke', ip: '192.0.2.14' });
  await entry(ago(6, 2), 'femke', 'insight.dashboard_view', {
    subjects: groupMembers.filter((m) => m !== id('femke')),
    targetType: 'room',
    targetId: groepId,
    ip: '192.0.2.14',
  });
  await entry(ago(4, 5), null, 'auth.login_failed', {
    subject: 'sanne',
    ip: '198.51.100.7',
    details: { reason: 'wrong_password' },
  });
  await entry(ago(4, 4), 'sanne', 'auth.login', { subject: 'sanne', ip: '198.51.100.7' });
  await entry(ago(3, 1), 'ruben', 'auth.login', { subject: 'ruben', ip: '192.0.2.22' });
  await entry(ago(3, 0), 'ruben', 'nazorg.view', {
    subjects: [id('iris'), id('noor'), id('bas'), id('wim')],
    targetType: 'traject',
    targetId: 'all',
    ip: '192.0.2.22',
  });
  await entry(ago(2, 6), 'beheer', 'auth.login', { subject: 'beheer', ip: '192.0.2.5' });
  await entry(ago(2, 5), 'beheer', 'members.list', {
    subjects: groupMembers,
    targetType: 'organisation',
    targetId: organisationId,
    ip: '192.0.2.5',
  });
  await entry(ago(1, 2), 'femke', 'crisis_case.view', {
    subject: 'sanne',
    targetType: 'crisis_case',
    targetId: 'demo',
    ip: '192.0.2.14',
  });
}
