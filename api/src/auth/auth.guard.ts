import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RESIDENT_ROLE } from '@frontstage/engine';
import { JwtService } from '@nestjs/jwt';
import { ApiError } from '../common/api-error.js';
import { PUBLIC_KEY, ROLES_KEY, type CallerRole, type CurrentUserData } from '../common/roles.decorator.js';
import { scopeOf } from '../estate/site-scope.js';

/** Verified tokens kept; a full cache is emptied, a cheaper bound than LRU order for a rare event. */
const VERIFIED_CAPACITY = 10_000;

/** The one guard: a valid bearer token, then a role the endpoint lists. Endpoints that list none are closed. */
@Injectable()
export class AuthGuard implements CanActivate {
  /**
   * Tokens already verified, with their expiry: a console sends the same token with every request,
   * and checking its signature again cost more than the rest of the guard.
   */
  private readonly verified = new Map<string, { user: CurrentUserData; expiresAt: number }>();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<{
      headers: Record<string, string | undefined>;
      query?: Record<string, unknown>;
      url?: string;
      user?: CurrentUserData;
    }>();
    const token =
      bearer(request.headers.authorization) ??
      (isStream(request.url) ? queryToken(request.query) : undefined);
    if (!token) throw new ApiError('unauthorized', 'A bearer token is required', { field: 'authorization' });
    const user = await this.userOf(token);
    request.user = user;
    const roles = this.reflector.getAllAndOverride<CallerRole[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(user.role))
      throw new ApiError('forbidden', `Role "${user.role}" may not call this endpoint`, {
        allowedRoles: roles,
      });
    return true;
  }

  private async userOf(token: string): Promise<CurrentUserData> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.user;
    try {
      const payload = await this.jwt.verifyAsync<CurrentUserData & { sub: string; exp?: number }>(token);
      const user: CurrentUserData = {
        id: payload.sub,
        username: payload.username,
        role: payload.role,
        jobRole: payload.jobRole,
        ...(payload.resident ? { resident: payload.resident } : {}),
        ...(payload.team ? { team: payload.team } : {}),
        // A token from before sites existed names none: it sees what its role sees company-wide, else nothing.
        sites:
          payload.sites === '*' || Array.isArray(payload.sites)
            ? payload.sites
            : payload.role === RESIDENT_ROLE
              ? []
              : scopeOf(payload.role, false, []),
      };
      if (payload.exp !== undefined) {
        if (this.verified.size >= VERIFIED_CAPACITY) this.verified.clear();
        this.verified.set(token, { user, expiresAt: payload.exp * 1000 });
      }
      return user;
    } catch {
      this.verified.delete(token);
      throw new ApiError('unauthorized', 'The token is invalid or expired', { field: 'authorization' });
    }
  }
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

// EventSource cannot send headers, so the stream (and only the stream: tokens in URLs end up in
// logs) also accepts `?access_token=`.
function isStream(url: string | undefined): boolean {
  return url !== undefined && /^\/api\/(residents\/)?stream(\?|$)/.test(url);
}

function queryToken(query: Record<string, unknown> | undefined): string | undefined {
  const token = query?.access_token;
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}
