export * from './phases/phases.js';
