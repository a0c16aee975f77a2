import { z } from 'zod';
import { Calendar } from '../calendar.js';
import { Classification } from '../classify.js';
import { SiteId } from './estate.js';

/** API roles: what a user may do through the API (the blueprints name finer job roles). */
export const API_ROLES = ['designer', 'staff', 'supervisor', 'auditor', 'admin'] as const;
export const ApiRole = z.enum(API_ROLES).meta({ id: 'ApiRole' });
export type ApiRole = z.infer<typeof ApiRole>;

/**
 * The sites a caller sees: `'*'` for company-level users (auditor, admin, designer, and any user
 * marked company-wide, such as the quality desk), else the ids of the sites they work at.
 */
export const SiteScope = z.union([z.literal('*'), z.array(SiteId)]).meta({ id: 'SiteScope' });
export type SiteScope = z.infer<typeof SiteScope>;

/** Who a token belongs to (`GET /api/auth/me`). */
export const Me = z
  .object({
    id: z.string(),
    username: z.string(),
    role: ApiRole,
    /** The job role the blueprints name (frontdesk, engineer…); the API role for non-staff. */
    jobRole: z.string(),
    team: z.string().optional(),
    sites: SiteScope,
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

/** `POST /api/auth/login`: a bearer token and who it belongs to. */
export const LoginResponse = z.object({ token: z.string(), user: Me }).meta({ id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof LoginResponse>;

/** `POST /api/rules/evaluate`: the classification the ruleset gives, with its explanation. */
export const EvaluateResult = z
  .object({
    rulesetVersion: z.number().int().optional(),
    classification: Classification,
  })
  .meta({ id: 'EvaluateResult' });
export type EvaluateResult = z.infer<typeof EvaluateResult>;

/** An account as an admin sees it (`GET|POST /api/users`); the password hash never leaves the server. */
export const UserView = z
  .object({
    id: z.string(),
    username: z.string(),
    role: ApiRole,
    jobRole: z.string(),
    team: z.string().nullable(),
    /** Sees every site whatever the API role (auditors, admins and designers always do). */
    companyWide: z.boolean(),
    /** The sites the user works at. */
    sites: z.array(SiteId),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'UserView' });
export type UserView = z.infer<typeof UserView>;

/** `GET /api/roles`: a role the blueprints name that some account holds (its job role), and by how many. */
export const HeldRole = z
  .object({ role: z.string(), users: z.number().int().positive() })
  .meta({ id: 'HeldRole' });
export type HeldRole = z.infer<typeof HeldRole>;

/** `GET /api/users?limit=…` (or `?cursor=…`): a page of accounts by username; `nextCursor` null on the last. */
export const UserPage = z
  .object({
    items: z.array(UserView),
    limit: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'UserPage' });
export type UserPage = z.infer<typeof UserPage>;

/** `GET /api/health`: the server answers and its database does. */
export const Health = z
  .object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;

/** `GET /api/site/calendar`: the working calendar of time standards on `clock: "business"`, or null. */
export const SiteCalendar = z.object({ calendar: Calendar.nullable() }).meta({ id: 'SiteCalendar' });
export type SiteCalendar = z.infer<typeof SiteCalendar>;
