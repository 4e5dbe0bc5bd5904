import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AccessLogPage } from '@spiegel/domain';
import type { Response } from 'express';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';
import { AccessLogService } from './access-log.service.js';
import { AuditSearchQuery, MyAuditQuery } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly log: AccessLogService) {}

  /** Who viewed or acted on your data (what you did yourself left out). */
  @NoPersonalData('the caller’s own access log')
  @Get('me/audit')
  mine(@CurrentActor() actor: Actor, @Query() q: MyAuditQuery): Promise<AccessLogPage> {
    return this.log.aboutMe(actor, q);
  }

  /** Admins: search the organisation's access log by person, staff member and period, newest first. */
  @Roles('admin')
  @PersonalData('audit.search', { target: { type: 'organisation' } })
  @Get('audit')
  search(@CurrentActor() actor: Actor, @Query() q: AuditSearchQuery): Promise<AccessLogPage> {
    return this.log.search(actor, q);
  }

  /** The same search as a CSV download (up to 50,000 entries). */
  @Roles('admin')
  @PersonalData('audit.export', { target: { type: 'organisation' } })
  @Get('audit.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async csv(
    @CurrentActor() actor: Actor,
    @Query() q: AuditSearchQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="spiegel-toegangslog-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    return this.log.csv(actor, q);
  }
}
