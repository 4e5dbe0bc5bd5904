import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditTarget {
  subjectMembershipId?: string | null;
  targetType?: string;
  targetId?: string;
  /** Identifiers and kinds only: never message contents or secrets. */
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async record(
    actor: Pick<Actor, 'organisationId' | 'membershipId'>,
    action: string,
    target: AuditTarget = {},
  ): Promise<void> {
    await this.events.insert({
      organisationId: actor.organisationId,
      actorMembershipId: actor.membershipId,
      action,
      subjectMembershipId: target.subjectMembershipId ?? null,
      targetType: target.targetType ?? null,
      targetId: target.targetId ?? null,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsonb column; TypeORM's deep-partial type rejects unknown values
      details: (target.details ?? {}) as any,
    });
  }
}
