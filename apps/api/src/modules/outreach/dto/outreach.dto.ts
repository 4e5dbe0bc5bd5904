import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  OUTREACH_FREQUENCIES,
  OUTREACH_KINDS,
  type OutreachFrequency,
  type OutreachKind,
  type SaveOutreachPreferencesInput,
  type SetEmailInput,
} from '@spiegel/domain';
import { Optional } from '../../../common/optional.js';

export class SetEmailDto implements SetEmailInput {
  @IsString()
  @MaxLength(200, { message: 'address: hooguit 200 tekens' })
  @IsEmail(
    {},
    {
      message:
        'address: dit lijkt geen e-mailadres. Kijk nog eens of het klopt, bijvoorbeeld naam@voorbeeld.nl.',
    },
  )
  address: string;

  @Optional()
  @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}

export class PreferenceDto {
  @IsIn(OUTREACH_KINDS)
  kind: OutreachKind;

  @IsBoolean()
  email: boolean;

  @IsBoolean()
  push: boolean;

  @IsIn(OUTREACH_FREQUENCIES)
  frequency: OutreachFrequency;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class QuietHoursDto {
  @Matches(HHMM, { message: 'from: een tijd als 22:00' })
  from: string;

  @Matches(HHMM, { message: 'to: een tijd als 07:30' })
  to: string;

  @Optional()
  @IsBoolean()
  crisisAlways?: boolean;
}

export class SavePreferencesDto implements SaveOutreachPreferencesInput {
  @IsArray()
  @ArrayMaxSize(OUTREACH_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences: PreferenceDto[];

  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours: QuietHoursDto | null;
}

export class TokenQuery {
  @IsString()
  @MaxLength(300)
  @Matches(/^[A-Za-z0-9._-]+$/)
  t: string;
}
