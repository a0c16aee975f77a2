import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  decidingQuestions,
  suggestFacts,
  type Customer,
  type LocationHit,
  type Ruleset,
  type Site,
  type SiteScope,
} from '@frontstage/engine';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { ClassificationView } from '../../shared/ClassificationView';
import { newKey } from '../../shared/idempotency';
import { defaultSite, spansSites } from '../../shared/site-scope';
import { applyPick, chooseCaller, pickChoices } from './apply-pick';
import { CallerPanel } from './CallerPanel';
import { IntakeFields } from './IntakeFields';
import { DecidingQuestionPanel, SuggestionChips } from './IntakeHints';
import { confirmSuggestion, intakeHints } from './intake-hints';
import { buildTicketRequest, canSubmit, EMPTY_INTAKE, type IntakeForm } from './intake-facts';
import { intakeField } from './intake-errors';
import { LocationSearch } from './LocationSearch';
import { PickedPlaceChip } from './PickedPlaceChip';
import { SitePicker } from './SitePicker';
import { useClassificationPreview } from './useClassificationPreview';
import { useDerivedFacts } from './useDerivedFacts';
import { useSiteLocations } from './useSiteLocations';

/**
 * Intake (接收、记录): the front desk finds the unit, area or customer in one search box, records
 * the request, sees at once how the rules classify it and why, and saves it as a ticket, which
 * then opens.
 */
export function IntakePage({
  api,
  ruleset,
  sites = null,
  scope,
  onCreated,
}: {
  api: ApiClient | null;
  ruleset: Ruleset;
  /** The sites in the user's scope, null until known. */
  sites?: Site[] | null;
  scope?: SiteScope;
  onCreated: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState<IntakeForm>(EMPTY_INTAKE);
  const site = form.site || defaultSite(scope, sites);
  const request = useMemo(() => buildTicketRequest({ ...form, site }), [form, site]);
  const ready = canSubmit(form);
  const derived = useDerivedFacts(api, request);
  // The rules see what the server will see on saving: the request's facts with the derived ones.
  const facts = (derived?.facts as typeof request.facts) ?? request.facts;
  const preview = useClassificationPreview(api, facts, ready);
  const locations = useSiteLocations(api, site);
  const choices = useMemo(() => {
    const offered = pickChoices(ruleset);
    return locations ? { ...offered, location: locations.map((l) => l.value) } : offered;
  }, [ruleset, locations]);
  // Read from the request's own words by the ruleset's keyword conditions, in the browser, at once.
  const hints = useMemo(
    () => intakeHints(form, suggestFacts(ruleset, facts), decidingQuestions(ruleset, facts)),
    [ruleset, facts, form],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per request being saved: a double click or a retry after a lost answer opens one ticket.
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const change = useCallback((next: IntakeForm | ((old: IntakeForm) => IntakeForm)) => {
    setForm(next);
    setError(null);
  }, []);
  const onPick = useCallback(
    (hit: LocationHit) => change((old) => applyPick(old, hit, site, choices)),
    [change, site, choices],
  );
  const onCustomer = (customer: Customer | null) => change(chooseCaller(form, customer, choices));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!api || !ready || busy) return;
    const body = JSON.stringify(request);
    if (attempt.current?.body !== body) attempt.current = { key: newKey(), body };
    setBusy(true);
    try {
      const ticket = await api.createTicket(request, attempt.current.key);
      attempt.current = null;
      setForm({ ...EMPTY_INTAKE, site: form.site });
      onCreated(ticket.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  // A refusal that names the site, the place or the caller is shown beside it, not under the button.
  const field = intakeField(error);
  const message = error === null ? null : describeError(error, i18n);
  const c = preview.classification;
  return (
    <form
      className={`intake ${c?.class === 'emergency' ? 'is-emergency' : ''}`}
      onSubmit={(e) => void submit(e)}
    >
      <div className="intake-form">
        <h2>{t('intake.title')}</h2>
        {spansSites(scope, sites) && (
          <SitePicker
            sites={sites ?? []}
            value={site}
            error={field === 'site' ? message : null}
            // The place and caller belong to the old site: a new site starts them over.
            onChange={(s) => change({ ...form, site: s, place: null, customer: null, occupants: [] })}
          />
        )}
        <IntakeFields
          form={form}
          ruleset={ruleset}
          locations={locations}
          derived={derived?.derived ?? []}
          onChange={change}
          suggestions={
            <SuggestionChips
              ruleset={ruleset}
              suggestions={hints.suggestions}
              onConfirm={(sg) => change((old) => confirmSuggestion(old, sg.fact, sg.value) ?? old)}
            />
          }
          question={
            hints.question && (
              <DecidingQuestionPanel
                question={hints.question}
                onAnswer={(yes) => change((old) => confirmSuggestion(old, hints.question!.fact, yes) ?? old)}
              />
            )
          }
          place={
            <>
              <LocationSearch
                api={api}
                site={site}
                text={form.placeText}
                error={field === 'place' ? message : null}
                onText={(placeText) => change({ ...form, placeText })}
                onPick={onPick}
              />
              {form.place && (
                <PickedPlaceChip
                  place={form.place}
                  onClear={() => change({ ...form, place: null, occupants: [] })}
                />
              )}
            </>
          }
          caller={
            <CallerPanel
              customer={form.customer}
              occupants={form.occupants}
              customerName={form.customerName}
              phone={form.phone}
              error={field === 'customer' ? message : null}
              onCustomer={onCustomer}
              onText={(name, value) => change({ ...form, [name]: value })}
            />
          }
        />
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
        {message !== null && field === null && (
          <p className="error-text" role="alert">
            {message}
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
