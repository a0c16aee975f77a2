import { useState } from 'react';
import { useWords } from '../../shared/vocabulary';
import { ApiError, type ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import type { TicketDetail } from '@frontstage/engine';

/** A supervisor dispatches the ticket to another team (their authority to dispatch to any department). */
export function ReassignControl({
  api,
  ticket,
  teams,
  onDone,
  onStale,
}: {
  api: ApiClient;
  ticket: TicketDetail;
  teams: readonly string[];
  onDone: (next: TicketDetail) => void;
  onStale: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const words = useWords();
  const [team, setTeam] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!team) return;
    setBusy(true);
    try {
      const next = await api.reassign(ticket.id, team, ticket.version);
      setMessage(t('ticket.reassigned', { team: words.team(team) }));
      setTeam('');
      onDone(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onStale();
      setMessage(describeError(e, i18n));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel-box" data-testid="reassign">
      <h3>{t('ticket.reassign')}</h3>
      <div className="row">
        <label className="prop grow">
          <span>{t('ticket.toTeam')}</span>
          <select name="reassign-team" value={team} onChange={(e) => setTeam(e.target.value)}>
            <option value="">—</option>
            {teams
              .filter((x) => x !== ticket.team)
              .map((x) => (
                <option key={x} value={x}>
                  {words.team(x)}
                </option>
              ))}
          </select>
        </label>
        <button type="button" disabled={!team || busy} onClick={() => void send()} data-action="reassign">
          {t('ticket.reassignDo')}
        </button>
      </div>
      {message && <p className="hint">{message}</p>}
    </section>
  );
}
