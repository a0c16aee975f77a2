import type { Blueprint, NoticeIntent, Text } from '@frontstage/engine';

const fill = (t: Text, v: Record<string, Text>): Text => ({
  'zh-CN': t['zh-CN'].replace(/\{(\w+)\}/g, (w, k: string) => v[k]?.['zh-CN'] ?? w),
  en: t.en.replace(/\{(\w+)\}/g, (w, k: string) => v[k]?.en ?? w),
});

const ASSIGNED: Text = {
  'zh-CN': '新工单待处理：{blueprint}“{step}”（{ticket}）',
  en: 'New work for you: {blueprint}, "{step}" ({ticket})',
};
const ESCALATED: Text = {
  'zh-CN': '工单 {ticket} 在“{step}”超时，已升级给您',
  en: 'Ticket {ticket} ran over its time at "{step}" and is escalated to you',
};

/** What a staff notice says, in both languages, from the blueprint's names (never a raw step id). */
export function staffText(
  blueprint: Pick<Blueprint, 'name' | 'steps'>,
  intent: NoticeIntent,
  ticket: string,
): Text {
  const step = blueprint.steps.find((s) => s.id === intent.stepId)?.label ?? {
    'zh-CN': intent.stepId,
    en: intent.stepId,
  };
  const values = { blueprint: blueprint.name, step, ticket: { 'zh-CN': ticket, en: ticket } };
  if (intent.kind === 'staff.alert') return fill(intent.message, values);
  if (intent.kind === 'staff.escalation') return fill(ESCALATED, values);
  return fill(ASSIGNED, values);
}
