import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { EMPTY_AUDIT_FORM, toAuditFilter, type AuditForm } from './audit-query';
import { AuditFilters } from './AuditFilters';
import { AuditResults } from './AuditResults';
import { ExportButtons } from './ExportButtons';
import type { AuditEntry } from '@frontstage/engine';
import type { AuditFilter } from '../api/filters';

const PAGE = 100;

/** Search the audit log with any of its filters, page on, open a ticket, export what is selected. */
export function AuditSearch({ api, onOpen }: { api: ApiClient; onOpen: (ticketId: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState<AuditForm>(EMPTY_AUDIT_FORM);
  const [filter, setFilter] = useState<AuditFilter>(() => toAuditFilter(EMPTY_AUDIT_FORM));
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(
    async (f: AuditFilter, after?: number) => {
      try {
        const page = await api.audit(f, after, PAGE);
        setItems((old) => (after === undefined ? page.items : [...old, ...page.items]));
        setNext(page.nextAfterSeq);
        setError(null);
      } catch (e) {
        setError(e);
      }
    },
    [api],
  );
  useEffect(() => {
    void load(toAuditFilter(EMPTY_AUDIT_FORM));
  }, [load]);
  const search = () => {
    const f = toAuditFilter(form);
    setFilter(f);
    void load(f);
  };
  return (
    <section className="audit-search">
      <AuditFilters form={form} onChange={setForm} onSearch={search} />
      <div className="audit-toolbar">
        <span data-testid="audit-count">{t('audit.count', { count: items.length })}</span>
        <ExportButtons api={api} filter={filter} />
      </div>
      {error !== null && (
        <p className="error-text" role="alert">
          {describeError(error, i18n)}
        </p>
      )}
      <AuditResults items={items} onOpen={onOpen} />
      {next !== null && (
        <button type="button" onClick={() => void load(filter, next)} data-action="audit-more">
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
