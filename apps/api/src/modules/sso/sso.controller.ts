import { Body, Controller, Get, Inject, Param, Put, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor, Public, Roles } from '../../common/actor.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { SECOND_FACTOR_PENDING_MINUTES } from '@spiegel/domain';
import {
  clearSessionCookie,
  readCookie,
  REMEMBERED_DEVICE_COOKIE,
  setSecondStepCookie,
  setSessionCookie,
} from '../auth/auth-cookies.js';
import { SaveSsoConfigDto, SsoDiscoverQuery } from './dto/sso.dto.js';
import { ssoRefusalPage } from './sso-page.js';
import { SsoConfigService } from './sso-config.service.js';
import { SsoRefusal } from './sso-refusals.js';
import { SsoService } from './sso.service.js';
import { NoPersonalData } from '../../common/personal-data.js';

/** Ties a started log-in to this browser: the callback's state must equal it (login CSRF). */
const STATE_COOKIE = 'spiegel_sso_state';
const STATE_COOKIE_PATH = '/api/sso';

@ApiTags('sso')
@Controller()
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly ssoConfig: SsoConfigService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For the log-in page: does this organisation (slug, or e-mail domain) offer "Inloggen met je organisatie"? */
  @Public()
  @Get('sso/discover')
  discover(@Query() q: SsoDiscoverQuery) {
    return this.sso.discover(q);
  }

  /** Opened by a link on the log-in page: sends the browser to the organisation's provider. */
  @Public()
  @Get('sso/:slug/start')
  async start(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    try {
      const { url, state } = await this.sso.start(slug.slice(0, 100));
      res.cookie(STATE_COOKIE, state, {
        httpOnly: true,
        // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: STATE_COOKIE_PATH,
        maxAge: 10 * 60_000,
      });
      res.redirect(302, url);
    } catch (err) {
      this.refusalPage(err, res);
    }
  }

  /** The provider's redirect back: on success a normal Spiegel session, else a page that says why. */
  @Public()
  @Get('sso/callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.clearCookie(STATE_COOKIE, {
      path: STATE_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
    });
    try {
      const url = new URL(req.originalUrl, this.config.publicOrigin);
      const outcome = await this.sso.callback(
        url,
        readCookie(req, STATE_COOKIE),
        req.ip ?? 'unknown',
        readCookie(req, REMEMBERED_DEVICE_COOKIE),
      );
      if (outcome.pending) {
        clearSessionCookie(res, this.config);
        setSecondStepCookie(res, outcome.pending.token, this.config, SECOND_FACTOR_PENDING_MINUTES * 60_000);
        res.redirect(302, '/inloggen/tweede-stap');
        return;
      }
      setSessionCookie(res, outcome.token, this.config);
      res.redirect(302, '/');
    } catch (err) {
      this.refusalPage(err, res);
    }
  }

  @Roles('admin')
  @NoPersonalData('the organisation’s single sign-on settings')
  @Get('admin/sso')
  getConfig(@CurrentActor() actor: Actor) {
    return this.ssoConfig.getConfig(actor);
  }

  @Roles('admin')
  @Put('admin/sso')
  saveConfig(@CurrentActor() actor: Actor, @Body() dto: SaveSsoConfigDto) {
    return this.ssoConfig.saveConfig(actor, dto);
  }

  private refusalPage(err: unknown, res: Response): void {
    const refusal = err instanceof SsoRefusal ? err : null;
    res
      .status(refusal?.status ?? 500)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        ssoRefusalPage(
          refusal?.message ??
            'Er ging iets mis bij het inloggen. Probeer het opnieuw; blijft het misgaan, meld het dan bij je beheerder.',
        ),
      );
  }
}
