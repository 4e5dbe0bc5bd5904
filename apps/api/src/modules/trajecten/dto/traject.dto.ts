import { Optional } from '../../../common/optional.js';
import { WholeNumber } from '../../../common/whole-number.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class TrajectSessionDto {
  @IsISO8601({ strict: true })
  startsAt: string;

  @Optional()
  @IsString()
  @MaxLength(120)
  title?: string;
}

export class CreateTrajectDto {
  @IsString()
  @Length(2, 120)
  name: string;

  @Optional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @IsDateString({ strict: true })
  startsOn: string;

  @IsDateString({ strict: true })
  endsOn: string;

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TrajectSessionDto)
  sessions: TrajectSessionDto[];

  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('4', { each: true })
  facilitatorIds: string[];
}

export class UpdateTrajectDto {
  @Optional()
  @IsString()
  @Length(2, 120)
  name?: string;

  @Optional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Optional()
  @IsDateString({ strict: true })
  endsOn?: string;
}

export class EnrolDto {
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('4', { each: true })
  membershipIds: string[];
}

export class TrajectInvitationDto {
  @Optional()
  @WholeNumber(1, 90)
  expiresInDays?: number;

  @Optional()
  @WholeNumber(1, 500)
  maxUses?: number;
}

export class ConsentDto {
  /** The consent screen's required confirmation that the person read what is recorded. */
  @IsBoolean()
  agree: boolean;

  @IsBoolean()
  followUp: boolean;
}

export class LeaveTrajectDto {
  @Optional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
