import type { Evidence } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { CommitInput } from '../../shared/FormInputs';
import { freshId } from '../../shared/fresh-id';

/** Evidence items of a step: what the customer sees or touches there. */
export function EvidenceEditor({
  items,
  onChange,
}: {
  items: readonly Evidence[];
  onChange: (items: Evidence[]) => void;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<Evidence>) =>
    onChange(items.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <div className="list-editor">
      {items.map((e, i) => (
        <div className="list-item" key={i}>
          <CommitInput label={t('props.id')} value={e.id} onCommit={(v) => set(i, { id: v })} />
          <CommitInput
            label={t('props.labelZh')}
            value={e.label['zh-CN']}
            onCommit={(v) => set(i, { label: { ...e.label, 'zh-CN': v } })}
          />
          <CommitInput
            label={t('props.labelEn')}
            value={e.label.en}
            onCommit={(v) => set(i, { label: { ...e.label, en: v } })}
          />
          <button
            type="button"
            className="link danger"
            onClick={() => onChange(items.filter((_, j) => j !== i))}
          >
            {t('props.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="small"
        onClick={() =>
          onChange([
            ...items,
            {
              id: freshId('evidence', new Set(items.map((x) => x.id))),
              label: { 'zh-CN': '单据', en: 'Form' },
            },
          ])
        }
      >
        + {t('props.add')}
      </button>
    </div>
  );
}
