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
