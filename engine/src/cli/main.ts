import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compile } from '../compile.js';
import { classifyCommand, compileCommand, validateCommand } from './commands.js';
import type { Out } from './format.js';
import { replayCommand } from './replay.js';
import { parseInstruction, simulateCommand, splitInstructions } from './simulate.js';

const USAGE = `usage: frontstage <validate|compile|classify|simulate|replay> FILE [options]
  validate FILE                        list every diagnostic; exit 1 on errors
  compile FILE [--json]                compile and print the report (or the compiled JSON)
  classify RULESET --facts JSON        classify a request and explain the decision
  simulate FILE [--facts JSON] [--events "EVENT:role[:{json}];wait:PT30M;…"] [--now ISO]
                                       walk a blueprint (interactively when no --events)
  replay BLUEPRINT HISTORY [--ticket TICKET] [--json]
                                       replay a ticket's audit history over its blueprint (or published
                                       version); with --ticket compare to the stored ticket (or API view);
                                       exit 1 on a mismatch, 2 on unreadable input
  --lang zh-CN|en                      language of the output (default: en)`;

/** Where the command line writes: one line of standard output or of standard error at a time. */
export interface CliWriter {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Runs one frontstage command line in this process and resolves to its exit code: 0 success,
 * 1 a finding (errors, a refused event, a replay mismatch), 2 unusable input.
 *
 * @example
 * const lines: string[] = [];
 * const code = await runCli(['validate', 'repair.json'], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
 */
export async function runCli(argv: string[], writer: CliWriter): Promise<number> {
  try {
    return await dispatch(argv, writer);
  } catch (e) {
    writer.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}

async function dispatch(argv: string[], writer: CliWriter): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      facts: { type: 'string' },
      events: { type: 'string' },
      now: { type: 'string' },
      ticket: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const out: Out = {
    lang: values.lang === 'zh-CN' ? 'zh-CN' : 'en',
    line: (t = '') => writer.out(t),
    error: (t) => writer.err(t),
  };
  const [command, file] = positionals;
  if (values.help || !command || !file) {
    out.line(USAGE);
    return values.help ? 0 : 2;
  }
  const read = (name: string): { ok: true; doc: unknown } | { ok: false } => {
    try {
      return { ok: true, doc: JSON.parse(readFileSync(name, 'utf8')) };
    } catch (e) {
      out.error(`${name}: ${(e as Error).message}`);
      return { ok: false };
    }
  };
  const input = read(file);
  if (!input.ok) return 2;
  const doc = input.doc;
  const facts = values.facts ? JSON.parse(values.facts) : {};
  switch (command) {
    case 'validate':
      return validateCommand(out, doc, file);
    case 'compile':
      return compileCommand(out, doc, file, values.json);
    case 'classify':
      return classifyCommand(out, doc, facts, values.json);
    case 'simulate': {
      const compiled = compile(doc);
      if (!compiled.ok) return compileCommand(out, doc, file, false);
      const instructions = values.events
        ? splitInstructions(values.events).map(parseInstruction)
        : 'interactive';
      return simulateCommand(out, compiled, facts, instructions, values.now ?? '2026-01-05T09:00:00.000Z');
    }
    case 'replay': {
      const historyFile = positionals[2];
      if (!historyFile) {
        out.error(`replay needs a HISTORY file\n${USAGE}`);
        return 2;
      }
      const history = read(historyFile);
      const ticket = values.ticket === undefined ? undefined : read(values.ticket);
      if (!history.ok || (ticket && !ticket.ok)) return 2;
      return replayCommand(out, doc, history.doc, ticket?.ok ? ticket.doc : undefined, values.json);
    }
    default:
      out.error(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}
