import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import {
  AnswerMomentDto,
  ResearchConsentDto,
  SkipMomentDto,
  StopQuestionnairesDto,
} from './dto/research.dto.js';
import { ResearchExportService } from './research-export.service.js';
import { ResearchService } from './research.service.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

/**
 * Research mode. `me/…`: a person's own questionnaire moments, scores and research consent (any member
 * but a researcher). `herstel`: the measured-recovery figures (admins, researchers). `export`: the
 * pseudonymised export (researchers only).
 */
@ApiTags('research')
@Controller('research')
export class ResearchController {
  constructor(
    private readonly research: ResearchService,
    private readonly exports: ResearchExportService,
  ) {}

  @NoPersonalData('the caller’s own questionnaires, scores and research consent')
  @Get('me')
  mine(@CurrentActor() actor: Actor) {
    return this.research.mine(actor);
  }

  @Post('me/answers')
  answer(@CurrentActor() actor: Actor, @Body() dto: AnswerMomentDto) {
    return this.research.answer(actor, dto);
  }

  @Post('me/skip')
  @HttpCode(204)
  async skip(@CurrentActor() actor: Actor, @Body() dto: SkipMomentDto): Promise<void> {
    await this.research.skip(actor, dto);
  }

  @Put('me/stopped')
  stop(@CurrentActor() actor: Actor, @Body() dto: StopQuestionnairesDto) {
    return this.research.setStopped(actor, dto.stopped);
  }

  @Put('me/consent')
  consent(@CurrentActor() actor: Actor, @Body() dto: ResearchConsentDto) {
    return this.research.saveConsent(actor, dto);
  }

  @NoPersonalData('group figures only, suppressed below five people')
  @Get('herstel')
  @Roles('admin', 'onderzoeker')
  herstel(@CurrentActor() actor: Actor) {
    return this.research.herstelGemeten(actor);
  }

  @PersonalData('research.export', { target: { type: 'organisation' } })
  @Get('export')
  @Roles('onderzoeker')
  export(@CurrentActor() actor: Actor) {
    return this.exports.export(actor);
  }
}
