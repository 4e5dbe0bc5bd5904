import { IsIn, IsString, Length } from 'class-validator';

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
