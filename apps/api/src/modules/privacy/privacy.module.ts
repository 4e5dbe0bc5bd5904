import { Module } from '@nestjs/common';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionService } from './retention.service.js';
import { OutreachModule } from '../outreach/outreach.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ResearchModule } from '../research/research.module.js';

@Module({
  imports: [OutreachModule, AuditModule, ResearchModule],
  controllers: [PrivacyController],
  providers: [PrivacyService, RetentionService],
  exports: [RetentionService],
})
export class PrivacyModule {}
