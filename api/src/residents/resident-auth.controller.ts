import { Body, Controller, Headers, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ResidentCodeRequest,
  ResidentCodeSent,
  ResidentSession,
  ResidentSignIn,
  ResidentTrack,
} from '@frontstage/engine';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_MAX_MS } from '../auth/auth.service.js';
import { RESIDENT_COOKIE, sessionCookie, sessionFromCookies } from '../auth/session-cookie.js';
import { Endpoint } from '../common/endpoint.js';
import { Public } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { ResidentAuthService } from './resident-auth.service.js';

class CodeRequestDto extends zodDto(ResidentCodeRequest) {}
class SignInDto extends zodDto(ResidentSignIn) {}
class TrackDto extends zodDto(ResidentTrack) {}

const COOKIE_NOTE =
  'The session rides in the HttpOnly cookie `frontstage_resident` (SameSite=Strict, path /api/residents/auth, Secure over TLS).';

/** How residents sign in: a code by text message, or a ticket's tracking link. Open to anyone, by nature. */
@ApiTags('residents')
@Controller('residents/auth')
export class ResidentAuthController {
  constructor(
    private readonly auth: ResidentAuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Endpoint({
    summary: 'Send a one-time sign-in code to a phone',
    description:
      'The same answer whether or not the phone belongs to a resident. At most 3 codes per phone per 15 minutes (429); a code lives 5 minutes and allows 5 tries.',
    operationId: 'requestResidentCode',
    body: ResidentCodeRequest,
    answer: { status: 202, schema: ResidentCodeSent },
    errors: ['too_many_requests'],
    public: true,
  })
  @Post('code')
  @HttpCode(202)
  code(@Body() body: CodeRequestDto) {
    return this.auth.requestCode(body.phone);
  }

  @Public()
  @Endpoint({
    summary: 'Sign in as a resident with the phone and its code',
    description: COOKIE_NOTE,
    operationId: 'residentSignIn',
    body: ResidentSignIn,
    answer: { schema: ResidentSession },
    errors: ['unauthorized'],
    public: true,
  })
  @Post('sign-in')
  @HttpCode(200)
  async signIn(
    @Body() body: SignInDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { session, ...signedIn } = await this.auth.signIn(body.phone, body.code);
    this.setCookie(reply, request, session);
    return signedIn;
  }

  @Public()
  @Endpoint({
    summary: 'Open a tracking link: a session that follows that one request',
    description: COOKIE_NOTE,
    operationId: 'residentTrack',
    body: ResidentTrack,
    answer: { schema: ResidentSession },
    errors: ['not_found'],
    public: true,
  })
  @Post('track')
  @HttpCode(200)
  async track(
    @Body() body: TrackDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { session, ...signedIn } = await this.auth.track(body.token);
    this.setCookie(reply, request, session);
    return signedIn;
  }

  @Public()
  @Endpoint({
    summary: 'A new resident token for the session cookie',
    description: COOKIE_NOTE,
    operationId: 'residentRefresh',
    answer: { schema: ResidentSession },
    errors: ['unauthorized'],
    public: true,
  })
  @Post('refresh')
  @HttpCode(200)
  refresh(@Headers('cookie') cookie: string | undefined) {
    return this.auth.refresh(sessionFromCookies(cookie, RESIDENT_COOKIE.name));
  }

  @Public()
  @Endpoint({
    summary: 'Sign a resident out',
    description: COOKIE_NOTE,
    operationId: 'residentLogout',
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
    await this.auth.logout(sessionFromCookies(cookie, RESIDENT_COOKIE.name));
    void reply.header('set-cookie', sessionCookie(null, 0, this.secure(request), RESIDENT_COOKIE));
  }

  private setCookie(reply: FastifyReply, request: FastifyRequest, session: string): void {
    void reply.header(
      'set-cookie',
      sessionCookie(session, SESSION_MAX_MS / 1000, this.secure(request), RESIDENT_COOKIE),
    );
  }

  private secure(request: FastifyRequest): boolean {
    return request.protocol === 'https' || this.config.publicUrl.startsWith('https:');
  }
}
