import { Optional } from '../../../common/optional.js';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../../organisations/membership.entity.js';

export class CreateInvitationDto {
  @IsIn(MEMBERSHIP_ROLES)
  role: MembershipRole;

  @Optional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;

  @Optional()
  @IsInt()
  @Min(1)
  @Max(500)
  maxUses?: number;

  @Optional()
  @IsString()
  @MaxLength(200)
  note?: string;
}
