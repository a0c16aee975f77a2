#!/usr/bin/env node
// The frontstage command line: validate, compile, classify and simulate blueprints, and replay
// ticket histories, from files. The commands live in cli/main.ts so tests can run them in-process;
// this file only wires them to the process's arguments, streams and exit code.
import { runCli } from './cli/main.js';

runCli(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
}).then((code) => process.exit(code));
