import { memo } from 'react';
import type { Text } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { CommitInput } from './FormInputs';

/** A bilingual text as its two inputs, Chinese then English, each committed on blur or Enter. */
export const TextInputs = memo(function TextInputs({
  value,
  onChange,
}: {
  value: Text;
  onChange: (next: Text) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <CommitInput
        label={t('props.labelZh')}
        value={value['zh-CN']}
        onCommit={(v) => onChange({ ...value, 'zh-CN': v })}
      />
      <CommitInput
        label={t('props.labelEn')}
        value={value.en}
        onCommit={(v) => onChange({ ...value, en: v })}
      />
    </>
  );
});
