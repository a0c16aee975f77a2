import { Inject, Injectable } from '@nestjs/common';
import { maskPhone } from '@frontstage/engine';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';

/** A one-time code on its way to a resident's phone. */
export interface SignInCode {
  phone: string;
  code: string;
  expiresAt: string;
}

/**
 * Delivers sign-in codes. The default only writes the code to the server log, and only in demo mode
 * (not NODE_ENV=production); a deployment binds SIGN_IN_CODE_SENDER to its SMS channel (the
 * notifications outbox), which then owns delivery, retries and quiet hours.
 */
export interface SignInCodeSender {
  send(code: SignInCode): Promise<void>;
}

export const SIGN_IN_CODE_SENDER = Symbol('SIGN_IN_CODE_SENDER');

@Injectable()
export class LoggingSignInCodeSender implements SignInCodeSender {
  /** The last demo code per phone, for a demo operator's tools and tests (never in production). */
  private readonly demoCodes = new Map<string, string>();

  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send({ phone, code, expiresAt }: SignInCode): Promise<void> {
    // A code in a production log would let whoever reads logs sign in as anyone.
    if (this.config.production) {
      this.logger.warn(
        { phone: maskPhone(phone) },
        'resident sign-in code not delivered: no SMS channel bound',
      );
      return;
    }
    this.demoCodes.set(phone, code);
    this.logger.info(
      { phone: maskPhone(phone), code, expiresAt },
      `resident sign-in code ${code} (demo mode)`,
    );
  }

  /** The last code sent to a phone in demo mode. */
  lastCode(phone: string): string | undefined {
    return this.demoCodes.get(phone);
  }
}
