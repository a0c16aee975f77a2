import type { Ruleset } from '@frontstage/engine';

const t = (en: string, zh: string) => ({ 'zh-CN': zh, en });

/** A small ruleset for working offline: emergencies first, paid in-home work is special. */
export function sampleRuleset(): Ruleset {
  return {
    key: 'default',
    name: t('Sample rules', '示例规则'),
    facts: [
      { name: 'type', label: t('Request type', '请求类型'), type: 'string' },
      { name: 'description', label: t('Description', '描述'), type: 'text' },
      { name: 'waterFlowing', label: t('Water flowing', '正在跑水'), type: 'boolean' },
      { name: 'location', label: t('Location', '位置'), type: 'string' },
    ],
    defaults: { class: 'general', priority: 'normal', blueprint: 'sample-repair', team: 'customer_service' },
    rules: [
      {
        id: 'water-leak',
        name: t('Water flowing', '跑水'),
        priority: 100,
        conditions: {
          any: [
            { fact: 'waterFlowing', operator: 'equal', value: true },
            { fact: 'description', operator: 'textContainsAny', value: ['跑水', 'burst pipe'] },
          ],
        },
        decide: { class: 'emergency', priority: 'urgent', team: 'engineering' },
      },
      {
        id: 'gate-cleaning',
        name: t('Main gate cleaning', '大门清洁'),
        priority: 10,
        conditions: {
          all: [
            { fact: 'location', operator: 'in', value: ['main_gate'] },
            { fact: 'type', operator: 'equal', value: 'cleaning' },
          ],
        },
        decide: { team: 'cleaning' },
      },
    ],
  };
}
