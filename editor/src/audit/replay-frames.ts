import {
  checkReplay,
  replayHistory,
  type CompiledBlueprint,
  type Text,
  type Ticket,
} from '@frontstage/engine';
import type { AuditEntry } from '@frontstage/engine';

/** Where the ticket was after one audit entry, replayed in the page by the engine. */
export interface ReplayFrame {
  entry: AuditEntry;
  /** The replayed ticket after this entry; null before the intake or after the replay stopped. */
  ticket: Ticket | null;
  /** Whether this entry moved the ticket (refusals, comments and warnings do not). */
  moved: boolean;
}

export interface ReplayOutcome {
  frames: ReplayFrame[];
  /** The engine's own verdict: the history replays and lands where each entry says it did. */
  ok: boolean;
  message?: Text;
}

/**
 * Replays a ticket's history over its pinned blueprint version and pairs every entry, refused ones
 * and comments included, with where the ticket stood after it. The replay runs in the page with
 * the engine's `replayHistory`, so the auditor sees the production engine's own account.
 * @example replayFrames(compiled, history).frames.map((f) => f.ticket?.state) // ['record', 'shutoff', 'shutoff', …]
 */
export function replayFrames(compiled: CompiledBlueprint, history: readonly AuditEntry[]): ReplayOutcome {
  const replayed = replayHistory(compiled, history);
  const verdict = checkReplay(replayed);
  const bySeq = new Map<number, Ticket>();
  if (replayed.ok || replayed.reason === 'replay_refused')
    replayed.trail.forEach((ticket, i) => bySeq.set(Number(replayed.sources[i]!.seq), ticket));
  const ordered = [...history].sort((a, b) => a.seq - b.seq);
  let current: Ticket | null = null;
  let stopped = false;
  const frames = ordered.map((entry): ReplayFrame => {
    const next = bySeq.get(entry.seq);
    const carriesEvent = entry.outcome === 'accepted' && entry.eventType !== null;
    if (carriesEvent && !next) stopped = true;
    const before: Ticket | null = current;
    if (next) current = next;
    const ticket = stopped ? null : current;
    const moved =
      !!next && (before === null || before.state !== next.state || before.path.length !== next.path.length);
    return { entry, ticket, moved };
  });
  return verdict.ok ? { frames, ok: true } : { frames, ok: false, message: verdict.message };
}
