import { describe, expect, it } from 'vitest';
import { compile, validate, verify, LANES } from '@frontstage/engine';
import { formatBlueprint } from './canonical.js';
import { compiledOf, shippedBlueprints, shippedFiles } from './shipped.js';

const EXPECTED = ['complaint', 'common-area-cleaning', 'in-home-repair', 'lift-entrapment', 'move-in', 'shared-repair', 'special-service', 'water-leak'];
const STAFF_ROLES = ['frontdesk', 'dispatcher', 'engineer', 'security', 'cleaner', 'supervisor', 'supplier_coordinator', 'site_manager', 'quality'];
const LANE_Y: Record<string, number> = { customer: 100, frontstage: 250, backstage: 400, support: 550 };
const blueprints = shippedBlueprints();

describe('the shipped blueprint library', () => {
  it('ships the eight blueprints, each in a file named after its key', () => {
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
    const used = new Set(blueprint.steps.flatMap((s) => [...(s.roles ?? []), ...(s.timeStandard?.onBreach?.escalateTo ? [s.timeStandard.onBreach.escalateTo] : [])]));
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
    expect(callback?.requiredData?.find((f) => f.name === 'satisfaction')).toMatchObject({ type: 'integer', min: 1, max: 5 });
  });

  it('lays out lanes top to bottom and time left to right without overlaps', () => {
    const layout = blueprint.layout?.steps ?? {};
    for (const s of blueprint.steps) {
      expect(LANES).toContain(s.lane);
      expect(layout[s.id]?.y, s.id).toBe(LANE_Y[s.lane]);
    }
    // A step node is about 180 px wide: two steps in one lane stand at least 200 px apart.
    for (const a of blueprint.steps)
      for (const b of blueprint.steps)
        if (a !== b && a.lane === b.lane) expect(Math.abs(layout[a.id]!.x - layout[b.id]!.x), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(200);
    for (const f of blueprint.flows.filter((f) => f.from === 'start')) expect(layout[f.to]!.x).toBeGreaterThan(layout.start!.x);
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
