import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor, Public, Roles } from '../../common/actor.js';
import { SavePreferencesDto, SetEmailDto, TokenQuery } from './dto/outreach.dto.js';
import { OutreachService } from './outreach.service.js';
import { unsubscribePage } from './unsubscribe-page.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

const MAIL_FRAME_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

@ApiTags('outreach')
@Controller('outreach')
export class OutreachController {
  constructor(private readonly outreach: OutreachService) {}

  @NoPersonalData('the caller’s own e-mail settings')
  @Get('me')
  settings(@CurrentActor() actor: Actor) {
    return this.outreach.settings(actor);
  }

  @Put('me/email')
  setEmail(@CurrentActor() actor: Actor, @Body() dto: SetEmailDto) {
    return this.outreach.setEmail(actor, dto);
  }

  @Delete('me/email')
  removeEmail(@CurrentActor() actor: Actor) {
    return this.outreach.removeEmail(actor);
  }

  @Put('me/preferences')
  savePreferences(@CurrentActor() actor: Actor, @Body() dto: SavePreferencesDto) {
    return this.outreach.savePreferences(actor, dto);
  }

  /** The link in the verification mail: back to Mijn account, which says how it went. */
  @Public()
  @Get('verify')
  async verify(@Query() q: TokenQuery, @Res() res: Response) {
    const ok = await this.outreach.verify(q.t);
    res.redirect(303, `/account?e-mail=${ok ? 'bevestigd' : 'ongeldig'}`);
  }

  /** The link in a mail's footer: a page with one button (a GET never unsubscribes: mail scanners follow links). */
  @Public()
  @Get('unsubscribe')
  async unsubscribeForm(@Query() q: TokenQuery, @Res() res: Response) {
    const kind = await this.outreach.unsubscribe(q.t, false);
    res.setHeader('Content-Security-Policy', PAGE_POLICY);
    res
      .status(kind ? 200 : 404)
      .type('html')
      .send(unsubscribePage(kind, q.t, false));
  }

  /** RFC 8058 one-click (List-Unsubscribe-Post), and the page's button. The signed token is the authorisation. */
  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  async unsubscribe(@Query() q: TokenQuery, @Res() res: Response) {
    const kind = await this.outreach.unsubscribe(q.t, true);
    res.setHeader('Content-Security-Policy', PAGE_POLICY);
    res
      .status(kind ? 200 : 404)
      .type('html')
      .send(unsubscribePage(kind, q.t, true));
  }

  @Roles('admin')
  @PersonalData('outreach.deliveries_view')
  @Get('deliveries')
  deliveries(@CurrentActor() actor: Actor) {
    return this.outreach.deliveries(actor);
  }

  @Roles('admin')
  @PersonalData('outreach.caught_mails_view')
  @Get('caught-mails')
  caughtMails(@CurrentActor() actor: Actor) {
    return this.outreach.caughtMails(actor);
  }

  /**
   * One caught mail's HTML, for a sandboxed frame in Beheer: served with a policy of its own (inline
   * styles as mail programs allow them, nothing else, no scripts) and framable by our own pages only.
   */
  @Roles('admin')
  @PersonalData('outreach.caught_mail_view', { target: { type: 'caught_mail', param: 'id' } })
  @Get('caught-mails/:id/html')
  async caughtMailHtml(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response) {
    const html = await this.outreach.caughtMailHtml(actor, id);
    res.setHeader('Content-Security-Policy', MAIL_FRAME_POLICY);
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.status(200).type('html').send(html);
  }
}
