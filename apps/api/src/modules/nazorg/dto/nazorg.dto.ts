import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class ContactNoteDto {
  @IsOptional()
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
  @IsOptional()
  @IsUUID('4')
  trajectId?: string;
}
