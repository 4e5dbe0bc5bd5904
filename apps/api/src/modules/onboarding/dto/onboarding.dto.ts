import type { CompleteOnboardingInput } from '@spiegel/domain';
import { IsUUID } from 'class-validator';
import { Optional } from '../../../common/optional.js';

export class CompleteOnboardingDto implements CompleteOnboardingInput {
  @Optional()
  @IsUUID()
  acceptedRoomId?: string;
}
