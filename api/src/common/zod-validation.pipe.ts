import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ApiError } from './api-error.js';

/** One issue of a bad request, naming the field it is about. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Flattens zod issues into `{field, message}`, naming unknown keys one by one. */
export function fieldIssues(error: z.ZodError, root: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, message: 'unknown field' }));
    return [{ field: base || root || 'body', message: issue.message }];
  });
}

/** The global validation pipe: every parameter typed with a zodDto class is parsed by its schema. */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const schema = (metadata.metatype as { schema?: z.ZodType } | undefined)?.schema;
    if (!schema || typeof schema.safeParse !== 'function') return value;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const root =
      metadata.type === 'body'
        ? ''
        : metadata.type === 'query'
          ? 'query'
          : metadata.type === 'param'
            ? ''
            : '';
    const issues = fieldIssues(parsed.error, root);
    const first = issues[0]!;
    throw new ApiError(
      'validation_failed',
      `Invalid ${metadata.type === 'body' ? 'body' : metadata.type}: ${first.field}: ${first.message}`,
      {
        field: first.field,
        issues,
      },
    );
  }
}
