import type { Blueprint } from '@frontstage/engine';

const t = (en: string, zh: string) => ({ 'zh-CN': zh, en });

/** A small complete blueprint for working offline and for tests: a repair of shared parts. */
export function sampleBlueprint(): Blueprint {
  return {
    key: 'sample-repair',
    name: t('Repair of shared parts', '公共部位报修'),
    class: 'general',
    roles: {
      customer: t('Customer', '客户'),
      frontdesk: t('Front desk', '前台'),
      dispatcher: t('Dispatcher', '调度员'),
      engineer: t('Engineer', '维修工'),
      supervisor: t('Supervisor', '客户主任'),
      system: t('System', '系统'),
    },
    steps: [
      {
        id: 'report',
        type: 'start',
        lane: 'customer',
        label: t('Customer reports', '客户报修'),
        evidence: [{ id: 'app', label: t('App screen', '报修界面') }],
      },
      {
        id: 'record',
        type: 'task',
        lane: 'frontstage',
        label: t('Record request', '接待登记'),
        roles: ['frontdesk'],
        momentOfTruth: true,
        evidence: [{ id: 'work_order', label: t('Work order', '工单') }],
        requiredData: [{ name: 'location', label: t('Location', '位置'), type: 'string' }],
      },
      {
        id: 'dispatch',
        type: 'task',
        lane: 'backstage',
        label: t('Dispatch engineer', '派工'),
        roles: ['dispatcher'],
        timeStandard: { duration: 'PT30M', warnAt: [0.5], onBreach: { escalateTo: 'supervisor' } },
      },
      {
        id: 'notify',
        type: 'auto',
        lane: 'support',
        label: t('Notify engineer', '通知维修工'),
        actions: [{ kind: 'notify', to: 'engineer', message: t('New job', '新工单') }],
      },
      {
        id: 'fix',
        type: 'task',
        lane: 'frontstage',
        label: t('Repair on site', '上门维修'),
        roles: ['engineer'],
        momentOfTruth: true,
        failPoint: t('Parts missing', '缺少配件'),
        evidence: [{ id: 'uniform', label: t('Uniform, tools', '工服、工具') }],
      },
      {
        id: 'callback',
        type: 'task',
        lane: 'frontstage',
        label: t('Callback', '回访'),
        roles: ['frontdesk'],
        timeStandard: { duration: 'P3D' },
        requiredData: [
          { name: 'satisfaction', label: t('Satisfaction', '满意度'), type: 'integer', min: 1, max: 5 },
        ],
      },
      { id: 'satisfied', type: 'decision', lane: 'backstage', label: t('Satisfied?', '是否满意') },
      { id: 'closed', type: 'end', lane: 'frontstage', label: t('Closed', '关闭') },
    ],
    flows: [
      { id: 'report-record', from: 'report', to: 'record' },
      { id: 'record-dispatch', from: 'record', to: 'dispatch', event: 'RECORDED' },
      { id: 'dispatch-notify', from: 'dispatch', to: 'notify', event: 'DISPATCHED' },
      { id: 'notify-fix', from: 'notify', to: 'fix' },
      { id: 'fix-callback', from: 'fix', to: 'callback', event: 'RESOLVED' },
      { id: 'callback-satisfied', from: 'callback', to: 'satisfied', event: 'CALLBACK_DONE' },
      {
        id: 'unsatisfied',
        from: 'satisfied',
        to: 'dispatch',
        condition: { all: [{ fact: 'satisfaction', operator: 'lessThan', value: 3 }] },
        label: t('Unsatisfied', '不满意'),
      },
      { id: 'satisfied-closed', from: 'satisfied', to: 'closed' },
    ],
    layout: {
      steps: {
        report: { x: 200, y: 28 },
        record: { x: 440, y: 28 },
        dispatch: { x: 680, y: 28 },
        notify: { x: 920, y: 28 },
        fix: { x: 1160, y: 28 },
        callback: { x: 1400, y: 28 },
        satisfied: { x: 1640, y: 28 },
        closed: { x: 1880, y: 28 },
      },
    },
  };
}
