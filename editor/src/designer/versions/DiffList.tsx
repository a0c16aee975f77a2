import type { DiffEntry } from '@frontstage/engine';
import type { Selection } from '../../canvas/model/selection';
import { useI18n } from '../../i18n/useI18n';

/**
 * The changes between two versions, field by field: where (抢修 · 时限 · 时长) and the value before
 * and after (4 小时 → 2 小时). An entry about a step or flow on the canvas selects it there; one
 * about something removed names it from the older version.
 */
export function DiffList({
  entries,
  onFocus,
}: {
  entries: readonly DiffEntry[];
  onFocus: (selection: Selection) => void;
}) {
  const { t, text } = useI18n();
  return (
    <ul className="changes" data-testid="diff-list">
      {entries.map((e, i) => {
        const onCanvas = e.side === 'after' && (e.stepId || e.flowId);
        return (
          <li key={i} className={`change-${e.change}`} data-field={e.field}>
            <button
              type="button"
              className="change-entry"
              disabled={!onCanvas}
              title={onCanvas ? t('ver.showOnCanvas') : t('ver.notOnCanvas')}
              data-step={e.stepId}
              data-flow={e.flowId}
              onClick={() =>
                onFocus({ steps: e.stepId ? [e.stepId] : [], flows: e.flowId ? [e.flowId] : [] })
              }
            >
              <span className="chip">{t(`ver.${e.change}`)}</span>{' '}
              <span className="change-where">{text(e.where)}</span>
              {(e.before || e.after) && (
                <span className="change-values">
                  {/* A value only added reads "+ x", only removed "− x", changed "a → b". */}
                  {e.before ? <del>{text(e.before)}</del> : '+ '}
                  {e.before && (e.after ? ' → ' : '')}
                  {e.after ? <ins>{text(e.after)}</ins> : ''}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
