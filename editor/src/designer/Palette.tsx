import type { StepType } from '@frontstage/engine';
import { STEP_TYPES } from '@frontstage/engine';
import { PALETTE_MIME } from '../canvas/Canvas';
import { useI18n } from '../i18n/useI18n';

const ICON: Record<StepType, string> = { start: '▶', task: '●', auto: '⚙', decision: '◆', end: '■' };

/** Step types to drag onto a lane (or click: the step lands in a sensible lane). */
export function Palette({
  onAdd,
  disabled = false,
}: {
  onAdd: (type: StepType) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <h3>{t('palette.title')}</h3>
      {STEP_TYPES.map((type) => (
        <button
          key={type}
          type="button"
          className={`palette-item palette-${type}`}
          draggable={!disabled}
          disabled={disabled}
          data-palette={type}
          onDragStart={(e) => {
            e.dataTransfer.setData(PALETTE_MIME, type);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => onAdd(type)}
        >
          <span className="palette-icon">{ICON[type]}</span>
          {t(`type.${type}`)}
        </button>
      ))}
      <p className="hint">{t('palette.hint')}</p>
    </aside>
  );
}
