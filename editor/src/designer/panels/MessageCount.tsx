import { memo, useMemo } from 'react';
import { customerMessageCount, type Blueprint } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';

/** How many messages a ticket of this blueprint can send its customer, per path (WeChat: one opt-in each). */
export const MessageCount = memo(function MessageCount({ blueprint }: { blueprint: Blueprint }) {
  const { t, locale } = useI18n();
  const count = useMemo(() => customerMessageCount(blueprint), [blueprint]);
  const names = useMemo(() => new Map(blueprint.steps.map((s) => [s.id, s.label])), [blueprint]);
  const range =
    count.min === count.max
      ? t('notice.countOne', { max: count.max })
      : t('notice.count', { min: count.min, max: count.max });
  return (
    <div className="props-meta" data-message-count={count.max}>
      <strong>{range}</strong>
      {count.loops && <span className="hint"> ({t('notice.loops')})</span>}
      <p className="hint">{t('notice.optIn')}</p>
      <details>
        <summary>{t('notice.title')}</summary>
        <ul>
          {count.paths.slice(0, 12).map((p, i) => (
            <li key={i}>
              {t('notice.path', {
                count: p.messages,
                steps: p.steps.map((id) => names.get(id)?.[locale] ?? id).join(' → '),
              })}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
});
