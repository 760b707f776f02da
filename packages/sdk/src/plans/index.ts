export * from './bundle.js';
export * from './calendar-rules.js';
export * from './changes.js';
export * from './plan-measures.js';
export * from './target-rules.js';
