import { useI18n } from '../../i18n/useI18n';
import type { Tri } from './fact-values';

/**
 * Yes / no / not said: the rules read an explicit "no" differently from silence. When the value
 * is not said but one is `derived` (the estate says the room is inside a home), the derived one is
 * the value in force and shows as chosen, marked as derived; choosing yes or no still overrides it.
 */
export function TriToggle({
  name,
  label,
  value,
  derived = '',
  onChange,
}: {
  name: string;
  label: string;
  value: Tri;
  derived?: Tri;
  onChange: (v: Tri) => void;
}) {
  const { t } = useI18n();
  const effective = value || derived;
  const fromDerived = value === '' && derived !== '';
  const options: [Tri, string][] = [
    ['yes', t('queue.yes')],
    ['no', t('queue.no')],
    ['', t('intake.unknown')],
  ];
  return (
    <div
      className={`tri ${effective ? `is-${effective}` : ''}`}
      role="group"
      aria-label={label}
      data-fact={name}
      data-effective={effective || 'unknown'}
    >
      <span className="tri-label">{label}</span>
      <span className="tri-buttons">
        {options.map(([v, text]) => (
          <button
            key={v || 'unknown'}
            type="button"
            aria-pressed={effective === v}
            className={effective === v ? (fromDerived ? 'is-on is-derived' : 'is-on') : ''}
            title={fromDerived && effective === v ? t('intake.derivedEffective') : undefined}
            data-value={v || 'unknown'}
            data-derived={(fromDerived && effective === v) || undefined}
            onClick={() => onChange(v)}
          >
            {text}
          </button>
        ))}
      </span>
    </div>
  );
}
