import { useMemo, useState } from 'react';
import type { AuditEntry, Blueprint, CompiledBlueprint, ReplayVerdict } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { BlueprintView } from '../shared/BlueprintView';
import { ticketMarks } from '../shared/path-marks';
import { replayFrames } from './replay-frames';
import { TimelineEntry } from './TimelineEntry';

/**
 * Steps through a ticket's history over its pinned blueprint version, drawing where the ticket
 * was after each entry as the engine replays it in the page, beside the server's own verdict.
 */
export function ReplayPanel({
  blueprint,
  compiled,
  history,
  verdict,
}: {
  blueprint: Blueprint;
  compiled: CompiledBlueprint;
  history: readonly AuditEntry[];
  verdict: ReplayVerdict | null;
}) {
  const { t, text } = useI18n();
  const outcome = useMemo(() => replayFrames(compiled, history), [compiled, history]);
  const last = outcome.frames.length - 1;
  const [index, setIndex] = useState(last);
  const at = Math.min(Math.max(index, 0), last);
  const frame = outcome.frames[at];
  const ticket = frame?.ticket;
  const marks = useMemo(
    () =>
      ticket
        ? ticketMarks(blueprint, ticket.path, ticket.status === 'open' ? ticket.state : undefined)
        : undefined,
    [blueprint, ticket],
  );
  return (
    <section className="replay" data-testid="replay">
      <div className="replay-verdicts">
        <span className={outcome.ok ? 'verdict-ok' : 'verdict-bad'} data-testid="replay-page-verdict">
          {outcome.ok ? `✓ ${t('replay.pageOk')}` : `✕ ${t('replay.pageBad')}: ${text(outcome.message)}`}
        </span>
        {verdict && (
          <span className={verdict.ok ? 'verdict-ok' : 'verdict-bad'} data-testid="replay-server-verdict">
            {verdict.ok
              ? `✓ ${t('replay.serverOk')}`
              : `✕ ${t('replay.serverBad')}: ${verdict.message ? text(verdict.message) : `${verdict.reason ?? ''} ${verdict.field ?? ''}`}`}
          </span>
        )}
      </div>
      <div className="replay-controls">
        <button type="button" onClick={() => setIndex(0)} disabled={at <= 0} data-action="replay-first">
          «
        </button>
        <button type="button" onClick={() => setIndex(at - 1)} disabled={at <= 0} data-action="replay-prev">
          ◀ {t('replay.prev')}
        </button>
        <input
          type="range"
          min={0}
          max={Math.max(last, 0)}
          value={at}
          onChange={(e) => setIndex(Number(e.target.value))}
          aria-label={t('replay.position')}
          name="replay-position"
        />
        <button
          type="button"
          onClick={() => setIndex(at + 1)}
          disabled={at >= last}
          data-action="replay-next"
        >
          {t('replay.next')} ▶
        </button>
        <span data-testid="replay-position">
          {at + 1} / {outcome.frames.length}
        </span>
      </div>
      {frame && (
        <ol className="timeline">
          <TimelineEntry entry={frame.entry} blueprint={blueprint} compact />
        </ol>
      )}
      <p className="hint" data-testid="replay-state" data-state={ticket?.state ?? ''}>
        {ticket
          ? `${t('sim.current')}: ${text(blueprint.steps.find((s) => s.id === ticket.state)?.label) || ticket.state}${ticket.status === 'closed' ? ` (${t('status.closed')})` : ''}`
          : t('replay.noTicket')}
      </p>
      <BlueprintView blueprint={blueprint} marks={marks} testId="replay-view" />
    </section>
  );
}
