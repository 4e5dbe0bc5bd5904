import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

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
  @IsOptional()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
