import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairBlueprint, sampleRuleset } from './test-support/builders.js';

const dir = mkdtempSync(join(tmpdir(), 'frontstage-cli-'));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};
const cli = (...args: string[]) => {
  try {
    return { code: 0, out: execFileSync('npx', ['tsx', 'src/cli.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
};

describe('frontstage CLI', () => {
  it('validates a good blueprint with exit 0 and a bad one with exit 1 naming the field', () => {
    expect(cli('validate', write('good.json', repairBlueprint())).code).toBe(0);
    const bad = cli('validate', write('bad.json', { ...repairBlueprint(), class: 'urgent' }));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('schema.invalid [class]');
  });

  it('compiles and prints the hash and the machine', () => {
    const { code, out } = cli('compile', write('good.json', repairBlueprint()));
    expect(code).toBe(0);
    expect(out).toMatch(/hash\s+[0-9a-f]{64}/);
  });

  it('classifies and explains which rules fired', () => {
    const { code, out } = cli('classify', write('rules.json', sampleRuleset()), '--facts', '{"description":"楼上跑水了"}');
    expect(code).toBe(0);
    expect(out).toContain('class      emergency');
    expect(out).toContain('✓ water-leak');
  });

  it('simulates along events, fires due timers on wait, and exits 1 on a refused event', () => {
    const file = write('good.json', repairBlueprint());
    const ok = cli('simulate', file, '--events', 'RECORDED:frontdesk:{"location":"lobby"};wait:PT31M;DISPATCHED:dispatcher');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('OVERDUE');
    expect(ok.out).toContain('fix — fix');
    const refused = cli('simulate', file, '--events', 'RECORDED:engineer:{"location":"lobby"}');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('role_not_allowed');
  });
}, 60_000);
