import { Optional } from '../../../common/optional.js';
import { WholeNumber } from '../../../common/whole-number.js';
import { IsString, IsUUID, MaxLength } from 'class-validator';

export class ContactNoteDto {
  @Optional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class SnoozeDto {
  @WholeNumber(1, 90)
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
