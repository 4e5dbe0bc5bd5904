import { Optional } from '../../common/optional.js';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

export class ListNotificationsQuery {
  @Optional()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
