import { Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { UsersRepository } from '../auth/users.repository.js';
import { ApiError } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
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
}

const view = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  role: u.role,
  jobRole: u.jobRole,
  team: u.team,
  createdAt: u.createdAt,
});

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly clock: Clock,
    private readonly tx: Transactor,
  ) {}

  async list() {
    return (await this.users.all()).map(view);
  }

  async create(input: NewUser) {
    const row: UserRow = {
      id: randomUUID(),
      username: input.username,
      passwordHash: await bcrypt.hash(input.password, 10),
      role: input.role,
      jobRole: input.jobRole ?? input.role,
      team: input.team ?? null,
      createdAt: this.clock.iso(),
    };
    try {
      await this.tx.run((m) => this.users.insert(m, row));
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ApiError('conflict', `User "${input.username}" already exists`, { field: 'username' });
      throw error;
    }
    return view(row);
  }
}
