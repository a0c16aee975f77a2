import { missingLabels } from '../vocabulary.js';
import type { Check } from './check.js';

/**
 * Every event has words in both languages: a code without them reaches the front desk's
 * screen as FIXED. A warning, so a draft can be saved half-written.
 */
export const checkLabels: Check = ({ blueprint, report }) => {
  for (const missing of missingLabels([blueprint])) {
    if (missing.kind !== 'event') continue;
    const flow = blueprint.flows.find((f) => f.event === missing.code)!;
    report({
      code: 'event.unlabeled',
      severity: 'warning',
      path: ['events', missing.code],
      flowId: flow.id,
      zh: `事件 ${missing.code} 没有显示名称：请在“事件名称”中填写中文和英文`,
      en: `Event ${missing.code} has no display name: give it one in both languages under "Event names"`,
    });
  }
};
