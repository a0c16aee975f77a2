export * from './primitives.js';
export * from './condition.js';
export * from './notice.js';
export * from './blueprint.js';
export * from './ruleset.js';
export * from './json-schema.js';
