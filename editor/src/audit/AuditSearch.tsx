import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { auditFormOf, paramsOfAuditForm, toAuditFilter, type AuditForm } from './audit-query';
import { AuditFilters } from './AuditFilters';
import { AuditResults } from './AuditResults';
import { ExportButtons } from './ExportButtons';
import type { AuditEntry } from '@frontstage/engine';
import type { AuditFilter } from '../api/filters';

const PAGE = 100;

/**
 * Search the audit log with any of its filters, page on, open a ticket, export what is selected.
 * With `onSearch` the search lives in the address: `params` is the one shown, and a search asks for a new address.
 */
export function AuditSearch({
  api,
  params,
  onSearch,
  onOpen,
}: {
  api: ApiClient;
  params?: Record<string, string>;
  onSearch?: (params: Record<string, string>) => void;
  onOpen: (ticketId: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const asked = useMemo(() => auditFormOf(params), [params]);
  const [form, setForm] = useState<AuditForm>(asked);
  const [filter, setFilter] = useState<AuditFilter>(() => toAuditFilter(asked));
  // null while a new search runs: the previous filter's list is never shown under the new one.
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The newest search: answers of older ones (slower, or overtaken) are dropped.
  const latest = useRef(0);
  const load = useCallback(
    async (f: AuditFilter, after?: number) => {
      const search = after === undefined ? ++latest.current : latest.current;
      if (after === undefined) {
        setItems(null);
        setNext(null);
      }
      try {
        const page = await api.audit(f, after, PAGE);
        if (search !== latest.current) return;
        setItems((old) => (after === undefined ? page.items : [...(old ?? []), ...page.items]));
        setNext(page.nextAfterSeq);
        setError(null);
      } catch (e) {
        if (search !== latest.current) return;
        setItems((old) => old ?? []);
        setError(e);
      }
    },
    [api],
  );
  const run = useCallback(
    (f: AuditForm) => {
      const next = toAuditFilter(f);
      setFilter(next);
      void load(next);
    },
    [load],
  );
  // The search the address names (on opening, and on back and forward) is the one shown.
  useEffect(() => {
    setForm(asked);
    run(asked);
  }, [asked, run]);
  const search = () => {
    const wanted = paramsOfAuditForm(form);
    // The same search again (a refresh of its hits) keeps the address: nothing would change it.
    if (onSearch && JSON.stringify(wanted) !== JSON.stringify(paramsOfAuditForm(asked))) onSearch(wanted);
    else run(form);
  };
  return (
    <section className="audit-search">
      <AuditFilters form={form} onChange={setForm} onSearch={search} />
      <div className="audit-toolbar">
        {items === null ? (
          <span role="status" data-testid="audit-searching">
            {t('audit.searching')}
          </span>
        ) : (
          <span data-testid="audit-count">{t('audit.count', { count: items.length })}</span>
        )}
        <ExportButtons api={api} filter={filter} />
      </div>
      {error !== null && (
        <p className="error-text" role="alert">
          {describeError(error, i18n)}
        </p>
      )}
      {items !== null && <AuditResults items={items} onOpen={onOpen} />}
      {next !== null && (
        <button type="button" onClick={() => void load(filter, next)} data-action="audit-more">
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
