import { describe, expect, it } from 'vitest';
import type { FactDeclaration } from '@frontstage/engine';
import { factsFrom } from './fact-values';

const label = { 'zh-CN': '—', en: '—' };
const declared: FactDeclaration[] = [
  { name: 'type', label, type: 'choice', options: [{ value: 'repair', label }] },
  { name: 'description', label, type: 'text' },
  { name: 'unit', label, type: 'string' },
  { name: 'previousComplaints', label, type: 'number' },
  { name: 'waterFlowing', label, type: 'boolean' },
  { name: 'inHome', label, type: 'boolean' },
];

describe('factsFrom', () => {
  it('sends text trimmed, numbers as numbers and yes/no as booleans, by the declared type', () => {
    expect(
      factsFrom(declared, {
        type: 'repair',
        description: ' 楼上跑水 ',
        previousComplaints: '2',
        waterFlowing: 'yes',
        inHome: 'no',
      }),
    ).toEqual({
      type: 'repair',
      description: '楼上跑水',
      previousComplaints: 2,
      waterFlowing: true,
      inHome: false,
    });
  });

  it('leaves out what was not said, a number that is not one, and values of undeclared facts', () => {
    expect(
      factsFrom(declared, { unit: '  ', previousComplaints: 'many', waterFlowing: '', other: 'x' }),
    ).toEqual({});
  });
});
