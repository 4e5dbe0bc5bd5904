import { Optional } from '../../../common/optional.js';
import { ArrayMaxSize, IsArray, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class CreateRoomDto {
  @IsIn(['group', 'community', 'alumni'])
  kind: 'group' | 'community' | 'alumni';

  @IsString()
  @Length(2, 80)
  name: string;

  @Optional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @Optional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('4', { each: true })
  memberIds?: string[];
}

export class UpdateRoomDto {
  @Optional()
  @IsString()
  @Length(2, 80)
  name?: string;

  @Optional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class AgreementsDto {
  @IsString()
  @MaxLength(5000)
  text: string;
}

export class AddMembersDto {
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('4', { each: true })
  memberIds: string[];
}

export class StartDirectDto {
  @IsUUID('4')
  membershipId: string;
}
