import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LoginResponse, Me } from '@frontstage/engine';
import { z } from 'zod';
import { API_ROLES, CurrentUser, Public, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { Endpoint } from '../common/endpoint.js';
import { zodDto } from '../common/zod-dto.js';
import { AuthService } from './auth.service.js';

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});
export class LoginDto extends zodDto(LoginBody) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Exchanges a username and password for a bearer token. */
  @Public()
  @Endpoint({
    summary: 'Sign in: a username and password for a bearer token',
    operationId: 'login',
    body: LoginBody,
    answer: { schema: LoginResponse },
    public: true,
  })
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto) {
    return this.auth.login(body.username, body.password);
  }

  /** Who the token belongs to. */
  @Roles(...API_ROLES)
  @Endpoint({ summary: 'Who the token belongs to', operationId: 'getMe', answer: { schema: Me } })
  @Get('me')
  me(@CurrentUser() user: CurrentUserData) {
    return user;
  }
}
