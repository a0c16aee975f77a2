import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { ApiError } from '../common/api-error.js';
import type { ApiRole, CurrentUserData } from '../common/roles.decorator.js';
import { scopeOf } from '../estate/site-scope.js';
import { UsersRepository } from './users.repository.js';

// A fixed hash to compare against when the user does not exist, so timing does not reveal usernames.
const DUMMY_HASH = bcrypt.hashSync('frontstage-dummy', 10);

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
  ) {}

  async login(username: string, password: string): Promise<{ token: string; user: CurrentUserData }> {
    const row = await this.users.findByUsername(username);
    const ok = await bcrypt.compare(password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !ok)
      throw new ApiError('unauthorized', 'Unknown user or wrong password', { field: 'password' });
    const user: CurrentUserData = {
      id: row.id,
      username: row.username,
      role: row.role as ApiRole,
      jobRole: row.jobRole,
      ...(row.team ? { team: row.team } : {}),
      // Read once at sign-in: a change of a user's sites applies from their next sign-in.
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
