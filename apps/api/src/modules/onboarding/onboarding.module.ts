import { Module } from '@nestjs/common';
import { RoomsModule } from '../rooms/rooms.module.js';
import { OnboardingController } from './onboarding.controller.js';
import { OnboardingRepository } from './onboarding.repository.js';
import { OnboardingService } from './onboarding.service.js';

/** Owns `onboarding_completions`; asks the rooms module whether someone is in the room they accept. */
@Module({
  imports: [RoomsModule],
  controllers: [OnboardingController],
  providers: [OnboardingService, OnboardingRepository],
})
export class OnboardingModule {}
