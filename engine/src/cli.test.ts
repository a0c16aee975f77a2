import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli/main.js';
import { compile } from './compile.js';
import { start, step } from './step.js';
import { repairBlueprint, sampleRuleset } from './test-support/builders.js';
import { accepted, actor, at, compiledOf } from './test-support/drive.js';

const dir = mkdtempSync(join(tmpdir(), 'frontstage-cli-'));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};
/** Runs the CLI in this process; like a shell, a failing run shows standard error after standard output. */
const cli = async (...args: string[]) => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, {
    out: (text) => stdout.push(`${text}\n`),
    err: (text) => stderr.push(`${text}\n`),
  });
  return { code, out: stdout.join('') + (code === 0 ? '' : stderr.join('')) };
};

describe('the frontstage bin', () => {
  it('runs as a process: arguments in, report on standard output, exit code out', () => {
    const file = write('bin-bad.json', { ...repairBlueprint(), class: 'urgent' });
    let run: { status: number; stdout: string } = { status: 0, stdout: '' };
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'validate', file], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      run = e as { status: number; stdout: string };
    }
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('schema.invalid [class]');
  });
}, 60_000);

describe('frontstage CLI', () => {
  it('validates a good blueprint with exit 0 and a bad one with exit 1 naming the field', async () => {
    expect((await cli('validate', write('good.json', repairBlueprint()))).code).toBe(0);
    const bad = await cli('validate', write('bad.json', { ...repairBlueprint(), class: 'urgent' }));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('schema.invalid [class]');
  });

  it('compiles and prints the hash and the machine', async () => {
    const { code, out } = await cli('compile', write('good.json', repairBlueprint()));
    expect(code).toBe(0);
    expect(out).toMatch(/hash\s+[0-9a-f]{64}/);
  });

  it('classifies and explains which rules fired', async () => {
    const { code, out } = await cli(
      'classify',
      write('rules.json', sampleRuleset()),
      '--facts',
      '{"description":"楼上跑水了"}',
    );
    expect(code).toBe(0);
    expect(out).toContain('class      emergency');
    expect(out).toContain('✓ water-leak');
  });

  it('names a shared condition in a rule by its label, and explains it once below', async () => {
    const ruleset = sampleRuleset();
    ruleset.conditions = {
      saysFlowing: {
        label: { 'zh-CN': '描述说正在跑水', en: 'The words say water is flowing' },
        condition: { all: [{ fact: 'description', operator: 'textContainsAny', value: ['跑水'] }] },
      },
    };
    ruleset.rules[0]!.conditions = { any: [{ condition: 'saysFlowing' }] };
    const { code, out } = await cli(
      'classify',
      write('shared.json', ruleset),
      '--facts',
      '{"description":"楼上跑水了"}',
    );
    expect(code).toBe(0);
    expect(out).toContain('✓ [The words say water is flowing]');
    expect(out.match(/textContainsAny/g)).toHaveLength(1);
    expect(out).toMatch(/shared conditions:\n\s+✓ \[The words say water is flowing\] saysFlowing/);
  });

  it('simulates along events, fires due timers on wait, and exits 1 on a refused event', async () => {
    const file = write('good.json', repairBlueprint());
    const ok = await cli(
      'simulate',
      file,
      '--events',
      'RECORDED:frontdesk:{"location":"lobby"};wait:PT31M;DISPATCHED:dispatcher',
    );
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('OVERDUE');
    expect(ok.out).toContain('fix — fix');
    const refused = await cli('simulate', file, '--events', 'RECORDED:engineer:{"location":"lobby"}');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('role_not_allowed');
  });
});

