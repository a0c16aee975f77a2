import { describe, expect, it } from 'vitest';
import { buildFacts, canSubmit, EMPTY_INTAKE, type IntakeForm } from './intake-facts';

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
        unit: '3-1201',
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

describe('canSubmit', () => {
  it('needs a description or a request type', () => {
    expect(canSubmit(form())).toBe(false);
    expect(canSubmit(form({ description: '  ' }))).toBe(false);
    expect(canSubmit(form({ type: 'cleaning' }))).toBe(true);
  });
});
