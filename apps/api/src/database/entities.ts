import { OutreachCalendarFeed } from '../modules/outreach/calendar-feed.entity.js';
import {
  OutreachCaughtMail,
  OutreachDelivery,
  OutreachEmailAddress,
  OutreachPreferenceRow,
} from '../modules/outreach/outreach.entities.js';
import { AuditChainHead, AuditEvent } from '../modules/audit/audit-event.entity.js';
import { OutreachPushKeys, OutreachPushSubscription } from '../modules/outreach/push.entities.js';
import { LoginAttempt } from '../modules/auth/login-attempt.entity.js';
import { PasswordReset } from '../modules/auth/password-reset.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Contribution } from '../modules/contributions/contribution.entity.js';
import { PhaseChange } from '../modules/contributions/phase-change.entity.js';
import { Reaction } from '../modules/contributions/reaction.entity.js';
import { Recognition } from '../modules/contributions/recognition.entity.js';
import { Mute } from '../modules/moderation/mute.entity.js';
import { Report } from '../modules/moderation/report.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { RoomMember } from '../modules/rooms/room-member.entity.js';
import { Room } from '../modules/rooms/room.entity.js';
import { ReportTrajectFacts } from '../modules/insight/report-facts.entity.js';
import { SelfPlacement } from '../modules/insight/self-placement.entity.js';
import { GetuigenisConfirmation } from '../modules/mentors/getuigenis-confirmation.entity.js';
import { MentorProfileEntity } from '../modules/mentors/mentor-profile.entity.js';
import { Mentorship } from '../modules/mentors/mentorship.entity.js';
import { FollowUpAction } from '../modules/nazorg/follow-up-action.entity.js';
import { ZwartGatScore } from '../modules/nazorg/zwart-gat-score.entity.js';
import { Enrolment } from '../modules/trajecten/enrolment.entity.js';
import { TrajectFacilitator } from '../modules/trajecten/traject-facilitator.entity.js';
import { TrajectSession } from '../modules/trajecten/traject-session.entity.js';
import { Traject } from '../modules/trajecten/traject.entity.js';
import { Invitation } from '../modules/invitations/invitation.entity.js';
import { Membership } from '../modules/organisations/membership.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { CrisisCase } from '../modules/safety/crisis-case.entity.js';
import { SignalMark } from '../modules/safety/signal-mark.entity.js';
import { StaffedHoursRow } from '../modules/safety/staffed-hours.entity.js';
import { OnboardingCompletion } from '../modules/onboarding/onboarding.entity.js';
import { SsoConfig } from '../modules/sso/sso-config.entity.js';
import { SsoIdentity } from '../modules/sso/sso-identity.entity.js';
import { SsoLoginState } from '../modules/sso/sso-login-state.entity.js';
import {
  TwoFactorAttempt,
  TwoFactorDevice,
  TwoFactorFactor,
  TwoFactorPendingLogin,
  TwoFactorPolicy,
  TwoFactorRecoveryCode,
} from '../modules/two-factor/two-factor.entities.js';
import {
  QuestionnaireReminder,
  QuestionnaireResponse,
  ResearchParticipant,
  ResearchTrajectCode,
} from '../modules/research/research.entities.js';
import {
  CodingCode,
  CodingItem,
  CodingStudy,
  CodingStudyCoder,
} from '../modules/research/coding.entities.js';

/** Every entity, listed once: the app, the CLI and the tests build their DataSource from this. */
export const ENTITIES = [
  Organisation,
  User,
  Membership,
  Session,
  Invitation,
  PasswordReset,
  LoginAttempt,
  AuditEvent,
  AuditChainHead,
  Room,
  RoomMember,
  Contribution,
  PhaseChange,
  Reaction,
  Recognition,
  Report,
  Mute,
  Notification,
  ReportTrajectFacts,
  SelfPlacement,
  Traject,
  TrajectSession,
  TrajectFacilitator,
  Enrolment,
  ZwartGatScore,
  FollowUpAction,
  MentorProfileEntity,
  OnboardingCompletion,
  ResearchParticipant,
  QuestionnaireResponse,
  ResearchTrajectCode,
  QuestionnaireReminder,
  GetuigenisConfirmation,
  Mentorship,
  CrisisCase,
  StaffedHoursRow,
  SignalMark,
  OutreachEmailAddress,
  OutreachPreferenceRow,
  OutreachDelivery,
  OutreachCaughtMail,
  SsoConfig,
  SsoIdentity,
  SsoLoginState,
  OutreachCalendarFeed,
  TwoFactorFactor,
  TwoFactorRecoveryCode,
  TwoFactorPendingLogin,
  TwoFactorDevice,
  TwoFactorAttempt,
  TwoFactorPolicy,
  OutreachPushSubscription,
  OutreachPushKeys,
  CodingStudy,
  CodingStudyCoder,
  CodingItem,
  CodingCode,
];
