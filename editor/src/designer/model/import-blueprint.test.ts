import { describe, expect, it } from 'vitest';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { importBlueprint } from './import-blueprint';

describe('importBlueprint', () => {
  it('refuses a file that is not JSON, saying so', () => {
    const r = importBlueprint('{ not json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not a blueprint, naming the bad fields', () => {
    const r = importBlueprint(JSON.stringify({ key: 'Bad Key', steps: [] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toMatch(/not a service blueprint/);
      expect(r.details.map((d) => d.en).join(' ')).toMatch(/key/);
      // Each detail in both languages, so the designer shows it in the one the page speaks.
      expect(r.details.every((d) => d['zh-CN'] !== d.en)).toBe(true);
    }
  });

  it('accepts a well-shaped blueprint even with errors left to fix', () => {
    const bp = sampleBlueprint();
    const r = importBlueprint(JSON.stringify({ ...bp, flows: [] }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
