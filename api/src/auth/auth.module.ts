import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

@Module({})
export class AuthModule {
  static register(secret: string): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      // A KeyObject, not a string: jsonwebtoken otherwise tries (and fails) to parse the secret as a
      // public key on every verify, which cost a third of the CPU of a ticket event.
      imports: [
        JwtModule.register({
          secret: createSecretKey(Buffer.from(secret, 'utf8')) as unknown as string,
          signOptions: { expiresIn: '12h', algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
      ],
      controllers: [AuthController],
      providers: [
        AuthService,
        UsersRepository,
        SessionsRepository,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [UsersRepository, JwtModule],
    };
  }
}
