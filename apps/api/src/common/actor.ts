import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { MembershipRole } from '@spiegel/domain';

/** Who is calling: resolved from the session cookie by the AuthGuard, the only source of the tenant. */
export interface Actor {
  sessionId: string;
  userId: string;
  membershipId: string;
  organisationId: string;
  role: MembershipRole;
  displayName: string;
  avatarColor: string;
}

export interface RequestWithActor {
  actor?: Actor;
}

export const IS_PUBLIC = 'spiegel:public';
/** The route needs no session (log-in, registration, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ROLES = 'spiegel:roles';
/** Only these organisation roles may call the route. */
export const Roles = (...roles: MembershipRole[]) => SetMetadata(ROLES, roles);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});
