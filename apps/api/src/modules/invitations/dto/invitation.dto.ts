import { Optional } from '../../../common/optional.js';
import { WholeNumber } from '../../../common/whole-number.js';
import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../../organisations/membership.entity.js';

export class CreateInvitationDto {
  @IsIn(MEMBERSHIP_ROLES)
  role: MembershipRole;

  @Optional()
  @WholeNumber(1, 90)
  expiresInDays?: number;

  @Optional()
  @WholeNumber(1, 500)
  maxUses?: number;

  @Optional()
  @IsString()
  @MaxLength(200)
  note?: string;

  /** Staff who log in with their organisation (SSO): the address their provider verifies. */
  @Optional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}
