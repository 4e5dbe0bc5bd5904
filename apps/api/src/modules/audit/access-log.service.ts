import { Injectable } from '@nestjs/common';
import { type AccessLogEntry, type AccessLogPage, accessLogCsv } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import type { AuditRow } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import type { AuditSearchQuery, MyAuditQuery } from './dto/audit.dto.js';

const CSV_LIMIT = 50_000;

/** The access log's two readers: admins searching it, and each person seeing who looked at their data. */
@Injectable()
export class AccessLogService {
  constructor(private readonly audit: AuditService) {}

  async aboutMe(actor: Actor, q: MyAuditQuery): Promise<AccessLogPage> {
    const limit = q.limit ?? 50;
    const rows = await this.audit.search({
      organisationId: actor.organisationId,
      person: actor.membershipId,
      notByPerson: true,
      before: q.before,
      limit: limit + 1,
    });
    // The person sees who and what, not the staff member's address.
    return page(rows, limit, false);
  }

  async search(actor: Actor, q: AuditSearchQuery): Promise<AccessLogPage> {
    const limit = q.limit ?? 50;
    const rows = await this.audit.search({ ...filters(actor, q), before: q.before, limit: limit + 1 });
    await this.audit.record(actor, 'audit.search', {
      subjectMembershipId: q.person ?? null,
      targetType: 'organisation',
      targetId: actor.organisationId,
      details: searchDetails(q),
    });
    return page(rows, limit, true);
  }

  async csv(actor: Actor, q: AuditSearchQuery): Promise<string> {
    const rows = await this.audit.search({ ...filters(actor, q), limit: CSV_LIMIT });
    await this.audit.record(actor, 'audit.export', {
      subjectMembershipId: q.person ?? null,
      targetType: 'organisation',
      targetId: actor.organisationId,
      details: { ...searchDetails(q), rows: rows.length },
    });
    return accessLogCsv(rows.map((r) => view(r, true)));
  }
}

const filters = (actor: Actor, q: AuditSearchQuery) => ({
  organisationId: actor.organisationId,
  person: q.person,
  actor: q.actor,
  from: q.from,
  to: q.to,
});

/** The filters, never free text (there is none to search by). */
const searchDetails = (q: AuditSearchQuery): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries({ actor: q.actor, from: q.from, to: q.to, before: q.before }).filter(
      ([, v]) => v !== undefined,
    ),
  );

function page(rows: AuditRow[], limit: number, withIp: boolean): AccessLogPage {
  const entries = rows.slice(0, limit).map((r) => view(r, withIp));
  return { entries, nextBefore: rows.length > limit ? (entries[entries.length - 1]?.id ?? null) : null };
}

function view(r: AuditRow, withIp: boolean): AccessLogEntry {
  return {
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    action: r.action,
    actor: r.actor,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    subject: r.subject,
    subjectId: r.subject_id,
    othersShown: Number(r.subject_count),
    targetType: r.target_type,
    targetId: r.target_id,
    details: r.details,
    ...(withIp ? { ip: r.ip } : {}),
  };
}
