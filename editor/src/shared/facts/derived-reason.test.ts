import { describe, expect, it } from 'vitest';
import type { AuditEntry, DerivedFact } from '@frontstage/engine';
import type { I18n } from '../../i18n/I18nProvider';
import { derivedFactsOf, derivedReason } from './derived-reason';

const inHome: DerivedFact = {
  name: 'inHome',
  value: true,
  given: null,
  derived: true,
  from: { kind: 'unit', code: '3-1202' },
};
const location: DerivedFact = {
  name: 'location',
  value: 'roof',
  given: 'corridor',
  derived: 'roof',
  from: { kind: 'area', code: 'ROOF-3' },
};
const entry = (seq: number, trace: AuditEntry['trace']) => ({ seq, trace }) as AuditEntry;
// A translator that shows which message and values it was given.
const t = ((key: string, params?: object) => `${key} ${JSON.stringify(params ?? {})}`) as I18n['t'];

describe('derivedFactsOf', () => {
  it('takes the facts intake derived from its audit entry, leaving out those the request said itself', () => {
    const history = [entry(1, { derived: [inHome, location] } as never), entry(2, { flows: ['a'] })];
    expect(derivedFactsOf(history)).toEqual([inHome]);
  });

  it('finds none in a history without derivations, or with one it cannot read', () => {
    expect(derivedFactsOf([entry(1, null), entry(2, { flows: [] })])).toEqual([]);
    expect(derivedFactsOf([entry(1, { derived: [{ name: 'inHome', value: 'maybe' }] } as never)])).toEqual(
      [],
    );
  });
});

describe('derivedReason', () => {
  it('says where each derived fact came from', () => {
    expect(derivedReason(inHome, t)).toBe('intake.derivedInHomeUnit {"code":"3-1202"}');
    expect(derivedReason(location, t)).toBe('intake.derivedLocationArea {"code":"ROOF-3"}');
  });
});
