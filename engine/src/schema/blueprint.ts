import { z } from 'zod';
import { conditionReferences, TopLevelCondition } from './condition.js';
import { CustomerNotice } from './notice.js';
import { BlueprintKey, Duration, EventName, FactName, Identifier, Role, Text } from './primitives.js';

/**
 * The five rows of a service blueprint, top to bottom. The line of interaction lies between
 * `customer` and `frontstage`, the line of visibility between `frontstage` and `backstage`, the
 * line of internal interaction between `backstage` and `support`.
 */
export const LANES = ['evidence', 'customer', 'frontstage', 'backstage', 'support'] as const;
export const Lane = z.enum(LANES);
export type Lane = z.infer<typeof Lane>;

/** The lines between lanes, each named by the lane above and below it. */
export const LINES = [
  { id: 'interaction', above: 'customer', below: 'frontstage' },
  { id: 'visibility', above: 'frontstage', below: 'backstage' },
  { id: 'internal', above: 'backstage', below: 'support' },
] as const;

/** The rows above the line of visibility: what happens there, the customer meets. */
export const CUSTOMER_LANES: readonly Lane[] = ['customer', 'frontstage'];

/** Whether a step lies above the line of visibility. */
export const seenByCustomer = (step: { lane: Lane } | undefined): boolean =>
  step !== undefined && CUSTOMER_LANES.includes(step.lane);

/** The customer acts for themself; every other role is staff or a system. */
export const CUSTOMER_ROLE = 'customer';
/** The actor of timers and automatic work. */
export const SYSTEM_ROLE = 'system';

export const REQUEST_CLASSES = ['general', 'special', 'emergency'] as const;
/** general 一般委托, special 特约委托 (contracted or paid), emergency 紧急委托. */
export const RequestClass = z.enum(REQUEST_CLASSES);
export type RequestClass = z.infer<typeof RequestClass>;

/**
 * How long a step may take and what happens as that time runs out.
 * `clock: 'business'` counts only the working hours of the site calendar.
 * @example { duration: 'PT15M', warnAt: [0.5, 0.8], onBreach: { escalateTo: 'site_manager' } }
 */
export const TimeStandard = z.strictObject({
  duration: Duration,
  clock: z.enum(['wall', 'business']).optional(),
  /** Fractions of the allowed time at which the owner is warned, e.g. [0.5, 0.8]. */
  warnAt: z.array(z.number().gt(0).lt(1)).max(5).optional(),
  onBreach: z
    .strictObject({
      /** Role that is notified and takes over the escalation. */
      escalateTo: Role.optional(),
      /** Event sent through the blueprint on breach; a flow from the step must carry it. */
      event: EventName.optional(),
    })
    .optional(),
});
export type TimeStandard = z.infer<typeof TimeStandard>;

export const FIELD_TYPES = [
  'string',
  'text',
  'integer',
  'number',
  'boolean',
  'choice',
  'date',
  'phone',
] as const;

/**
 * One field of the data a step requires before it can be completed.
 * @example { name: 'satisfaction', label: { 'zh-CN': '满意度', en: 'Satisfaction' }, type: 'integer', min: 1, max: 5 }
 */
/** What the ticket knows beside its facts and earlier data: who reported it, where, and when. */
export const PREFILL_SOURCES = ['customer.name', 'customer.phone', 'place', 'unit', 'reportedAt'] as const;

/**
 * Where a form field takes its first value from: `fact.<name>` (what intake recorded),
 * `data.<name>` (what an earlier step's form collected) or one of PREFILL_SOURCES.
 */
export const Prefill = z
  .string()
  .regex(
    /^(?:(?:fact|data)\.[A-Za-z][A-Za-z0-9_]{0,63}|customer\.name|customer\.phone|place|unit|reportedAt)$/,
    'fact.<name>, data.<name>, customer.name, customer.phone, place, unit or reportedAt',
  );
export type Prefill = z.infer<typeof Prefill>;

export const Field = z
  .strictObject({
    name: FactName,
    label: Text,
    type: z.enum(FIELD_TYPES),
    /** Defaults to true. */
    required: z.boolean().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().int().positive().optional(),
    options: z
      .array(z.strictObject({ value: z.string().min(1), label: Text }))
      .min(1)
      .optional(),
    /**
     * Shown to the customer in their timeline (客户可见). Only a field of a step above the line of
     * visibility (or of a flow leaving one) ever reaches them; defaults to false.
     */
    customerVisible: z.boolean().optional(),
    /** A date of when something happened (投诉时间): one later than the step's moment is refused. */
    past: z.boolean().optional(),
    /**
     * Filled in from what the ticket already knows (the caller's phone, the room, the description
     * intake took), so nobody types it again; shown filled and editable.
     */
    prefill: Prefill.optional(),
  })
  .meta({ id: 'Field' });
