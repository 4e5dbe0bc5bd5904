import { Module } from '@nestjs/common';
import { RealtimeModule } from '../../realtime/realtime.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { SsoController } from './sso.controller.js';
import { SsoRepository } from './sso.repository.js';
import { SsoConfigService } from './sso-config.service.js';
import { SsoPersonalData } from './sso-personal-data.repository.js';
import { SsoService } from './sso.service.js';

/** Single sign-on for staff through their organisation's OpenID Connect provider. */
@Module({
  imports: [AuditModule, InvitationsModule, OrganisationsModule, RealtimeModule],
  controllers: [SsoController],
  providers: [SsoService, SsoConfigService, SsoRepository, SsoPersonalData],
  exports: [SsoPersonalData],
})
export class SsoModule {}
