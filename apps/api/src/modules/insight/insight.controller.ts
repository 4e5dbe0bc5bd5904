import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { DashboardService } from './dashboard.service.js';
import { CompareQuery, DashboardQuery, ReportQuery, SelfPlacementDto } from './dto/insight.dto.js';
import { LiveSessionService } from './live-session.service.js';
import { MyPathService } from './my-path.service.js';
import { reportCsv, reportFilename } from './report-csv.js';
import { ReportService } from './report.service.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

@ApiTags('insight')
@Controller('insight')
export class InsightController {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly live: LiveSessionService,
    private readonly myPath: MyPathService,
    private readonly reports: ReportService,
  ) {}

  /** Facilitators of the group only (RoomAccessService.host): 404 for non-members, 403 for participants. */
  @PersonalData('insight.dashboard_view', { target: { type: 'room', param: 'roomId' } })
  @Get('rooms/:roomId/dashboard')
  dashboard(@CurrentActor() actor: Actor, @Param('roomId') roomId: string, @Query() q: DashboardQuery) {
    return this.dashboards.dashboard(actor, roomId, q);
  }

  @PersonalData('insight.session_view', { target: { type: 'room', param: 'roomId' } })
  @Get('rooms/:roomId/session')
  session(@CurrentActor() actor: Actor, @Param('roomId') roomId: string) {
    return this.live.view(actor, roomId);
  }

  @NoPersonalData('the caller’s own path')
  @Get('me/path')
  path(@CurrentActor() actor: Actor) {
    return this.myPath.view(actor);
  }

  @Put('me/path')
  place(@CurrentActor() actor: Actor, @Body() dto: SelfPlacementDto) {
    return this.myPath.place(actor, dto.phase);
  }

  @PersonalData('insight.report_view')
  @Get('report')
  report(@CurrentActor() actor: Actor, @Query() q: ReportQuery) {
    return this.reports.report(actor, q.trajectId);
  }

  @PersonalData('insight.report_compare')
  @Get('report/compare')
  compare(@CurrentActor() actor: Actor, @Query() q: CompareQuery) {
    return this.reports.compare(actor, q.trajectIds);
  }

  /** The report's aggregates as a download; logged as an export. */
  @PersonalData('insight.report_export')
  @Get('report.csv')
  async csv(@CurrentActor() actor: Actor, @Query() q: ReportQuery, @Res() res: Response) {
    const report = await this.reports.report(actor, q.trajectId, 'insight.report_export');
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${reportFilename(report)}"`)
      .set('Cache-Control', 'no-store')
      .send(reportCsv(report));
  }
}
