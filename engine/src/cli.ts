#!/usr/bin/env node
// The frontstage command line: validate, compile, classify and simulate blueprints, and replay
// ticket histories, from files.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classifyCommand, compileCommand, validateCommand } from './cli/commands.js';
import type { Out } from './cli/format.js';
import { replayCommand } from './cli/replay.js';
import { parseInstruction, simulateCommand, splitInstructions } from './cli/simulate.js';
import { compile } from './compile.js';

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

export async function main(argv: string[]): Promise<number> {
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
    line: (t = '') => console.log(t),
    error: (t) => console.error(t),
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  },
);
