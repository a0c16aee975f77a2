// The public surface of @frontstage/engine. Everything a caller may rely on is listed here.
export * from './schema/index.js';
export { DIAGNOSTIC_CODES, hasErrors, Diagnostic, type DiagnosticCode, Severity } from './diagnostics.js';
export { validate, type ValidationResult, type ValidateOptions } from './validate.js';
export { compile, blueprintHash, type CompileResult, type CompiledBlueprint, Report } from './compile.js';
export { INTAKE, MachineConfig, TransitionConfig } from './machine-config.js';
export { RuleJson } from './blueprint-rules.js';
export { createBlueprintMachine, machineImplementations, type MachineContext } from './runtime.js';
export {
  compileCondition,
  explainCondition,
  type CompiledCondition,
  ConditionTrace,
  ReferenceTrace,
  TraceItem,
  isFactTrace,
  type Facts,
  type SharedConditionMap,
} from './conditions.js';
export { checkSharedConditions } from './shared-conditions.js';
export { suggestFacts, type FactSuggestion } from './suggest-facts.js';
export { decidingQuestions, type DecidingQuestion, type Outcome } from './deciding-question.js';
export { OPERATOR_DEFINITIONS, applyOperator } from './operators.js';
export {
  classify,
  compileRuleset,
  Classification,
  type ClassifyResult,
  type CompiledRuleset,
  RuleExplanation,
  SharedConditionExplanation,
} from './classify.js';
export {
  Ticket,
  TicketEvent,
  Actor,
  Timer,
  Escalation,
  TIMER_DUE,
  REJECTION_CODES,
  type Effect,
  type Rejection,
  type RejectionCode,
  type StepResult,
} from './ticket.js';
export { start, step, type StartOptions, type StepOptions } from './step.js';
export { reassign } from './reassign.js';
export { allowedEvents, type AllowedEvent } from './allowed-events.js';
export { checkRequiredData, type DataIssue } from './required-data.js';
export { prefilled, prefillValue, PREFILL_SOURCE_TYPES, type PrefillContext } from './prefill.js';
export { customerView, fieldText, type CustomerMoment, type CustomerField } from './customer-view.js';
export { quietHoursEnd } from './notices/quiet-hours.js';
export { placeholdersIn, renderNotice } from './notices/notice-template.js';
export {
  notifiesCustomer,
  noticeTemplate,
  noticeValues,
  ticketNotices,
  type NoticeIntent,
  type NoticeChange,
} from './notices/customer-notices.js';
export { customerMessageCount, type MessageCount, type MessagePath } from './notices/message-count.js';
export { Calendar, CalendarBreak, QuietHours, addWorkingTime, nextWorkingInstant } from './calendar.js';
export { durationMs, addMs } from './duration.js';
export {
  diffBlueprints,
  diffRulesets,
  diffDocuments,
  type DiffChange,
  type DiffEntry,
} from './diff/document-diff.js';
export { durationWords } from './diff/duration-words.js';
export { conditionNamesOf, conditionWords, type ConditionNames } from './diff/value-words.js';
export { canonicalJson, sha256Hex } from './canonical.js';
export {
  vocabularyOf,
  missingLabels,
  rolesUsed,
  SYSTEM_EVENTS,
  SYSTEM_ROLES,
  type MissingLabel,
} from './vocabulary.js';
export { verify, type Verification, type BlueprintPath } from './verify.js';
export { replay, sameTicket, type ReplayCommand, type ReplayResult } from './replay.js';
export {
  TICKET_COMMAND,
  PUBLISH_COMMAND,
  AUDIT_COMMANDS,
  type TicketCommand,
  type PublishCommand,
  type AuditCommand,
} from './commands.js';
export {
  HistoryEntry,
  HISTORY_ISSUE_CODES,
  commandsFromHistory,
  replayHistory,
  checkReplay,
  checkTicket,
  type AcceptedEntry,
  type HistoryCommands,
  type HistoryIssue,
  type HistoryIssueCode,
  type HistoryReplay,
  type TicketCheck,
} from './history.js';
export {
  scenarioFor,
  sampleValue,
  type Scenario,
  type ScenarioEvent,
  type ScenarioResult,
} from './scenario.js';
export {
  normalizeWidth,
  parseUnitAddress,
  parseAddressQuery,
  unitCode,
  type UnitAddress,
  type AddressQuery,
} from './estate/address.js';
export { normalizePhone, maskPhone, isMaskedPhone } from './estate/phone.js';
export {
  REPEAT_FAULT_DAYS,
  isRepeatOf,
  repeatLinks,
  repeatWindow,
  type RepeatCandidate,
  type RepeatLinks,
} from './estate/repeat-fault.js';
export {
  ESTATE_COLUMNS,
  DEFAULT_SEGMENTS,
  readEstateRows,
  writeEstateRows,
  segmentText,
  type EstateRow,
  type EstateRowCustomer,
  type EstateColumn,
  type EstateLanguage,
  type RowProblem,
} from './estate/estate-rows.js';
export * from './contract/index.js';
export {
  RECENT_COMPLAINT_DAYS,
  COMPLAINT_REQUEST,
  complaintWindowStart,
  deriveFacts,
  applyDerived,
  complaintMatches,
  roomKey,
  type DerivePlace,
  type ComplaintRecord,
  type DeriveInput,
} from './derive.js';
export {
  HOME_LOCATION,
  AREA_KINDS,
  AREA_KIND_VALUES,
  AreaKind,
  LOCATIONS,
  LOCATION_VALUES,
  siteLocations,
  type AreaKindValue,
} from './estate/locations.js';
