import { Optional } from '../../../common/optional.js';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

export class EraseAccountDto {
  @IsString()
  @Length(1, 200)
  password: string;

  /** delete: contributions become empty tombstones; anonymise: their text stays, no longer linked to you. */
  @IsIn(['delete', 'anonymise'])
  contributions: 'delete' | 'anonymise';

  /** The person types this to confirm. */
  @IsIn(['VERWIJDER', 'DELETE'])
  confirm: 'VERWIJDER' | 'DELETE';
}

export class AuditQuery {
  @Optional()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
