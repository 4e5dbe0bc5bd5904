import { Optional } from '../../../common/optional.js';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { AVAILABILITY_SLOTS, type AvailabilitySlot, THEME_IDS, type ThemeId } from '@spiegel/domain';

export const MENTOR_LANGUAGES = [
  'nl',
  'en',
  'ar',
  'tr',
  'pl',
  'de',
  'fr',
  'es',
  'pap',
  'so',
  'ti',
  'uk',
] as const;

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
  languages: string[];

  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(AVAILABILITY_SLOTS, { each: true })
  availability: AvailabilitySlot[];

  @IsInt()
  @Min(1)
  @Max(5)
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
