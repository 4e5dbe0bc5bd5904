import { Foundation1795875780717 } from './1795875780717-Foundation.js';
import { Rooms1795876293309 } from './1795876293309-Rooms.js';
import { TrajectenMentors1795877434043 } from './1795877434043-TrajectenMentors.js';
import { InsightIndexes1795878825198 } from './1795878825198-InsightIndexes.js';
import { ReportFactsCache1795888648839 } from './1795888648839-ReportFactsCache.js';
import { ReactionTimeIndexes1795898493153 } from './1795898493153-ReactionTimeIndexes.js';
import { RoomReplyIndex1795899781885 } from './1795899781885-RoomReplyIndex.js';
import { RoomMemberEnd1795910000000 } from './1795910000000-RoomMemberEnd.js';
import { CrisisCases1796601400096 } from './1796601400096-CrisisCases.js';
import { RecognitionEvidence1796601400097 } from './1796601400097-RecognitionEvidence.js';
import { Outreach1796601521570 } from './1796601521570-Outreach.js';
import { Onboarding1796604277411 } from './1796604277411-Onboarding.js';
import { Sso1796611617837 } from './1796611617837-Sso.js';
import { PushSubscriptions1796611700000 } from './1796611700000-PushSubscriptions.js';
import { TwoFactor1796611715333 } from './1796611715333-TwoFactor.js';
import { AccessLogChain1796612014100 } from './1796612014100-AccessLogChain.js';
import { Research1796612276068 } from './1796612276068-Research.js';
import { CodingStudies1796623361474 } from './1796623361474-CodingStudies.js';
import { ContributionAuthorLookup1796624000000 } from './1796624000000-ContributionAuthorLookup.js';
import { OwnerReadViews1796624100000 } from './1796624100000-OwnerReadViews.js';
import { OwnerReadViews1796625100000 } from './1796625100000-OwnerReadViews.js';

/** Migrations in order. Listed explicitly so ESM builds, tests and the CLI load the same set. */
import { SessionReminders1796611671751 } from './1796611671751-SessionReminders.js';
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const MIGRATIONS: Function[] = [
  Foundation1795875780717,
  Rooms1795876293309,
  TrajectenMentors1795877434043,
  InsightIndexes1795878825198,
  ReportFactsCache1795888648839,
  ReactionTimeIndexes1795898493153,
  RoomReplyIndex1795899781885,
  RoomMemberEnd1795910000000,
  CrisisCases1796601400096,
  RecognitionEvidence1796601400097,
  Outreach1796601521570,
  Onboarding1796604277411,
  Sso1796611617837,
  SessionReminders1796611671751,
  PushSubscriptions1796611700000,
  TwoFactor1796611715333,
  AccessLogChain1796612014100,
  Research1796612276068,
  CodingStudies1796623361474,
  ContributionAuthorLookup1796624000000,
  OwnerReadViews1796624100000,
  OwnerReadViews1796625100000,
];
