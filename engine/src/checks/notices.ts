import { placeholdersIn } from '../notices/notice-template.js';
import { NOTICE_PLACEHOLDERS } from '../schema/notice.js';
import { LOCALES } from '../schema/primitives.js';
import type { Check } from './check.js';

const KNOWN: readonly string[] = NOTICE_PLACEHOLDERS;

/** A customer message names only placeholders it can fill, and promises a time only where the step has one. */
export const checkNotices: Check = ({ blueprint, stepIndex, report }) => {
  for (const step of blueprint.steps) {
    const text = step.customerNotice?.text;
    if (!text) continue;
    const at = ['steps', stepIndex.get(step.id)!, 'customerNotice', 'text'];
    for (const locale of LOCALES) {
      for (const name of new Set(placeholdersIn(text[locale]))) {
        if (!KNOWN.includes(name))
          report({
            code: 'notice.unknown_placeholder',
            severity: 'error',
            path: [...at, locale],
            stepId: step.id,
            zh: `“${step.label['zh-CN']}”的客户通知用了未知的占位符“{${name}}”：可用 ${KNOWN.map((k) => `{${k}}`).join('、')}`,
            en: `The customer message of "${step.label.en}" uses an unknown placeholder "{${name}}": use ${KNOWN.map((k) => `{${k}}`).join(', ')}`,
          });
        else if (name === 'expected' && !step.timeStandard)
          report({
            code: 'notice.expected_without_time_standard',
            severity: 'warning',
            path: [...at, locale],
            stepId: step.id,
            zh: `“${step.label['zh-CN']}”的客户通知承诺了时间{expected}，但该步骤没有时限`,
            en: `The customer message of "${step.label.en}" promises a time with {expected}, but the step has no time standard`,
          });
      }
    }
  }
};
