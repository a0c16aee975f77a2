import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LoginResponse, Me } from '@frontstage/engine';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { API_ROLES, CurrentUser, Public, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { Endpoint } from '../common/endpoint.js';
import { zodDto } from '../common/zod-dto.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { AuthService, SESSION_MAX_MS } from './auth.service.js';
import { sessionCookie, sessionFromCookies } from './session-cookie.js';

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});
export class LoginDto extends zodDto(LoginBody) {}

const COOKIE_NOTE =
  'The session rides in the HttpOnly cookie `frontstage_session` (SameSite=Strict, path /api/auth, Secure over TLS).';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Exchanges a username and password for a bearer token, and opens a session for reloads. */
  @Public()
  @Endpoint({
    summary: 'Sign in: a username and password for a bearer token and a session cookie',
    description: COOKIE_NOTE,
    operationId: 'login',
    body: LoginBody,
    answer: { schema: LoginResponse },
    public: true,
  })
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { session, ...signedIn } = await this.auth.login(body.username, body.password);
    void reply.header('set-cookie', sessionCookie(session, SESSION_MAX_MS / 1000, this.secure(request)));
    return signedIn;
  }

  /** A fresh bearer token for the browser's session: how a reloaded page stays signed in. */
  @Public()
  @Endpoint({
    summary: 'A new bearer token for the session cookie',
    description: `${COOKIE_NOTE} Answers 401 when there is none, or it expired or was signed out.`,
    operationId: 'refreshSession',
    answer: { schema: LoginResponse },
    errors: ['unauthorized'],
    public: true,
  })
  @Post('refresh')
  @HttpCode(200)
  refresh(@Headers('cookie') cookie: string | undefined) {
    return this.auth.refresh(sessionFromCookies(cookie));
  }

  /** Ends the session on the server and removes the cookie. */
  @Public()
  @Endpoint({
    summary: 'Sign out: end the session the cookie names',
    description: COOKIE_NOTE,
    operationId: 'logout',
    answer: { status: 204 },
    public: true,
  })
  @Post('logout')
  @HttpCode(204)
  async logout(
    @Headers('cookie') cookie: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(sessionFromCookies(cookie));
    void reply.header('set-cookie', sessionCookie(null, 0, this.secure(request)));
  }

  /** Who the token belongs to. */
  @Roles(...API_ROLES)
  @Endpoint({ summary: 'Who the token belongs to', operationId: 'getMe', answer: { schema: Me } })
  @Get('me')
  me(@CurrentUser() user: CurrentUserData) {
    return user;
  }

  // Behind a TLS proxy the request itself is plain HTTP; the public address says how users reach us.
  private secure(request: FastifyRequest): boolean {
    return request.protocol === 'https' || this.config.publicUrl.startsWith('https:');
  }
}
