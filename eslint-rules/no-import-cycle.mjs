// An import that leads back to the file it is in: a circle between modules of one package.
// Type-only imports count. They vanish at runtime, but two modules that need each other are one idea
// split in two, and the first value import along the circle makes load order decide what is undefined.
// (import-x/no-cycle skips type-only imports, which is why this rule is our own.)
// Only relative imports are followed: packages import each other by name, and Nx's module boundaries
// keep those acyclic. Modules resolve as TypeScript resolves them, with the nearest tsconfig.json.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const configOf = new Map(); // directory → path of the nearest tsconfig.json ('' if none)
const resolvers = new Map(); // tsconfig.json path → its compiler options and a resolution cache
const importsOf = new Map(); // file → { mtimeMs, seenAt, targets }: the files its relative imports reach

function resolverFor(file) {
  const directory = path.dirname(file);
  if (!configOf.has(directory))
    configOf.set(directory, ts.findConfigFile(directory, ts.sys.fileExists) ?? '');
  const configPath = configOf.get(directory);
  if (!resolvers.has(configPath)) {
    const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} };
    const options = (configPath && ts.getParsedCommandLineOfConfigFile(configPath, {}, host)?.options) || {};
    const cache = ts.createModuleResolutionCache(path.dirname(configPath), (name) => name, options);
    resolvers.set(configPath, { options, cache });
  }
  return resolvers.get(configPath);
}

function resolve(specifier, from) {
  const { options, cache } = resolverFor(from);
  const { resolvedModule } = ts.resolveModuleName(specifier, from, options, ts.sys, cache);
  return resolvedModule && !resolvedModule.isExternalLibraryImport
    ? path.normalize(resolvedModule.resolvedFileName)
    : undefined;
}

function targetsOf(text, file) {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName }) => resolve(fileName, file))
    .filter((target) => target !== undefined);
}

/**
 * The files `file` imports. A file is read again when it changed on disk (an editor's ESLint server runs for
 * hours); whether it changed is asked at most once a second, not once for every file linted.
 */
function importsFrom(file) {
  let entry = importsOf.get(file);
  if (entry && performance.now() - entry.seenAt < 1000) return entry.targets;
  const { mtimeMs } = fs.statSync(file, { throwIfNoEntry: false }) ?? { mtimeMs: -1 };
  if (entry?.mtimeMs !== mtimeMs)
    entry = { mtimeMs, targets: mtimeMs < 0 ? [] : targetsOf(fs.readFileSync(file, 'utf8'), file) };
  importsOf.set(file, { ...entry, seenAt: performance.now() });
  return entry.targets;
}

/** The shortest chain of imports from `start` to `goal`, both included, or undefined if there is none. */
function chain(start, goal) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (file === goal) {
      const files = [];
      for (let at = goal; at !== undefined; at = cameFrom.get(at)) files.unshift(at);
      return files;
    }
    for (const next of importsFrom(file)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbid an import that leads back, through any imports (type-only ones too), to its file.',
    },
    schema: [],
    messages: { cycle: 'Import cycle: {{files}}.' },
  },
  create(context) {
    const file = path.normalize(context.physicalFilename);
    if (!path.isAbsolute(file)) return {};
    // This file's imports as the linter sees them; every other file's as they are on disk (a chain ends
    // where it comes back here, so this file's own copy on disk is never read for it).
    const check = ({ source }) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.'))
        return;
      const target = resolve(source.value, file);
      const files = target && target !== file ? chain(target, file) : undefined;
      if (files) {
        const names = [file, ...files].map((f) => path.relative(context.cwd, f));
        context.report({ node: source, messageId: 'cycle', data: { files: names.join(' → ') } });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
