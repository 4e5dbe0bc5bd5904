export * from './crisis-case.js';
export * from './staffed-hours.js';
export * from './recognition-evidence.js';
export * from './field-signals.js';
export * from './safety-views.js';
