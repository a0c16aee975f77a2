import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LINT_IGNORE, OPENAPI_DIR, OPENAPI_JSON, REDOCLY_CONFIG } from '../support/openapi-paths.js';

const CLI = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');
const TIME_LIMIT_MS = 30_000;

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}
interface Run {
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/**
 * `redocly lint` on the committed document, offline. At the end of a command the CLI sends telemetry
 * (a probe of otel.cloud.redocly.com with a 6 s timeout, a login check, then the trace): REDOCLY_TELEMETRY
 * (and `telemetry: off` in the config) stop it. It may also ask the npm registry for its latest version
 * (at most twice a day): CI and REDOCLY_SUPPRESS_UPDATE_NOTICE stop that. Whatever else it might
 * wait for, it is killed after TIME_LIMIT_MS.
 */
function lint(): Promise<Run> {
  const args = [CLI, 'lint', OPENAPI_JSON, '--config', REDOCLY_CONFIG, '--format', 'json'];
  const env = {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    CI: 'true',
    NO_COLOR: '1',
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: OPENAPI_DIR, env, timeout: TIME_LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 64 << 20 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          timedOut: error?.killed === true,
          stdout,
          stderr,
        }),
    );
  });
}

const describeProblem = (p: Problem) => `${p.ruleId} at ${p.location[0]?.pointer ?? '#'}: ${p.message}`;

/** The rules redocly.yaml sets, each with whether a comment (on its line or just above) says why. */
function configuredRules(text: string): { rule: string; severity: string; why: boolean }[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    const match = /^ {2}([^\s:#]+):\s*(error|warn|off)\s*(#.*)?$/.exec(line);
    if (!match) return [];
    const why = Boolean(match[3]) || /^\s*#/.test(lines[i - 1] ?? '');
    return [{ rule: match[1]!, severity: match[2]!, why }];
  });
}

/** The rules .redocly.lint-ignore.yaml excepts, with how many places and whether a comment above says why. */
function ignoredRules(text: string): { rule: string; places: number; why: boolean }[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    const match = /^ {2}([^\s:#]+):\s*$/.exec(line);
    if (!match) return [];
    const end = lines.findIndex((next, j) => j > i && !/^ {4}- /.test(next));
    return [
      {
        rule: match[1]!,
        places: (end === -1 ? lines.length : end) - i - 1,
        why: /^\s*#/.test(lines[i - 1] ?? ''),
      },
    ];
  });
}

describe('the OpenAPI document under redocly lint (recommended rules)', () => {
  let run: Run;
  let report: { totals: { ignored: number }; problems: Problem[] };
  beforeAll(async () => {
    run = await lint();
    expect(run.timedOut, `redocly lint did not finish in ${TIME_LIMIT_MS} ms`).toBe(false);
    try {
      report = JSON.parse(run.stdout) as typeof report;
    } catch {
      throw new Error(`redocly lint wrote no report (exit ${run.code}): ${run.stderr}`);
    }
  }, TIME_LIMIT_MS + 5_000);

  it('finds no error', () => {
    expect(report.problems.filter((p) => p.severity === 'error').map(describeProblem)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('warns only under rules that the config sets to warn, saying why', () => {
    const justified = configuredRules(readFileSync(REDOCLY_CONFIG, 'utf8'))
      .filter((r) => r.severity === 'warn' && r.why)
      .map((r) => r.rule);
    const unjustified = report.problems.filter((p) => p.severity === 'warn' && !justified.includes(p.ruleId));
    expect(unjustified.map(describeProblem)).toEqual([]);
  });

  it('turns no rule off or down, and excepts no place, without saying why', () => {
    const rules = configuredRules(readFileSync(REDOCLY_CONFIG, 'utf8'));
    const ignored = ignoredRules(readFileSync(LINT_IGNORE, 'utf8'));
    expect([
      ...rules.filter((r) => r.severity !== 'error' && !r.why).map((r) => `${r.rule} (redocly.yaml)`),
      ...ignored.filter((r) => !r.why).map((r) => `${r.rule} (.redocly.lint-ignore.yaml)`),
    ]).toEqual([]);
  });

  it('excepts only places that still break a rule', () => {
    const places = ignoredRules(readFileSync(LINT_IGNORE, 'utf8')).reduce((n, r) => n + r.places, 0);
    expect(report.totals.ignored).toBe(places);
  });
});
