import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CASE_NOTE_MAX_CHARS,
  CASE_OUTCOMES,
  type CaseOutcome,
  SIGNAL_LABELS,
  type SignalLabel,
  STAFFED_RANGES_MAX,
  WEEKDAYS,
  type Weekday,
} from '@spiegel/domain';
import { Optional } from '../../../common/optional.js';
import { CASE_LIST_FILTERS, type CaseListFilter } from '../safety.repository.js';

export class ListCasesQuery {
  @Optional()
  @IsIn(CASE_LIST_FILTERS)
  state?: CaseListFilter;
}

export class CloseCaseDto {
  @IsIn(CASE_OUTCOMES)
  outcome: CaseOutcome;

  @Optional()
  @IsString()
  @MaxLength(CASE_NOTE_MAX_CHARS)
  note?: string;
}

export class StaffedRangeDto {
  @IsInt()
  @Min(Math.min(...WEEKDAYS))
  @Max(Math.max(...WEEKDAYS))
  @IsIn(WEEKDAYS)
  weekday: Weekday;

  @Matches(/^\d{2}:\d{2}$/)
  from: string;

  @Matches(/^\d{2}:\d{2}$/)
  to: string;
}

export class StaffedHoursDto {
  @IsArray()
  @ArrayMaxSize(STAFFED_RANGES_MAX)
  @ValidateNested({ each: true })
  @Type(() => StaffedRangeDto)
  ranges: StaffedRangeDto[];

  @IsBoolean()
  countSessions: boolean;
}

export class SignalMarkDto {
  @Matches(/^\d{1,18}$/)
  contributionId: string;

  @IsIn(SIGNAL_LABELS)
  label: SignalLabel;
}

export class ExportMarksQuery {
  @Optional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
