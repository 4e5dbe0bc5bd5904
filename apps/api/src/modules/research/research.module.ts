import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CodingController } from './coding.controller.js';
import { CodingRepository } from './coding.repository.js';
import { CodingService } from './coding.service.js';
import { ResearchExportService } from './research-export.service.js';
import { ResearchRemindersJob } from './research-reminders.job.js';
import { ResearchController } from './research.controller.js';
import { ResearchRepository } from './research.repository.js';
import { ResearchService } from './research.service.js';

/**
 * Owns `research_participants`, `questionnaire_responses`, `research_traject_codes` and
 * `questionnaire_reminders`; the coding workbench's `CodingRepository` owns `coding_studies`,
 * `coding_study_coders`, `coding_items` and `coding_codes`. Exports the repository's own-data reads for the privacy export.
 */
@Module({
  imports: [AuditModule],
  controllers: [ResearchController, CodingController],
  providers: [
    ResearchService,
    ResearchExportService,
    ResearchRepository,
    ResearchRemindersJob,
    CodingService,
    CodingRepository,
  ],
  exports: [ResearchService, ResearchRepository],
})
export class ResearchModule {}
