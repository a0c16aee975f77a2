import ts from 'typescript';

/**
 * What a strict compiler says of the files given and all they import, one line per diagnostic
 * (`file:line:col message`); empty when they compile. Nothing is emitted.
 */
export function typeErrors(files: string[], options: ts.CompilerOptions = {}): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: true,
    ...options,
  });
  return diagnosticLines(program);
}

/** A program's diagnostics, one line each. */
export function diagnosticLines(program: ts.Program): string[] {
  return ts.getPreEmitDiagnostics(program).map(describe);
}

function describe(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return message;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${diagnostic.file.fileName}:${line + 1}:${character + 1} ${message}`;
}
