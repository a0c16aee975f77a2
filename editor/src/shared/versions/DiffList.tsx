import type { DiffEntry } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';

/** A condition's change reads as two lines, old above new: a rule's test is read whole. */
const asLines = (e: DiffEntry) => /(^|\.)(conditions?|suggests)$/.test(e.field) && !!e.before && !!e.after;

/**
 * The changes between two versions, field by field: where (抢修 · 时限 · 时长) and the value before
 * and after (4 小时 → 2 小时). An entry `focusable` says is shown (a step on the canvas, a rule's
 * card) calls `onFocus`; one about something removed names it from the older version.
 */
export function DiffList({
  entries,
  focusable,
  onFocus,
  titles,
}: {
  entries: readonly DiffEntry[];
  focusable: (entry: DiffEntry) => boolean;
  onFocus: (entry: DiffEntry) => void;
  /** What clicking an entry does, and why one cannot be clicked. */
  titles: { focus: string; absent: string };
}) {
  const { t, text } = useI18n();
  return (
    <ul className="changes" data-testid="diff-list">
      {entries.map((e, i) => {
        const shown = focusable(e);
        const lines = asLines(e);
        return (
          <li key={i} className={`change-${e.change}`} data-field={e.field}>
            <button
              type="button"
              className="change-entry"
              disabled={!shown}
              title={shown ? titles.focus : titles.absent}
              data-step={e.stepId}
              data-flow={e.flowId}
              data-diff-rule={e.ruleId}
              data-diff-condition={e.conditionName}
              onClick={() => onFocus(e)}
            >
              <span className="chip">{t(`ver.${e.change}`)}</span>{' '}
              <span className="change-where">{text(e.where)}</span>
              {(e.before || e.after) && (
                <span className={lines ? 'change-values change-lines' : 'change-values'}>
                  {/* A value only added reads "+ x", only removed "− x", changed "a → b". */}
                  {e.before ? <del>{text(e.before)}</del> : '+ '}
                  {e.before && (e.after ? <span className="change-arrow"> → </span> : '')}
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
