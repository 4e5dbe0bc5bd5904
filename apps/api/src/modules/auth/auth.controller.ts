import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor, Public, type RequestWithActor } from '../../common/actor.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { clearSessionCookie, setSessionCookie } from './auth-cookies.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto, LoginDto, RegisterDto, ResetPasswordDto } from './dto/auth.dto.js';
import type { Me } from './me.js';
import { SessionService } from './session.service.js';

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
  @Get('session')
  async session(
    @Req() req: Request & RequestWithActor & { csrfToken?: string },
  ): Promise<{ me: Me | null; csrfToken: string }> {
    return { me: req.actor ? await this.auth.meFor(req.actor) : null, csrfToken: req.csrfToken ?? '' };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ me: Me }> {
    const { token, me } = await this.auth.login(dto, req.ip ?? 'unknown');
    setSessionCookie(res, token, this.config);
    return { me };
  }

  @Public()
  @Post('register')
  async register(@Body() dto: RegisterDto, @Res({ passthrough: true }) res: Response): Promise<{ me: Me }> {
    const { token, me } = await this.auth.register(dto);
    setSessionCookie(res, token, this.config);
    return { me };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
    clearSessionCookie(res, this.config);
  }

  /** Ends every session of this person, on every device. */
  @Post('logout-all')
  @HttpCode(204)
  async logoutAll(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.revokeAllForUser(actor.userId);
    clearSessionCookie(res, this.config);
  }

  @Post('password')
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
