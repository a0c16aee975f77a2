import { Inject, Injectable } from '@nestjs/common';
import type { UserPage, UserView } from '@frontstage/engine';
import bcrypt from 'bcryptjs';
import { createHmac, randomUUID } from 'node:crypto';
import { UsersRepository } from '../auth/users.repository.js';
import { ApiError } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import { encodeCursor } from '../common/cursor.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import type { ApiRole } from '../common/roles.decorator.js';
import { isUniqueViolation } from '../database/sql.js';
import { Transactor } from '../database/transactor.js';
import type { UserRow } from '../database/entities.js';

export interface NewUser {
  username: string;
  password: string;
  role: ApiRole;
  jobRole?: string;
  team?: string;
  /** The sites the user works at (ids of existing sites). */
  sites?: string[];
  companyWide?: boolean;
}

const view = (u: UserRow, sites: string[]): UserView => ({
  id: u.id,
  username: u.username,
  role: u.role as UserView['role'],
  jobRole: u.jobRole,
  team: u.team,
  companyWide: u.companyWide,
  sites,
  createdAt: u.createdAt,
});

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly clock: Clock,
    private readonly tx: Transactor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<UserView[]> {
    return this.views(await this.users.all());
  }

  /** `limit` accounts by username, after the one a previous page ended on. */
  async page(limit: number, after?: string): Promise<UserPage> {
    const rows = await this.users.page(limit + 1, after);
    const items = await this.views(rows.slice(0, limit));
    const last = items[items.length - 1];
    return { items, limit, nextCursor: rows.length > limit && last ? encodeCursor([last.username]) : null };
  }

  /**
   * The request as its Idempotency-Key remembers it (by a hash): the password by a keyed hash, so
   * the stored fingerprint cannot be tried against guessed passwords without the server's secret.
   */
  fingerprinted(input: NewUser): NewUser {
    return {
      ...input,
      password: createHmac('sha256', this.config.secret).update(input.password).digest('hex'),
    };
  }

  async create(input: NewUser, remember: Remember | null = null): Promise<UserView> {
    await this.refuseUnknownSites(input.sites ?? []);
    // A company of one site needs no site management: an account that names none works there.
    const only = input.sites === undefined ? await this.users.onlySite() : null;
    const sites = only ? [only] : [...new Set(input.sites ?? [])].sort();
    const row: UserRow = {
      id: randomUUID(),
      username: input.username,
      passwordHash: await bcrypt.hash(input.password, 10),
      role: input.role,
      jobRole: input.jobRole ?? input.role,
      team: input.team ?? null,
      companyWide: input.companyWide ?? false,
      createdAt: this.clock.iso(),
    };
    await this.tx.run(async (m) => {
      try {
        await this.users.insert(m, row);
      } catch (error) {
        // Only the username's violation is this conflict; the idempotency key's is the key service's to answer.
        if (isUniqueViolation(error))
          throw new ApiError('conflict', `User "${input.username}" already exists`, { field: 'username' });
        throw error;
      }
      await this.users.insertSites(m, row.id, sites);
      if (remember) await remember(m, 201, JSON.stringify(view(row, sites)), row.createdAt);
    });
    return view(row, sites);
  }

  private async views(rows: UserRow[]): Promise<UserView[]> {
    const sites = await this.users.sitesOfAll(rows.map((r) => r.id));
    return rows.map((r) => view(r, sites.get(r.id) ?? []));
  }

  /** Every unknown site named, by its place in `sites` (a site removed meanwhile fails the insert's foreign key). */
  private async refuseUnknownSites(sites: string[]): Promise<void> {
    const known = await this.users.existingSites([...new Set(sites)]);
    const issues = sites.flatMap((id, i) =>
      known.has(id) ? [] : [{ field: `sites.${i}`, message: `unknown site "${id}"` }],
    );
    if (issues.length > 0)
      throw new ApiError('validation_failed', `${issues[0]!.field}: ${issues[0]!.message}`, {
        field: issues[0]!.field,
        issues,
      });
  }
}
