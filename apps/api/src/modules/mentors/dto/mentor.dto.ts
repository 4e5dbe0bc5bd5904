import { Optional } from '../../../common/optional.js';
import { WholeNumber } from '../../../common/whole-number.js';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, Length } from 'class-validator';
import {
  AVAILABILITY_SLOTS,
  type AvailabilitySlot,
  MENTOR_LANGUAGES,
  type MentorLanguage,
  THEME_IDS,
  type ThemeId,
} from '@spiegel/domain';

export class MentorProfileDto {
  @IsString()
  @Length(10, 1000)
  intro: string;

  @IsArray()
  @ArrayMaxSize(12)
  @IsIn(THEME_IDS, { each: true })
  themes: ThemeId[];

  @IsArray()
  @ArrayMaxSize(6)
  @IsIn(MENTOR_LANGUAGES, { each: true })
  languages: MentorLanguage[];

  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(AVAILABILITY_SLOTS, { each: true })
  availability: AvailabilitySlot[];

  @WholeNumber(1, 5)
  maxMentees: number;
}

export class MentorStatusDto {
  @IsIn(['active', 'paused', 'stopped'])
  status: 'active' | 'paused' | 'stopped';
}

export class MentorRequestDto {
  @IsString()
  @Length(1, 500)
  message: string;
}

export class MentorSearchQuery {
  @Optional()
  @IsIn(MENTOR_LANGUAGES, { each: true })
  language?: string;

  @Optional()
  @IsIn(AVAILABILITY_SLOTS)
  availability?: AvailabilitySlot;
}

export class GetuigenisConfirmDto {
  @IsBoolean()
  confirmed: boolean;
}
