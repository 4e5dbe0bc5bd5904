import { Module } from '@nestjs/common';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionService } from './retention.service.js';
import { OutreachModule } from '../outreach/outreach.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ResearchModule } from '../research/research.module.js';
import { ContributionsModule } from '../contributions/contributions.module.js';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { SsoModule } from '../sso/sso.module.js';
import { TrajectenModule } from '../trajecten/trajecten.module.js';
import { PersonalDataParts } from './personal-data-parts.js';
import { PrivacyRepository } from './privacy.repository.js';

/**
 * Export, erasure and retention. Each owning module gives its part of a person's data: the chat core's
 * services, and `PersonalDataPart`s collected in `PersonalDataParts` (exported, so that nazorg and insight,
 * which sit above privacy, register theirs).
 */
@Module({
  imports: [
    OutreachModule,
    AuditModule,
    ResearchModule,
    ContributionsModule,
    ModerationModule,
    RoomsModule,
    InvitationsModule,
    OrganisationsModule,
    TrajectenModule,
    MentorsModule,
    SsoModule,
  ],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PersonalDataParts, PrivacyService, RetentionService],
  exports: [RetentionService, PersonalDataParts],
})
export class PrivacyModule {}
