import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import type { RequestWithActor } from '../../common/actor.js';
import { PERSONAL_DATA, type PersonalDataMeta } from '../../common/personal-data.js';
import { currentRequest } from '../../common/request-context.js';
import { AuditService } from './audit.service.js';

/**
 * Makes `@PersonalData` routes impossible to forget: when a facilitator or admin gets a successful answer
 * and the service wrote no access-log entry of its own, this writes one (who, whose, what, when, where).
 */
@Injectable()
export class PersonalDataInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const meta = this.reflector.get<PersonalDataMeta | undefined>(PERSONAL_DATA, ctx.getHandler());
    if (meta?.kind !== 'personal') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & RequestWithActor>();
    const actor = req.actor;
    const context = currentRequest();
    const before = context?.auditEntries ?? 0;
    return next.handle().pipe(
      mergeMap((body) =>
        from(
          (async () => {
            if (!actor || actor.role === 'participant') return body;
            if (context && context.auditEntries > before) return body;
            const param = (name?: string) =>
              name ? (req.params as Record<string, string>)[name] : undefined;
            const targetId = meta.target?.param ? param(meta.target.param) : actor.organisationId;
            await this.audit.record(actor, meta.action, {
              subjectMembershipId: param(meta.subjectParam) ?? null,
              targetType: meta.target?.type ?? 'organisation',
              targetId,
              details: { route: `${req.method} ${req.route?.path ?? req.path}` },
            });
            return body;
          })(),
        ),
      ),
    );
  }
}
