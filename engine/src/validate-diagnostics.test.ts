import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics.js';
import type { Blueprint } from './schema/blueprint.js';
import { endStep, flow, repairBlueprint, startStep, t, task } from './test-support/builders.js';
import { validate, type ValidateOptions } from './validate.js';

/** The repair blueprint, changed by `edit`: each fixture below breaks exactly one rule. */
const repairWith = (edit: (b: Blueprint) => void): Blueprint => {
  const b = repairBlueprint();
  edit(b);
  return b;
};
const stepOf = (b: Blueprint, id: string) => b.steps.find((s) => s.id === id)!;
const flowOf = (b: Blueprint, id: string) => b.flows.find((f) => f.id === id)!;

/** The codes validate reports; a ruleset's own (`ruleset.…`) are tested with the classifier. */
type BlueprintCode = Exclude<DiagnosticCode, `ruleset.${string}`>;
const BLUEPRINT_CODES = DIAGNOSTIC_CODES.filter((c): c is BlueprintCode => !c.startsWith('ruleset.'));

/** One fixture per diagnostic code; the record type makes a missing code a type error. */
const FIXTURES: Record<BlueprintCode, () => unknown> = {
  'schema.invalid': () => ({ key: 'Not A Key', steps: [] }),
  'blueprint.no_start': () => repairWith((b) => (b.steps = b.steps.filter((s) => s.type !== 'start'))),
  'blueprint.multiple_starts': () => repairWith((b) => b.steps.push(startStep('again'))),
  'blueprint.no_end': () => repairWith((b) => (b.steps = b.steps.filter((s) => s.type !== 'end'))),
  'step.duplicate_id': () => repairWith((b) => b.steps.push(task('record', 'frontstage', ['frontdesk']))),
  'step.in_evidence_lane': () => repairWith((b) => (stepOf(b, 'fix').lane = 'evidence')),
  'step.unreachable': () =>
    repairWith(
      (b) => (
        b.steps.push(task('orphan', 'backstage', ['engineer'])),
        b.flows.push(flow('orphan', 'closed', 'DONE'))
      ),
    ),
  'step.dead_end': () =>
    repairWith(
      (b) => (
        b.steps.push(task('sink', 'backstage', ['engineer'])),
        b.flows.push(flow('fix', 'sink', 'STUCK'))
      ),
    ),
  'step.duplicate_event': () => repairWith((b) => b.flows.push(flow('record', 'fix', 'RECORDED'))),
  'flow.duplicate_id': () =>
    repairWith((b) =>
      b.flows.push({ ...flowOf(b, 'record-dispatch-recorded'), to: 'fix', event: 'SKIPPED' }),
    ),
  'flow.unknown_step': () => repairWith((b) => b.flows.push(flow('fix', 'nowhere', 'LOST'))),
  'flow.missing_event': () => repairWith((b) => delete flowOf(b, 'fix-callback-resolved').event),
  'flow.event_on_automatic': () => repairWith((b) => (flowOf(b, 'start-record').event = 'OPENED')),
  'start.has_incoming': () => repairWith((b) => b.flows.push(flow('fix', 'start', 'RESTART'))),
  'end.has_outgoing': () => repairWith((b) => b.flows.push(flow('closed', 'record'))),
  'automatic.needs_one_flow': () => repairWith((b) => b.flows.push(flow('start', 'dispatch'))),
  'automatic.cycle': () =>
    repairWith((b) => {
      b.steps.push({ id: 'notify', type: 'auto', lane: 'support', label: t('Notify') });
      flowOf(b, 'unsatisfied').to = 'notify';
      b.flows.push(flow('notify', 'satisfied'));
    }),
  'task.no_role': () => repairWith((b) => delete stepOf(b, 'fix').roles),
  'task.no_flow': () =>
    repairWith(
      (b) => (
        b.steps.push(task('sink', 'backstage', ['engineer'])),
        b.flows.push(flow('fix', 'sink', 'STUCK'))
      ),
    ),
  'decision.no_default': () =>
    repairWith(
      (b) =>
        (flowOf(b, 'satisfied-closed').condition = {
          all: [{ fact: 'satisfaction', operator: 'greaterThanInclusive', value: 3 }],
        }),
    ),
  'decision.multiple_defaults': () =>
    repairWith((b) => b.flows.push({ ...flow('satisfied', 'fix'), id: 'second-default' })),
  'decision.no_branch': () =>
    repairWith((b) => {
      b.steps.push({ id: 'limbo', type: 'decision', lane: 'support', label: t('Limbo') });
      b.flows.push(flow('fix', 'limbo', 'WONDER'));
    }),
  'emergency.path_without_time_standard': () =>
    repairWith(
      (b) => (
        (b.class = 'emergency'),
        delete stepOf(b, 'dispatch').timeStandard,
        delete stepOf(b, 'callback').timeStandard
      ),
    ),
  'time_standard.not_on_task': () =>
    repairWith((b) => (stepOf(b, 'satisfied').timeStandard = { duration: 'PT1H' })),
  'time_standard.unknown_breach_event': () =>
    repairWith((b) => (stepOf(b, 'dispatch').timeStandard!.onBreach = { event: 'NEVER_SENT' })),
  'lane.customer_step_staff_role': () => repairWith((b) => (stepOf(b, 'record').lane = 'customer')),
  'lane.staff_step_customer_role': () => repairWith((b) => (stepOf(b, 'record').roles = ['customer'])),
  'lane.crosses_visibility': () =>
    repairWith((b) => {
      b.steps.push(task('confirm', 'customer', ['customer']));
      flowOf(b, 'fix-callback-resolved').to = 'confirm';
      b.flows.push(flow('confirm', 'dispatch', 'CONFIRMED'), flow('confirm', 'callback', 'ACCEPTED'));
    }),
  'field.duplicate_name': () =>
    repairWith((b) =>
      stepOf(b, 'record').requiredData!.push({ name: 'location', label: t('Again'), type: 'text' }),
    ),
  'field.bad_range': () =>
    repairWith((b) => Object.assign(stepOf(b, 'callback').requiredData![0]!, { min: 5, max: 1 })),
  'field.choice_without_options': () =>
    repairWith(
      (b) =>
        (flowOf(b, 'fix-callback-resolved').requiredData = [
          { name: 'outcome', label: t('Outcome'), type: 'choice' },
        ]),
    ),
  'task.no_time_standard': () => repairWith((b) => delete stepOf(b, 'callback').timeStandard),
  'field.customer_visible_behind_line': () =>
    repairWith(
      (b) =>
        (flowOf(b, 'fix-callback-resolved').requiredData = [
          { name: 'cause', label: t('Cause'), type: 'text', customerVisible: true },
        ]),
    ),
  'field.prefill_unknown_data': () =>
    repairWith(
      (b) =>
        (flowOf(b, 'fix-callback-resolved').requiredData = [
          { name: 'note', label: t('Note'), type: 'text', prefill: 'data.nobodyCollectsThis' },
        ]),
    ),
  'field.prefill_type': () =>
    repairWith(
      (b) =>
        (flowOf(b, 'fix-callback-resolved').requiredData = [
          { name: 'count', label: t('Count'), type: 'integer', prefill: 'customer.phone' },
        ]),
    ),
  'role.undeclared': () =>
    repairWith((b) => (b.roles = { frontdesk: t('Front desk'), dispatcher: t('Dispatcher') })),
  'event.unlabeled': () => repairWith((b) => delete b.events!.DISPATCHED),
  'layout.unknown_step': () => repairWith((b) => (b.layout = { steps: { ghost: { x: 1, y: 2 } } })),
  'role.unheld': () => repairBlueprint(),
  'notice.unknown_placeholder': () =>
    repairWith((b) => (stepOf(b, 'fix').customerNotice = { text: t('{technician} is coming') })),
  'notice.expected_without_time_standard': () =>
    repairWith((b) => (stepOf(b, 'closed').customerNotice = { text: t('Done within {expected}') })),
};

