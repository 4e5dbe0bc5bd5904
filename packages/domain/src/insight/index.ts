// Insight: facilitator dashboard, "mijn pad" and the evaluation report (checkpoint scores, funnel, suppression).
export * from './insight-messages.js';
export * from './suppress-small.js';
export * from './equality-meter.js';
export * from './phase-funnel.js';
export * from './score-checkpoints.js';
export * from './suggest-facilitation.js';
export type * from './insight-views.js';
