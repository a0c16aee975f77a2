import ts from 'typescript';
import { diagnosticLines } from './type-check.js';

/** The types openapi-typescript generated, as the TypeScript checker reads them. */
export interface GeneratedTypes {
  checker: ts.TypeChecker;
  /** `components['schemas'][name]` by name. */
  schemas: Map<string, ts.Type>;
  /** `paths[path][method]` by `METHOD /path`, for the methods a path has. */
  operations: Map<string, ts.Type>;
  /**
   * What a strict compiler says of the file itself, which skipLibCheck would hide: a type that
   * refers to itself unresolvably is `any` then, and nothing says so.
   */
  errors: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Reads a file written by openapi-typescript (its `components` and `paths` interfaces). */
export function readGeneratedTypes(file: string): GeneratedTypes {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
    skipDefaultLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} cannot be read`);
  // An interface, or `Record<string, never>` when the document has none of them.
  const declared = (name: string): ts.Type => {
    const node = source.statements.find(
      (s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
        (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name,
    );
    const symbol = node && checker.getSymbolAtLocation(node.name);
    if (!symbol) throw new Error(`${file} declares no ${name}: is it openapi-typescript's output?`);
    return checker.getDeclaredTypeOfSymbol(symbol);
  };
  const member = (type: ts.Type, name: string): ts.Type | undefined => {
    const symbol = type.getProperty(name);
    if (!symbol) return undefined;
    const found = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
    return found.flags & ts.TypeFlags.Never ? undefined : found;
  };
  const schemas = new Map<string, ts.Type>();
  const schemaTypes = member(declared('components'), 'schemas');
  for (const symbol of schemaTypes?.getProperties() ?? [])
    schemas.set(symbol.name, checker.getTypeOfSymbol(symbol));
  const operations = new Map<string, ts.Type>();
  for (const path of declared('paths').getProperties())
    for (const method of METHODS) {
      const operation = member(checker.getTypeOfSymbol(path), method);
      if (operation) operations.set(`${method.toUpperCase()} ${path.name}`, operation);
    }
  return { checker, schemas, operations, errors: diagnosticLines(program) };
}

/**
 * Every place inside a component schema where a value may be `unknown` or `any`, as
 * `Schema.path.to[string].value: unknown`. A schema referenced from another is reported under its own name.
 */
export function unknownsInSchemas({ checker, schemas }: GeneratedTypes): string[] {
  const walk: Walk = { checker, named: new Set(schemas.values()), found: [] };
  for (const [name, type] of schemas) visit(walk, type, name, new Set(), type);
  return walk.found;
}

/**
 * Every request body and answer of every operation that may be `unknown` or `any` where no
 * component schema covers it, and every success answer (but 204) that describes no body at all.
 */
export function unknownsInOperations({ checker, schemas, operations }: GeneratedTypes): string[] {
  const walk: Walk = { checker, named: new Set(schemas.values()), found: [] };
  const member = (type: ts.Type | undefined, name: string) => {
    const symbol = type?.getProperty(name);
    return symbol && checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
  };
  const visitContent = (content: ts.Type | undefined, at: string) => {
    for (const media of content?.getProperties() ?? [])
      visit(walk, checker.getTypeOfSymbol(media), `${at} ${media.name}`, new Set());
  };
  for (const [at, operation] of operations) {
    visitContent(member(member(operation, 'requestBody'), 'content'), `${at} body`);
    for (const status of member(operation, 'responses')?.getProperties() ?? []) {
      const content = member(checker.getTypeOfSymbol(status), 'content');
      const described = content && !(content.flags & ts.TypeFlags.Never);
      if (!described && status.name.startsWith('2') && status.name !== '204')
        walk.found.push(`${at} ${status.name}: no body described`);
      if (described) visitContent(content, `${at} ${status.name}`);
    }
  }
  return walk.found;
}

interface Walk {
  checker: ts.TypeChecker;
  /** The component schemas' types: met inside something else, each is checked on its own. */
  named: Set<ts.Type>;
  found: string[];
}

/** Walks a type's members, array elements, index signatures and union members down to unknown or any. */
function visit(walk: Walk, type: ts.Type, at: string, ancestors: Set<ts.Type>, self?: ts.Type): void {
  const { checker } = walk;
  if (type.flags & ts.TypeFlags.Any) return void walk.found.push(`${at}: any`);
  if (type.flags & ts.TypeFlags.Unknown) return void walk.found.push(`${at}: unknown`);
  // A component schema met inside another is checked on its own; a type met again on the way down is
  // a recursion (a nested condition, a JSON value).
  if ((type !== self && walk.named.has(type)) || ancestors.has(type)) return;
  const inner = new Set(ancestors).add(type);
  if (type.isUnionOrIntersection()) {
    for (const member of type.types) visit(walk, member, at, inner);
  } else if (checker.isArrayType(type) || checker.isTupleType(type)) {
    for (const element of checker.getTypeArguments(type as ts.TypeReference))
      visit(walk, element, `${at}[]`, inner);
  } else if (type.flags & ts.TypeFlags.Object) {
    for (const property of checker.getPropertiesOfType(type))
      visit(walk, checker.getTypeOfSymbol(property), `${at}.${property.name}`, inner);
    for (const index of checker.getIndexInfosOfType(type))
      visit(walk, index.type, `${at}[${checker.typeToString(index.keyType)}]`, inner);
  }
}
