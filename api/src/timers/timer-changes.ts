import type { Effect } from '@frontstage/engine';
import type { TimerRow } from '../database/entities.js';

/** What a command does to a ticket's timer rows: pending ones cancelled (at `at`), new ones started. */
export interface TimerChanges {
  cancelled: string[];
  started: TimerRow[];
  at: string;
}

/** The time standards a step's effects start and stop, as timer rows and timer ids. */
export function timerChanges(ticketId: string, effects: readonly Effect[], at: string): TimerChanges {
  const started: TimerRow[] = effects.flatMap((e) =>
    e.kind === 'startTimer'
      ? [
          {
            ticketId,
            timerId: e.timer.id,
            stepId: e.timer.stepId,
            kind: e.timer.kind,
            due: e.timer.due,
            status: 'pending',
            escalateTo: e.timer.escalateTo ?? null,
            createdAt: at,
            settledAt: null,
          },
        ]
      : [],
  );
  const cancelled = effects.flatMap((e) => (e.kind === 'cancelTimer' ? [e.timerId] : []));
  return { started, cancelled, at };
}
