// Public API of @spiegel/domain: the recovery model "De ander als spiegel" as pure functions.
export * from './phases/phases.js';
export * from './classify/classify-contribution.js';
export * from './classify/classification-metrics.js';
export * from './realtime-events.js';
export {
  CRISIS_CATEGORIES,
  CRISIS_SEVERITIES,
  type CrisisCategory,
  type CrisisSeverity,
} from './crisis/crisis-lexicon.js';
export * from './crisis/detect-crisis.js';
export * from './themes/themes.js';
export * from './themes/extract-themes.js';
export * from './text/typed-text.js';
export * from './input/input-limits.js';
export * from './text/check-pseudonym.js';
export * from './onboarding/onboarding.js';
export * from './messages/messages.js';
export * from './messages/format-message.js';
export * from './time/days-between.js';
export * from './path/participant-path.js';
export * from './path/phase-reached.js';
export * from './equality/gini-coefficient.js';
export * from './equality/equality-advice.js';
export * from './zwart-gat/zwart-gat-risk.js';
export * from './mentors/mentor-eligibility.js';
export * from './mentors/rank-mentors.js';
export * from './mentors/mentors-contract.js';
export * from './accounts/accounts-contract.js';
export * from './rooms/rooms-contract.js';
export * from './trajecten/trajecten-contract.js';
export * from './nazorg/nazorg-contract.js';
export * from './insight/index.js';
export * from './safety/index.js';
export * from './outreach/outreach-contract.js';
export * from './outreach/render-outreach-mail.js';
export * from './outreach/digest-period.js';
export * from './sso/sso-contract.js';
export * from './sso/map-sso-role.js';
export * from './outreach/reminders.js';
export * from './outreach/reminders-contract.js';
export * from './outreach/checkin-suggestions.js';
export * from './audit/access-log.js';
export * from './two-factor/two-factor.js';
export * from './outreach/push.js';
export * from './research/index.js';
