import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { REMEMBER_DEVICE_DAYS } from '@spiegel/domain';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor, Public, type RequestWithActor, Roles } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import {
  clearSecondStepCookie,
  readCookie,
  REMEMBERED_DEVICE_COOKIE,
  SECOND_STEP_COOKIE,
  sessionCookieOptions,
  setSessionCookie,
} from '../auth/auth-cookies.js';
import { TwoFactorCodeDto, TwoFactorPolicyDto } from './dto/two-factor.dto.js';
import { TwoFactorAdminService } from './two-factor-admin.service.js';
import { type Enroller, type SessionStarted, TwoFactorService } from './two-factor.service.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';
import { MEMBERSHIP_ROLES } from '../organisations/membership.entity.js';

/** Routes where the session does not exist yet live here, @Public: each reads the pending cookie itself. */
@ApiTags('two-factor')
@Controller('two-factor')
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The log-in waiting for its second step, if any (the web app's second-step page asks). */
  @Public()
  @NoPersonalData('the caller’s own pending log-in step')
  @Get('pending')
  pending(@Req() req: Request) {
    return this.twoFactor.pendingView(readCookie(req, SECOND_STEP_COOKIE));
  }

  @Public()
  @Post('pending/cancel')
  @HttpCode(204)
  async cancel(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.twoFactor.cancel(readCookie(req, SECOND_STEP_COOKIE));
    clearSecondStepCookie(res, this.config);
  }

  @Public()
  @Post('verify')
  @HttpCode(204)
  async verify(
    @Req() req: Request,
    @Body() dto: TwoFactorCodeDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const started = await this.twoFactor.verify(
      readCookie(req, SECOND_STEP_COOKIE),
      dto.code,
      dto.rememberDevice === true,
    );
    this.begin(res, started);
  }

  @Public()
  @Post('recovery')
  async recovery(
    @Req() req: Request,
    @Body() dto: TwoFactorCodeDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ recoveryCodesLeft: number }> {
    const { left, ...started } = await this.twoFactor.recover(readCookie(req, SECOND_STEP_COOKIE), dto.code);
    this.begin(res, started);
    return { recoveryCodesLeft: left };
  }

  /** Mijn account (with a session) or the enrolment a log-in is waiting for. */
  @Public()
  @Post('enrolment')
  async startEnrolment(@Req() req: Request & RequestWithActor) {
    return this.twoFactor.startEnrolment(await this.enroller(req));
  }

  @Public()
  @Post('enrolment/confirm')
  async confirmEnrolment(
    @Req() req: Request & RequestWithActor,
    @Body() dto: TwoFactorCodeDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ recoveryCodes: string[] }> {
    const { recoveryCodes, session } = await this.twoFactor.confirmEnrolment(
      await this.enroller(req),
      dto.code,
    );
    if (session) this.begin(res, session);
    return { recoveryCodes };
  }

  @NoPersonalData('the caller’s own second-factor state')
  @Roles(...MEMBERSHIP_ROLES) // everyone, researchers included: their own factor
  @Get('me')
  status(@CurrentActor() actor: Actor) {
    return this.twoFactor.status(actor);
  }

  @Roles(...MEMBERSHIP_ROLES)
  @Post('me/disable')
  @HttpCode(204)
  disable(@CurrentActor() actor: Actor, @Body() dto: TwoFactorCodeDto) {
    return this.twoFactor.disable(actor, dto.code);
  }

  private async enroller(req: Request & RequestWithActor): Promise<Enroller> {
    const pendingToken = readCookie(req, SECOND_STEP_COOKIE);
    const pending = await this.twoFactor.pending(pendingToken);
    if (pending && pendingToken) return { kind: 'pending', pending, pendingToken };
    if (req.actor) return { kind: 'session', actor: req.actor };
    throw new AppError(401, 'UNAUTHENTICATED', 'Log eerst in.');
  }

  private begin(res: Response, started: SessionStarted): void {
    clearSecondStepCookie(res, this.config);
    setSessionCookie(res, started.sessionToken, this.config);
    if (started.deviceCookie)
      res.cookie(REMEMBERED_DEVICE_COOKIE, started.deviceCookie, {
        ...sessionCookieOptions(this.config),
        sameSite: 'strict',
        // Only the log-in reads it: it travels nowhere else.
        path: '/api/auth/login',
        maxAge: REMEMBER_DEVICE_DAYS * 86_400_000,
      });
  }
}

@ApiTags('admin')
@Roles('admin')
@Controller('admin/two-factor')
export class TwoFactorAdminController {
  constructor(private readonly twoFactor: TwoFactorAdminService) {}

  @NoPersonalData('the organisation’s second-factor setting')
  @Get('policy')
  policy(@CurrentActor() actor: Actor) {
    return this.twoFactor.policy(actor);
  }

  @Put('policy')
  setPolicy(@CurrentActor() actor: Actor, @Body() dto: TwoFactorPolicyDto) {
    return this.twoFactor.setPolicy(actor, dto.requiredForStaff);
  }

  @PersonalData('two_factor.members_view', { target: { type: 'organisation' } })
  @Get('members')
  members(@CurrentActor() actor: Actor) {
    return this.twoFactor.members(actor);
  }

  @Post('members/:id/reset')
  @HttpCode(204)
  reset(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.twoFactor.reset(actor, id);
  }
}
