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
export * from './messages/messages.js';
export * from './messages/format-message.js';
export * from './time/days-between.js';
export * from './path/participant-path.js';
export * from './equality/gini-coefficient.js';
export * from './equality/equality-report.js';
export * from './zwart-gat/zwart-gat-risk.js';
export * from './mentors/mentor-eligibility.js';
export * from './mentors/rank-mentors.js';
export * from './insight/index.js';
