import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { IS_PUBLIC, ROLES, type RequestWithActor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import type { MembershipRole } from '../organisations/membership.entity.js';
import { readCookie, SESSION_COOKIE } from './auth-cookies.js';
import { SessionService } from './session.service.js';

/** Global guard: every route needs a live session unless marked @Public(); @Roles() narrows further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request & RequestWithActor>();
    const targets = [context.getHandler(), context.getClass()];
    const actor = await this.sessions.resolve(readCookie(req, SESSION_COOKIE));
    if (actor) req.actor = actor;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!actor) throw new AppError(401, 'UNAUTHENTICATED', 'Log eerst in.');
    const roles = this.reflector.getAllAndOverride<MembershipRole[] | undefined>(ROLES, targets);
    // Deny by default for researchers: they pass only where a route names them, so a route added
    // later without @Roles is closed to them rather than open.
    if (actor.role === 'onderzoeker' && !roles?.includes('onderzoeker'))
      throw new AppError(403, 'FORBIDDEN', 'Dit is niet beschikbaar voor onderzoekers.');
    if (roles && !roles.includes(actor.role))
      throw new AppError(403, 'FORBIDDEN', 'Dit mag alleen een beheerder of begeleider.');
    return true;
  }
}
