import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor, Public, type RequestWithActor, Roles } from '../../common/actor.js';
import { MEMBERSHIP_ROLES } from '../organisations/membership.entity.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Me, SecondFactorPendingView, SessionView } from '@spiegel/domain';
import { SECOND_FACTOR_PENDING_MINUTES } from '@spiegel/domain';
import {
  clearSecondStepCookie,
  clearSessionCookie,
  readCookie,
  REMEMBERED_DEVICE_COOKIE,
  setSecondStepCookie,
  setSessionCookie,
} from './auth-cookies.js';
import type { LoginOutcome } from './auth.service.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto, LoginDto, RegisterDto, ResetPasswordDto } from './dto/auth.dto.js';
import { SessionService } from './session.service.js';
import { NoPersonalData } from '../../common/personal-data.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Who is logged in (or nobody), and the CSRF token to send with changes. */
  @Public()
  @NoPersonalData('the caller’s own session')
  @Get('session')
  async session(@Req() req: Request & RequestWithActor & { csrfToken?: string }): Promise<SessionView> {
    return { me: req.actor ? await this.auth.meFor(req.actor) : null, csrfToken: req.csrfToken ?? '' };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ me: Me } | SecondFactorPendingView> {
    const outcome = await this.auth.login(
      dto,
      req.ip ?? 'unknown',
      readCookie(req, REMEMBERED_DEVICE_COOKIE),
    );
    return this.answer(outcome, res);
  }

  @Public()
  @Post('register')
  async register(
    @Body() dto: RegisterDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ me: Me } | SecondFactorPendingView> {
    return this.answer(await this.auth.register(dto), res);
  }

  /** A session cookie, or (second step owed) only the short-lived pending cookie and no session at all. */
  private answer(outcome: LoginOutcome, res: Response): { me: Me } | SecondFactorPendingView {
    if (outcome.pending) {
      clearSessionCookie(res, this.config);
      setSecondStepCookie(res, outcome.pending.token, this.config, SECOND_FACTOR_PENDING_MINUTES * 60_000);
      return { secondFactor: { step: outcome.pending.step } };
    }
    clearSecondStepCookie(res, this.config);
    setSessionCookie(res, outcome.token, this.config);
    return { me: outcome.me };
  }

  @Post('logout')
  @Roles(...MEMBERSHIP_ROLES) // everyone, researchers included
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor, false);
    clearSessionCookie(res, this.config);
  }

  /** Ends every session of this person, on every device. */
  @Post('logout-all')
  @Roles(...MEMBERSHIP_ROLES) // everyone, researchers included
  @HttpCode(204)
  async logoutAll(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor, true);
    clearSessionCookie(res, this.config);
  }

  @Post('password')
  @Roles(...MEMBERSHIP_ROLES) // everyone, researchers included
  @HttpCode(204)
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, dto);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(204)
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.auth.resetPassword(dto);
  }
}
