import { memo } from 'react';
import {
  NOTICE_PLACEHOLDERS,
  notifiesCustomer,
  seenByCustomer,
  type Step,
  type Text,
} from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { Check, CommitInput } from '../../shared/FormInputs';
import { noticeWith } from '../model/edit-notice';

/** Whether a step tells the customer, and in what words (both languages). */
export const NoticeEditor = memo(function NoticeEditor({
  step,
  onChange,
}: {
  step: Step;
  onChange: (patch: (s: Step) => Step) => void;
}) {
  const { t } = useI18n();
  const text = step.customerNotice?.text;
  const setText = (locale: keyof Text, value: string) =>
    onChange((s) => noticeWith(s, { text: { ...(text ?? { 'zh-CN': '', en: '' }), [locale]: value } }));
  return (
    <fieldset className="prop-group" data-notice>
      <legend>{t('notice.title')}</legend>
      <Check
        name="notice-on"
        label={t('notice.on')}
        checked={notifiesCustomer(step)}
        onChange={(v) => onChange((s) => noticeWith(s, { enabled: v }))}
      />
      <p className="hint">
        {t('notice.default', { state: t(seenByCustomer(step) ? 'notice.defaultOn' : 'notice.defaultOff') })}
      </p>
      {notifiesCustomer(step) && (
        <>
          <CommitInput
            name="notice-zh"
            label={t('notice.textZh')}
            value={text?.['zh-CN'] ?? ''}
            onCommit={(v) => setText('zh-CN', v)}
          />
          <CommitInput
            name="notice-en"
            label={t('notice.textEn')}
            value={text?.en ?? ''}
            onCommit={(v) => setText('en', v)}
          />
          <p className="hint">
            {t('notice.placeholders', { list: NOTICE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ') })}
          </p>
        </>
      )}
    </fieldset>
  );
});
