import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { ContributionsPrivacyService } from '../contributions/contributions-privacy.service.js';

/**
 * Retention: the text of contributions in the group room of a traject that ended more than
 * RETENTION_DAYS ago is removed (as a tombstone, like a deletion). Phase tags and recognitions stay as
 * content-free facts for the anonymous report. Alumni rooms and 1:1 conversations are not touched:
 * they are where people keep in contact after the traject.
 *
 * The access log keeps AUDIT_RETENTION_DAYS; older entries go, and each chain records its new anchor so
 * verification still starts from the oldest kept entry.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly contributions: ContributionsPrivacyService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** With `organisationId`, only that organisation's rooms (what its admin may start). */
  async enforce(organisationId?: string): Promise<{ cleared: number; auditRemoved: number }> {
    const { removed: auditRemoved } = await this.audit.prune(organisationId);
    if (this.config.retentionDays <= 0) return { cleared: 0, auditRemoved };
    const cleared = await this.contributions.clearRetained(
      this.clock.now(),
      this.config.retentionDays,
      organisationId,
    );
    return { cleared, auditRemoved };
  }
}
