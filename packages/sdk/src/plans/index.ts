export * from './bundle.js';
export * from './changes.js';
