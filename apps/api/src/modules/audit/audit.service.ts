import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { currentRequest } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { partyRef } from './audit-chain.js';
import { AuditRepository, type AuditRow, type AuditSearch, type ChainReport } from './audit.repository.js';

export interface AuditTarget {
  subjectMembershipId?: string | null;
  /** Everyone else whose data the view showed (the rows of a dashboard, the cards of a list). */
  subjectIds?: readonly string[];
  targetType?: string;
  targetId?: string;
  /** Identifiers and kinds only: never message contents, passwords or secrets. */
  details?: Record<string, unknown>;
  /** The caller's address; by default the current request's (none for jobs). */
  ip?: string | null;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Writes one event; with `em`, inside the caller's transaction, so a step and its audit row commit
   * together. A null `membershipId` is the system (a scheduled job); a null `organisationId` is a log-in
   * attempt with a name nobody has.
   */
  async record(
    actor: { organisationId: string | null; membershipId: string | null },
    action: string,
    target: AuditTarget = {},
    em?: EntityManager,
  ): Promise<void> {
    const request = currentRequest();
    const subjectIds = [...new Set(target.subjectIds ?? [])].filter(
      (id) => id !== target.subjectMembershipId,
    );
    await this.repo.append(
      {
        organisationId: actor.organisationId,
        actorMembershipId: actor.membershipId,
        action,
        subjectMembershipId: target.subjectMembershipId ?? null,
        subjectIds,
        targetType: target.targetType ?? null,
        targetId: target.targetId ?? null,
        details: target.details ?? {},
        ip: target.ip !== undefined ? target.ip : (request?.ip ?? null),
        at: this.clock.now(),
      },
      em,
    );
    if (request) request.auditEntries++;
  }

  /** Erasure: the person becomes the organisation's former member in the log, and the log says so. */
  async forget(
    em: EntityManager,
    organisationId: string,
    membershipId: string,
    formerId: string,
  ): Promise<void> {
    await this.repo.pseudonymise(em, organisationId, membershipId, formerId);
  }

  /** What an erasure entry carries so verification accepts the former member in place of the person. */
  erasedRef(membershipId: string): { erasedRef: string } {
    return { erasedRef: partyRef(membershipId)! };
  }

  search(s: AuditSearch): Promise<AuditRow[]> {
    return this.repo.search(s);
  }

  verify(chainKey?: string): Promise<ChainReport[]> {
    return this.repo.verify(chainKey);
  }

  /** Retention: entries older than AUDIT_RETENTION_DAYS go; each chain keeps its anchor. */
  async prune(organisationId?: string): Promise<{ removed: number }> {
    if (this.config.auditRetentionDays <= 0) return { removed: 0 };
    const cutoff = new Date(this.clock.now().getTime() - this.config.auditRetentionDays * 86_400_000);
    const chains = await this.repo.prune(cutoff, organisationId);
    let removed = 0;
    for (const c of chains) {
      removed += c.removed;
      if (c.removed > 0)
        await this.record(
          { organisationId: c.chainKey === 'platform' ? null : c.chainKey, membershipId: null },
          'audit.prune',
          { details: { removed: c.removed, before: cutoff.toISOString() }, ip: null },
        );
    }
    return { removed };
  }
}
