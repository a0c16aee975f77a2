import { Initial1763870000000 } from './1763870000000-initial.js';

/** Every migration, in order. Listed explicitly so the build needs no file globbing. */
export const MIGRATIONS = [Initial1763870000000];
