import type { FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/messages';
import type { AuditForm } from './audit-query';

const TEXT: [keyof AuditForm, MessageKey, string][] = [
  // What a caller knows first: the ticket's words, the room, their phone.
  ['q', 'audit.words', '漏水 厨房'],
  ['room', 'audit.room', '3栋2单元1101'],
  ['phone', 'audit.phone', '8000'],
  ['ticketId', 'audit.ticketId', 'uuid'],
  ['actorId', 'audit.actor', 'engineer'],
  ['actorRole', 'audit.actorRole', 'frontdesk'],
  ['command', 'audit.command', 'ticket.event'],
  ['eventType', 'audit.eventType', 'SHUT_OFF'],
  ['blueprintKey', 'rules.blueprint', 'water-leak'],
  ['blueprintVersion', 'audit.blueprintVersion', '1'],
  ['team', 'rules.team', 'engineering'],
];

/** The audit search's filters: the ticket's words, room and caller's phone, ticket, actor, role, command, event, outcome, period, blueprint, class, team. */
export function AuditFilters({
  form,
  onChange,
  onSearch,
}: {
  form: AuditForm;
  onChange: (form: AuditForm) => void;
  onSearch: () => void;
}) {
  const { t } = useI18n();
  const set = (name: keyof AuditForm, value: string) => onChange({ ...form, [name]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch();
  };
  return (
    <form className="audit-filters" onSubmit={submit} role="search">
      {TEXT.map(([name, label, hint]) => (
        <label key={name} className="filter">
          <span>{t(label)}</span>
          <input
            name={`audit-${name}`}
            value={form[name]}
            placeholder={hint}
            onChange={(e) => set(name, e.target.value)}
          />
        </label>
      ))}
      <label className="filter">
        <span>{t('audit.outcome')}</span>
        <select name="audit-outcome" value={form.outcome} onChange={(e) => set('outcome', e.target.value)}>
          <option value="">{t('queue.any')}</option>
          <option value="accepted">{t('audit.accepted')}</option>
          <option value="refused">{t('audit.refused')}</option>
        </select>
      </label>
      <label className="filter">
        <span>{t('rules.class')}</span>
        <select name="audit-class" value={form.class} onChange={(e) => set('class', e.target.value)}>
          <option value="">{t('queue.any')}</option>
          <option value="emergency">{t('class.emergency')}</option>
          <option value="special">{t('class.special')}</option>
          <option value="general">{t('class.general')}</option>
        </select>
      </label>
      <label className="filter">
        <span>{t('audit.from')}</span>
        <input
          name="audit-from"
          type="datetime-local"
          value={form.from}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label className="filter">
        <span>{t('audit.to')}</span>
        <input
          name="audit-to"
          type="datetime-local"
          value={form.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </label>
      <button type="submit" className="primary" data-action="audit-search">
        {t('audit.search')}
      </button>
    </form>
  );
}
