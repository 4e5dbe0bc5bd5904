import { SSO_ROLE_MODES, type SsoConfigInput, type SsoRoleMode } from '@spiegel/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmptyObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../../common/optional.js';

export class SsoRoleMappingDto {
  @IsIn(SSO_ROLE_MODES)
  mode: SsoRoleMode;

  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(100)
  claim: string | null;

  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  adminValues: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  facilitatorValues: string[];
}

export class SaveSsoConfigDto implements SsoConfigInput {
  @IsBoolean()
  enabled: boolean;

  @IsString()
  @MinLength(1)
  @MaxLength(500)
  issuer: string;

  @IsString()
  @MinLength(1)
  @MaxLength(300)
  clientId: string;

  @Optional()
  @IsString()
  @MaxLength(1000)
  clientSecret?: string;

  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(/^\s*[A-Za-z0-9.-]+\.[A-Za-z]{2,}\s*$/, {
    each: true,
    message: 'emailDomains must be domains such as ggz-noord.nl',
  })
  emailDomains: string[];

  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => SsoRoleMappingDto)
  mapping: SsoRoleMappingDto;
}

export class SsoDiscoverQuery {
  @Optional()
  @IsString()
  @MaxLength(100)
  organisation?: string;

  @Optional()
  @IsString()
  @MaxLength(254)
  email?: string;
}
