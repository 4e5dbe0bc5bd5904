import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { PushSubscriptionInput } from '@spiegel/domain';
import { Optional } from '../../../common/optional.js';

export class PushKeysDto {
  /** The browser's P-256 public key: 65 bytes, base64url (87 characters). */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{86,88}={0,2}$/, { message: 'keys.p256dh: geen geldige sleutel van de browser' })
  p256dh: string;

  /** The browser's 16-byte auth secret, base64url. */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{21,24}={0,2}$/, { message: 'keys.auth: geen geldige sleutel van de browser' })
  auth: string;
}

export class PushSubscriptionDto implements PushSubscriptionInput {
  @IsString()
  @MaxLength(1000, { message: 'endpoint: hooguit 1000 tekens' })
  endpoint: string;

  @IsObject()
  @ValidateNested()
  @Type(() => PushKeysDto)
  keys: PushKeysDto;

  @Optional()
  @IsString()
  @MaxLength(60, { message: 'label: hooguit 60 tekens' })
  label?: string;

  @Optional()
  @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}
