import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../schema/blueprint.js';
import { repairBlueprint, t } from '../test-support/builders.js';
import { validate } from '../validate.js';

const EVERYONE = ['frontdesk', 'dispatcher', 'engineer', 'supervisor'];

/** The repair blueprint with its fix step named 抢修 and owned by a plumber. */
function withPlumber(): Blueprint {
  const b = repairBlueprint();
  return {
    ...b,
    steps: b.steps.map((s) =>
      s.id === 'fix' ? { ...s, label: t('Emergency repair', '抢修'), roles: ['engineer', 'plumber'] } : s,
    ),
  };
}

const unheld = (b: Blueprint, held?: string[]) =>
  validate(b, held ? { heldRoles: held } : {}).diagnostics.filter((d) => d.code === 'role.unheld');

describe('roles nobody holds', () => {
  it('warns of a task role no user holds, naming the step and the role', () => {
    const [d, ...rest] = unheld(withPlumber(), EVERYONE);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', stepId: 'fix', path: ['steps', 3, 'roles', 1] });
    expect(d!.message).toEqual({
      'zh-CN': '抢修：没有用户担任角色 plumber',
      en: 'Emergency repair: no user holds the role plumber',
    });
    expect(validate(withPlumber(), { heldRoles: EVERYONE }).ok).toBe(true);
  });

  it('says nothing when the caller does not say who holds which role', () => {
    expect(unheld(withPlumber())).toEqual([]);
  });

  it('warns of a flow and an escalation for roles nobody holds, never of the customer or the system', () => {
    const b = repairBlueprint();
    const edited: Blueprint = {
      ...b,
      flows: b.flows.map((f) =>
        f.id === 'fix-callback-resolved' ? { ...f, roles: ['customer', 'night_guard'] } : f,
      ),
    };
    const found = unheld(edited, ['frontdesk', 'dispatcher', 'engineer']);
    expect(found.map((d) => [d.stepId ?? d.flowId, d.message.en])).toEqual([
      ['dispatch', 'dispatch · Escalation: no user holds the role supervisor'],
      ['fix-callback-resolved', 'flow fix → callback: no user holds the role night_guard'],
    ]);
  });
});
