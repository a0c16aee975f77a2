import { z } from 'zod';
import { Text } from '../schema/primitives.js';

// The resident app's wire contract (/api/residents/…): what a resident sends and reads. A resident
// sees only what the blueprint puts above the line of visibility (engine customerView), in words.

/** The API role of a signed-in resident: it reaches the resident endpoints and nothing else. */
export const RESIDENT_ROLE = 'resident';

/** `POST /api/residents/auth/code`: ask for a one-time code by text message. */
export const ResidentCodeRequest = z
  .strictObject({ phone: z.string().trim().min(5).max(32) })
  .meta({ id: 'ResidentCodeRequest' });
export type ResidentCodeRequest = z.infer<typeof ResidentCodeRequest>;

/** The same answer whether or not the phone is known: a code cannot be used to learn who lives here. */
export const ResidentCodeSent = z
  .object({ sent: z.literal(true), expiresInSeconds: z.number().int().positive() })
  .meta({ id: 'ResidentCodeSent' });
export type ResidentCodeSent = z.infer<typeof ResidentCodeSent>;

/** `POST /api/residents/auth/sign-in`: the phone and the 6-digit code it received. */
export const ResidentSignIn = z
  .strictObject({
    phone: z.string().trim().min(5).max(32),
    code: z.string().regex(/^\d{6}$/, 'six digits'),
  })
  .meta({ id: 'ResidentSignIn' });
export type ResidentSignIn = z.infer<typeof ResidentSignIn>;

/** `POST /api/residents/auth/track`: the token of a per-ticket tracking link. */
export const ResidentTrack = z
  .strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{22,100}$/, 'a tracking token') })
  .meta({ id: 'ResidentTrack' });
export type ResidentTrack = z.infer<typeof ResidentTrack>;

/** Who a resident token belongs to: a customer (by phone) or one ticket (by tracking link). */
export const ResidentMe = z
  .object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    /** Set for a tracking-link session: the one ticket it may see. */
    ticketId: z.string().nullable(),
  })
  .meta({ id: 'ResidentMe' });
export type ResidentMe = z.infer<typeof ResidentMe>;

export const ResidentSession = z
  .object({ token: z.string(), resident: ResidentMe })
  .meta({ id: 'ResidentSession' });
export type ResidentSession = z.infer<typeof ResidentSession>;

/** A place a resident may report at: one of their homes, or a common area of its site. */
export const ResidentPlace = z
  .object({ kind: z.enum(['unit', 'area']), id: z.string(), site: z.string(), label: z.string() })
  .meta({ id: 'ResidentPlace' });
export type ResidentPlace = z.infer<typeof ResidentPlace>;

/** `GET /api/residents/options`: where and what a resident may report (categories: the ruleset's `type`). */
export const ResidentOptions = z
  .object({
    places: z.array(ResidentPlace),
    categories: z.array(z.object({ value: z.string(), label: Text })),
  })
  .meta({ id: 'ResidentOptions' });
export type ResidentOptions = z.infer<typeof ResidentOptions>;

/** `POST /api/residents/tickets`: a request in the resident's words; the same classification as intake runs. */
export const ResidentReport = z
  .strictObject({
    place: z.strictObject({ kind: z.enum(['unit', 'area']), id: z.string().min(1).max(64) }),
    category: z.string().min(1).max(40),
    description: z.string().trim().min(1).max(2000),
    /** When a visit suits the resident, in their words or as a time. */
    preferredTime: z.string().trim().max(100).optional(),
    /** Attachment hashes (POST /api/attachments), up to 6 photos. */
    attachments: z
      .array(z.string().regex(/^[0-9a-f]{64}$/, 'an attachment hash'))
      .max(6)
      .optional(),
  })
  .meta({ id: 'ResidentReport' });
export type ResidentReport = z.infer<typeof ResidentReport>;

/** The promised time: by when, and the time standard in words ('30分钟内'). */
export const ResidentExpected = z
  .object({ by: z.iso.datetime(), within: Text, what: Text })
  .meta({ id: 'ResidentExpected' });
export type ResidentExpected = z.infer<typeof ResidentExpected>;

/** One moment of the timeline: only steps at or above the line of visibility. */
export const ResidentMoment = z
  .object({
    at: z.iso.datetime(),
    step: Text,
    happened: Text,
    fields: z.array(z.object({ label: Text, text: Text })),
    /** The person who came: their name and role, only where the blueprint says the customer meets them. */
    visitor: z.object({ name: z.string(), role: Text }).optional(),
  })
  .meta({ id: 'ResidentMoment' });
