import { memo } from 'react';
import type { LocationHit } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';

/** One answer in the intake search box: a unit with who lives there, a common area, or a customer. */
export const LocationHitOption = memo(function LocationHitOption({
  id,
  hit,
  active,
  onPick,
}: {
  id: string;
  hit: LocationHit;
  active: boolean;
  onPick: (hit: LocationHit) => void;
}) {
  const { t } = useI18n();
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`hit hit-${hit.kind} ${active ? 'is-active' : ''}`}
      data-hit={hit.kind}
      // Mouse down, not click: a click would come after the input's blur has closed the list.
      onMouseDown={(e) => {
        e.preventDefault();
        onPick(hit);
      }}
    >
      <span className="chip hit-kind">{t(`place.kind.${hit.kind}`)}</span>
      {hit.kind === 'unit' && (
        <>
          <strong className="hit-code">{hit.unit.code}</strong>
          <span className="hit-people">
            {hit.occupants.length === 0 && <span className="muted">{t('place.vacant')}</span>}
            {hit.occupants.map((o) => (
              <span key={`${o.customer.id}:${o.role}`} className="hit-person">
                {o.customer.name} <span className="muted">{o.customer.phone}</span>{' '}
                <span className="muted">{t(`customer.role.${o.role}`)}</span>
              </span>
            ))}
          </span>
        </>
      )}
      {hit.kind === 'area' && (
        <>
          <strong className="hit-code">{hit.area.name}</strong>
          <span className="muted">{hit.area.code}</span>
        </>
      )}
      {hit.kind === 'customer' && (
        <>
          <strong className="hit-code">{hit.customer.name}</strong>
          <span className="hit-people">
            <span className="muted">{hit.customer.phone}</span>{' '}
            {hit.customer.holdings
              .filter((h) => h.until === null)
              .map((h) => (
                <span key={h.id} className="hit-person">
                  {h.unitCode} <span className="muted">{t(`customer.role.${h.role}`)}</span>
                </span>
              ))}
          </span>
        </>
      )}
    </li>
  );
});
