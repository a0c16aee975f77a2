import { describe, expect, it } from 'vitest';
import { areaFixture, tenant, unitHit } from '../../test-support/estate-fixture';
import { applyPick, chooseCaller, type PickChoices } from './apply-pick';
import { EMPTY_INTAKE } from './intake-facts';

const choices: PickChoices = {
  location: ['main_gate', 'home', 'lobby'],
  customerSegment: ['important', 'member', 'ordinary'],
};

describe('applyPick', () => {
  it('fills the unit, proposes the owner and her segment, and says the place is a home', () => {
    const form = applyPick({ ...EMPTY_INTAKE, placeText: '3-2-11' }, unitHit(), 'cuihu', choices);
    expect(form.place?.kind === 'unit' && form.place.code).toBe('3-2-1101');
    expect(form.customer?.name).toBe('王秀英');
    expect(form.customerSegment).toBe('important');
    expect(form.location).toBe('home');
    expect(form.placeText).toBe('');
  });

  it('proposes the area’s kind when the ruleset offers it, and never over the desk’s choice', () => {
    expect(applyPick(EMPTY_INTAKE, { kind: 'area', area: areaFixture() }, 'cuihu', choices).location).toBe(
      'main_gate',
    );
    // The code says nothing: a gate named GATE-NORTH is still a main_gate by its kind.
    const north = { kind: 'area' as const, area: areaFixture({ code: 'GATE-NORTH' }) };
    expect(applyPick(EMPTY_INTAKE, north, 'cuihu', choices).location).toBe('main_gate');
    const unknown = { kind: 'area' as const, area: areaFixture({ code: 'ROOF-2', kind: 'roof' }) };
    expect(applyPick(EMPTY_INTAKE, unknown, 'cuihu', choices).location).toBe('');
    const said = { ...EMPTY_INTAKE, location: 'lobby' };
    expect(applyPick(said, { kind: 'area', area: areaFixture() }, 'cuihu', choices).location).toBe('lobby');
  });
});

describe('chooseCaller', () => {
  it('switches to another occupant with their segment, or to an anonymous report keeping the segment', () => {
    const owned = applyPick(EMPTY_INTAKE, unitHit(), 'cuihu', choices);
    const switched = chooseCaller(owned, tenant().customer, choices);
    expect(switched.customer?.name).toBe('李强');
    expect(switched.customerSegment).toBe('member');
    const anonymous = chooseCaller(switched, null, choices);
    expect(anonymous.customer).toBeNull();
    expect(anonymous.customerSegment).toBe('member');
    expect(anonymous.place).toEqual(owned.place);
  });
});
