import { z } from 'zod';
import type { CompiledBlueprint, Report } from '../compile.js';
import type { Diagnostic } from '../diagnostics.js';
import { Blueprint } from '../schema/blueprint.js';
import { Ruleset } from '../schema/ruleset.js';

// The wire shapes of the blueprints and rules endpoints.

const Diagnostics = z.array(z.custom<Diagnostic>());

/** A published, immutable version of a blueprint. */
export const VersionSummary = z.object({
  key: z.string(),
  version: z.number().int(),
  hash: z.string(),
  publishedAt: z.iso.datetime(),
  publishedBy: z.string().optional(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

/** `GET /api/blueprints`: every blueprint with a draft or a version, with its latest version. */
export const BlueprintSummary = z.object({
  key: z.string(),
  name: Blueprint.shape.name.nullable(),
  class: Blueprint.shape.class.nullable(),
  draftUpdatedAt: z.iso.datetime().nullable(),
  latest: VersionSummary.nullable(),
});
export type BlueprintSummary = z.infer<typeof BlueprintSummary>;

/** `GET /api/blueprints/:key/draft`: the draft with what validation says of it now. */
export const DraftResponse = z.object({
  key: z.string(),
  blueprint: Blueprint,
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().optional(),
  report: Diagnostics,
});
export type DraftResponse = z.infer<typeof DraftResponse>;

/** `PUT /api/blueprints/:key/draft`. */
export const SaveDraftResponse = z.object({
  key: z.string(),
  updatedAt: z.iso.datetime(),
  report: Diagnostics,
});
export type SaveDraftResponse = z.infer<typeof SaveDraftResponse>;

/** `POST /api/blueprints/validate`: compiled without saving. */
export const ValidateResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), hash: z.string(), report: z.custom<Report>() }),
  z.object({ ok: z.literal(false), report: z.custom<Report>() }),
]);
export type ValidateResponse = z.infer<typeof ValidateResponse>;

/** `POST /api/blueprints/:key/publish`: the new version, or the latest one when nothing changed. */
export const PublishResponse = VersionSummary.extend({ created: z.boolean() });
export type PublishResponse = z.infer<typeof PublishResponse>;

/** `GET /api/blueprints/:key/versions/:version`: a version with its compiled machine and rules. */
export const VersionResponse = VersionSummary.extend({
  blueprint: Blueprint,
  compiled: z.custom<Pick<CompiledBlueprint, 'machine' | 'rules' | 'report'>>(),
});
export type VersionResponse = z.infer<typeof VersionResponse>;

/** `GET /api/rules`: the ruleset in force. */
export const RulesResponse = z.object({
  ruleset: Ruleset,
  version: z.number().int().optional(),
  hash: z.string().optional(),
  publishedAt: z.iso.datetime().optional(),
  publishedBy: z.string().optional(),
});
export type RulesResponse = z.infer<typeof RulesResponse>;
