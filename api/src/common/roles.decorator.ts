import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { API_ROLES, RESIDENT_ROLE, type ApiRole, type SiteScope } from '@frontstage/engine';

export { API_ROLES, type ApiRole };

/** Staff roles, and the resident's: a resident token reaches only endpoints that list `resident`. */
export type CallerRole = ApiRole | typeof RESIDENT_ROLE;

export const ROLES_KEY = 'frontstage:roles';
export const PUBLIC_KEY = 'frontstage:public';

/** Who may call an endpoint. An endpoint with neither @Roles nor @Public is refused to everyone. */
export const Roles = (...roles: CallerRole[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The authenticated caller, as the token says. */
export interface CurrentUserData {
  id: string;
  username: string;
  role: CallerRole;
  jobRole: string;
  team?: string;
  /** The sites the caller sees: `'*'` for company-level users (see estate/site-scope.ts). */
  sites: SiteScope;
  /** A resident's binding: their customer record (phone sign-in) or the one ticket of a tracking link. */
  resident?: { customerId: string | null; ticketId: string | null };
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CurrentUserData =>
    ctx.switchToHttp().getRequest<{ user: CurrentUserData }>().user,
);

/** The request id Fastify assigned (or the caller's X-Request-Id). */
export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string =>
  String(ctx.switchToHttp().getRequest<{ id: string }>().id),
);