export type ResidentMoment = z.infer<typeof ResidentMoment>;

/** Something the resident may do now: an event of a customer step, or the rating of a callback step. */
export const ResidentAction = z
  .object({
    kind: z.enum(['confirm', 'not_fixed', 'accept_quote', 'decline_quote', 'rate', 'other']),
    event: z.string(),
    label: Text,
  })
  .meta({ id: 'ResidentAction' });
export type ResidentAction = z.infer<typeof ResidentAction>;

/** A resident's ticket: class, promised time, timeline and what they may do now. */
export const ResidentTicket = z
  .object({
    id: z.string(),
    version: z.number().int(),
    class: z.enum(['general', 'special', 'emergency']),
    classLabel: Text,
    title: Text,
    description: z.string().nullable(),
    place: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    createdAt: z.iso.datetime(),
    /** Where it stands, in the customer's words: the current step when visible, else 'being arranged'. */
    now: Text,
    expected: ResidentExpected.nullable(),
    visitor: z.object({ name: z.string(), role: Text }).nullable(),
    quote: z.object({ amount: z.number(), currency: z.literal('CNY') }).nullable(),
    timeline: z.array(ResidentMoment),
    actions: z.array(ResidentAction),
    attachments: z.array(z.string()),
  })
  .meta({ id: 'ResidentTicket' });
export type ResidentTicket = z.infer<typeof ResidentTicket>;

export const ResidentTicketList = z
  .object({ items: z.array(ResidentTicket.omit({ timeline: true, actions: true })) })
  .meta({ id: 'ResidentTicketList' });
export type ResidentTicketList = z.infer<typeof ResidentTicketList>;

/** `POST /api/residents/tickets/:id/rating`: 1-5 stars; a low score (<= 3) names at least one reason. */
export const ResidentRating = z
  .strictObject({
    stars: z.number().int().min(1).max(5),
    reasons: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
    comment: z.string().trim().max(1000).optional(),
    expectedVersion: z.number().int().positive(),
  })
  .refine((r) => r.stars > 3 || r.reasons.length > 0 || (r.comment ?? '').length > 0, {
    message: 'a score of 3 or less needs a reason',
    path: ['reasons'],
  })
  .meta({ id: 'ResidentRating' });
export type ResidentRating = z.infer<typeof ResidentRating>;

/** `POST /api/residents/tickets/:id/answer`: confirm the work, say it is not fixed, accept or decline a quote. */
export const ResidentAnswer = z
  .strictObject({
    event: z.string().min(1).max(64),
    reason: z.string().trim().max(1000).optional(),
    expectedVersion: z.number().int().positive(),
  })
  .meta({ id: 'ResidentAnswer' });
export type ResidentAnswer = z.infer<typeof ResidentAnswer>;

/** `POST /api/residents/tickets/:id/payment`: consent to the quoted fee through a payment provider. */
export const ResidentPayment = z
  .strictObject({
    amount: z.number().positive().max(1_000_000),
    provider: z.enum(['wechat_pay', 'alipay']),
    consent: z.literal(true),
    expectedVersion: z.number().int().positive(),
  })
  .meta({ id: 'ResidentPayment' });
export type ResidentPayment = z.infer<typeof ResidentPayment>;

/** What was recorded of a payment consent: no money moved here, the provider's adapter does that. */
export const ResidentPaymentRecord = z
  .object({
    id: z.string(),
    ticketId: z.string(),
    amount: z.number(),
    currency: z.literal('CNY'),
    provider: z.enum(['wechat_pay', 'alipay']),
    status: z.enum(['consented', 'pending', 'paid', 'failed']),
    consentedAt: z.iso.datetime(),
    ticket: ResidentTicket,
  })
  .meta({ id: 'ResidentPaymentRecord' });
export type ResidentPaymentRecord = z.infer<typeof ResidentPaymentRecord>;

/** `POST /api/tickets/:id/tracking-link`: a new link for a request reported by phone (replaces the old one). */
export const TrackingLink = z
  .object({ ticketId: z.string(), url: z.string(), token: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'TrackingLink' });
export type TrackingLink = z.infer<typeof TrackingLink>;
