import { describe, expect, it } from 'vitest';
import {
  areaFixture,
  customerFixture,
  owner,
  tenant,
  unitFixture,
  unitHit,
} from '../../test-support/estate-fixture';
import { hitKey, NO_PICK, pickHit, proposedOccupant, segmentFact } from './place-pick';

describe('pickHit', () => {
  it('takes a unit and proposes its owner as the caller, offering everyone who lives there', () => {
    const pick = pickHit(unitHit(), NO_PICK, 'cuihu');
    expect(pick.place).toEqual({ kind: 'unit', unitId: unitFixture().id, code: '3-2-1101' });
    expect(pick.customer?.name).toBe('王秀英');
    expect(pick.occupants.map((o) => o.customer.name)).toEqual(['李强', '王秀英']);
  });

  it('leaves an empty unit without a caller', () => {
    expect(pickHit(unitHit([]), NO_PICK, 'cuihu').customer).toBeNull();
  });

  it('takes an area as the place and keeps the caller already chosen', () => {
    const before = pickHit(unitHit(), NO_PICK, 'cuihu');
    const pick = pickHit({ kind: 'area', area: areaFixture() }, before, 'cuihu');
    expect(pick.place).toEqual({
      kind: 'area',
      areaId: areaFixture().id,
      code: 'MAIN-GATE',
      name: '大门',
      areaKind: 'main_gate',
    });
    expect(pick.customer?.name).toBe('王秀英');
    expect(pick.occupants).toEqual([]);
  });

  it('takes a customer as the caller and brings their one home at this site', () => {
    const pick = pickHit({ kind: 'customer', customer: customerFixture() }, NO_PICK, 'cuihu');
    expect(pick.place).toEqual({
      kind: 'unit',
      unitId: customerFixture().holdings[0]!.unitId,
      code: '3-2-1101',
    });
    expect(pickHit({ kind: 'customer', customer: customerFixture() }, NO_PICK, 'keyuan').place).toBeNull();
  });

  it('keeps the place already picked when a customer is picked after it', () => {
    const atGate = pickHit({ kind: 'area', area: areaFixture() }, NO_PICK, 'cuihu');
    const pick = pickHit({ kind: 'customer', customer: tenant().customer }, atGate, 'cuihu');
    expect(pick.place?.kind).toBe('area');
    expect(pick.customer?.name).toBe('李强');
  });
});

describe('proposedOccupant', () => {
  it('proposes the owner, else the first who lives there', () => {
    expect(proposedOccupant([tenant(), owner()])?.role).toBe('owner');
    expect(proposedOccupant([tenant()])?.role).toBe('tenant');
    expect(proposedOccupant([])).toBeNull();
  });
});

describe('hitKey', () => {
  it('names each kind of hit apart', () => {
    expect(hitKey(unitHit())).toMatch(/^unit:/);
    expect(hitKey({ kind: 'area', area: areaFixture() })).toMatch(/^area:/);
    expect(hitKey({ kind: 'customer', customer: customerFixture() })).toMatch(/^customer:/);
  });
});

describe('segmentFact', () => {
  it('gives what matters for routing first', () => {
    expect(segmentFact({ importance: 'important', member: true, kind: 'commercial' })).toBe('important');
    expect(segmentFact({ importance: 'ordinary', member: true, kind: 'commercial' })).toBe('member');
    expect(segmentFact({ importance: 'ordinary', member: false, kind: 'commercial' })).toBe('commercial');
    expect(segmentFact({ importance: 'ordinary', member: false, kind: 'residential' })).toBe('ordinary');
  });
});
