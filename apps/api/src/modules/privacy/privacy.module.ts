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
import { PrivacyRepository } from './privacy.repository.js';

/**
 * Export, erasure and retention. Each owning module gives its part; `PrivacyRepository` holds what the
 * owners of the remaining tables do not offer yet.
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
  ],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PrivacyService, RetentionService],
  exports: [RetentionService],
})
export class PrivacyModule {}
