import type { TwoFactorCodeInput, TwoFactorPolicyView } from '@spiegel/domain';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../../common/optional.js';

/** A six-digit code or a recovery code as typed; the service reads it (spaces and dashes allowed). */
export class TwoFactorCodeDto implements TwoFactorCodeInput {
  @IsString()
  @MaxLength(32)
  code: string;

  @Optional()
  @IsBoolean()
  rememberDevice?: boolean;
}

export class TwoFactorPolicyDto implements TwoFactorPolicyView {
  @IsBoolean()
  requiredForStaff: boolean;
}
