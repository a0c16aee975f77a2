import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefilled, prefillValue, type PrefillContext } from './prefill.js';
import { checkRequiredData } from './required-data.js';
import { FIELD_TYPES, type Field } from './schema/blueprint.js';
import { validate } from './validate.js';

const label = { 'zh-CN': '字段', en: 'Field' };
const field = (over: Partial<Field>): Field => ({ name: 'f', label, type: 'string', ...over });
const ctx: PrefillContext = {
  facts: { description: '3栋1202天花板漏水', people: 2, location: 'home' },
  data: { proposal: '更换阀门', satisfaction: 4 },
  customer: { name: '王芳', phone: '13800001234' },
  place: '3-1-1202',
  unit: '3-1-1202',
  reportedAt: '2026-12-01T02:30:00.000Z',
};

describe('prefill', () => {
  it('fills a field from each kind of source', () => {
    expect(prefillValue(field({ prefill: 'fact.description', type: 'text' }), ctx)).toBe('3栋1202天花板漏水');
    expect(prefillValue(field({ prefill: 'data.proposal', type: 'text' }), ctx)).toBe('更换阀门');
    expect(prefillValue(field({ prefill: 'customer.name' }), ctx)).toBe('王芳');
    expect(prefillValue(field({ prefill: 'customer.phone', type: 'phone' }), ctx)).toBe('13800001234');
    expect(prefillValue(field({ prefill: 'place' }), ctx)).toBe('3-1-1202');
    expect(prefillValue(field({ prefill: 'unit' }), ctx)).toBe('3-1-1202');
    expect(prefillValue(field({ prefill: 'reportedAt', type: 'date' }), ctx)).toBe(
      '2026-12-01T02:30:00.000Z',
    );
    expect(prefillValue(field({ prefill: 'fact.people', type: 'integer' }), ctx)).toBe(2);
  });

  it('leaves a field empty when the ticket does not know, or knows something the field would refuse', () => {
    const none: PrefillContext = { facts: {}, data: {} };
    for (const prefill of [
      'fact.description',
      'data.proposal',
      'customer.name',
      'customer.phone',
      'place',
      'unit',
      'reportedAt',
    ])
      expect(prefillValue(field({ prefill }), none), prefill).toBeUndefined();
    expect(prefillValue(field({}), ctx)).toBeUndefined();
    // A text where a number is wanted, a value the choice does not offer, a range it breaks.
    expect(prefillValue(field({ prefill: 'fact.description', type: 'integer' }), ctx)).toBeUndefined();
    const choice = field({ type: 'choice', options: [{ value: 'office', label }], prefill: 'fact.location' });
    expect(prefillValue(choice, ctx)).toBeUndefined();
    expect(
      prefillValue(field({ prefill: 'data.satisfaction', type: 'integer', min: 1, max: 3 }), ctx),
    ).toBeUndefined();
    // An inherited name is no fact.
    expect(prefillValue(field({ prefill: 'fact.constructor' }), { facts: {}, data: {} })).toBeUndefined();
    expect(
      prefillValue(field({ prefill: 'customer.phone', type: 'phone' }), { ...ctx, customer: null }),
    ).toBeUndefined();
  });

  it('never offers a value the form would refuse, whatever the ticket holds', () => {
    const json = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELD_TYPES),
        fc.constantFrom('fact.x', 'data.x', 'customer.name', 'customer.phone', 'place', 'unit', 'reportedAt'),
        json,
        (type, prefill, value) => {
          const f = field({
            type,
            prefill,
            ...(type === 'choice' ? { options: [{ value: 'a', label }] } : {}),
          });
          const text = typeof value === 'string' ? value : null;
          const v = prefillValue(f, {
            facts: { x: value },
            data: { x: value },
            customer: { name: text, phone: text },
            place: text,
            unit: text,
            reportedAt: text,
          });
          if (v !== undefined) expect(checkRequiredData([f], { f: v })).toEqual([]);
        },
      ),
    );
  });

  it('gives a whole form at once, leaving out what it cannot fill', () => {
    const form = [
      field({ name: 'phone', type: 'phone', prefill: 'customer.phone' }),
      field({ name: 'room', prefill: 'unit' }),
      field({ name: 'note' }),
    ];
    expect(prefilled(form, ctx)).toEqual({ phone: '13800001234', room: '3-1-1202' });
  });
});

describe('prefill in a blueprint', () => {
  const blueprint = (fields: Field[], other: Field[] = []) => ({
    key: 'prefill-check',
    name: label,
    class: 'general',
    steps: [
      { id: 'start', type: 'start', lane: 'customer', label },
      {
        id: 'record',
        type: 'task',
        lane: 'frontstage',
        label,
        roles: ['frontdesk'],
        timeStandard: { duration: 'PT1H' },
        requiredData: fields,
      },
      {
        id: 'check',
        type: 'task',
        lane: 'backstage',
        label,
        roles: ['engineer'],
        timeStandard: { duration: 'PT1H' },
        requiredData: other,
      },
      { id: 'end', type: 'end', lane: 'frontstage', label },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'record' },
      { id: 'f2', from: 'record', to: 'check', event: 'RECORDED' },
      { id: 'f3', from: 'check', to: 'end', event: 'CHECKED' },
    ],
  });
  const codes = (b: unknown) => validate(b).diagnostics.map((d) => `${d.code}@${d.path.join('.')}`);

  it('warns of data no other form collects, and of a source that cannot fit the field', () => {
    const found = codes(
      blueprint(
        [
          field({ name: 'when', type: 'integer', prefill: 'reportedAt' }),
          field({ name: 'phone', type: 'boolean', prefill: 'customer.phone' }),
          field({ name: 'again', prefill: 'data.again' }),
        ],
        [field({ name: 'seen', prefill: 'data.when' })],
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'field.prefill_type@steps.1.requiredData.0.prefill',
        'field.prefill_type@steps.1.requiredData.1.prefill',
        'field.prefill_unknown_data@steps.1.requiredData.2.prefill',
      ]),
    );
    expect(found.filter((c) => c.startsWith('field.prefill'))).toHaveLength(3);
  });

  it('refuses a source it does not know, naming the field', () => {
    const result = validate(blueprint([field({ prefill: 'customer.email' })]));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path.join('.'))).toContain('steps.1.requiredData.0.prefill');
  });
});
