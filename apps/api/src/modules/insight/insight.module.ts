import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { NazorgModule } from '../nazorg/nazorg.module.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { ParticipantPathsModule } from '../participant-paths/participant-paths.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { DashboardService } from './dashboard.service.js';
import { InsightController } from './insight.controller.js';
import { DashboardRepository } from './dashboard.repository.js';
import { InsightPersonalData } from './insight-personal-data.repository.js';
import { InsightRepository } from './insight.repository.js';
import { LivePictureRepository } from './live-picture.repository.js';
import { ReportRepository } from './report.repository.js';
import { LiveSessionService } from './live-session.service.js';
import { MyPathService } from './my-path.service.js';
import { ReportFactsCache } from './report-facts.cache.js';
import { ReportFactsService } from './report-facts.service.js';
import { ReportService } from './report.service.js';

/** Insight: the facilitator dashboard, the live session panel, "mijn pad" and the evaluation report. */
@Module({
  imports: [
    AuditModule,
    OrganisationsModule,
    RoomsModule,
    ParticipantPathsModule,
    NazorgModule,
    MentorsModule,
    PrivacyModule,
  ],
  controllers: [InsightController],
  providers: [
    InsightRepository,
    InsightPersonalData,
    DashboardRepository,
    LivePictureRepository,
    ReportRepository,
    DashboardService,
    LiveSessionService,
    MyPathService,
    ReportFactsCache,
    ReportFactsService,
    ReportService,
  ],
})
export class InsightModule {}
