import { Inject, Injectable } from '@nestjs/common';
import { maskPhone } from '@frontstage/engine';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import { Transactor } from '../database/transactor.js';
import { NotificationsService } from '../notifications/notifications.service.js';

/** A one-time code on its way to a resident's phone. */
export interface SignInCode {
  phone: string;
  code: string;
  expiresAt: string;
}

/**
 * Delivers sign-in codes. The app binds OutboxSignInCodeSender (below): SMS through the notifications
 * outbox, which owns delivery and retries; in demo mode (not NODE_ENV=production) the code is also
 * written to the server log, so a demo signs in without an SMS account.
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
    @Inject(APP_CONFIG) protected readonly config: AppConfig,
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

/**
 * The bound sender: the code goes to the resident's phone by SMS through the notifications outbox
 * (written in its own transaction, delivered by the worker with retries; urgent, so quiet hours do
 * not hold it), and, in demo mode, to the log as well.
 */
@Injectable()
export class OutboxSignInCodeSender extends LoggingSignInCodeSender {
  constructor(
    @Inject(LOGGER) logger: Logger,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly transactor: Transactor,
  ) {
    super(logger, config);
  }

  override async send(code: SignInCode): Promise<void> {
    // Production's log never holds a code; the outbox is the only way it leaves.
    if (!this.config.production) await super.send(code);
    await this.transactor.run((m) =>
      this.notifications.enqueue(m, {
        kind: 'resident.sign-in-code',
        ticketId: null,
        urgent: true,
        recipient: { audience: 'customer', phone: code.phone },
        body: {
          text: {
            'zh-CN': `您的登录验证码是 ${code.code}，5 分钟内有效。请勿告诉他人。`,
            en: `Your sign-in code is ${code.code}. It is valid for 5 minutes; do not share it.`,
          },
          params: { code: code.code },
        },
        // Only by SMS: a code must never reach a company's webhook or a shared in-app store.
        channels: ['sms'],
      }),
    );
  }
}
