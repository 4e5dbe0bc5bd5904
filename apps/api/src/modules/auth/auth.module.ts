import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AccountPersonalData } from './account-personal-data.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PasswordReset } from './password-reset.entity.js';
import { SessionRevocations } from './session-revocations.js';
import { Session } from './session.entity.js';
import { PasswordResets } from './password-resets.js';
import { SessionService } from './session.service.js';
import { User } from './user.entity.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User, Session, PasswordReset, LoginAttempt]),
    InvitationsModule,
    OrganisationsModule,
    AuditModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    SessionRevocations,
    PasswordResets,
    LoginRateLimiter,
    AccountPersonalData,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, SessionRevocations, AccountPersonalData, PasswordResets],
})
export class AuthModule {}
