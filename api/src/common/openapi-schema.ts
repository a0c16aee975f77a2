import { z } from 'zod';
import { textIntegers } from './query-int.js';

type Node = { [key: string]: unknown };

/** Where a schema registered with `.meta({ id })` lives in the document. */
export const componentRef = (id: string) => `#/components/schemas/${id}`;

const clean = (node: Node): Node => {
  const { $schema: _schema, $id: _id, ...rest } = node;
  return rest;
};

/**
 * The OpenAPI 3.1 schema of a zod schema: the same schema the API validates with (requests, `input`)
 * or answers with (responses, `output`). Schemas registered with an id (the engine's contract and
 * domain types) become references to `components.schemas`.
 */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Node {
  const id = z.globalRegistry.get(schema)?.id;
  if (id && io === 'output') return { $ref: componentRef(id) };
  const { $defs, ...json } = clean(
    z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'throw',
      override: (ctx) => integerFromText(ctx.zodSchema, ctx.jsonSchema as Node),
    }) as Node,
  );
  // Registered schemas come out as local definitions; the document holds them once, as components.
  for (const id of Object.keys(($defs ?? {}) as Node))
    if (!registeredIds().has(id)) throw new Error(`Schema part "${id}" needs an id to be referenced`);
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${componentRef('')}`)) as Node;
}

let ids: Set<string> | null = null;
const registeredIds = () => (ids ??= new Set(Object.keys(componentSchemas())));

/** Every registered schema, as `components.schemas` (answers' form). */
export function componentSchemas(): Record<string, Node> {
  const all = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
    uri: componentRef,
  }) as { schemas: Record<string, Node> };
  return Object.fromEntries(Object.entries(all.schemas).map(([id, s]) => [id, clean(s)]));
}

/**
 * Query and path integers travel as text and are parsed by `queryInt`; a client sends integers, so
 * the document says integer, with the bounds the pipe checks.
 */
function integerFromText(schema: unknown, json: Node): void {
  const bounds = textIntegers.get(schema as z.ZodType);
  if (!bounds) return;
  for (const key of Object.keys(json)) delete json[key];
  Object.assign(json, { type: 'integer', ...bounds });
}
