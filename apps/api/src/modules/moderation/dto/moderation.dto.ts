import { IsIn, IsString, IsUUID, Length } from 'class-validator';

export class ReportDto {
  @IsString()
  @Length(3, 500)
  reason: string;
}

export class HideDto {
  @IsString()
  @Length(3, 300)
  reason: string;
}

export class ResolveReportsDto {
  @IsIn(['keep', 'hide'])
  decision: 'keep' | 'hide';

  @IsString()
  @Length(0, 300)
  reason: string;
}

export class MuteDto {
  @IsUUID('4')
  membershipId: string;
}