export type Field = z.infer<typeof Field>;

/** What the customer sees or touches at a step (有形展示): form, app screen, uniform, receipt. */
export const Evidence = z.strictObject({ id: Identifier, label: Text });
export type Evidence = z.infer<typeof Evidence>;

/** Work a support system does at once when a step is entered. */
export const Action = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('notify'), to: Role, message: Text }),
  z.strictObject({ kind: z.literal('assign'), role: Role }),
  z.strictObject({ kind: z.literal('callSupplier'), supplier: Identifier, message: Text.optional() }),
]);
export type Action = z.infer<typeof Action>;

export const STEP_TYPES = ['start', 'task', 'auto', 'decision', 'end'] as const;
export const StepType = z.enum(STEP_TYPES);
export type StepType = z.infer<typeof StepType>;

/**
 * A step of the blueprint. `task` waits for a person (its `roles`) to send an event; `start`,
 * `auto` and `decision` move on at once; `end` closes the ticket.
 */
export const Step = z.strictObject({
  id: Identifier,
  type: StepType,
  lane: Lane,
  label: Text,
  description: Text.optional(),
  roles: z.array(Role).min(1).optional(),
  actions: z.array(Action).optional(),
  timeStandard: TimeStandard.optional(),
  /**
   * A task that waits without a time standard on purpose, and why (shown where the time standard
   * would be, e.g. 'the customer confirms when they have checked the repair'). A task with neither
   * is warned about: its tickets could wait for ever unseen.
   */
  noDeadline: Text.optional(),
  /** A moment of truth (关键时刻): a touchpoint where the customer judges the service. */
  momentOfTruth: z.boolean().optional(),
  /** Where failures are likely (容易失误的环节), and why. */
  failPoint: Text.optional(),
  evidence: z.array(Evidence).optional(),
  requiredData: z.array(Field).optional(),
  /** The customer's timeline names who acted here (the technician at their door); staff stay unnamed elsewhere. */
  customerSeesActor: z.boolean().optional(),
  /** The message the customer gets as a ticket enters the step (客户通知); see CustomerNotice. */
  customerNotice: CustomerNotice.optional(),
});
export type Step = z.infer<typeof Step>;

/**
 * A flow from step to step. Out of a task it is named by the event that completes the task;
 * out of a decision it carries a condition (the one without is the default branch).
 */
export const Flow = z.strictObject({
  id: Identifier,
  from: Identifier,
  to: Identifier,
  event: EventName.optional(),
  label: Text.optional(),
  // Shared conditions belong to the classification ruleset; a blueprint has none to refer to.
  condition: TopLevelCondition.superRefine((c, ctx) => {
    for (const name of conditionReferences(c))
      ctx.addIssue({
        code: 'custom',
        message: `a flow's condition cannot refer to the shared condition "${name}": shared conditions belong to the classification ruleset`,
        params: { zh: `流程条件不能引用共享条件“${name}”：共享条件只属于分类规则` },
      });
  }).optional(),
  /** Who may send the event; defaults to the roles of the step it leaves. */
  roles: z.array(Role).min(1).optional(),
  /** Data this event needs in addition to the step's own required data. */
  requiredData: z.array(Field).optional(),
});
export type Flow = z.infer<typeof Flow>;

export const Point = z.strictObject({ x: z.number(), y: z.number() });
/** Where things are drawn. Never part of the meaning, never part of the hash. */
export const Layout = z.strictObject({ steps: z.record(z.string(), Point) });
export type Layout = z.infer<typeof Layout>;

/** A service blueprint (服务蓝图): the central document of Frontstage. */
export const Blueprint = z
  .strictObject({
    $schema: z.string().optional(),
    key: BlueprintKey,
    name: Text,
    description: Text.optional(),
    class: RequestClass,
    /** Display names of the roles this blueprint uses. */
    roles: z.record(Role, Text).optional(),
    /**
     * Display names of the events its flows are sent with, as a history entry reads ('已修复',
     * not FIXED); a flow's own label, when set, names its button.
     */
    events: z.record(EventName, Text).optional(),
    steps: z.array(Step).min(1),
    flows: z.array(Flow),
    layout: Layout.optional(),
  })
  .meta({ id: 'Blueprint' });
export type Blueprint = z.infer<typeof Blueprint>;
