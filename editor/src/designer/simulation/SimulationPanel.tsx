import { useState } from 'react';
import { allowedEvents, type CompileResult, type FactDeclaration, type JsonValue } from '@frontstage/engine';
import { FactFields } from '../../shared/facts/FactFields';
import { factsFrom } from '../../shared/facts/fact-values';
import { useI18n } from '../../i18n/useI18n';
import { rolesOf } from '../model/roles';
import { DataForm } from './DataForm';
import { nextTimer, type Frame } from './simulator';
import type { SimulationApi } from './useSimulation';

const SIM_START = '2026-11-23T09:00:00.000Z';

/**
 * Runs the compiled blueprint in the page: the starting facts entered with intake's own form (the
 * ruleset's fact declarations), events as buttons, a role picker, a clock to jump.
 */
export function SimulationPanel({
  checked,
  sim,
  facts: declared,
}: {
  checked: CompileResult;
  sim: SimulationApi;
  /** The facts the ruleset declares: what intake asks for, so what a ticket starts with. */
  facts: readonly FactDeclaration[];
}) {
  const { t, text, locale } = useI18n();
  const frame: Frame | undefined = sim.frame;
  const allRoles = checked.ok ? rolesOf(checked.blueprint) : [];
  const [role, setRole] = useState<string>('');
  const [values, setValues] = useState<Record<string, string>>({});
  const staleNote = sim.stale && (
    <p className="hint sim-stale" role="status" data-testid="sim-stale">
      {t('sim.stale')}
    </p>
  );
  if (!checked.ok)
    return (
      <div className="sim">
        {staleNote}
        <p className="hint error-text">{t('sim.invalid')}</p>
      </div>
    );
  if (!frame || !sim.compiled)
    return (
      <div className="sim">
        {staleNote}
        <fieldset className="sim-facts" data-testid="sim-facts">
          <legend>{t('sim.facts')}</legend>
          <FactFields prefix="sim" facts={declared} values={values} onChange={setValues} />
        </fieldset>
        {sim.rejection && (
          <p className="error-text" role="alert" data-testid="sim-refused">
            {t('sim.refused')}: {text(sim.rejection.message)}
          </p>
        )}
        <button
          type="button"
          className="primary"
          data-action="sim-start"
          onClick={() => sim.start(checked, SIM_START, factsFrom(declared, values))}
        >
          ▶ {t('sim.start')}
        </button>
      </div>
    );
  const compiled = sim.compiled;
  const ticket = frame.ticket;
  const actingRole = role || ticket.assignment?.roles[0] || allRoles[0] || 'frontdesk';
  const events = allowedEvents(compiled, ticket, actingRole);
  const current = compiled.blueprint.steps.find((s) => s.id === ticket.state);
  const timer = nextTimer(ticket);
  const fmt = (iso: string) =>
    new Date(iso).toLocaleString(locale, {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  const send = (type: string, data: Record<string, JsonValue>) => sim.send(type, actingRole, data);
  const stepName = (id: string) => text(compiled.blueprint.steps.find((s) => s.id === id)?.label) || id;
  // The facts the run started with, in the form's words: 正在跑水 是 · 渠道 电话.
  const factLine = Object.entries(ticket.context.facts).map(([name, value]) => {
    const fact = declared.find((f) => f.name === name);
    const option = fact?.options?.find((o) => o.value === value);
    const shown =
      value === true
        ? t('queue.yes')
        : value === false
          ? t('queue.no')
          : option
            ? text(option.label)
            : String(value);
    return `${text(fact?.label) || name} ${shown}`;
  });
  return (
    <div className="sim">
      <div className="sim-controls">
        <button type="button" data-action="sim-back" onClick={sim.back} disabled={sim.frames.length < 2}>
          ↶ {t('sim.back')}
        </button>
        <button type="button" data-action="sim-reset" onClick={sim.reset}>
          ⟲ {t('sim.reset')}
        </button>
      </div>
      <div
        className={`sim-now ${ticket.status === 'closed' ? 'is-closed' : ''} ${ticket.overdue ? 'is-overdue' : ticket.atRisk ? 'is-risk' : ''}`}
        data-sim-state={ticket.state}
      >
        {ticket.status === 'closed' ? t('sim.closed') : `${t('sim.current')}: ${text(current?.label)}`}
      </div>
      {factLine.length > 0 && (
        <p className="hint" data-testid="sim-started-facts">
          {t('sim.startedWith')}: {factLine.join(' · ')}
        </p>
      )}
      <div className="sim-clock">
        <span>
          {t('sim.clock')}: <strong>{fmt(frame.now)}</strong>
        </span>
        <button
          type="button"
          data-action="sim-jump"
          disabled={!timer}
          onClick={sim.jump}
          title={timer ? `${t(`timer.${timer.kind}`)} @ ${fmt(timer.due)}` : t('sim.noTimers')}
        >
          » {timer ? `${t('sim.jump')} (${t(`timer.${timer.kind}`)} ${fmt(timer.due)})` : t('sim.noTimers')}
        </button>
      </div>
      <label className="prop">
        <span>{t('sim.role')}</span>
        <select name="sim-role" value={actingRole} onChange={(e) => setRole(e.target.value)}>
          {allRoles.map((r) => (
            <option key={r} value={r}>
              {r}
              {compiled.blueprint.roles?.[r] ? ` · ${text(compiled.blueprint.roles[r])}` : ''}
            </option>
          ))}
        </select>
      </label>
      {ticket.status === 'open' && events.length === 0 && <p className="hint">{t('sim.noEvents')}</p>}
      <div className="sim-events">
        {events.map((e) => (
          <DataForm key={`${ticket.state}-${e.type}`} event={e} onSend={(data) => send(e.type, data)} />
        ))}
      </div>
      {sim.rejection && (
        <p className="error-text" role="alert">
          {t('sim.rejected')}: {text(sim.rejection.message)}
        </p>
      )}
      {ticket.escalations.length > 0 && (
        <div className="sim-escalations">
          <h4>{t('sim.escalations')}</h4>
          <ul>
            {ticket.escalations.map((x) => (
              <li key={x.timerId} className={`esc-${x.kind}`}>
                {x.kind === 'breach' ? '⛔' : '⚠'} {t(`timer.${x.kind}`)}: {stepName(x.stepId)} → {x.to} ·{' '}
                {fmt(x.at)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="sim-path">
        <h4>{t('sim.path')}</h4>
        <ol>
          {ticket.path.map((id, i) => (
            <li key={`${id}-${i}`}>{stepName(id)}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}
