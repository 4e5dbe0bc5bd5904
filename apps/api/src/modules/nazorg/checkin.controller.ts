import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import { CheckinDraftQuery, CheckinDto } from './dto/checkin.dto.js';
import { CheckinService } from './checkin.service.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

const uuid = new ParseUUIDPipe({ version: '4' });

/** Zwart-gat check-ins from Na afloop: staff only (a peer mentor checks in through the mentorship). */
@ApiTags('nazorg')
@Roles('facilitator', 'admin')
@Controller('nazorg')
export class CheckinController {
  constructor(private readonly checkins: CheckinService) {}

  @PersonalData('nazorg.checkin_draft_view', { subjectParam: 'membershipId' })
  @Get(':membershipId/checkin')
  draft(
    @CurrentActor() actor: Actor,
    @Param('membershipId', uuid) id: string,
    @Query() q: CheckinDraftQuery,
  ) {
    return this.checkins.draft(actor, id, q.locale ?? 'nl');
  }

  @Post(':membershipId/checkin')
  send(@CurrentActor() actor: Actor, @Param('membershipId', uuid) id: string, @Body() dto: CheckinDto) {
    return this.checkins.send(actor, id, dto);
  }
}

/**
 * A peer mentor's check-in on their mentee (an alumnus), from Mentoren. The service answers 404 to
 * anyone who is not the mentor of this active mentorship.
 */
@ApiTags('mentors')
@Roles('participant', 'facilitator', 'admin')
@Controller('mentorships')
export class MentorCheckinController {
  constructor(private readonly checkins: CheckinService) {}

  @NoPersonalData('the mentee’s name as the caller’s own mentorship shows it, and general wording')
  @Get(':id/checkin')
  draft(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Query() q: CheckinDraftQuery) {
    return this.checkins.mentorDraft(actor, id, q.locale ?? 'nl');
  }

  @Post(':id/checkin')
  send(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() dto: CheckinDto) {
    return this.checkins.mentorSend(actor, id, dto);
  }
}