/** What a check needs beside the document: who holds which role (the repair names more than these). */
const OPTIONS: Partial<Record<DiagnosticCode, ValidateOptions>> = {
  'role.unheld': { heldRoles: ['frontdesk', 'dispatcher'] },
};

const codesOf = (input: unknown) => validate(input).diagnostics.map((d) => d.code);
const codesOfFixture = (code: BlueprintCode) =>
  validate(FIXTURES[code](), OPTIONS[code]).diagnostics.map((d) => d.code);

describe('validate', () => {
  it('finds nothing wrong with the repair blueprint', () => {
    expect(validate(repairBlueprint())).toMatchObject({ ok: true, diagnostics: [] });
  });

  it('has a fixture for every diagnostic code', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual([...BLUEPRINT_CODES].sort());
  });

  it.each(BLUEPRINT_CODES.map((code) => [code]))(
    'reports %s for the blueprint that breaks its rule',
    (code) => {
      expect(codesOfFixture(code)).toContain(code);
    },
  );

  it('gives every diagnostic a path, a severity and a message in both languages', () => {
    for (const code of BLUEPRINT_CODES)
      for (const d of validate(FIXTURES[code](), OPTIONS[code]).diagnostics) {
        expect(['error', 'warning']).toContain(d.severity);
        expect(Array.isArray(d.path)).toBe(true);
        expect(d.message['zh-CN'].length).toBeGreaterThan(0);
        expect(d.message.en.length).toBeGreaterThan(0);
      }
  });

  it('treats warnings as warnings: the blueprint stays valid', () => {
    for (const code of [
      'lane.crosses_visibility',
      'role.undeclared',
      'event.unlabeled',
      'layout.unknown_step',
      'time_standard.not_on_task',
      'start.has_incoming',
      'field.customer_visible_behind_line',
      'field.prefill_unknown_data',
      'field.prefill_type',
      'task.no_time_standard',
      'role.unheld',
      'notice.expected_without_time_standard',
    ] as const) {
      const result = validate(FIXTURES[code](), OPTIONS[code]);
      expect(result.diagnostics.find((d) => d.code === code)?.severity).toBe('warning');
    }
    expect(validate(FIXTURES['layout.unknown_step']()).ok).toBe(true);
  });

  it('says where a schema error is by the names on the canvas, and what to enter, without a JSON path', () => {
    const b = repairBlueprint() as unknown as {
      steps: {
        id: string;
        lane: string;
        label: { 'zh-CN': string; en: string };
        timeStandard?: { duration: string };
      }[];
      flows: { from: string; to: string; event?: unknown }[];
    };
    const fix = b.steps.findIndex((s) => s.id === 'fix');
    b.steps[fix]!.label = { 'zh-CN': '抢修', en: 'Emergency repair' };
    b.steps[fix]!.timeStandard = { duration: '2 hours' };
    b.steps[2]!.lane = 'basement';
    const flow = b.flows.findIndex((f) => f.from === 'fix');
    b.flows[flow]!.event = 7;
    const d = validate(b).diagnostics;
    expect(d.every((x) => x.code === 'schema.invalid')).toBe(true);
    const at = (...path: (string | number)[]) => d.find((x) => x.path.join('.') === path.join('.'))!.message;
    expect(at('steps', fix, 'timeStandard', 'duration')).toEqual({
      'zh-CN': '抢修 · 时限 · 时长：请输入时长，例如 2 小时（PT2H）、30 分钟（PT30M）或 3 天（P3D）',
      en: 'Emergency repair · Time standard · Duration: enter a length of time, e.g. 2 hours (PT2H), 30 minutes (PT30M) or 3 days (P3D)',
    });
    expect(at('steps', 2, 'lane')['zh-CN']).toMatch(/ · 泳道：应为以下之一：evidence、customer/);
    expect(at('flows', flow, 'event')['zh-CN']).toBe('连线 抢修 → callback · 事件：应为文字');
    for (const x of d) expect(`${x.message['zh-CN']} ${x.message.en}`).not.toMatch(/steps\.\d|flows\.\d/);
    expect(validate(null).diagnostics[0]!.message.en).toMatch(/^The document: /);
  });

  it('points a diagnostic at the step or flow it concerns', () => {
    const d = validate(FIXTURES['task.no_role']()).diagnostics.find((x) => x.code === 'task.no_role')!;
    expect(d).toMatchObject({ stepId: 'fix', path: ['steps', 3, 'roles'] });
    const e = validate(FIXTURES['end.has_outgoing']()).diagnostics.find(
      (x) => x.code === 'end.has_outgoing',
    )!;
    expect(e).toMatchObject({ stepId: 'closed', flowId: 'closed-record' });
  });

  it('returns every problem, not the first alone', () => {
    const b = repairWith((x) => {
      delete stepOf(x, 'fix').roles;
      x.layout = { steps: { ghost: { x: 0, y: 0 } } };
    });
    expect(codesOf(b)).toEqual(expect.arrayContaining(['task.no_role', 'layout.unknown_step']));
  });

  it('lets guarded flows share an event when only the last is unguarded', () => {
    const b = repairWith((x) =>
      x.flows.splice(4, 0, {
        ...flow('callback', 'dispatch', 'CALLBACK_DONE'),
        condition: { all: [{ fact: 'satisfaction', operator: 'lessThan', value: 2 }] },
      }),
    );
    expect(codesOf(b)).not.toContain('step.duplicate_event');
    const c = repairWith((x) => x.flows.splice(4, 0, flow('callback', 'dispatch', 'CALLBACK_DONE')));
    expect(codesOf(c)).toContain('step.duplicate_event');
  });

  it('accepts an emergency blueprint whose every path runs a clock', () => {
    const b = repairWith((x) => (x.class = 'emergency'));
    expect(codesOf(b)).not.toContain('emergency.path_without_time_standard');
  });

  it('sees no end step as no end, not as dead ends everywhere', () => {
    expect(codesOf(FIXTURES['blueprint.no_end']())).not.toContain('step.dead_end');
    expect(codesOf({ ...repairBlueprint(), steps: [endStep()] })).toContain('blueprint.no_start');
  });
});
