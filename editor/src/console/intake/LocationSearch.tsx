import { useCallback, useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { LocationHit } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { LocationHitOption } from './LocationHitOption';
import { hitKey } from './place-pick';
import { useLocationSearch } from './useLocationSearch';

/**
 * The front desk's one search box: a unit as people say it ('3-2-1101', '3栋2单元1101'), a common
 * area, or a customer's name or phone. Arrow keys move through the hits, Enter picks, Escape closes.
 */
export function LocationSearch({
  api,
  site,
  text,
  error,
  onText,
  onPick,
}: {
  api: ApiClient | null;
  site: string;
  text: string;
  /** Why the API refused the place last saved, shown under the box. */
  error: string | null;
  onText: (text: string) => void;
  onPick: (hit: LocationHit) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const search = useLocationSearch(api, site, text);
  const { hits } = search;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  useEffect(() => setActive(0), [hits]);
  const shown = open && text.trim() !== '';
  const pick = useCallback(
    (hit: LocationHit) => {
      setOpen(false);
      onPick(hit);
    },
    [onPick],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(hits.length - 1, 0)));
    } else if (e.key === 'Enter') {
      // Enter in the search box picks; it never saves the request half-filled.
      e.preventDefault();
      const hit = hits[active];
      if (shown && hit) pick(hit);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  return (
    <div className="place-search">
      <label className="prop">
        <span>{t('place.search')}</span>
        <input
          name="intake-place"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={shown && hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={shown && hits[active] ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          value={text}
          placeholder={t('place.searchHint')}
          onChange={(e) => {
            onText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </label>
      {shown && hits.length > 0 && (
        <ul className="hits" role="listbox" id={listId} aria-label={t('place.search')}>
          {hits.map((hit, i) => (
            <LocationHitOption
              key={hitKey(hit)}
              id={`${listId}-${i}`}
              hit={hit}
              active={i === active}
              onPick={pick}
            />
          ))}
        </ul>
      )}
      {shown && !search.pending && hits.length === 0 && search.error === null && (
        <p className="hint" data-testid="no-hits">
          {t('place.noHits')}
        </p>
      )}
      {search.pending && <p className="hint">{t('place.searching')}</p>}
      {search.error !== null && <p className="error-text">{describeError(search.error, i18n)}</p>}
      {error && (
        <p className="error-text" role="alert" data-field-error="place">
          {error}
        </p>
      )}
    </div>
  );
}
