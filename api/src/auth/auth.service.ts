import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ApiError } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import type { ApiRole, CurrentUserData } from '../common/roles.decorator.js';
import type { UserRow } from '../database/entities.js';
import { Transactor } from '../database/transactor.js';
import { scopeOf } from '../estate/site-scope.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

// A fixed hash to compare against when the user does not exist, so timing does not reveal usernames.
const DUMMY_HASH = bcrypt.hashSync('frontstage-dummy', 10);

const DAY_MS = 24 * 60 * 60 * 1000;
/** A session unused this long ends; one in daily use still ends this long after sign-in. */
export const SESSION_IDLE_MS = 7 * DAY_MS;
export const SESSION_MAX_MS = 30 * DAY_MS;

export interface SignedIn {
  token: string;
  user: CurrentUserData;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    private readonly transactor: Transactor,
  ) {}

  /** Checks the password and opens a session: the access token, and the session token for the cookie. */
  async login(username: string, password: string): Promise<SignedIn & { session: string }> {
    const row = await this.users.findByUsername(username);
    const ok = await bcrypt.compare(password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !ok)
      throw new ApiError('unauthorized', 'Unknown user or wrong password', { field: 'password' });
    const now = this.clock.now();
    const session = randomBytes(32).toString('base64url');
    await this.transactor.run(async (manager) => {
      await this.sessions.deleteExpired(manager, now.toISOString());
      await this.sessions.insert(manager, {
        id: randomUUID(),
        tokenHash: hashOf(session),
        userId: row.id,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
      });
    });
    return { ...(await this.signIn(row)), session };
  }

  /**
   * A new access token for the session a cookie names (a reload, or a token that expired). The user
   * is read again, so a changed role or site list applies from here, and a removed user is out.
   */
  async refresh(session: string | undefined): Promise<SignedIn> {
    const now = this.clock.now();
    const found = session ? await this.sessions.findLive(hashOf(session), now.toISOString()) : null;
    const row = found ? await this.users.findById(found.userId) : null;
    if (!found || !row) throw new ApiError('unauthorized', 'No session: sign in again', { field: 'cookie' });
    const cap = new Date(found.createdAt).getTime() + SESSION_MAX_MS;
    const expiresAt = new Date(Math.min(cap, now.getTime() + SESSION_IDLE_MS)).toISOString();
    await this.transactor.run((m) => this.sessions.touch(m, found.id, now.toISOString(), expiresAt));
    return this.signIn(row);
  }

  /** Ends the session on the server: the cookie, even if kept, signs nobody in again. */
  async logout(session: string | undefined): Promise<void> {
    if (session) await this.transactor.run((m) => this.sessions.deleteByHash(m, hashOf(session)));
  }

  private async signIn(row: UserRow): Promise<SignedIn> {
    const user: CurrentUserData = {
      id: row.id,
      username: row.username,
      role: row.role as ApiRole,
      jobRole: row.jobRole,
      ...(row.team ? { team: row.team } : {}),
      // Read at sign-in and at each refresh: a change of a user's sites applies from the next one.
      sites: scopeOf(row.role as ApiRole, row.companyWide, await this.users.sitesOf(row.id)),
    };
    const token = await this.jwt.signAsync({
      sub: user.id,
      username: user.username,
      role: user.role,
      jobRole: user.jobRole,
      team: user.team,
      sites: user.sites,
    });
    return { token, user };
  }
}

/** Only this is stored: a leaked table cannot be turned back into cookies. */
function hashOf(session: string): string {
  return createHash('sha256').update(session).digest('hex');
}
