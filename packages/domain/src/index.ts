export * from './phases/phases.js';
export * from './classify/classify-contribution.js';
export * from './classify/classification-metrics.js';
export * from './realtime-events.js';
export * from './crisis/crisis-lexicon.js';
export * from './crisis/detect-crisis.js';
