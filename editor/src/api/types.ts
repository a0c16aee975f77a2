import type { Classification } from '@frontstage/engine';

// The blueprints and rules endpoints' shapes come from the engine's contract, as the API sends them.
export type {
  ApiRole,
  BlueprintSummary,
  LoginResponse,
  DraftResponse,
  PublishResponse,
  RulesResponse,
  SaveDraftResponse,
  ValidateResponse,
  VersionResponse,
  VersionSummary,
} from '@frontstage/engine';

export type EvaluateResponse = Classification;

/** The error body every endpoint returns. */
export type { ErrorBody as ApiErrorBody } from '@frontstage/engine';
