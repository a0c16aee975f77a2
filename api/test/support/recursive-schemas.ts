import openapiTS, { type OpenAPI3, type OpenAPITSOptions } from 'openapi-typescript';
import ts from 'typescript';

const REF = '#/components/schemas/';

/**
 * The component schemas that come back to themselves without passing through an object's members:
 * through anyOf, oneOf, allOf, array items or a plain $ref (a JSON value holds arrays of JSON values).
 * openapi-typescript's output makes these circular for TypeScript.
 */
export function circularSchemas(document: OpenAPI3): string[] {
  const schemas: Record<string, unknown> = document.components?.schemas ?? {};
  const next = (node: unknown): string[] => {
    if (!node || typeof node !== 'object') return [];
    const schema = node as Record<string, unknown>;
    const refs = typeof schema.$ref === 'string' && schema.$ref.startsWith(REF) ? [refName(schema.$ref)] : [];
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'])
      if (Array.isArray(schema[key])) for (const branch of schema[key]) refs.push(...next(branch));
    return [...refs, ...next(schema.items)];
  };
  const comesBack = (name: string) => {
    const seen = new Set<string>();
    const queue = next(schemas[name]);
    for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
      if (ref === name) return true;
      if (seen.has(ref)) continue;
      seen.add(ref);
      queue.push(...next(schemas[ref]));
    }
    return false;
  };
  return Object.keys(schemas).filter(comesBack);
}

/**
 * openapi-typescript options, and declarations to put before its output, that make such schemas
 * resolvable. It prints every reference as `components["schemas"]["Name"]`, and TypeScript cannot
 * resolve a schema that reaches itself that way: it makes it `any` (TS2502, hidden by skipLibCheck;
 * openapi-ts/openapi-typescript#1603). A type alias may refer to itself, so each such schema is printed
 * once as `export type Name = …` (its own output, with those references by name) and
 * `components["schemas"]["Name"]` becomes `Name`.
 */
export async function recursiveAliases(
  document: OpenAPI3,
): Promise<{ options: Pick<OpenAPITSOptions, 'transform'>; declarations: ts.Node[] }> {
  const names = new Set(circularSchemas(document));
  if (names.size === 0) return { options: {}, declarations: [] };
  const plain = await openapiTS(structuredClone(document), { silent: true });
  const schemas = plain
    .filter(ts.isInterfaceDeclaration)
    .find((node) => node.name.text === 'components')
    ?.members.find((member) => memberName(member) === 'schemas');
  const printed =
    schemas && ts.isPropertySignature(schemas) && schemas.type && ts.isTypeLiteralNode(schemas.type)
      ? schemas.type.members
      : [];
  const declarations = [...names].map((name) => {
    const member = printed.find((m) => memberName(m) === name);
    if (!member || !ts.isPropertySignature(member) || !member.type)
      throw new Error(`openapi-typescript printed no components["schemas"]["${name}"]`);
    return ts.factory.createTypeAliasDeclaration(
      [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
      name,
      undefined,
      byName(member.type, names),
    );
  });
  const transform: OpenAPITSOptions['transform'] = (_schema, { path }) =>
    path?.startsWith(REF) && names.has(refName(path))
      ? ts.factory.createTypeReferenceNode(refName(path))
      : undefined;
  return { options: { transform }, declarations };
}

function refName(ref: string): string {
  return ref.slice(REF.length).replaceAll('~1', '/').replaceAll('~0', '~');
}

function memberName(member: ts.TypeElement): string | undefined {
  const name = member.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** The type with each `components["schemas"]["Name"]` of the names given replaced by `Name`. */
function byName(type: ts.TypeNode, names: Set<string>): ts.TypeNode {
  const literal = (node: ts.TypeNode) =>
    ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
  const visit = (node: ts.Node): ts.Node => {
    if (
      ts.isIndexedAccessTypeNode(node) &&
      ts.isIndexedAccessTypeNode(node.objectType) &&
      literal(node.objectType.indexType) === 'schemas' &&
      ts.isTypeReferenceNode(node.objectType.objectType) &&
      ts.isIdentifier(node.objectType.objectType.typeName) &&
      node.objectType.objectType.typeName.text === 'components'
    ) {
      const name = literal(node.indexType);
      if (name !== undefined && names.has(name)) return ts.factory.createTypeReferenceNode(name);
    }
    return ts.visitEachChild(node, visit, undefined);
  };
  return visit(type) as ts.TypeNode;
}
