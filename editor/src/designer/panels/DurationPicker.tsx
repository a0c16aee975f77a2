import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { fromDuration, PICKER_UNITS, toDuration, type PickerUnit } from '../model/duration-picker';

export type Clock = 'wall' | 'business';

/**
 * A time standard's length as a number and a unit (minutes, hours, days), and whether it counts
 * working time or calendar time; it reads and writes the ISO-8601 duration the schema stores. A
 * stored duration no whole number of minutes holds (PT90S) is shown as it is, and kept until changed.
 * An empty amount clears the duration (''), which the step panel reads as "no time standard".
 */
export function DurationPicker({
  value,
  clock,
  onChange,
  onClock,
}: {
  value: string;
  clock?: Clock;
  onChange: (duration: string) => void;
  /** Shown only when given: the clock applies once there is a duration. */
  onClock?: (clock: Clock) => void;
}) {
  const { t } = useI18n();
  const shown = value ? fromDuration(value) : { amount: 0, unit: 'hours' as const };
  const stored = 'raw' in shown ? '' : shown.amount ? String(shown.amount) : '';
  const [amount, setAmount] = useState(stored);
  const [unit, setUnit] = useState<PickerUnit>('raw' in shown ? 'minutes' : shown.unit);
  // A new stored value (undo, another step) replaces what is typed; typing alone does not.
  useEffect(() => {
    setAmount(stored);
    if (!('raw' in shown)) setUnit(shown.unit);
  }, [value]);
  const commit = (text: string, u: PickerUnit) => {
    const n = Number(text);
    if (text.trim() === '') return value && !('raw' in shown) && onChange('');
    if (!Number.isFinite(n) || n <= 0) return setAmount(stored);
    const next = toDuration(n, u);
    if (next !== value) onChange(next);
  };
  return (
    <div className="duration-picker" role="group" aria-label={t('props.duration')}>
      <span className="prop-label">{t('props.duration')}</span>
      {'raw' in shown && (
        <p className="hint" data-testid="duration-raw">
          {t('duration.raw', { value: shown.raw })}
        </p>
      )}
      <div className="row">
        <input
          name="duration-amount"
          type="number"
          min={1}
          step={1}
          aria-label={t('duration.amount')}
          value={amount}
          placeholder={'raw' in shown ? shown.raw : ''}
          onChange={(e) => setAmount(e.target.value)}
          onBlur={() => commit(amount, unit)}
          onKeyDown={(e) => e.key === 'Enter' && commit(amount, unit)}
        />
        <select
          name="duration-unit"
          aria-label={t('duration.unit')}
          value={unit}
          onChange={(e) => {
            const u = e.target.value as PickerUnit;
            setUnit(u);
            if (amount.trim()) commit(amount, u);
          }}
        >
          {PICKER_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`duration.${u}`)}
            </option>
          ))}
        </select>
      </div>
      {onClock && (
        <div className="row duration-clock" role="radiogroup" aria-label={t('props.clock')}>
          {(['wall', 'business'] as const).map((c) => (
            <label key={c} className="prop-check">
              <input
                type="radio"
                name="duration-clock"
                value={c}
                checked={(clock ?? 'wall') === c}
                onChange={() => onClock(c)}
              />
              <span>{t(c === 'wall' ? 'props.clockWall' : 'props.clockBusiness')}</span>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
