import {
  AttachmentHash,
  EventName,
  FactName,
  Identifier,
  JsonValue,
  RequestClass,
  Role,
  SiteId,
} from '@frontstage/engine';
import { z } from 'zod';
import { cursorParam } from '../common/cursor.js';
import { queryInt } from '../common/query-int.js';
import { zodDto } from '../common/zod-dto.js';
import { ReportedRange, TicketSearchParams } from './search-params.js';
import { TicketSortKey } from './ticket-cursor.js';

// What the tickets endpoints take: bodies, path and query parameters, validated by the one pipe.

// Intake takes facts and where the request is: state, version, role or hash in the body are unknown fields, refused.
export const CreateTicketBody = z
  .strictObject({
    facts: z.record(FactName, JsonValue),
    site: SiteId.optional().meta({
      description: 'The site of the request; required when the caller works at more than one',
    }),
    unitId: z.uuid().optional().meta({ description: 'The unit (home, office) of that site' }),
    areaId: z.uuid().optional().meta({ description: 'The common area of that site (gate, car park, lift)' }),
    address: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'A unit address as typed (3栋2单元1101, 3-2-1101), read to a unit of that site' }),
    customerId: z.uuid().optional().meta({ description: 'Who reported it; absent for an anonymous report' }),
    attachments: z.array(AttachmentHash).max(50).optional().meta({
      description:
        'Hashes of attachments the caller uploaded (`POST /api/attachments`), linked in the same transaction',
    }),
  })
  .superRefine((body, ctx) => {
    // One place: the second one named is the field at fault.
    const named = (['unitId', 'areaId', 'address'] as const).filter((k) => body[k] !== undefined);
    for (const field of named.slice(1))
      ctx.addIssue({ code: 'custom', path: [field], message: `name one place: ${named.join(', ')} given` });
  });
export class CreateTicketDto extends zodDto(CreateTicketBody) {}
// The version the command was sent for: here, or as `If-Match: "3"` (one of the two is required).
const ExpectedVersionField = z
  .number()
  .int()
  .min(1)
  .optional()
  .meta({ description: 'The ticket version the command is for; required unless If-Match names it' });
export const EventBody = z.strictObject({
  type: EventName,
  data: z.record(FactName, JsonValue).optional(),
  expectedVersion: ExpectedVersionField,
});
export class EventDto extends zodDto(EventBody) {}
export const IdParams = z.strictObject({ id: z.uuid('a ticket id (uuid)') });
export class IdParamsDto extends zodDto(IdParams) {}
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ListQuery = z
  .strictObject({
    state: Identifier.optional(),
    class: RequestClass.optional(),
    team: Identifier.optional(),
    assignee: Role.optional(),
    status: z.enum(['open', 'closed']).optional(),
    overdue: flag.optional(),
    atRisk: flag.optional(),
    escalatedTo: Role.optional(),
    site: SiteId.optional(),
    unit: z.uuid('a unit id (uuid)').optional(),
    area: z.uuid('a common area id (uuid)').optional(),
    customer: z.uuid('a customer id (uuid)').optional(),
    ...TicketSearchParams,
    ...ReportedRange,
    search: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'The words of `q` (kept for older clients); `q` wins when both are sent' }),
    sort: z.enum(['urgency', 'newest']).default('newest'),
    limit: queryInt(1, 200).default(50),
    offset: queryInt(0, 1_000_000).default(0),
    cursor: cursorParam(TicketSortKey).optional(),
  })
  .refine((q) => !Array.isArray(q.cursor) || q.cursor[0] === q.sort, {
    path: ['cursor'],
    message: 'this cursor belongs to another sort: keep the sort a cursor was given with',
  })
  .refine((q) => !q.cursor || q.offset === 0, {
    path: ['offset'],
    message: 'page by offset or by cursor, not both',
  });
export class ListQueryDto extends zodDto(ListQuery) {}
export const ReassignBody = z.strictObject({
  team: Identifier,
  expectedVersion: ExpectedVersionField,
});
export class ReassignDto extends zodDto(ReassignBody) {}
export const CommentBody = z.strictObject({
  body: z.string().trim().min(1, 'a comment cannot be empty').max(4000),
});
export class CommentDto extends zodDto(CommentBody) {}
