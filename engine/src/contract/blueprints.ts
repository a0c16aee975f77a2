import { z } from 'zod';
import { RuleJson } from '../blueprint-rules.js';
import { Report } from '../compile.js';
import { Diagnostic } from '../diagnostics.js';
import { MachineConfig } from '../machine-config.js';
import { Blueprint } from '../schema/blueprint.js';
import { Ruleset } from '../schema/ruleset.js';

// The wire shapes of the blueprints and rules endpoints.

const Diagnostics = z.array(Diagnostic);

/** A published, immutable version of a blueprint. */
export const VersionSummary = z
  .object({
    key: z.string(),
    version: z.number().int(),
    hash: z.string(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string().optional(),
    /** The designer's change note: what this version changes and why (null before notes existed). */
    note: z.string().nullable().optional(),
  })
  .meta({ id: 'VersionSummary' });
export type VersionSummary = z.infer<typeof VersionSummary>;

/** `GET /api/blueprints`: every blueprint with a draft or a version, with its latest version. */
export const BlueprintSummary = z
  .object({
    key: z.string(),
    name: Blueprint.shape.name.nullable(),
    class: Blueprint.shape.class.nullable(),
    draftUpdatedAt: z.iso.datetime().nullable(),
    latest: VersionSummary.nullable(),
  })
  .meta({ id: 'BlueprintSummary' });
export type BlueprintSummary = z.infer<typeof BlueprintSummary>;

/** `GET /api/blueprints/:key/draft`: the draft with what validation says of it now. */
export const DraftResponse = z
  .object({
    key: z.string(),
    blueprint: Blueprint,
    updatedAt: z.iso.datetime(),
    updatedBy: z.string().optional(),
    report: Diagnostics,
  })
  .meta({ id: 'DraftResponse' });
export type DraftResponse = z.infer<typeof DraftResponse>;

/** `PUT /api/blueprints/:key/draft`. */
export const SaveDraftResponse = z
  .object({
    key: z.string(),
    updatedAt: z.iso.datetime(),
    report: Diagnostics,
  })
  .meta({ id: 'SaveDraftResponse' });
export type SaveDraftResponse = z.infer<typeof SaveDraftResponse>;

/** `POST /api/blueprints/validate`: compiled without saving. */
export const ValidateResponse = z
  .discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), hash: z.string(), report: Report }),
    z.object({ ok: z.literal(false), report: Report }),
  ])
  .meta({ id: 'ValidateResponse' });
export type ValidateResponse = z.infer<typeof ValidateResponse>;

/** `POST /api/blueprints/:key/publish`: the new version, or the latest one when nothing changed. */
export const PublishResponse = VersionSummary.extend({ created: z.boolean() }).meta({
  id: 'PublishResponse',
});
export type PublishResponse = z.infer<typeof PublishResponse>;

/** `GET /api/blueprints/:key/versions/:version`: a version with its compiled machine and rules. */
export const VersionResponse = VersionSummary.extend({
  blueprint: Blueprint,
  /** What publishing compiled: the XState machine config and the json-rules-engine rules of its guards. */
  compiled: z.object({ machine: MachineConfig, rules: z.array(RuleJson), report: Report }),
}).meta({ id: 'VersionResponse' });
export type VersionResponse = z.infer<typeof VersionResponse>;

/** A published version of the classification ruleset. */
export const RulesetVersionSummary = z
  .object({
    version: z.number().int(),
    key: z.string(),
    hash: z.string(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string(),
    /** The designer's change note: what this version changes and why (null before notes existed). */
    note: z.string().nullable().optional(),
  })
  .meta({ id: 'RulesetVersionSummary' });
export type RulesetVersionSummary = z.infer<typeof RulesetVersionSummary>;

/** `GET /api/rules` and `GET /api/rules/versions/:version`: a ruleset version with its rules. */
export const RulesResponse = z
  .object({
    version: z.number().int(),
    hash: z.string(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string(),
    note: z.string().nullable().optional(),
    ruleset: Ruleset,
  })
  .meta({ id: 'RulesResponse' });
export type RulesResponse = z.infer<typeof RulesResponse>;

/** `PUT /api/rules`: the version now in force; `created` is false when nothing changed. */
export const RulesPublishResponse = z
  .object({ version: z.number().int(), hash: z.string(), created: z.boolean() })
  .meta({ id: 'RulesPublishResponse' });
export type RulesPublishResponse = z.infer<typeof RulesPublishResponse>;

/** `POST /api/rules/validate`: every problem of a draft ruleset, or ok with its hash. */
export const RulesCheckResponse = z
  .object({ ok: z.boolean(), hash: z.string().optional(), diagnostics: Diagnostics })
  .meta({ id: 'RulesCheckResponse' });
export type RulesCheckResponse = z.infer<typeof RulesCheckResponse>;
