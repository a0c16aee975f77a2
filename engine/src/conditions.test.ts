import { describe, expect, it } from 'vitest';
import { compileCondition, explainCondition } from './conditions.js';
import type { Condition, FactCondition } from './schema/condition.js';

const floorAbove = (n: number): FactCondition => ({ fact: 'floor', operator: 'greaterThan', value: n });
const yes = floorAbove(1);
const no = floorAbove(10);
const facts = { floor: 5 };

describe('compileCondition', () => {
  it('holds an all group only when every part holds', () => {
    expect(compileCondition({ all: [yes, yes] })(facts)).toBe(true);
    expect(compileCondition({ all: [yes, no] })(facts)).toBe(false);
    expect(compileCondition({ all: [no, yes] })(facts)).toBe(false);
  });

  it('holds an any group when one part holds, and an empty one always', () => {
    expect(compileCondition({ any: [no, yes] })(facts)).toBe(true);
    expect(compileCondition({ any: [no, no] })(facts)).toBe(false);
    expect(compileCondition({ any: [] })(facts)).toBe(true);
    expect(compileCondition({ any: [yes] })(facts)).toBe(true);
  });

  it('negates a not group', () => {
    expect(compileCondition({ not: no })(facts)).toBe(true);
    expect(compileCondition({ not: yes })(facts)).toBe(false);
  });

  it('compares a fact with the value', () => {
    expect(compileCondition(yes)(facts)).toBe(true);
    expect(compileCondition(no)(facts)).toBe(false);
    expect(compileCondition(yes)({})).toBe(false);
  });

  it('nests groups', () => {
    const nested: Condition = { all: [{ any: [no, { not: no }] }, { not: { all: [yes, no] } }] };
    expect(compileCondition(nested)(facts)).toBe(true);
    expect(compileCondition(nested)({ floor: 11 })).toBe(false);
  });
});

describe('explainCondition', () => {
  it('evaluates every part of a group and traces each comparison in order', () => {
    expect(explainCondition({ all: [no, yes] }, facts)).toEqual({
      result: false,
      trace: [
        { fact: 'floor', operator: 'greaterThan', value: 10, factValue: 5, result: false },
        { fact: 'floor', operator: 'greaterThan', value: 1, factValue: 5, result: true },
      ],
    });
    expect(explainCondition({ all: [yes, yes] }, facts).result).toBe(true);
  });

  it('agrees with the compiled condition on any and not groups', () => {
    const cases: Condition[] = [
      { any: [no, yes] },
      { any: [no, no] },
      { any: [yes, yes] },
      { any: [] },
      { not: yes },
      { not: no },
      { all: [{ any: [no] }, { not: no }] },
    ];
    for (const c of cases) expect(explainCondition(c, facts).result).toBe(compileCondition(c)(facts));
    expect(explainCondition({ any: [] }, facts)).toEqual({ result: true, trace: [] });
    expect(explainCondition({ any: [no, no] }, facts).result).toBe(false);
    expect(explainCondition({ not: no }, facts).result).toBe(true);
  });

  it('shows an absent fact as null', () => {
    expect(explainCondition(yes, {}).trace).toEqual([
      { fact: 'floor', operator: 'greaterThan', value: 1, factValue: null, result: false },
    ]);
  });

  it('reads only the facts own properties, never what every object inherits', () => {
    const inherited: FactCondition = { fact: 'toString', operator: 'equal', value: 'x' };
    expect(explainCondition(inherited, {}).trace[0]).toMatchObject({ factValue: null });
    expect(explainCondition(inherited, { toString: 'x' }).result).toBe(true);
  });
});
