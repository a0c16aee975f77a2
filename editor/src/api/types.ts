import type {
  Blueprint,
  CompiledBlueprint,
  Diagnostic,
  Report,
  Ruleset,
  Classification,
} from '@frontstage/engine';

/** Shapes of the REST contract in DESIGN.md, as the editor reads them. */
export interface LoginResponse {
  token: string;
  user?: { id: string; username: string; role: ApiRole; jobRole?: string; team?: string | null };
}
export type ApiRole = 'designer' | 'staff' | 'supervisor' | 'auditor' | 'admin';

export interface VersionSummary {
  key: string;
  version: number;
  hash: string;
  publishedAt: string;
  publishedBy?: string;
}
export interface BlueprintSummary {
  key: string;
  name: Blueprint['name'] | null;
  class: Blueprint['class'] | null;
  draftUpdatedAt: string | null;
  latest: VersionSummary | null;
}
export interface DraftResponse {
  key: string;
  blueprint: Blueprint;
  updatedAt: string;
  updatedBy?: string;
  report: Diagnostic[];
}
export interface SaveDraftResponse {
  key: string;
  updatedAt: string;
  report: Diagnostic[];
}
export type ValidateResponse = { ok: true; hash: string; report: Report } | { ok: false; report: Report };
export type PublishResponse = VersionSummary & { created: boolean };
export type VersionResponse = VersionSummary & { blueprint: Blueprint; compiled: CompiledBlueprint };
export interface RulesResponse {
  ruleset: Ruleset;
  version?: number;
}
export type EvaluateResponse = Classification;

/** The error body every endpoint returns. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}
