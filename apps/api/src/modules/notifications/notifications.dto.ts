import { Optional } from '../../common/optional.js';
import { WholeNumberQuery } from '../../common/whole-number.js';
import { Matches } from 'class-validator';

export class ListNotificationsQuery {
  @Optional()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @Optional()
  @WholeNumberQuery(1, 100)
  limit?: number;
}
