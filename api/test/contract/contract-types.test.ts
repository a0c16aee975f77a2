import * as contract from '@frontstage/engine';
import { describe, expect, it } from 'vitest';
import type { components } from '../../openapi/schema.js';

// The editor reads the API through the engine's contract types; an integrator through the types
// generated from the OpenAPI document. They must be the same types, or one side is lying. The
// compiler checks it (this file is type-checked with the api package): each generated component
// and the contract type of the same name must be assignable both ways.

type Schemas = components['schemas'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(check: Same<A, B>) => check;

describe('the generated OpenAPI types and the engine contract', () => {
  it('are the same types, name by name', () => {
    const checks = {
      TicketView: same<Schemas['TicketView'], contract.TicketView>(true),
      TicketDetail: same<Schemas['TicketDetail'], contract.TicketDetail>(true),
      TicketPage: same<Schemas['TicketPage'], contract.TicketPage>(true),
      TicketChange: same<Schemas['TicketChange'], contract.TicketChange>(true),
      TicketComment: same<Schemas['TicketComment'], contract.TicketComment>(true),
      CallerEvent: same<Schemas['CallerEvent'], contract.CallerEvent>(true),
      Classification: same<Schemas['Classification'], contract.Classification>(true),
      StoredClassification: same<Schemas['StoredClassification'], contract.StoredClassification>(true),
      AuditEntry: same<Schemas['AuditEntry'], contract.AuditEntry>(true),
      AuditPage: same<Schemas['AuditPage'], contract.AuditPage>(true),
      ChainVerification: same<Schemas['ChainVerification'], contract.ChainVerification>(true),
      ReplayVerdict: same<Schemas['ReplayVerdict'], contract.ReplayVerdict>(true),
      ReplayReport: same<Schemas['ReplayReport'], contract.ReplayReport>(true),
      Heatmap: same<Schemas['Heatmap'], contract.Heatmap>(true),
      WorkloadRow: same<Schemas['WorkloadRow'], contract.WorkloadRow>(true),
      CallbackReport: same<Schemas['CallbackReport'], contract.CallbackReport>(true),
      BlueprintSummary: same<Schemas['BlueprintSummary'], contract.BlueprintSummary>(true),
      DraftResponse: same<Schemas['DraftResponse'], contract.DraftResponse>(true),
      VersionResponse: same<Schemas['VersionResponse'], contract.VersionResponse>(true),
      ValidateResponse: same<Schemas['ValidateResponse'], contract.ValidateResponse>(true),
      PublishResponse: same<Schemas['PublishResponse'], contract.PublishResponse>(true),
      RulesResponse: same<Schemas['RulesResponse'], contract.RulesResponse>(true),
      RulesCheckResponse: same<Schemas['RulesCheckResponse'], contract.RulesCheckResponse>(true),
      EvaluateResult: same<Schemas['EvaluateResult'], contract.EvaluateResult>(true),
      Me: same<Schemas['Me'], contract.Me>(true),
      LoginResponse: same<Schemas['LoginResponse'], contract.LoginResponse>(true),
      UserView: same<Schemas['UserView'], contract.UserView>(true),
      ErrorBody: same<Schemas['ErrorBody'], contract.ErrorBody>(true),
      Blueprint: same<Schemas['Blueprint'], contract.Blueprint>(true),
      Ruleset: same<Schemas['Ruleset'], contract.Ruleset>(true),
    };
    // The runtime half: every name checked is a component of the committed document.
    expect(Object.values(checks).every(Boolean)).toBe(true);
  });
});