/** A ticket worked live, its history as the API returns it, and the published version it is pinned to. */
function workedTicket() {
  const blueprint = repairBlueprint();
  const c = compiledOf(blueprint);
  const base = {
    ticketId: 't-1',
    blueprintKey: 'repair',
    blueprintVersion: 1,
    code: null,
    requestId: null,
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  };
  let ticket = accepted(
    start(c, { unit: '3-1201' }, actor('frontdesk'), at(0), { team: 'engineering' }),
  ).ticket;
  const entries: Record<string, unknown>[] = [
    {
      ...base,
      seq: 1,
      at: at(0),
      actorId: 'frontdesk-1',
      actorRole: 'frontdesk',
      command: 'ticket.create',
      eventType: 'INTAKE',
      data: { unit: '3-1201' },
      fromState: null,
      toState: ticket.state,
      outcome: 'accepted',
      trace: { classification: { team: 'engineering', timeStandards: {} } },
    },
  ];
  ticket = accepted(
    step(c, ticket, { type: 'RECORDED', data: { location: 'lobby' } }, actor('frontdesk'), at(1)),
  ).ticket;
  entries.push({
    ...base,
    seq: 2,
    at: at(1),
    actorId: 'frontdesk-1',
    actorRole: 'frontdesk',
    command: 'ticket.event',
    eventType: 'RECORDED',
    data: { location: 'lobby' },
    fromState: 'record',
    toState: ticket.state,
    outcome: 'accepted',
    trace: null,
  });
  entries.push({
    ...base,
    seq: 3,
    at: at(2),
    actorId: 'engineer-1',
    actorRole: 'engineer',
    command: 'ticket.event',
    eventType: 'RESOLVED',
    data: null,
    fromState: 'dispatch',
    toState: null,
    outcome: 'refused',
    code: 'event_not_allowed',
    trace: null,
  });
  ticket = accepted(step(c, ticket, { type: 'DISPATCHED' }, actor('dispatcher'), at(3))).ticket;
  entries.push({
    ...base,
    seq: 4,
    at: at(3),
    actorId: 'dispatcher-1',
    actorRole: 'dispatcher',
    command: 'ticket.event',
    eventType: 'DISPATCHED',
    data: null,
    fromState: 'dispatch',
    toState: ticket.state,
    outcome: 'accepted',
    trace: null,
  });
  const version = {
    key: 'repair',
    version: 1,
    hash: c.hash,
    publishedAt: at(-60),
    publishedBy: 'designer',
    blueprint,
    compiled: compile(blueprint),
  };
  return { blueprint, version, entries, ticket };
}

describe('frontstage replay', () => {
  it('prints every step and the final state, and exits 0 when the stored ticket matches', async () => {
    const { version, entries, ticket } = workedTicket();
    const plain = await cli('replay', write('version.json', version), write('history.json', entries));
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/#1\s.*INTAKE.*start -> record/);
    expect(plain.out).toMatch(/#4\s.*DISPATCHED\s+dispatcher\s+dispatch -> fix/);
    expect(plain.out).not.toContain('#3 ');
    expect(plain.out).toContain('final  fix');
    // A plain blueprint, a wrapped history and the API's ticket view work as well.
    const view = { id: 't-1', version: 3, snapshot: ticket };
    const matched = await cli(
      'replay',
      write('blueprint.json', repairBlueprint()),
      write('wrapped.json', { entries }),
      '--ticket',
      write('view.json', view),
      '--json',
    );
    expect(matched.code).toBe(0);
    expect(JSON.parse(matched.out)).toMatchObject({
      ok: true,
      check: { ok: true },
      steps: [{ seq: 1 }, { seq: 2 }, { seq: 4, from: 'dispatch', to: 'fix' }],
    });
  });

  it('exits 1 naming the first differing field, and 2 on unreadable input', async () => {
    const { version, entries, ticket } = workedTicket();
    const history = write('history.json', entries);
    const altered = await cli(
      'replay',
      write('version.json', version),
      history,
      '--ticket',
      write('altered.json', { ...ticket, assignment: null }),
    );
    expect(altered.code).toBe(1);
    expect(altered.out).toContain('ticket_differs: The stored ticket differs from the replay at assignment');
    expect(
      (await cli('replay', write('version.json', version), write('broken.json', [{ seq: 'one' }]))).code,
    ).toBe(2);
    expect(
      (await cli('replay', write('version.json', version), history, '--ticket', join(dir, 'missing.json')))
        .code,
    ).toBe(2);
  });
});
