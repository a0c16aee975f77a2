import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from './endpoint.js';
import { componentSchemas } from './openapi-schema.js';

const DESCRIPTION = `Run a property-management customer-service centre from a service blueprint: blueprints,
classification rules, tickets, the audit log and reports.

Every error answer is an \`ErrorBody\` whose \`error\` is a typed code. Commands that create or change
something take an \`Idempotency-Key\`. Versioning: the API is version 1; additions (operations, optional
fields, answer fields) are not breaking, and a breaking change would come as /api/v2 beside /api.`;

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
