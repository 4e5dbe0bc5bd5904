import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import {
  GetuigenisConfirmDto,
  MentorProfileDto,
  MentorRequestDto,
  MentorSearchQuery,
  MentorStatusDto,
} from './dto/mentor.dto.js';
import { MentorsService } from './mentors.service.js';
import { MentorshipsService } from './mentorships.service.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('mentors')
@Controller()
export class MentorsController {
  constructor(
    private readonly mentors: MentorsService,
    private readonly mentorshipsService: MentorshipsService,
  ) {}

  @NoPersonalData('the caller’s own mentor profile')
  @Get('mentors/me')
  mine(@CurrentActor() actor: Actor) {
    return this.mentors.mine(actor);
  }

  @Put('mentors/me')
  optIn(@CurrentActor() actor: Actor, @Body() dto: MentorProfileDto) {
    return this.mentors.optIn(actor, dto);
  }

  @Post('mentors/me/status')
  @HttpCode(200)
  status(@CurrentActor() actor: Actor, @Body() dto: MentorStatusDto) {
    return this.mentors.setStatus(actor, dto.status);
  }

  @NoPersonalData('mentor profiles their owners chose to show every member')
  @Get('mentors')
  find(@CurrentActor() actor: Actor, @Query() q: MentorSearchQuery) {
    return this.mentors.find(actor, q);
  }

  @Roles('facilitator', 'admin')
  @PersonalData('mentors.overview')
  @Get('mentors/overview')
  overview(@CurrentActor() actor: Actor) {
    return this.mentors.overview(actor);
  }

  @Post('mentors/:membershipId/requests')
  request(
    @CurrentActor() actor: Actor,
    @Param('membershipId', uuid) id: string,
    @Body() dto: MentorRequestDto,
  ) {
    return this.mentorshipsService.request(actor, id, dto.message);
  }

  @Roles('facilitator', 'admin')
  @Post('mentors/:membershipId/invite')
  @HttpCode(204)
  invite(@CurrentActor() actor: Actor, @Param('membershipId', uuid) id: string) {
    return this.mentors.invite(actor, id);
  }

  @Roles('facilitator', 'admin')
  @Put('mentors/:membershipId/getuigenis')
  @HttpCode(204)
  confirm(
    @CurrentActor() actor: Actor,
    @Param('membershipId', uuid) id: string,
    @Body() dto: GetuigenisConfirmDto,
  ) {
    return this.mentors.confirmGetuigenis(actor, id, dto.confirmed);
  }

  @NoPersonalData('the caller’s own mentorships')
  @Get('mentorships')
  mentorships(@CurrentActor() actor: Actor) {
    return this.mentorshipsService.mentorships(actor);
  }

  @Post('mentorships/:id/accept')
  @HttpCode(200)
  accept(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.mentorshipsService.respond(actor, id, true);
  }

  @Post('mentorships/:id/decline')
  @HttpCode(200)
  decline(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.mentorshipsService.respond(actor, id, false);
  }

  @Post('mentorships/:id/end')
  @HttpCode(200)
  end(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.mentorshipsService.end(actor, id);
  }
}
