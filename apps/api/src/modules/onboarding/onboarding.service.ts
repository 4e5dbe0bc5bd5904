import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompleteOnboardingInput, OnboardingView } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Clock } from '../../common/clock.js';
import { RoomAccessService } from '../rooms/room-access.service.js';
import { OnboardingRepository } from './onboarding.repository.js';

@Injectable()
export class OnboardingService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: OnboardingRepository,
    private readonly rooms: RoomAccessService,
    private readonly clock: Clock,
  ) {}

  mine(actor: Actor): Promise<OnboardingView> {
    return this.repo.find(actor.organisationId, actor.membershipId);
  }

  /**
   * Remembers that this person finished the guide. Accepting a room's agreements needs membership of
   * that room, checked in the same transaction as the write (a non-member gets 404 and nothing is stored).
   */
  async complete(actor: Actor, input: CompleteOnboardingInput): Promise<OnboardingView> {
    await this.ds.transaction(async (em) => {
      if (input.acceptedRoomId) await this.rooms.member(actor, input.acceptedRoomId, em);
      await this.repo.complete(
        em,
        actor.organisationId,
        actor.membershipId,
        input.acceptedRoomId ?? null,
        this.clock.now(),
      );
    });
    return this.mine(actor);
  }
}
