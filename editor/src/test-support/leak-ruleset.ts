import type { Ruleset } from '@frontstage/engine';

const t = (en: string, zh: string) => ({ 'zh-CN': zh, en });

/**
 * A ruleset with shared conditions, as the shipped one writes them: "inside a home" named once and
 * used by two rules; the words suggest facts and "mentions water" asks whether it is flowing.
 */
export function leakRuleset(): Ruleset {
  return {
    key: 'default',
    name: t('Leak rules', '漏水规则'),
    facts: [
      {
        name: 'type',
        label: t('Request type', '请求类型'),
        type: 'choice',
        options: [
          { value: 'repair', label: t('Repair', '维修') },
          { value: 'cleaning', label: t('Cleaning', '清洁') },
        ],
      },
      { name: 'description', label: t('Description', '描述'), type: 'text' },
      { name: 'waterFlowing', label: t('Water flowing', '正在跑水'), type: 'boolean' },
      { name: 'inHome', label: t('Inside a home', '户内'), type: 'boolean' },
      { name: 'paidService', label: t('Paid service', '有偿服务'), type: 'boolean' },
    ],
    conditions: {
      mentionsHome: {
        label: t('The words name a flat', '描述说的是户内'),
        condition: { all: [{ fact: 'description', operator: 'textMatchesAny', value: '\\d+栋\\d{3,4}' }] },
        suggests: { fact: 'inHome', value: true },
      },
      insideHome: {
        label: t('Inside a home', '户内'),
        condition: {
          any: [
            { fact: 'inHome', operator: 'equal', value: true },
            {
              all: [
                { not: { fact: 'inHome', operator: 'equal', value: false } },
                { condition: 'mentionsHome' },
              ],
            },
          ],
        },
      },
      saysRepair: {
        label: t('The words ask for a repair', '描述要求维修'),
        condition: {
          all: [{ fact: 'description', operator: 'textContainsAny', value: ['漏水', '坏了', 'leak'] }],
        },
        suggests: { fact: 'type', value: 'repair' },
      },
      mentionsWater: {
        label: t('The words mention water', '描述说到水'),
        condition: { all: [{ fact: 'description', operator: 'textContainsAny', value: ['水', 'water'] }] },
        asks: ['waterFlowing'],
      },
    },
    defaults: { class: 'general', priority: 'normal', blueprint: 'shared-repair', team: 'customer_service' },
    rules: [
      {
        id: 'water-leak',
        name: t('Water flowing', '跑水/爆管应急'),
        priority: 990,
        conditions: { all: [{ fact: 'waterFlowing', operator: 'equal', value: true }] },
        decide: { class: 'emergency', priority: 'urgent', blueprint: 'water-leak', team: 'engineering' },
      },
      {
        id: 'in-home-repair',
        name: t('In-home repair', '居家维修'),
        priority: 500,
        conditions: { all: [{ condition: 'insideHome' }, { condition: 'saysRepair' }] },
        decide: { class: 'special', blueprint: 'in-home-repair', team: 'engineering' },
      },
      {
        id: 'paid-in-home',
        name: t('Paid work in a home', '有偿入户'),
        priority: 450,
        conditions: {
          all: [{ condition: 'insideHome' }, { fact: 'paidService', operator: 'equal', value: true }],
        },
        decide: { class: 'special', blueprint: 'special-service', team: 'supplier' },
      },
    ],
  };
}
