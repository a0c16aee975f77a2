import { useI18n } from '../../i18n/useI18n';
import type { Tri } from './fact-values';

/** Yes / no / not said: the rules read an explicit "no" differently from silence. */
export function TriToggle({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: Tri;
  onChange: (v: Tri) => void;
}) {
  const { t } = useI18n();
  const options: [Tri, string][] = [
    ['yes', t('queue.yes')],
    ['no', t('queue.no')],
    ['', t('intake.unknown')],
  ];
  return (
    <div className={`tri ${value ? `is-${value}` : ''}`} role="group" aria-label={label} data-fact={name}>
      <span className="tri-label">{label}</span>
      <span className="tri-buttons">
        {options.map(([v, text]) => (
          <button
            key={v || 'unknown'}
            type="button"
            aria-pressed={value === v}
            className={value === v ? 'is-on' : ''}
            data-value={v || 'unknown'}
            onClick={() => onChange(v)}
          >
            {text}
          </button>
        ))}
      </span>
    </div>
  );
}
