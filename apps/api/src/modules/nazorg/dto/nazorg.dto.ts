import { Optional } from '../../../common/optional.js';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class ContactNoteDto {
  @Optional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class SnoozeDto {
  @IsInt()
  @Min(1)
  @Max(90)
  days: number;
}

export class SuggestMentorDto {
  @IsUUID('4')
  mentorMembershipId: string;
}

export class NazorgQuery {
  @Optional()
  @IsUUID('4')
  trajectId?: string;
}
