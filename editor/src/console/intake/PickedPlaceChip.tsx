import { useI18n } from '../../i18n/useI18n';
import type { PickedPlace } from './place-pick';

/** The unit or area the request is about, with a way to take it back. */
export function PickedPlaceChip({ place, onClear }: { place: PickedPlace; onClear: () => void }) {
  const { t } = useI18n();
  return (
    <p className="picked-place" data-testid="picked-place" data-kind={place.kind}>
      <span className="chip">{t(`place.kind.${place.kind}`)}</span>
      <strong>{place.kind === 'unit' ? place.code : place.name}</strong>
      {place.kind === 'area' && <span className="muted">{place.code}</span>}
      <button type="button" className="link" onClick={onClear} aria-label={t('place.clear')}>
        ✕
      </button>
    </p>
  );
}
