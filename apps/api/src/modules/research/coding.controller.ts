import { Body, Controller, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';
import { CodeDto, CodingStudyDto } from './dto/coding.dto.js';
import { CodingService } from './coding.service.js';

/**
 * The coding workbench (issue 17 item 6). `me`: a coder's next contribution and their code (any member
 * but a researcher; only coders have work). `studies`: rounds and their counts (admins start them);
 * results are figures for admins and researchers; disagreements for admins and facilitators; the export
 * of ids and labels for admins.
 */
@ApiTags('research')
@Controller('research/coding')
export class CodingController {
  constructor(private readonly coding: CodingService) {}

  @PersonalData('research.coding_task_view', { target: { type: 'contribution' } })
  @Get('me')
  mine(@CurrentActor() actor: Actor) {
    return this.coding.mine(actor);
  }

  @Put('me/:assignmentId')
  code(@CurrentActor() actor: Actor, @Param('assignmentId') id: string, @Body() dto: CodeDto) {
    return this.coding.code(actor, id, dto);
  }

  @NoPersonalData('names and counts of coding rounds only')
  @Get('studies')
  @Roles('admin', 'facilitator', 'onderzoeker')
  studies(@CurrentActor() actor: Actor) {
    return this.coding.studies(actor);
  }

  @Post('studies')
  @Roles('admin')
  start(@CurrentActor() actor: Actor, @Body() dto: CodingStudyDto) {
    return this.coding.start(actor, dto);
  }

  @NoPersonalData('agreement figures only: no texts, ids or names')
  @Get('studies/:studyId/results')
  @Roles('admin', 'onderzoeker')
  results(@CurrentActor() actor: Actor, @Param('studyId') studyId: string) {
    return this.coding.results(actor, studyId);
  }

  @PersonalData('research.coding_disagreements_view', { target: { type: 'coding_study', param: 'studyId' } })
  @Get('studies/:studyId/disagreements')
  @Roles('admin', 'facilitator')
  disagreements(@CurrentActor() actor: Actor, @Param('studyId') studyId: string) {
    return this.coding.disagreements(actor, studyId);
  }

  @PersonalData('research.coding_export', { target: { type: 'coding_study', param: 'studyId' } })
  @Get('studies/:studyId/export.csv')
  @Roles('admin')
  async export(@CurrentActor() actor: Actor, @Param('studyId') studyId: string, @Res() res: Response) {
    const { filename, csv } = await this.coding.export(actor, studyId);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${filename}"`)
      .set('Cache-Control', 'no-store')
      .send(csv);
  }
}
