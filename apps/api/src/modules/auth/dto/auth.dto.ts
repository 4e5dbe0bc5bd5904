import { Optional } from '../../../common/optional.js';
import { IsEmail, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../password-hasher.js';

export const LOGIN_NAME_PATTERN = /^[a-zA-Z0-9._-]{3,40}$/;
/** Letters (any script), digits, spaces and a few joiners; 2–32 characters. */
export const DISPLAY_NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]{0,30}[\p{L}\p{N}]$/u;

export class LoginDto {
  @IsString()
  @Length(1, 100)
  login: string;

  @IsString()
  @Length(1, 200)
  password: string;
}

export class RegisterDto {
  @IsString()
  @Length(8, 100)
  code: string;

  @IsString()
  @Matches(DISPLAY_NAME_PATTERN, { message: 'displayName: 2 tot 32 letters, cijfers of spaties' })
  displayName: string;

  @IsString()
  @Matches(LOGIN_NAME_PATTERN, {
    message: 'login: 3 tot 40 tekens: letters, cijfers, punt, streepje of underscore',
  })
  login: string;

  @Optional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password: minstens ${MIN_PASSWORD_LENGTH} tekens` })
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword: minstens ${MIN_PASSWORD_LENGTH} tekens` })
  @MaxLength(200)
  newPassword: string;
}

export class ResetPasswordDto {
  @IsString()
  @Length(16, 100)
  token: string;

  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword: minstens ${MIN_PASSWORD_LENGTH} tekens` })
  @MaxLength(200)
  newPassword: string;
}
