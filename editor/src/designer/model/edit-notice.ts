import { notifiesCustomer, type CustomerNotice, type Step, type Text } from '@frontstage/engine';

/**
 * The step with its customer message changed by `patch`, kept tidy: `enabled` only where it differs
 * from the default (so moving the step across the line of visibility keeps meaning "as usual"), a
 * text with one language empty filled from the other, an empty text and an empty notice removed.
 * @example noticeWith(frontstageTask, { enabled: true }) // no customerNotice: on is the default there
 */
export function noticeWith(step: Step, patch: { enabled?: boolean; text?: Text }): Step {
  const { customerNotice: _old, ...bare } = step;
  const current: CustomerNotice = { ...step.customerNotice };
  const byDefault = notifiesCustomer(bare);
  const enabled = 'enabled' in patch ? patch.enabled : current.enabled;
  const text = 'text' in patch ? tidy(patch.text) : current.text;
  const next: CustomerNotice = {
    ...(enabled !== undefined && enabled !== byDefault ? { enabled } : {}),
    ...(text ? { text } : {}),
  };
  return Object.keys(next).length ? { ...bare, customerNotice: next } : bare;
}

function tidy(text: Text | undefined): Text | undefined {
  const zh = text?.['zh-CN'].trim() ?? '';
  const en = text?.en.trim() ?? '';
  if (!zh && !en) return undefined;
  return { 'zh-CN': zh || en, en: en || zh };
}
