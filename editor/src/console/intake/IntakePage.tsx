import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { Ruleset } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { ClassificationView } from '../../shared/ClassificationView';
import { newKey } from '../../shared/idempotency';
import { IntakeFields } from './IntakeFields';
import { buildFacts, canSubmit, EMPTY_INTAKE, type IntakeForm } from './intake-facts';
import { useClassificationPreview } from './useClassificationPreview';

/**
 * Intake (接收、记录): the front desk records a request, sees at once how the rules classify it and
 * why, and saves it as a ticket, which then opens.
 */
export function IntakePage({
  api,
  ruleset,
  onCreated,
}: {
  api: ApiClient | null;
  ruleset: Ruleset;
  onCreated: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState<IntakeForm>(EMPTY_INTAKE);
  const facts = useMemo(() => buildFacts(form), [form]);
  const ready = canSubmit(form);
  const preview = useClassificationPreview(api, facts, ready);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per request being saved: a double click or a retry after a lost answer opens one ticket.
  const attempt = useRef<{ key: string; facts: string } | null>(null);
  const change = (next: IntakeForm) => {
    setForm(next);
    setError(null);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!api || !ready || busy) return;
    const body = JSON.stringify(facts);
    if (attempt.current?.facts !== body) attempt.current = { key: newKey(), facts: body };
    setBusy(true);
    try {
      const ticket = await api.createTicket(facts, attempt.current.key);
      attempt.current = null;
      setForm(EMPTY_INTAKE);
      onCreated(ticket.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const c = preview.classification;
  return (
    <form
      className={`intake ${c?.class === 'emergency' ? 'is-emergency' : ''}`}
      onSubmit={(e) => void submit(e)}
    >
      <div className="intake-form">
        <h2>{t('intake.title')}</h2>
        <IntakeFields form={form} ruleset={ruleset} onChange={change} />
      </div>
      <aside className="intake-preview" aria-live="polite">
        <h3>{t('intake.preview')}</h3>
        {!ready && <p className="hint">{t('intake.previewHint')}</p>}
        {ready && preview.pending && !c && <p className="hint">{t('intake.classifying')}</p>}
        {preview.error !== null && <p className="error-text">{describeError(preview.error, i18n)}</p>}
        {ready && c && (
          <>
            {c.class === 'emergency' && (
              <p className="emergency-banner" role="alert" data-testid="emergency-banner">
                ⚠ {t('intake.emergency')}
              </p>
            )}
            <ClassificationView classification={c} testId="intake-classification" />
          </>
        )}
        {error !== null && (
          <p className="error-text" role="alert">
            {describeError(error, i18n)}
          </p>
        )}
        <button
          type="submit"
          className="primary wide"
          disabled={!ready || busy || !api}
          data-action="save-ticket"
        >
          {busy ? t('intake.saving') : t('intake.save')}
        </button>
      </aside>
    </form>
  );
}
