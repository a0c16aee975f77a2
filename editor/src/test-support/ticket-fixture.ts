import type { Classification, TicketDetail } from '@frontstage/engine';

/** A water-leak emergency as the API shows it, for component tests; `over` replaces members. */
export function ticketFixture(over: Partial<TicketDetail> = {}): TicketDetail {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    version: 3,
    blueprint: { key: 'water-leak', version: 1, hash: 'h' },
    class: 'emergency',
    priority: 'urgent',
    team: 'engineering',
    state: 'callback',
    status: 'open',
    assignment: { stepId: 'callback', roles: ['frontdesk'], team: 'engineering' },
    facts: { description: '楼上跑水', waterFlowing: true, unit: '3-1201' },
    data: {},
    path: ['start', 'record', 'callback'],
    timers: [],
    escalations: [],
    atRisk: false,
    overdue: false,
    nextBreach: null,
    escalatedTo: [],
    createdAt: '2026-11-24T08:00:00.000Z',
    updatedAt: '2026-11-24T08:05:00.000Z',
    createdBy: 'frontdesk',
    site: 'cuihu',
    location: null,
    customerId: null,
    allowedEvents: [],
    classification: null,
    customer: null,
    customerHistory: [],
    repeats: { earlier: [], later: [] },
    attachments: [],
    ...over,
  };
}

/** The classification the shipped ruleset gives a leak, trimmed to one rule. */
export function leakClassification(): Classification {
  return {
    class: 'emergency',
    priority: 'urgent',
    blueprint: 'water-leak',
    team: 'engineering',
    role: 'engineer',
    timeStandards: {},
    explanation: {
      decidedBy: {
        class: 'water-leak',
        priority: 'water-leak',
        blueprint: 'water-leak',
        team: 'water-leak',
        role: 'water-leak',
      },
      rules: [
        {
          id: 'water-leak',
          name: { 'zh-CN': '跑水/爆管应急', en: 'Water leak / burst pipe' },
          priority: 990,
          fired: true,
          conditions: [
            { fact: 'waterFlowing', operator: 'equal', value: true, factValue: true, result: true },
          ],
        },
        {
          id: 'cleaning',
          name: { 'zh-CN': '公共区域清洁', en: 'Common-area cleaning' },
          priority: 100,
          fired: false,
          conditions: [
            { fact: 'type', operator: 'equal', value: 'cleaning', factValue: null, result: false },
          ],
        },
      ],
      missingFacts: ['type'],
    },
  } as Classification;
}
