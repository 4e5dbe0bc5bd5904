import { Body, Controller, Delete, Get, Header, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { NoPersonalData } from '../../common/personal-data.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { clearSessionCookie } from '../auth/auth-cookies.js';
import { EraseAccountDto } from './dto/privacy.dto.js';
import { PrivacyService } from './privacy.service.js';

@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A download of everything Spiegel holds about you. */
  @NoPersonalData('the caller’s own data')
  @Get('me/export')
  @Header('Cache-Control', 'no-store')
  async export(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="spiegel-mijn-gegevens-${new Date().toISOString().slice(0, 10)}.json"`,
    );
    return this.privacy.export(actor);
  }

  @Delete('me')
  @HttpCode(204)
  async erase(
    @CurrentActor() actor: Actor,
    @Body() dto: EraseAccountDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.privacy.erase(actor, dto.password, dto.contributions);
    clearSessionCookie(res, this.config);
  }
}
