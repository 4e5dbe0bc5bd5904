import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { SlidingWindowLimiter } from '../../common/rate-limiter.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/** Flood protection per person and per room (sends) or per contribution (reactions), for REST and socket alike. */
@Injectable()
export class ContributionRateLimits {
  private readonly sendUser: SlidingWindowLimiter;
  private readonly sendRoom: SlidingWindowLimiter;
  private readonly reactUser: SlidingWindowLimiter;
  private readonly reactTarget: SlidingWindowLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.sendUser = new SlidingWindowLimiter(config.sendLimitPerUser, 10_000);
    this.sendRoom = new SlidingWindowLimiter(config.sendLimitPerRoom, 10_000);
    this.reactUser = new SlidingWindowLimiter(config.sendLimitPerUser * 2, 10_000);
    this.reactTarget = new SlidingWindowLimiter(config.sendLimitPerRoom * 2, 10_000);
  }

  /**
   * Takes a send from both limits, or throws RATE_LIMITED and takes nothing. Returns how to give it
   * back, for a send that turns out to be a retry of something already stored (never rate-limited).
   */
  reserveSend(membershipId: string, roomId: string): () => void {
    const at = Date.now();
    if (!this.sendUser.take(membershipId, at)) throw tooFast();
    if (!this.sendRoom.take(roomId, at)) {
      this.sendUser.release(membershipId, at);
      throw tooFast();
    }
    return () => {
      this.sendUser.release(membershipId, at);
      this.sendRoom.release(roomId, at);
    };
  }

  assertReaction(membershipId: string, contributionId: string): void {
    if (!this.reactUser.take(membershipId) || !this.reactTarget.take(contributionId)) throw tooFast();
  }
}

const tooFast = () =>
  new AppError(429, 'RATE_LIMITED', 'Je stuurt veel tegelijk. Wacht even en probeer het opnieuw.');
