import { CHECKIN_MAX_LENGTH, type CheckinInput } from '@spiegel/domain';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../../common/optional.js';

export class CheckinDto implements CheckinInput {
  @IsString()
  @MaxLength(CHECKIN_MAX_LENGTH)
  body: string;

  /** Makes a retried send one message (the conversation's client id). */
  @Optional()
  @IsUUID('4')
  clientId?: string;

  @Optional()
  @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}

export class CheckinDraftQuery {
  @Optional()
  @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}
