// The shipped blueprints and ruleset as the tests read them: straight from blueprints/*.json.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, type Blueprint, type CompiledBlueprint, type Ruleset } from '@frontstage/engine';

export const BLUEPRINTS_DIR = fileURLToPath(new URL('../../blueprints/', import.meta.url));

/** Every JSON file in blueprints/, by file name. */
export function shippedFiles(): { name: string; text: string }[] {
  return readdirSync(BLUEPRINTS_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${BLUEPRINTS_DIR}${name}`, 'utf8') }));
}

/** The blueprint documents (every file but the ruleset). */
export function shippedBlueprints(): Blueprint[] {
  return shippedFiles()
    .filter((f) => f.name !== 'ruleset.json')
    .map((f) => JSON.parse(f.text) as Blueprint);
}

export function shippedRuleset(): Ruleset {
  return JSON.parse(readFileSync(`${BLUEPRINTS_DIR}ruleset.json`, 'utf8')) as Ruleset;
}

/** Compiles a shipped blueprint that must be valid. */
export function compiledOf(blueprint: Blueprint): CompiledBlueprint {
  const result = compile(blueprint);
  if (!result.ok) throw new Error(`${blueprint.key}: ${result.report.diagnostics.map((d) => d.code).join(', ')}`);
  return result;
}
