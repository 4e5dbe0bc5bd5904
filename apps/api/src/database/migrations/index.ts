import { Foundation1795875780717 } from './1795875780717-Foundation.js';
import { Rooms1795876293309 } from './1795876293309-Rooms.js';
import { TrajectenMentors1795877434043 } from './1795877434043-TrajectenMentors.js';
import { InsightIndexes1795878825198 } from './1795878825198-InsightIndexes.js';
import { ReportFactsCache1795888648839 } from './1795888648839-ReportFactsCache.js';
import { ReactionTimeIndexes1795898493153 } from './1795898493153-ReactionTimeIndexes.js';
import { RoomReplyIndex1795899781885 } from './1795899781885-RoomReplyIndex.js';

/** Migrations in order. Listed explicitly so ESM builds, tests and the CLI load the same set. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const MIGRATIONS: Function[] = [
  Foundation1795875780717,
  Rooms1795876293309,
  TrajectenMentors1795877434043,
  InsightIndexes1795878825198,
  ReportFactsCache1795888648839,
  ReactionTimeIndexes1795898493153,
  RoomReplyIndex1795899781885,
];
