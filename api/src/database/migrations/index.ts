import { Initial1763870000000 } from './1763870000000-initial.js';
import { DurableTime1763960000000 } from './1763960000000-durable-time.js';
import { Console1764000000000 } from './1764000000000-console.js';
import { Estate1764100000000 } from './1764100000000-estate.js';
import { Sessions1764200000000 } from './1764200000000-sessions.js';
import { ChangeNotes1764300000000 } from './1764300000000-change-notes.js';
import { TicketSearch1764400000000 } from './1764400000000-ticket-search.js';
import { AreaKinds1764700000000 } from './1764700000000-area-kinds.js';
import { SearchRowsScope1764800000000 } from './1764800000000-search-rows-scope.js';
import { RulesetNotes1764850000000 } from './1764850000000-ruleset-notes.js';
import { Outbox1764900000000 } from './1764900000000-outbox.js';
import { Attachments1765000000000 } from './1765000000000-attachments.js';
import { Residents1765100000000 } from './1765100000000-residents.js';

/** Every migration, in order. Listed explicitly so the build needs no file globbing. */
export const MIGRATIONS = [
  Initial1763870000000,
  DurableTime1763960000000,
  Console1764000000000,
  Estate1764100000000,
  Sessions1764200000000,
  ChangeNotes1764300000000,
  TicketSearch1764400000000,
  AreaKinds1764700000000,
  SearchRowsScope1764800000000,
  RulesetNotes1764850000000,
  Outbox1764900000000,
  Attachments1765000000000,
  Residents1765100000000,
];
