import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { CompleteOnboardingDto } from './dto/onboarding.dto.js';
import { OnboardingService } from './onboarding.service.js';
import { NoPersonalData } from '../../common/personal-data.js';

/** The first-visit guide, remembered per person. Any logged-in member, only for themselves. */
@ApiTags('onboarding')
@Controller('onboarding')
export class OnboardingController {
  constructor(private readonly onboarding: OnboardingService) {}

  @NoPersonalData('the caller’s own first-visit guide')
  @Get()
  mine(@CurrentActor() actor: Actor) {
    return this.onboarding.mine(actor);
  }

  @Put()
  complete(@CurrentActor() actor: Actor, @Body() dto: CompleteOnboardingDto) {
    return this.onboarding.complete(actor, dto);
  }
}
