// The wire contract of the API: response shapes as zod schemas with types of the same name, for
// the API that answers with them and every client that reads them.
export * from './tickets.js';
export * from './audit.js';
export * from './reports.js';
export * from './session.js';
export * from './blueprints.js';
export * from './errors.js';
export * from './estate.js';
export * from './vocabulary.js';
export * from './derived.js';
export * from './residents.js';
export * from './attachments.js';
