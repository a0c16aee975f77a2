import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  maskPhone,
  normalizePhone,
  RESIDENT_ROLE,
  type ResidentCodeSent,
  type ResidentSession,
} from '@frontstage/engine';
import { createHash, createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { Transactor } from '../database/transactor.js';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '../auth/auth.service.js';
import { ResidentsRepository, type ResidentSessionRow } from './residents.repository.js';
import { SIGN_IN_CODE_SENDER, type SignInCodeSender } from './sign-in-code-sender.js';

/** A code lives this long. */
export const CODE_TTL_MS = 5 * 60 * 1000;
/** Wrong codes before a code is dead (a new one must be asked for). */
export const CODE_ATTEMPTS = 5;
/** Codes a phone may ask for per window, known or not. */
export const CODES_PER_WINDOW = 3;
export const CODE_WINDOW_MS = 15 * 60 * 1000;

const WRONG = 'Wrong or expired code';

/**
 * Residents sign in with their phone and a 6-digit code, or open a per-ticket tracking link. Both
 * give the staff's kind of session (a short bearer token, and an HttpOnly cookie whose hash is
 * stored) with the `resident` role, bound to a customer record or to one ticket.
 */
@Injectable()
export class ResidentAuthService {
  constructor(
    private readonly repo: ResidentsRepository,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    private readonly transactor: Transactor,
    @Inject(SIGN_IN_CODE_SENDER) private readonly sender: SignInCodeSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends a code when the phone belongs to a customer. The answer, the rate limit and what is
   * stored are the same whether it does or not: nobody learns who lives here by asking.
   */
  async requestCode(rawPhone: string): Promise<ResidentCodeSent> {
    const phone = phoneOf(rawPhone);
    const now = this.clock.now();
    const since = new Date(now.getTime() - CODE_WINDOW_MS).toISOString();
    if ((await this.repo.codesSince(phone, since)) >= CODES_PER_WINDOW)
      throw new ApiError('too_many_requests', 'Too many codes asked for this phone: wait a few minutes', {
        field: 'phone',
      });
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS).toISOString();
    await this.transactor.run(async (m) => {
      await this.repo.deleteOldCodes(m, new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString());
      await this.repo.insertCode(m, {
        id: randomUUID(),
        phone,
        codeHash: this.codeHash(phone, code),
        createdAt: now.toISOString(),
        expiresAt,
      });
    });
    if (await this.repo.customerByPhone(phone)) await this.sender.send({ phone, code, expiresAt });
    return { sent: true, expiresInSeconds: CODE_TTL_MS / 1000 };
  }

  /** Checks the code (each try counts) and opens a session for the customer the phone belongs to. */
  async signIn(rawPhone: string, code: string): Promise<ResidentSession & { session: string }> {
    const phone = phoneOf(rawPhone);
    const now = this.clock.iso();
    const live = await this.repo.liveCode(phone, now);
    if (!live || live.attempts >= CODE_ATTEMPTS) throw wrong();
    // Every try is counted before it is compared, and only a try the count admitted is compared.
    if (!(await this.transactor.run((m) => this.repo.takeAttempt(m, live.id, CODE_ATTEMPTS)))) throw wrong();
    const ok = safeEqual(live.codeHash, this.codeHash(phone, code));
    const customer = ok ? await this.repo.customerByPhone(phone) : null;
    if (!customer || !(await this.transactor.run((m) => this.repo.useCode(m, live.id, now)))) throw wrong();
    return this.open({ customerId: customer.id, ticketId: null });
  }

  /** A tracking link's token: a session that sees that one ticket. An unknown token is a 404. */
  async track(token: string): Promise<ResidentSession & { session: string }> {
    const ticketId = await this.repo.ticketOfLink(sha256(token));
    if (!ticketId) throw new ApiError('not_found', 'No request has this tracking link', { field: 'token' });
    return this.open({ customerId: null, ticketId });
  }

  /** A fresh access token for the session a cookie names. */
  async refresh(session: string | undefined): Promise<ResidentSession> {
    const now = this.clock.now();
    const found = session ? await this.repo.liveSession(sha256(session), now.toISOString()) : null;
    if (!found) throw new ApiError('unauthorized', 'No session: sign in again', { field: 'cookie' });
    const cap = new Date(found.createdAt).getTime() + SESSION_MAX_MS;
    const expiresAt = new Date(Math.min(cap, now.getTime() + SESSION_IDLE_MS)).toISOString();
    await this.transactor.run((m) => this.repo.touchSession(m, found.id, now.toISOString(), expiresAt));
    return this.tokenFor(found);
  }

  async logout(session: string | undefined): Promise<void> {
    if (session) await this.transactor.run((m) => this.repo.deleteSession(m, sha256(session)));
  }

  /** A new tracking link token for a ticket; only its hash is kept, so it is shown once. */
  async newTrackingLink(ticketId: string, createdBy: string): Promise<{ token: string; createdAt: string }> {
    const token = randomBytes(24).toString('base64url');
    const createdAt = this.clock.iso();
    await this.transactor.run((m) =>
      this.repo.putTrackingLink(m, { ticketId, tokenHash: sha256(token), createdAt, createdBy }),
    );
    return { token, createdAt };
  }

  private async open(binding: Omit<ResidentSessionRow, 'id' | 'createdAt'>) {
    const now = this.clock.now();
    const session = randomBytes(32).toString('base64url');
    const row: ResidentSessionRow = { id: randomUUID(), createdAt: now.toISOString(), ...binding };
    await this.transactor.run(async (m) => {
      await this.repo.deleteExpiredSessions(m, now.toISOString());
      await this.repo.insertSession(m, {
        ...row,
        tokenHash: sha256(session),
        expiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
      });
    });
    return { ...(await this.tokenFor(row)), session };
  }

  private async tokenFor(row: ResidentSessionRow): Promise<ResidentSession> {
    const customer = row.customerId ? await this.repo.customerById(row.customerId) : null;
    if (row.customerId && !customer) throw new ApiError('unauthorized', 'No session: sign in again');
    const units = customer ? await this.repo.unitsOf(customer.id, this.clock.iso().slice(0, 10)) : [];
    const token = await this.jwt.signAsync({
      sub: customer ? `resident:${customer.id}` : `track:${row.ticketId}`,
      username: customer ? `resident:${customer.id}` : `track:${row.ticketId}`,
      role: RESIDENT_ROLE,
      jobRole: RESIDENT_ROLE,
      // A resident's sites are their homes'; a tracking link's ticket is checked by id, not by site.
      sites: [...new Set(units.map((u) => u.site))].sort(),
      resident: { customerId: row.customerId, ticketId: row.ticketId },
    });
    return {
      token,
      resident: {
        name: customer?.name ?? null,
        phone: customer ? maskPhone(customer.phone) : null,
        ticketId: row.ticketId,
      },
    };
  }

  /** An HMAC with the server's secret: six digits alone would be read back from a plain hash at once. */
  private codeHash(phone: string, code: string): string {
    return createHmac('sha256', this.config.secret).update(`${phone}:${code}`).digest('hex');
  }
}

function phoneOf(raw: string): string {
  const phone = normalizePhone(raw);
  if (!phone) throw new ApiError('validation_failed', 'phone: not a phone number', { field: 'phone' });
  return phone;
}

function wrong(): ApiError {
  return new ApiError('unauthorized', WRONG, { field: 'code' });
}

function safeEqual(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
