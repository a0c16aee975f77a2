import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from './endpoint.js';
import { componentSchemas } from './openapi-schema.js';

const DESCRIPTION = `Run a property-management customer-service centre from a service blueprint: blueprints,
classification rules, tickets, the audit log and reports.

Conventions (the README's "The API" section says more):

- **Errors**: every error answer is an \`ErrorBody\` whose \`error\` is a typed code; \`details.field\`
  names the input at fault.
- **Idempotency**: every POST that creates or changes something takes an \`Idempotency-Key\`: a retry
  with the same key and body gets the first answer byte for byte (\`Idempotent-Replayed: true\`).
- **Pagination**: the lists that grow (tickets, audit, users, replay) take \`limit\` and \`cursor\` and
  answer \`nextCursor\` (null on the last page), in a stable total order; \`offset\` and \`afterSeq\`
  still work. The lists of one ticket or blueprint come whole, in a stable order.
- **Concurrency**: tickets and blueprint drafts answer an \`ETag\`; send it back as \`If-Match\`
  (instead of a ticket's \`expectedVersion\`); a stale one is a 412 \`precondition_failed\`.
- **Retry-After** (seconds) comes with every 429 and 503, and with a 409 that only asks for the same
  request again (\`idempotency_in_flight\`, a \`conflict\` with \`details.retryable\`).
- **Versioning and deprecation**: this is version 1, under /api. It changes only by additions
  (operations, optional parameters and headers, answer fields, error codes): clients must ignore
  fields they do not know. A breaking change would come as /api/v2 beside /api, which keeps working
  for at least 6 months after; its operations would then be marked deprecated here and answer
  \`Deprecation\` and \`Sunset\` headers.`;

/**
 * The OpenAPI 3.1 document: operations as the controllers' @Endpoint decorators describe them,
 * component schemas from the zod schemas registered with an id (the engine's contract), one
 * bearer scheme required everywhere but on public operations.
 */
export function openApiDocument(app: INestApplication, publicUrl: string): OpenAPIObject {
  const base = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Frontstage API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .setLicense('Proprietary', `${publicUrl}/`)
    .addServer(publicUrl)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const doc = SwaggerModule.createDocument(app, base);
  doc.components = { ...doc.components, schemas: { ...componentSchemas() } };
  for (const item of Object.values(doc.paths))
    for (const op of Object.values(item) as Record<string, unknown>[]) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      if (op[PUBLIC_EXTENSION]) op.security = [];
      else delete op.security;
      delete op[PUBLIC_EXTENSION];
    }
  return doc;
}
