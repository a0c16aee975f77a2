import type { Site } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';

/** Which site a request belongs to, for staff who work at more than one. */
export function SitePicker({
  sites,
  value,
  error,
  onChange,
}: {
  sites: readonly Site[];
  value: string;
  error: string | null;
  onChange: (site: string) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="prop site-picker">
      <span>{t('site.label')}</span>
      <select
        name="intake-site"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
      >
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {error && (
        <span className="error-text" role="alert" data-field-error="site">
          {error}
        </span>
      )}
    </label>
  );
}
