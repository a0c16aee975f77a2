import { ApiBody } from '@nestjs/swagger';
import { JsonValue } from '@frontstage/engine';
import { z } from 'zod';

type Node = { [key: string]: unknown };

/**
 * The OpenAPI schema of a zod schema, for the docs only (validation stays with zod). References are
 * inlined; a recursive one (nested conditions) is cut to `{}` where it comes round again.
 */
export function openApiSchema(schema: z.ZodType): Node {
  const json = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    unrepresentable: 'any',
    io: 'input',
    override: (ctx) => {
      if ((ctx.zodSchema as unknown) !== JsonValue) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Node)[key];
      (ctx.jsonSchema as Node).description = 'any JSON value';
    },
  }) as Node;
  const defs = (json.definitions ?? {}) as Record<string, Node>;
  delete json.definitions;
  const inline = (node: unknown, seen: Set<string>): unknown => {
    if (Array.isArray(node)) return node.map((n) => inline(n, seen));
    if (!node || typeof node !== 'object') return node;
    const ref = (node as Node).$ref;
    if (typeof ref === 'string') {
      const name = ref.replace(/^#\/definitions\//, '');
      return seen.has(name) || !defs[name] ? {} : inline(defs[name], new Set([...seen, name]));
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v, seen)]));
  };
  return inline(json, new Set()) as Node;
}

/** Documents a request body with its zod schema. */
export const ZodBody = (schema: z.ZodType) => ApiBody({ schema: openApiSchema(schema) });
