import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor, Public } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { SlidingWindowLimiter } from '../../common/rate-limiter.js';
import { BounceReportDto } from './dto/session-reminders.dto.js';
import { OutreachService } from './outreach.service.js';
import { SessionRemindersService } from './session-reminders.service.js';
import { NoPersonalData } from '../../common/personal-data.js';

const FEED_FILE = /^([A-Za-z0-9_-]{32,100})\.ics$/;
const HOUR = 3_600_000;

/** The personal calendar feed (Mijn account) and the bounce webhook. */
@ApiTags('outreach')
@Controller('outreach')
export class SessionRemindersController {
  /** A calendar app polls a feed every few minutes to hours; far more means a leaked or guessed link. */
  private readonly perFeed = new SlidingWindowLimiter(60, HOUR);
  private readonly perAddress = new SlidingWindowLimiter(300, HOUR);

  constructor(
    private readonly reminders: SessionRemindersService,
    private readonly outreach: OutreachService,
  ) {}

  @NoPersonalData('the caller’s own calendar feed link')
  @Get('me/calendar')
  feed(@CurrentActor() actor: Actor) {
    return this.reminders.feedStatus(actor);
  }

  /** "Nieuwe link maken": answers the new secret link once; the old link stops working. */
  @Post('me/calendar')
  @HttpCode(200)
  newFeed(@CurrentActor() actor: Actor) {
    return this.reminders.newFeed(actor);
  }

  @Delete('me/calendar')
  removeFeed(@CurrentActor() actor: Actor) {
    return this.reminders.removeFeed(actor);
  }

  /** The feed itself: public, the secret in the path is the authorisation; titles and times only. */
  @Public()
  @Get('calendar/:file')
  async calendar(@Param('file') file: string, @Req() req: Request, @Res() res: Response) {
    const token = FEED_FILE.exec(file)?.[1];
    if (!this.perAddress.take(req.ip ?? 'unknown') || (token && !this.perFeed.take(token)))
      throw new AppError(
        429,
        'RATE_LIMITED',
        'Deze agenda wordt te vaak opgevraagd. Probeer het later opnieuw.',
      );
    const ics = token ? await this.reminders.feedFor(token) : null;
    if (ics === null)
      throw notFound('Deze agendalink werkt niet (meer). Maak een nieuwe onder Mijn account.');
    res.setHeader('Cache-Control', 'private, max-age=900');
    res.setHeader('Content-Disposition', 'inline; filename="spiegel.ics"');
    res.setHeader('X-Robots-Tag', 'noindex');
    res.status(200).type('text/calendar; charset=utf-8').send(ics);
  }

  /**
   * A bounce that came later than the SMTP conversation (a provider's webhook or a relay's DSN
   * handler): `Authorization: Bearer BOUNCE_WEBHOOK_SECRET`. A permanent bounce unverifies the address.
   */
  @Public()
  @Post('bounces')
  @HttpCode(204)
  async bounce(@Headers('authorization') authorization: string | undefined, @Body() dto: BounceReportDto) {
    const bearer = /^Bearer (\S{1,200})$/.exec(authorization ?? '')?.[1];
    if (!(await this.outreach.reportBounce(bearer, dto.recipient, dto.permanent)))
      throw new AppError(401, 'UNAUTHENTICATED', 'Onbekende afzender van deze melding.');
  }
}
