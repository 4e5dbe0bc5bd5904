import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import {
  ConsentDto,
  CreateTrajectDto,
  EnrolDto,
  LeaveTrajectDto,
  TrajectInvitationDto,
  UpdateTrajectDto,
} from './dto/traject.dto.js';
import { EnrolmentsService } from './enrolments.service.js';
import { TrajectenService } from './trajecten.service.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

@ApiTags('trajecten')
@Controller()
export class TrajectenController {
  constructor(
    private readonly trajecten: TrajectenService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  @NoPersonalData('trajecten and their counts, no person’s data')
  @Get('trajecten')
  list(@CurrentActor() actor: Actor) {
    return this.trajecten.list(actor);
  }

  @Roles('admin')
  @Post('trajecten')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateTrajectDto) {
    return this.trajecten.create(actor, dto);
  }

  @PersonalData('traject.view_enrolments', { target: { type: 'traject', param: 'id' } })
  @Get('trajecten/:id')
  detail(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.trajecten.detail(actor, id);
  }

  @Patch('trajecten/:id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: UpdateTrajectDto) {
    return this.trajecten.update(actor, id, dto);
  }

  @Post('trajecten/:id/invitations')
  invitation(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: TrajectInvitationDto) {
    return this.enrolments.invitation(actor, id, dto);
  }

  @Post('trajecten/:id/enrolments')
  enrol(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: EnrolDto) {
    return this.enrolments.enrol(actor, id, dto.membershipIds);
  }

  @Roles('admin')
  @Post('trajecten/:id/close')
  @HttpCode(200)
  close(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.trajecten.close(actor, id);
  }

  @NoPersonalData('the caller’s own enrolments')
  @Get('enrolments/mine')
  mine(@CurrentActor() actor: Actor) {
    return this.enrolments.mine(actor);
  }

  @Post('enrolments/:id/consent')
  @HttpCode(200)
  consent(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: ConsentDto) {
    return this.enrolments.consent(actor, id, dto);
  }

  @Post('enrolments/:id/leave')
  @HttpCode(204)
  leave(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: LeaveTrajectDto) {
    return this.enrolments.leave(actor, id, dto.note);
  }
}
