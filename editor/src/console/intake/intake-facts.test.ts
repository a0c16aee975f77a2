import { describe, expect, it } from 'vitest';
import { customerFixture, unitFixture } from '../../test-support/estate-fixture';
import { buildFacts, buildTicketRequest, canSubmit, EMPTY_INTAKE, type IntakeForm } from './intake-facts';

const form = (over: Partial<IntakeForm> = {}): IntakeForm => ({
  ...EMPTY_INTAKE,
  ...over,
  flags: { ...EMPTY_INTAKE.flags, ...over.flags },
});

describe('buildFacts', () => {
  it('turns a water leak call into the facts the rules read', () => {
    const facts = buildFacts(
      form({
        description: ' 楼上跑水 ',
        placeText: '3-1201',
        customerName: '王女士',
        phone: '13800138000',
        flags: { ...EMPTY_INTAKE.flags, waterFlowing: 'yes', inHome: 'yes' },
      }),
    );
    expect(facts).toEqual({
      channel: 'phone',
      unit: '3-1201',
      customerName: '王女士',
      phone: '13800138000',
      description: '楼上跑水',
      waterFlowing: true,
      inHome: true,
    });
  });

  it('sends an explicit no, and leaves out what the customer did not say', () => {
    const facts = buildFacts(
      form({ description: 'x', flags: { ...EMPTY_INTAKE.flags, peopleTrapped: 'no' } }),
    );
    expect(facts.peopleTrapped).toBe(false);
    expect('waterFlowing' in facts).toBe(false);
    expect('unit' in facts).toBe(false);
  });

  it('reads the number of earlier complaints as a number, and ignores one that is not', () => {
    expect(buildFacts(form({ previousComplaints: '3' })).previousComplaints).toBe(3);
    expect('previousComplaints' in buildFacts(form({ previousComplaints: 'many' }))).toBe(false);
  });
});

describe('buildFacts with records', () => {
  it('takes the unit and caller from the picked records, never a masked phone', () => {
    const facts = buildFacts(
      form({
        description: '漏水',
        placeText: 'ignored once a unit is picked',
        place: { kind: 'unit', unitId: unitFixture().id, code: '3-2-1101' },
        customer: customerFixture(),
        customerName: 'typed before the pick',
      }),
    );
    expect(facts).toEqual({
      channel: 'phone',
      description: '漏水',
      unit: '3-2-1101',
      customerName: '王秀英',
    });
  });

  it('passes a full phone on for the desk that may see it', () => {
    const customer = customerFixture({ phone: '13812345678', phoneMasked: false });
    expect(buildFacts(form({ customer })).phone).toBe('13812345678');
  });

  it('leaves out typed text that names no unit', () => {
    expect('unit' in buildFacts(form({ placeText: '王' }))).toBe(false);
  });
});

describe('buildTicketRequest', () => {
  it('sends the site, the picked unit and the caller’s record', () => {
    const request = buildTicketRequest(
      form({
        site: 'cuihu',
        description: '漏水',
        place: { kind: 'unit', unitId: 'u1', code: '3-2-1101' },
        customer: customerFixture(),
      }),
    );
    expect(request).toEqual({
      facts: { channel: 'phone', description: '漏水', unit: '3-2-1101', customerName: '王秀英' },
      site: 'cuihu',
      unitId: 'u1',
      customerId: customerFixture().id,
    });
  });

  it('sends a picked area, or else typed address text for the API to read', () => {
    expect(
      buildTicketRequest(
        form({ place: { kind: 'area', areaId: 'a1', code: 'GATE', name: '大门', areaKind: 'main_gate' } }),
      ).areaId,
    ).toBe('a1');
    const typed = buildTicketRequest(form({ placeText: ' 3栋2单元1101 ' }));
    expect(typed.address).toBe('3栋2单元1101');
    expect('unitId' in typed || 'site' in typed || 'customerId' in typed).toBe(false);
  });
});

describe('canSubmit', () => {
  it('needs a description or a request type', () => {
    expect(canSubmit(form())).toBe(false);
    expect(canSubmit(form({ description: '  ' }))).toBe(false);
    expect(canSubmit(form({ type: 'cleaning' }))).toBe(true);
  });
});
