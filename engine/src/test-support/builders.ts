import type { Blueprint, Flow, Step } from '../schema/blueprint.js';
import type { Ruleset } from '../schema/ruleset.js';

/** Small builders so tests read as sentences: `task('dispatch', 'backstage', ['dispatcher'])`. */
export const t = (en: string, zh = en) => ({ 'zh-CN': zh, en });

export const startStep = (id = 'start'): Step => ({ id, type: 'start', lane: 'customer', label: t('Start') });
export const endStep = (id = 'end'): Step => ({ id, type: 'end', lane: 'frontstage', label: t('End') });
export const task = (id: string, lane: Step['lane'], roles: string[], extra: Partial<Step> = {}): Step => ({
  id,
  type: 'task',
  lane,
  label: t(id),
  roles,
  ...extra,
});
export const flow = (from: string, to: string, event?: string, extra: Partial<Flow> = {}): Flow => ({
  id: `${from}-${to}${event ? `-${event.toLowerCase()}` : ''}`,
  from,
  to,
  ...(event ? { event } : {}),
  ...extra,
});

/**
 * A repair of shared parts, small but complete: record, dispatch (timed), fix, a decision on the
 * callback's satisfaction that reopens unsatisfied work, and close.
 */
export function repairBlueprint(): Blueprint {
  return {
    key: 'repair',
    name: t('Repair of shared parts', '公共部位报修'),
    class: 'general',
    roles: {
      frontdesk: t('Front desk', '前台'),
      dispatcher: t('Dispatcher', '调度'),
      engineer: t('Engineer', '工程师'),
      supervisor: t('Supervisor', '主管'),
    },
    events: {
      RECORDED: t('Recorded', '已登记'),
      DISPATCHED: t('Dispatched', '已派工'),
      RESOLVED: t('Resolved', '已修复'),
      CALLBACK_DONE: t('Called back', '已回访'),
    },
    steps: [
      startStep(),
      task('record', 'frontstage', ['frontdesk'], {
        requiredData: [{ name: 'location', label: t('Location', '位置'), type: 'string' }],
        evidence: [{ id: 'work_order', label: t('Work order', '工单') }],
        noDeadline: t('Recorded while the caller is on the line', '来电时当场登记'),
      }),
      task('dispatch', 'backstage', ['dispatcher'], {
        timeStandard: { duration: 'PT30M', warnAt: [0.5], onBreach: { escalateTo: 'supervisor' } },
      }),
      task('fix', 'backstage', ['engineer'], {
        momentOfTruth: true,
        failPoint: t('Parts missing', '缺少配件'),
        noDeadline: t('Agreed with the customer when dispatched', '派工时与客户约定'),
      }),
      task('callback', 'frontstage', ['frontdesk'], {
        timeStandard: { duration: 'P3D' },
        requiredData: [
          { name: 'satisfaction', label: t('Satisfaction', '满意度'), type: 'integer', min: 1, max: 5 },
        ],
      }),
      { id: 'satisfied', type: 'decision', lane: 'support', label: t('Satisfied?', '满意吗') },
      endStep('closed'),
    ],
    flows: [
      flow('start', 'record'),
      flow('record', 'dispatch', 'RECORDED'),
      flow('dispatch', 'fix', 'DISPATCHED'),
      flow('fix', 'callback', 'RESOLVED'),
      flow('callback', 'satisfied', 'CALLBACK_DONE'),
      flow('satisfied', 'dispatch', undefined, {
        id: 'unsatisfied',
        condition: { all: [{ fact: 'satisfaction', operator: 'lessThan', value: 3 }] },
      }),
      flow('satisfied', 'closed', undefined, { id: 'satisfied-closed' }),
    ],
    layout: { steps: { start: { x: 0, y: 0 } } },
  };
}

/** A ruleset in the spirit of the shipped one: emergencies first, paid in-home work is special. */
export function sampleRuleset(): Ruleset {
  return {
    key: 'default',
    name: t('Sample rules', '示例规则'),
    defaults: { class: 'general', priority: 'normal', blueprint: 'repair', team: 'customer_service' },
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
        decide: { class: 'emergency', priority: 'urgent', blueprint: 'water-leak', team: 'engineering' },
      },
      {
        id: 'in-home-paid',
        name: t('Paid work in a home', '有偿入户'),
        priority: 50,
        conditions: {
          all: [
            { fact: 'inHome', operator: 'equal', value: true },
            { fact: 'paid', operator: 'equal', value: true },
          ],
        },
        decide: { class: 'special', blueprint: 'in-home-repair', team: 'engineering' },
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
        decide: { blueprint: 'cleaning', team: 'cleaning', timeStandards: { clean: 'PT5M' } },
      },
      {
        id: 'high-floor',
        name: t('High floor', '高层'),
        priority: 5,
        conditions: { not: { fact: 'floor', operator: 'lessThanInclusive', value: 20 } },
        decide: { priority: 'high' },
      },
    ],
  };
}

/**
 * A ruleset with shared conditions, as the shipped one writes them: "inside a home" named once and
 * used by two rules; the words suggest facts, "mentions water" asks whether it is flowing and
 * "mentions a lift" whether anyone is trapped. The engine's and the editor's tests share it.
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
      { name: 'peopleTrapped', label: t('People trapped', '有人被困'), type: 'boolean' },
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
      mentionsLift: {
        label: t('The words mention a lift', '描述说到电梯'),
        condition: { all: [{ fact: 'description', operator: 'textContainsAny', value: ['电梯', 'lift'] }] },
        asks: ['peopleTrapped'],
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
      {
        id: 'trapped',
        name: t('People trapped in a lift', '电梯困人'),
        priority: 980,
        conditions: { all: [{ fact: 'peopleTrapped', operator: 'equal', value: true }] },
        decide: { class: 'emergency', priority: 'urgent', blueprint: 'lift-entrapment', team: 'engineering' },
      },
    ],
  };
}
