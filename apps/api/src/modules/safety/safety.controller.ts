import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import {
  CloseCaseDto,
  ExportMarksQuery,
  ListCasesQuery,
  SignalMarkDto,
  StaffedHoursDto,
} from './dto/safety.dto.js';
import { SafetyService } from './safety.service.js';
import { marksCsv, SignalMarksService } from './signal-marks.service.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

/** Crisis cases: staff only (participants never see them); each route is one call into the service. */
@ApiTags('safety')
@Roles('facilitator', 'admin')
@Controller('safety/cases')
export class CrisisCasesController {
  constructor(private readonly safety: SafetyService) {}

  @PersonalData('crisis_case.list')
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: ListCasesQuery) {
    return this.safety.list(actor, q.state);
  }

  @PersonalData('crisis_case.view', { target: { type: 'crisis_case', param: 'id' } })
  @Get(':id')
  one(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.safety.one(actor, id);
  }

  @Post(':id/pick-up')
  @HttpCode(200)
  pickUp(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.safety.step(actor, id, { kind: 'pick_up' });
  }

  @Post(':id/release')
  @HttpCode(200)
  release(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.safety.step(actor, id, { kind: 'release' });
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: CloseCaseDto) {
    return this.safety.step(actor, id, { kind: 'close', outcome: dto.outcome, note: dto.note ?? '' });
  }

  @Post(':id/contact')
  @HttpCode(200)
  contact(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.safety.contact(actor, id);
  }
}

@ApiTags('safety')
@Controller('safety')
export class SafetyController {
  constructor(
    private readonly safety: SafetyService,
    private readonly marks: SignalMarksService,
  ) {}

  /** Whether someone watches right now: any member may ask (the crisis panel does). */
  @NoPersonalData('whether staff are on duty now')
  @Get('status')
  status(@CurrentActor() actor: Actor) {
    return this.safety.status(actor);
  }

  @Post('marks')
  @Roles('facilitator', 'admin')
  mark(@CurrentActor() actor: Actor, @Body() dto: SignalMarkDto) {
    return this.marks.mark(actor, dto);
  }
}

@ApiTags('admin')
@Roles('admin')
@Controller('admin')
export class SafetyAdminController {
  constructor(
    private readonly safety: SafetyService,
    private readonly marks: SignalMarksService,
  ) {}

  @NoPersonalData('the organisation’s staffed hours')
  @Get('staffed-hours')
  staffedHours(@CurrentActor() actor: Actor) {
    return this.safety.staffedHours(actor);
  }

  @Put('staffed-hours')
  setStaffedHours(@CurrentActor() actor: Actor, @Body() dto: StaffedHoursDto) {
    return this.safety.setStaffedHours(actor, dto);
  }

  @PersonalData('signal_mark.export')
  @Get('signal-marks')
  @Header('Cache-Control', 'no-store')
  async exportMarks(
    @CurrentActor() actor: Actor,
    @Query() q: ExportMarksQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    const marks = await this.marks.exportMarks(actor);
    if (q.format !== 'csv') return marks;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="signaal-markeringen.csv"');
    return marksCsv(marks);
  }

  @NoPersonalData('counts per label, no person’s data')
  @Get('signal-figures')
  figures(@CurrentActor() actor: Actor) {
    return this.marks.fieldFigures(actor.organisationId);
  }
}
