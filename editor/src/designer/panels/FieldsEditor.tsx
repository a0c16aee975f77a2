import { FIELD_TYPES, PREFILL_SOURCES, type Field } from '@frontstage/engine';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { Check, Choice, CommitInput } from '../../shared/FormInputs';

/** The required-data form of a step or flow: name, bilingual label, type, range, whether the customer sees it. */
export function FieldsEditor({
  fields,
  onChange,
}: {
  fields: readonly Field[];
  onChange: (fields: Field[]) => void;
}) {
  const { t } = useI18n();
  const sources = useId();
  const set = (i: number, patch: Partial<Field>) =>
    onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  return (
    <div className="list-editor">
      <datalist id={sources}>
        {[...PREFILL_SOURCES, 'fact.description'].map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {fields.map((f, i) => (
        <div className="list-item" key={i}>
          <CommitInput label={t('props.fieldName')} value={f.name} onCommit={(v) => set(i, { name: v })} />
          <CommitInput
            label={t('props.labelZh')}
            value={f.label['zh-CN']}
            onCommit={(v) => set(i, { label: { ...f.label, 'zh-CN': v } })}
          />
          <CommitInput
            label={t('props.labelEn')}
            value={f.label.en}
            onCommit={(v) => set(i, { label: { ...f.label, en: v } })}
          />
          <Choice
            label={t('props.fieldType')}
            value={f.type}
            options={FIELD_TYPES.map((x) => ({ value: x, label: t(`fieldType.${x}`) }))}
            onChange={(v) => set(i, { type: v })}
          />
          {(f.type === 'integer' || f.type === 'number') && (
            <div className="row">
              <CommitInput
                label={t('props.min')}
                value={f.min?.toString() ?? ''}
                onCommit={(v) => set(i, { min: num(v) })}
              />
              <CommitInput
                label={t('props.max')}
                value={f.max?.toString() ?? ''}
                onCommit={(v) => set(i, { max: num(v) })}
              />
            </div>
          )}
          {f.type === 'date' && (
            <Check
              name={`past-${i}`}
              label={t('props.pastDate')}
              checked={f.past === true}
              onChange={(v) => set(i, { past: v || undefined })}
            />
          )}
          <CommitInput
            label={t('props.prefill')}
            name={`prefill-${i}`}
            value={f.prefill ?? ''}
            list={sources}
            placeholder="customer.phone · fact.description · data.…"
            onCommit={(v) => set(i, { prefill: v.trim() || undefined })}
          />
          <Check
            name={`customer-visible-${i}`}
            label={t('props.customerVisible')}
            checked={f.customerVisible === true}
            onChange={(v) => set(i, { customerVisible: v || undefined })}
          />
          <button
            type="button"
            className="link danger"
            onClick={() => onChange(fields.filter((_, j) => j !== i))}
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
            ...fields,
            {
              name: `field${fields.length + 1}`,
              label: { 'zh-CN': '新字段', en: 'New field' },
              type: 'string',
            },
          ])
        }
      >
        + {t('props.add')}
      </button>
    </div>
  );
}
