import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { DashboardService } from './dashboard.service.js';
import { InsightController } from './insight.controller.js';
import { InsightRepository } from './insight.repository.js';
import { LiveSessionService } from './live-session.service.js';
import { MyPathService } from './my-path.service.js';
import { PathLoader } from './path-loader.js';
import { ReportFactsCache } from './report-facts.cache.js';
import { ReportFactsService } from './report-facts.service.js';
import { ReportService } from './report.service.js';

/** Insight: the facilitator dashboard, the live session panel, "mijn pad" and the evaluation report. */
@Module({
  imports: [AuditModule, RoomsModule],
  controllers: [InsightController],
  providers: [
    InsightRepository,
    PathLoader,
    DashboardService,
    LiveSessionService,
    MyPathService,
    ReportFactsCache,
    ReportFactsService,
    ReportService,
  ],
})
export class InsightModule {}
