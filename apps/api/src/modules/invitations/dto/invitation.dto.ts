import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../../organisations/membership.entity.js';

export class CreateInvitationDto {
  @IsIn(MEMBERSHIP_ROLES)
  role: MembershipRole;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  maxUses?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string;
}
