import { Optional } from '../../../common/optional.js';
import { checkPseudonym } from '@spiegel/domain';
import { IsEmail, IsString, Length, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../password-hasher.js';

export const LOGIN_NAME_PATTERN = /^[a-zA-Z0-9._-]{3,40}$/;
/** Why a pseudonym is refused, naming the character at fault (the rule is `checkPseudonym` in the domain). */
export function pseudonymRefusal(value: unknown): string | null {
  if (typeof value !== 'string') return 'displayName: een schuilnaam is tekst';
  const check = checkPseudonym(value);
  if (check.ok) return null;
  switch (check.problem) {
    case 'length':
      return `displayName: ${check.min} tot ${check.max} tekens`;
    case 'character':
      return `displayName: het teken "${check.character}" (${check.codePoint}) kan niet in een schuilnaam; wel letters, cijfers, emoji, spaties en . _ ' -`;
    case 'edge':
      return `displayName: begin en eindig met een letter, cijfer of emoji, niet met "${check.character}"`;
    case 'noLetter':
      return 'displayName: minstens één letter of cijfer';
  }
}

/** Letters of any script, digits, emoji, spaces and . _ ' -; 2–32 characters. */
function IsPseudonym() {
  return ValidateBy({
    name: 'isPseudonym',
    validator: {
      validate: (value: unknown) => pseudonymRefusal(value) === null,
      defaultMessage: (args) => pseudonymRefusal(args?.value) ?? 'displayName',
    },
  });
}

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
  @IsPseudonym()
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
