import { useEffect, useState } from 'react';
import type { FactDeclaration, Flow } from '@frontstage/engine';
import { ConditionGroup } from '../../conditions/ConditionGroup';
import { useI18n } from '../../i18n/useI18n';
import { CommitInput } from '../../shared/FormInputs';
import { editText } from '../model/edit-text';
import type { RoleChoice } from '../model/roles';
import { FieldsEditor } from './FieldsEditor';
import { RolePicker } from './RolePicker';

function without<K extends keyof Flow>(flow: Flow, key: K, value: Flow[K] | undefined): Flow {
  const next = { ...flow };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** A flow: its event, who may send it, its guard condition and any extra data it needs. */
export function FlowProperties({
  flow,
  facts,
  fromTask,
  onChange,
  roleChoices = [],
}: {
  flow: Flow;
  /** The roles that exist: the blueprint's and those the accounts hold. */
  roleChoices?: readonly RoleChoice[];
  facts: readonly FactDeclaration[];
  fromTask: boolean;
  onChange: (patch: (f: Flow) => Flow) => void;
}) {
  const { t } = useI18n();
  const shown = flow.condition ? JSON.stringify(flow.condition, null, 2) : '';
  const [condition, setCondition] = useState(shown);
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setCondition(shown);
    setBad(false);
  }, [shown]);
  const commitCondition = () => {
    if (condition === shown) return;
    if (condition.trim() === '') return onChange((f) => without(f, 'condition', undefined));
    try {
      const parsed = JSON.parse(condition) as Flow['condition'];
      setBad(false);
      onChange((f) => ({ ...f, condition: parsed }));
    } catch {
      setBad(true);
    }
  };
  return (
    <div className="props-body" data-props-flow={flow.id}>
      <div className="props-meta">
        <span className="chip">{t('props.flow')}</span>
        <code>{flow.id}</code>
        <span className="muted">
          {flow.from} → {flow.to}
        </span>
      </div>
      {(fromTask || flow.event) && (
        <CommitInput
          name="event"
          label={t('props.event')}
          value={flow.event ?? ''}
          onCommit={(v) => onChange((f) => without(f, 'event', v.trim().toUpperCase() || undefined))}
        />
      )}
      <CommitInput
        name="flow-label-zh"
        label={t('props.labelZh')}
        value={flow.label?.['zh-CN'] ?? ''}
        onCommit={(v) => onChange((f) => without(f, 'label', editText(f.label, 'zh-CN', v)))}
      />
      <CommitInput
        name="flow-label-en"
        label={t('props.labelEn')}
        value={flow.label?.en ?? ''}
        onCommit={(v) => onChange((f) => without(f, 'label', editText(f.label, 'en', v)))}
      />
      <RolePicker
        name="flow-roles"
        label={t('props.flowRoles')}
        roles={flow.roles ?? []}
        choices={roleChoices}
        onChange={(roles) => onChange((f) => without(f, 'roles', roles.length ? roles : undefined))}
      />
      <fieldset>
        <legend>{t('props.conditionTitle')}</legend>
        <datalist id="rule-facts">
          {facts.map((f) => (
            <option key={f.name} value={f.name} />
          ))}
        </datalist>
        {flow.condition ? (
          <>
            <ConditionGroup
              condition={flow.condition}
              facts={facts}
              onChange={(c) => onChange((f) => ({ ...f, condition: c as Flow['condition'] }))}
            />
            <button
              type="button"
              className="link danger"
              onClick={() => onChange((f) => without(f, 'condition', undefined))}
            >
              {t('props.remove')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="small"
            data-action="add-condition"
            onClick={() =>
              onChange((f) => ({
                ...f,
                condition: {
                  all: [{ fact: facts[0]?.name ?? 'satisfaction', operator: 'lessThan', value: 3 }],
                },
              }))
            }
          >
            + {t('rules.addCondition')}
          </button>
        )}
      </fieldset>
      <details>
        <summary>{t('props.json')}</summary>
        <label className="prop">
          <span>{t('props.condition')}</span>
          <textarea
            name="condition"
            rows={6}
            value={condition}
            spellCheck={false}
            onChange={(e) => setCondition(e.target.value)}
            onBlur={commitCondition}
            placeholder='{ "all": [{ "fact": "satisfaction", "operator": "lessThan", "value": 3 }] }'
          />
          {bad && <em className="error-text">{t('props.conditionBad')}</em>}
        </label>
      </details>
      <fieldset>
        <legend>{t('props.requiredData')}</legend>
        <FieldsEditor
          fields={flow.requiredData ?? []}
          onChange={(fields) =>
            onChange((f) => without(f, 'requiredData', fields.length ? fields : undefined))
          }
        />
      </fieldset>
    </div>
  );
}
