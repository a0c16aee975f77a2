import { describe, expect, it } from 'vitest';
import { compile, validate, verify, LANES } from '@frontstage/engine';
import { formatBlueprint } from './canonical.js';
import { compiledOf, shippedBlueprints, shippedFiles } from './shipped.js';

const EXPECTED = [
  'complaint', 'common-area-cleaning', 'in-home-repair', 'lift-entrapment', 'move-in', 'security-incident', 'security-request', 'shared-repair', 'special-service', 'water-leak',
];
const STAFF_ROLES = ['frontdesk', 'dispatcher', 'engineer', 'security', 'cleaner', 'supervisor', 'supplier_coordinator', 'site_manager', 'quality'];
// The editor's layout convention (editor/README.md, "Layout positions"): x on the canvas right of
// the 150-px lane-label column, y relative to the top of the step's lane. The main path runs on the
// first row of each lane; steps only a branch reaches sit on lower rows of their own lane.
const LABEL_COLUMN = 150;
const FIRST_ROW = 28;
const STEP = { width: 180, height: 64, gap: 20 };
const blueprints = shippedBlueprints();

describe('the shipped blueprint library', () => {
  it('ships the ten blueprints, each in a file named after its key', () => {
    expect(blueprints.map((b) => b.key).sort()).toEqual([...EXPECTED].sort());
    const names = shippedFiles().map((f) => f.name);
    for (const key of EXPECTED) expect(names).toContain(`${key}.json`);
  });

  it('keeps every file in canonical form', () => {
    for (const file of shippedFiles()) expect(file.text, file.name).toBe(formatBlueprint(JSON.parse(file.text)));
  });
});

describe.each(blueprints.map((b) => [b.key, b] as const))('blueprint %s', (_key, blueprint) => {
  it('validates with no diagnostics at all', () => {
    const result = validate(blueprint);
    expect(result.diagnostics).toEqual([]);
  });

  it('compiles with no unreachable steps, dead ends, unowned tasks or untimed emergency paths', () => {
    const result = compile(blueprint);
    expect(result.ok).toBe(true);
    expect(result.report.unreachable).toEqual([]);
    expect(result.report.deadEnds).toEqual([]);
    expect(result.report.stepsWithoutOwner).toEqual([]);
    expect(result.report.emergencyPathsWithoutTimeStandard).toEqual([]);
    const verification = verify(compiledOf(blueprint));
    expect(verification.truncated).toBe(false);
    expect(verification.paths.length).toBeGreaterThan(0);
  });

  it('declares every role it uses, bilingually, from the site roster', () => {
    const used = new Set([
      ...blueprint.steps.flatMap((s) => [...(s.roles ?? []), ...(s.timeStandard?.onBreach?.escalateTo ? [s.timeStandard.onBreach.escalateTo] : [])]),
      ...blueprint.steps.flatMap((s) => (s.actions ?? []).flatMap((a) => (a.kind === 'notify' ? [a.to] : a.kind === 'assign' ? [a.role] : []))),
      ...blueprint.flows.flatMap((f) => f.roles ?? []),
    ]);
    for (const role of used) {
      expect([...STAFF_ROLES, 'customer']).toContain(role);
      expect(blueprint.roles?.[role]?.['zh-CN'], role).toBeTruthy();
    }
  });

  it('marks moments of truth, fail points and evidence, and calls back within three days', () => {
    expect(blueprint.steps.some((s) => s.momentOfTruth)).toBe(true);
    expect(blueprint.steps.some((s) => s.failPoint)).toBe(true);
    expect(blueprint.steps.some((s) => s.evidence?.length)).toBe(true);
    const callback = blueprint.steps.find((s) => s.id === 'callback');
    expect(callback?.timeStandard?.duration).toBe('P3D');
  });

  it('places every step right of the lane labels, on a row of its own lane, without overlaps', () => {
    const layout = blueprint.layout?.steps ?? {};
    for (const s of blueprint.steps) {
      expect(LANES).toContain(s.lane);
      expect(layout[s.id], s.id).toBeDefined();
      expect(layout[s.id]!.x, s.id).toBeGreaterThanOrEqual(LABEL_COLUMN + STEP.gap);
      expect(layout[s.id]!.y, s.id).toBeGreaterThanOrEqual(FIRST_ROW);
    }
    for (const a of blueprint.steps)
      for (const b of blueprint.steps) {
        if (a === b || a.lane !== b.lane) continue;
        const apart = Math.abs(layout[a.id]!.x - layout[b.id]!.x) >= STEP.width + STEP.gap || Math.abs(layout[a.id]!.y - layout[b.id]!.y) >= STEP.height + 2 * STEP.gap;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
  });

  it('runs one path from the start to an end along the first rows, left to right, with branches below', () => {
    const layout = blueprint.layout!.steps;
    const firstRow = new Set(blueprint.steps.filter((s) => layout[s.id]!.y === FIRST_ROW).map((s) => s.id));
    const main = verify(compiledOf(blueprint)).paths.find((p) => p.steps.length === firstRow.size && p.steps.every((id) => firstRow.has(id)));
    expect(main, 'a verified path made of exactly the first-row steps').toBeDefined();
    const xs = main!.steps.map((id) => layout[id]!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
  });
});

const emergencies = blueprints.filter((b) => b.class === 'emergency');

describe.each(emergencies.map((b) => [b.key, b] as const))('emergency blueprint %s', (_key, blueprint) => {
  it('has minute-level time standards that escalate on breach', () => {
    const timed = blueprint.steps.filter((s) => s.timeStandard && /^PT\d+M$/.test(s.timeStandard.duration));
    expect(timed.length).toBeGreaterThanOrEqual(3);
    for (const s of timed) expect(s.timeStandard?.onBreach?.escalateTo, s.id).toBeTruthy();
    expect(blueprint.steps.some((s) => s.timeStandard?.onBreach?.escalateTo === 'site_manager')).toBe(true);
  });
});
