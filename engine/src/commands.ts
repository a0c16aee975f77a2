/**
 * The commands a ticket's audit history records, as the `command` of its entries. The API writes
 * them and every reader of the log (replay, the audit workspace, reports) matches on them, so they
 * are named once, here.
 * @example entry.command === TICKET_COMMAND.reassign // a supervisor moved the ticket to a team
 */
export const TICKET_COMMAND = {
  /** Intake: facts classified, the ticket started; `eventType` is `INTAKE`. */
  create: 'ticket.create',
  /** A person's event through `step`. */
  event: 'ticket.event',
  /** A supervisor moved the ticket to another team; data is `{ team }`. */
  reassign: 'ticket.reassign',
  /** A due time standard (`TIMER_DUE`) sent by the scheduler. */
  timer: 'ticket.timer',
  /** A note left on the ticket; it moves nothing. */
  comment: 'ticket.comment',
  /** Attachments linked to the ticket; data is `{ attachments: [{ hash, mime, bytes }] }`. It moves nothing. */
  attach: 'ticket.attach',
} as const;
export type TicketCommand = (typeof TICKET_COMMAND)[keyof typeof TICKET_COMMAND];

/** Commands that publish what tickets run on; their entries have no ticket. */
export const PUBLISH_COMMAND = {
  blueprint: 'blueprint.publish',
  rules: 'rules.publish',
} as const;
export type PublishCommand = (typeof PUBLISH_COMMAND)[keyof typeof PUBLISH_COMMAND];

/** Every command the audit log holds. */
export type AuditCommand = TicketCommand | PublishCommand;
export const AUDIT_COMMANDS: readonly AuditCommand[] = [
  ...Object.values(TICKET_COMMAND),
  ...Object.values(PUBLISH_COMMAND),
];
