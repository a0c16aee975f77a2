import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { API_ROLES, type ApiRole, type SiteScope } from '@frontstage/engine';

export { API_ROLES, type ApiRole };

export const ROLES_KEY = 'frontstage:roles';
export const PUBLIC_KEY = 'frontstage:public';

/** Who may call an endpoint. An endpoint with neither @Roles nor @Public is refused to everyone. */
export const Roles = (...roles: ApiRole[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The authenticated caller, as the token says. */
export interface CurrentUserData {
  id: string;
  username: string;
  role: ApiRole;
  jobRole: string;
  team?: string;
  /** The sites the caller sees: `'*'` for company-level users (see estate/site-scope.ts). */
  sites: SiteScope;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CurrentUserData =>
    ctx.switchToHttp().getRequest<{ user: CurrentUserData }>().user,
);

/** The request id Fastify assigned (or the caller's X-Request-Id). */
export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string =>
  String(ctx.switchToHttp().getRequest<{ id: string }>().id),
);
