import { z } from 'zod';
import type { Classification } from '../classify.js';

/** API roles: what a user may do through the API (the blueprints name finer job roles). */
export const API_ROLES = ['designer', 'staff', 'supervisor', 'auditor', 'admin'] as const;
export const ApiRole = z.enum(API_ROLES);
export type ApiRole = z.infer<typeof ApiRole>;

/** Who a token belongs to (`GET /api/auth/me`). */
export const Me = z.object({
  id: z.string().optional(),
  username: z.string(),
  role: ApiRole,
  jobRole: z.string().optional(),
  team: z.string().nullable().optional(),
});
export type Me = z.infer<typeof Me>;

/** `POST /api/auth/login`: a bearer token and who it belongs to. */
export const LoginResponse = z.object({ token: z.string(), user: Me });
export type LoginResponse = z.infer<typeof LoginResponse>;

/** `POST /api/rules/evaluate`: the classification the ruleset gives, with its explanation. */
export const EvaluateResult = z.object({
  rulesetVersion: z.number().int().optional(),
  classification: z.custom<Classification>(),
});
export type EvaluateResult = z.infer<typeof EvaluateResult>;
