import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { HideDto, MuteDto, ReportDto, ResolveReportsDto } from './dto/moderation.dto.js';
import { ModerationService } from './moderation.service.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

@ApiTags('moderation')
@Controller()
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Post('contributions/:id/report')
  report(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: ReportDto) {
    return this.moderation.report(actor, id, dto.reason);
  }

  @Post('contributions/:id/hide')
  @HttpCode(204)
  hide(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: HideDto) {
    return this.moderation.hide(actor, id, dto.reason);
  }

  @Post('contributions/:id/unhide')
  @HttpCode(204)
  unhide(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.moderation.unhide(actor, id);
  }

  @PersonalData('moderation.view_reports', { target: { type: 'room', param: 'id' } })
  @Get('rooms/:id/reports')
  reports(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.moderation.openReports(actor, id);
  }

  @Post('contributions/:id/reports/resolve')
  @HttpCode(204)
  resolve(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: ResolveReportsDto) {
    return this.moderation.resolve(actor, id, dto.decision, dto.reason);
  }

  @NoPersonalData('the caller’s own mutes')
  @Get('mutes')
  mutes(@CurrentActor() actor: Actor) {
    return this.moderation.mutes(actor);
  }

  @Post('mutes')
  @HttpCode(204)
  mute(@CurrentActor() actor: Actor, @Body() dto: MuteDto) {
    return this.moderation.mute(actor, dto.membershipId);
  }

  @Delete('mutes/:membershipId')
  @HttpCode(204)
  unmute(@CurrentActor() actor: Actor, @Param('membershipId', new ParseUUIDPipe()) membershipId: string) {
    return this.moderation.unmute(actor, membershipId);
  }
}
