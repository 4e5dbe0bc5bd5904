import { IsIn } from 'class-validator';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../../organisations/membership.entity.js';

export class UpdateMemberRoleDto {
  @IsIn(MEMBERSHIP_ROLES)
  role: MembershipRole;
}
