import { useEffect, useState } from 'react';
import type { Site } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import type { TicketQuery } from '../../api/filters';
import { reportedDays, withReportedDays } from './queue-params';

const flag = (v: string) => (v === '' ? undefined : v === 'true');
// A step id as the API takes it: lower case letters, digits, _ and -.
const stateId = (v: string) => v.toLowerCase().replace(/[^a-z0-9_-]/g, '');
const flagText = (v: boolean | undefined) => (v === undefined ? '' : String(v));

/** What is typed into the search boxes. */
interface Typed {
  q: string;
  room: string;
  phone: string;
}
const typedOf = (q: TicketQuery): Typed => ({ q: q.q ?? '', room: q.room ?? '', phone: q.phone ?? '' });

/**
 * The queue's filters: what a caller knows (words, room, phone, the days it was reported), class,
 * state, overdue, at risk, open or closed, and the site
 * for users who see more than one (`sites` given).
 */
export function QueueFilters({
  query,
  sites,
  onChange,
}: {
  query: TicketQuery;
  sites?: readonly Site[];
  onChange: (q: TicketQuery) => void;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(() => typedOf(query));
  // Typing searches once the hand pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = { q: typed.q.trim(), room: typed.room.trim(), phone: typed.phone.trim() };
      const now = typedOf(query);
      if (next.q !== now.q || next.room !== now.room || next.phone !== now.phone)
        onChange({ ...query, ...next });
    }, 300);
    return () => clearTimeout(timer);
  }, [typed, query, onChange]);
  const days = reportedDays(query);
  const text = (name: keyof Typed, label: string, hint: string, mode?: 'numeric') => (
    <label className={`filter${name === 'q' ? ' grow' : ''}`}>
      <span>{label}</span>
      <input
        name={`filter-${name}`}
        type="search"
        value={typed[name]}
        placeholder={hint}
        {...(mode ? { inputMode: mode } : {})}
        onChange={(e) => setTyped({ ...typed, [name]: e.target.value })}
      />
    </label>
  );
  const day = (name: 'from' | 'to', label: string) => (
    <label className="filter">
      <span>{label}</span>
      <input
        name={`filter-${name}`}
        type="date"
        value={days[name]}
        onChange={(e) =>
          onChange(
            withReportedDays(
              query,
              name === 'from' ? e.target.value : days.from,
              name === 'to' ? e.target.value : days.to,
            ),
          )
        }
      />
    </label>
  );
  const yesNo = (name: 'overdue' | 'atRisk', label: string) => (
    <label className="filter">
      <span>{label}</span>
      <select
        name={`filter-${name}`}
        value={flagText(query[name])}
        onChange={(e) => onChange({ ...query, [name]: flag(e.target.value) })}
      >
        <option value="">{t('queue.any')}</option>
        <option value="true">{t('queue.yes')}</option>
        <option value="false">{t('queue.no')}</option>
      </select>
    </label>
  );
  return (
    <div className="queue-filters" role="search">
      {text('q', t('queue.search'), t('queue.searchHint'))}
      {text('room', t('queue.room'), t('queue.roomHint'))}
      {text('phone', t('queue.phone'), t('queue.phoneHint'), 'numeric')}
      {day('from', t('queue.reportedFrom'))}
      {day('to', t('queue.reportedTo'))}
      {sites && (
        <label className="filter">
          <span>{t('site.label')}</span>
          <select
            name="filter-site"
            value={query.site ?? ''}
            onChange={(e) => onChange({ ...query, site: e.target.value })}
          >
            <option value="">{t('site.all')}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="filter">
        <span>{t('rules.class')}</span>
        <select
          name="filter-class"
          value={query.class ?? ''}
          onChange={(e) => onChange({ ...query, class: e.target.value as TicketQuery['class'] })}
        >
          <option value="">{t('queue.any')}</option>
          <option value="emergency">{t('class.emergency')}</option>
          <option value="special">{t('class.special')}</option>
          <option value="general">{t('class.general')}</option>
        </select>
      </label>
      <label className="filter">
        <span>{t('queue.state')}</span>
        <input
          name="filter-state"
          value={query.state ?? ''}
          placeholder="repair"
          onChange={(e) => onChange({ ...query, state: stateId(e.target.value) })}
        />
      </label>
      {yesNo('overdue', t('queue.overdue'))}
      {yesNo('atRisk', t('queue.atRisk'))}
      <label className="filter">
        <span>{t('queue.status')}</span>
        <select
          name="filter-status"
          value={query.status ?? 'open'}
          onChange={(e) => onChange({ ...query, status: e.target.value as 'open' | 'closed' })}
        >
          <option value="open">{t('status.open')}</option>
          <option value="closed">{t('status.closed')}</option>
        </select>
      </label>
    </div>
  );
}
