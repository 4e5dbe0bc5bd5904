import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NazorgRunResult } from '@spiegel/domain';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import { Clock } from '../../common/clock.js';
import { RetentionService } from '../privacy/retention.service.js';
import { TrajectCompletionService } from '../trajecten/traject-completion.service.js';
import { ContactNoteDto, NazorgQuery, SnoozeDto, SuggestMentorDto } from './dto/nazorg.dto.js';
import { NazorgService } from './nazorg.service.js';
import { PersonalData } from '../../common/personal-data.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('nazorg')
@Roles('facilitator', 'admin')
@Controller('nazorg')
export class NazorgController {
  constructor(
    private readonly nazorg: NazorgService,
    private readonly completion: TrajectCompletionService,
    private readonly clock: Clock,
    private readonly retention: RetentionService,
  ) {}

  @PersonalData('nazorg.view')
  @Get()
  overview(@CurrentActor() actor: Actor, @Query() q: NazorgQuery) {
    return this.nazorg.overview(actor, q.trajectId);
  }

  /**
   * Runs completion, the zwart-gat job and retention now, for the admin's own organisation only: the
   * figures it answers with are that organisation's (the scheduler runs them for all).
   */
  @Roles('admin')
  @Post('run')
  @HttpCode(200)
  async run(@CurrentActor() actor: Actor): Promise<NazorgRunResult> {
    const completed = await this.completion.completeDue(actor.organisationId);
    const result = await this.nazorg.computeAll(actor.organisationId);
    const { cleared } = await this.retention.enforce(actor.organisationId);
    return {
      completedTrajecten: completed,
      ...result,
      retentionCleared: cleared,
      at: this.clock.now().toISOString(),
    };
  }

  @Post(':membershipId/message')
  message(@CurrentActor() actor: Actor, @Param('membershipId', uuid) id: string) {
    return this.nazorg.message(actor, id);
  }

  @Post(':membershipId/contact')
  @HttpCode(204)
  contact(
    @CurrentActor() actor: Actor,
    @Param('membershipId', uuid) id: string,
    @Body() dto: ContactNoteDto,
  ) {
    return this.nazorg.contact(actor, id, dto.note);
  }

  @Post(':membershipId/snooze')
  @HttpCode(204)
  snooze(@CurrentActor() actor: Actor, @Param('membershipId', uuid) id: string, @Body() dto: SnoozeDto) {
    return this.nazorg.snooze(actor, id, dto.days);
  }

  @Post(':membershipId/suggest-mentor')
  @HttpCode(204)
  suggest(
    @CurrentActor() actor: Actor,
    @Param('membershipId', uuid) id: string,
    @Body() dto: SuggestMentorDto,
  ) {
    return this.nazorg.suggestMentor(actor, id, dto.mentorMembershipId);
  }
}
