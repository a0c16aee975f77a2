import { REQUEST_CLASSES, type Blueprint } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { Choice, CommitInput } from '../../shared/FormInputs';
import { MessageCount } from './MessageCount';

/** The blueprint itself, shown when nothing is selected. */
export function BlueprintProperties({
  blueprint,
  onChange,
}: {
  blueprint: Blueprint;
  onChange: (edit: (b: Blueprint) => Blueprint) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="props-body">
      <p className="hint">{t('props.none')}</p>
      <h4>{t('props.blueprint')}</h4>
      <div className="props-meta">
        <code data-code title={t('props.key')}>
          {blueprint.key}
        </code>
      </div>
      <CommitInput
        label={t('props.labelZh')}
        value={blueprint.name['zh-CN']}
        onCommit={(v) => onChange((b) => ({ ...b, name: { ...b.name, 'zh-CN': v } }))}
      />
      <CommitInput
        label={t('props.labelEn')}
        value={blueprint.name.en}
        onCommit={(v) => onChange((b) => ({ ...b, name: { ...b.name, en: v } }))}
      />
      <Choice
        label={t('props.class')}
        value={blueprint.class}
        options={REQUEST_CLASSES.map((c) => ({ value: c, label: t(`class.${c}`) }))}
        onChange={(v) => onChange((b) => ({ ...b, class: v }))}
      />
      <MessageCount blueprint={blueprint} />
    </div>
  );
}
