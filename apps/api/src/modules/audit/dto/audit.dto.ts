import { IsUUID, Matches } from 'class-validator';
import { Optional } from '../../../common/optional.js';
import { WholeNumberQuery } from '../../../common/whole-number.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class MyAuditQuery {
  @Optional()
  @Matches(/^\d{1,18}$/)
  before?: string;

  @Optional()
  @WholeNumberQuery(1, 200)
  limit?: number;
}

export class AuditSearchQuery extends MyAuditQuery {
  /** The person the entries are about. */
  @Optional()
  @IsUUID()
  person?: string;

  /** The staff member (or anyone) who acted. */
  @Optional()
  @IsUUID()
  actor?: string;

  @Optional()
  @Matches(DAY, { message: 'from must be a date (yyyy-mm-dd)' })
  from?: string;

  @Optional()
  @Matches(DAY, { message: 'to must be a date (yyyy-mm-dd)' })
  to?: string;
}
