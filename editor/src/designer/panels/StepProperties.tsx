import { LANES, type Lane, type Step, type Text, type TimeStandard } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { Check, Choice, CommitInput, splitList } from '../../shared/FormInputs';
import { ROLES_LIST, type RoleChoice } from '../model/roles';
import { DurationPicker } from './DurationPicker';
import { EvidenceEditor } from './EvidenceEditor';
import { FieldsEditor } from './FieldsEditor';
import { NoticeEditor } from './NoticeEditor';
import { RolePicker } from './RolePicker';

export interface StepPropertiesProps {
  step: Step;
  onChange: (patch: (s: Step) => Step) => void;
  onLane: (lane: Lane) => void;
  /** The roles that exist: the blueprint's and those the accounts hold. */
  roleChoices: readonly RoleChoice[];
}

/** Drops empty optional parts so the document stays tidy (and valid). */
function tidyTime(ts: TimeStandard): TimeStandard | undefined {
  if (!ts.duration) return undefined;
  const onBreach = ts.onBreach && (ts.onBreach.escalateTo || ts.onBreach.event) ? ts.onBreach : undefined;
  return {
    duration: ts.duration,
    ...(ts.clock ? { clock: ts.clock } : {}),
    ...(ts.warnAt?.length ? { warnAt: ts.warnAt } : {}),
    ...(onBreach ? { onBreach } : {}),
  };
}

/** A bilingual reason from its two inputs: one language fills the other; none clears it. */
function bilingual(zh: string | undefined, en: string | undefined): Text | undefined {
  const z = zh?.trim() ?? '';
  const e = en?.trim() ?? '';
  if (!z && !e) return undefined;
  return { 'zh-CN': z || e, en: e || z };
}

function without<K extends keyof Step>(step: Step, key: K, value: Step[K] | undefined): Step {
  const next = { ...step };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Everything about one step: labels, owner, time standard and breach, marks, evidence, data. */
export function StepProperties({ step, onChange, onLane, roleChoices }: StepPropertiesProps) {
  const { t } = useI18n();
  const ts = step.timeStandard ?? { duration: '' };
  const setTime = (patch: Partial<TimeStandard>) =>
    onChange((s) => without(s, 'timeStandard', tidyTime({ ...ts, ...patch })));
  const breach = ts.onBreach ?? {};
  return (
    <div className="props-body" data-props-step={step.id}>
      <div className="props-meta">
        <span className={`chip chip-${step.type}`}>{t(`type.${step.type}`)}</span>
        <code>{step.id}</code>
      </div>
      <CommitInput
        name="label-zh"
        label={t('props.labelZh')}
        value={step.label['zh-CN']}
        onCommit={(v) => onChange((s) => ({ ...s, label: { ...s.label, 'zh-CN': v } }))}
      />
      <CommitInput
        name="label-en"
        label={t('props.labelEn')}
        value={step.label.en}
        onCommit={(v) => onChange((s) => ({ ...s, label: { ...s.label, en: v } }))}
      />
      <Choice
        name="lane"
        label={t('props.lane')}
        value={step.lane}
        options={LANES.filter((l) => l !== 'evidence').map((l) => ({ value: l, label: t(`lane.${l}`) }))}
        onChange={onLane}
      />
      {step.type === 'task' && (
        <RolePicker
          name="roles"
          label={t('props.roles')}
          roles={step.roles ?? []}
          choices={roleChoices}
          onChange={(roles) => onChange((s) => without(s, 'roles', roles.length ? roles : undefined))}
        />
      )}
      <fieldset>
        <legend>{t('props.timeStandard')}</legend>
        <DurationPicker
          value={ts.duration}
          clock={ts.clock}
          onChange={(duration) => setTime({ duration })}
          onClock={
            step.timeStandard
              ? (clock) => setTime({ clock: clock === 'business' ? 'business' : undefined })
              : undefined
          }
        />
        {step.timeStandard && (
          <>
            <CommitInput
              name="warn-at"
              label={t('props.warnAt')}
              value={(ts.warnAt ?? []).join(', ')}
              onCommit={(v) =>
                setTime({
                  warnAt: splitList(v)
                    .map(Number)
                    .filter((n) => !Number.isNaN(n)),
                })
              }
            />
            <CommitInput
              name="escalate-to"
              list={ROLES_LIST}
              label={t('props.escalateTo')}
              value={breach.escalateTo ?? ''}
              onCommit={(v) => setTime({ onBreach: { ...breach, escalateTo: v.trim() || undefined } })}
            />
            <CommitInput
              name="breach-event"
              label={t('props.breachEvent')}
              value={breach.event ?? ''}
              onCommit={(v) =>
                setTime({ onBreach: { ...breach, event: v.trim().toUpperCase() || undefined } })
              }
            />
          </>
        )}
        {!step.timeStandard && step.type === 'task' && (
          // A wait without a deadline must say why, in both languages: the ticket page shows it.
          <>
            <CommitInput
              name="no-deadline-zh"
              label={`${t('props.noDeadline')} (中文)`}
              value={step.noDeadline?.['zh-CN'] ?? ''}
              onCommit={(v) => onChange((s) => without(s, 'noDeadline', bilingual(v, s.noDeadline?.en)))}
            />
            <CommitInput
              name="no-deadline-en"
              label={`${t('props.noDeadline')} (English)`}
              value={step.noDeadline?.en ?? ''}
              onCommit={(v) =>
                onChange((s) => without(s, 'noDeadline', bilingual(s.noDeadline?.['zh-CN'], v)))
              }
            />
          </>
        )}
      </fieldset>
      <Check
        name="mot"
        label={t('props.mot')}
        checked={!!step.momentOfTruth}
        onChange={(v) => onChange((s) => without(s, 'momentOfTruth', v || undefined))}
      />
      <Check
        name="customer-sees-actor"
        label={t('props.customerSeesActor')}
        checked={!!step.customerSeesActor}
        onChange={(v) => onChange((s) => without(s, 'customerSeesActor', v || undefined))}
      />
      {step.type !== 'decision' && <NoticeEditor step={step} onChange={onChange} />}
      <Check
        name="fail"
        label={t('props.failPoint')}
        checked={!!step.failPoint}
        onChange={(v) =>
          onChange((s) =>
            without(s, 'failPoint', v ? { 'zh-CN': '容易失误', en: 'Failure likely' } : undefined),
          )
        }
      />
      {step.failPoint && (
        <>
          <CommitInput
            label={t('props.failZh')}
            value={step.failPoint['zh-CN']}
            onCommit={(v) => onChange((s) => ({ ...s, failPoint: { ...s.failPoint!, 'zh-CN': v } }))}
          />
          <CommitInput
            label={t('props.failEn')}
            value={step.failPoint.en}
            onCommit={(v) => onChange((s) => ({ ...s, failPoint: { ...s.failPoint!, en: v } }))}
          />
        </>
      )}
      <fieldset>
        <legend>{t('props.evidence')}</legend>
        <EvidenceEditor
          items={step.evidence ?? []}
          onChange={(items) => onChange((s) => without(s, 'evidence', items.length ? items : undefined))}
        />
      </fieldset>
      <fieldset>
        <legend>{t('props.requiredData')}</legend>
        <FieldsEditor
          fields={step.requiredData ?? []}
          onChange={(fields) =>
            onChange((s) => without(s, 'requiredData', fields.length ? fields : undefined))
          }
        />
      </fieldset>
    </div>
  );
}
