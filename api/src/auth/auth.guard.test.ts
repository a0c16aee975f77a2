import { SetMetadata, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { JwtService } from '@nestjs/jwt';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../common/api-error.js';
import { PUBLIC_KEY, ROLES_KEY, type ApiRole } from '../common/roles.decorator.js';
import { AuthGuard } from './auth.guard.js';

// The guard against real signed tokens (the same JwtService the app uses) and real Nest metadata: one
// handler per kind of endpoint, as the decorators leave them.
const jwt = new JwtService({
  secret: 'a-test-secret-of-enough-length-for-hs256',
  signOptions: { algorithm: 'HS256', expiresIn: '1h' },
  verifyOptions: { algorithms: ['HS256'] },
});
const guard = new AuthGuard(new Reflector(), jwt);

function handler(meta: { roles?: ApiRole[]; public?: boolean }): () => void {
  const fn = () => undefined;
  if (meta.roles) SetMetadata(ROLES_KEY, meta.roles)(fn, 'handler', { value: fn });
  if (meta.public) SetMetadata(PUBLIC_KEY, true)(fn, 'handler', { value: fn });
  return fn;
}
class Controller {}

interface Request {
  headers: Record<string, string | undefined>;
  query?: Record<string, unknown>;
  url?: string;
  user?: { id: string; role: string; sites: unknown; team?: string };
}

function contextOf(request: Request, fn: () => void): ExecutionContext {
  const context = new ExecutionContextHost([request, {}, undefined], Controller, fn);
  context.setType('http');
  return context;
}

const sign = (claims: Record<string, unknown>) =>
  jwt.signAsync({ sub: 'u-1', username: 'frontdesk', role: 'staff', jobRole: 'front_desk', ...claims });

async function refusal(run: Promise<unknown>): Promise<{ code: string; details: unknown }> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  const { code, details } = error as ApiError & { details: unknown };
  return { code, details };
}

describe('AuthGuard', () => {
  const staffOnly = handler({ roles: ['staff', 'supervisor'] });

  it('lets a public endpoint through without a token and without reading one', async () => {
    const request: Request = { headers: { authorization: 'Bearer not-a-token' } };
    await expect(guard.canActivate(contextOf(request, handler({ public: true })))).resolves.toBe(true);
    expect(request.user).toBeUndefined();
  });

  it('admits a listed role and puts the token’s user on the request', async () => {
    const token = await sign({ team: 'engineering', sites: ['cuihu'] });
    const request: Request = { headers: { authorization: `Bearer ${token}` } };
    await expect(guard.canActivate(contextOf(request, staffOnly))).resolves.toBe(true);
    expect(request.user).toEqual({
      id: 'u-1',
      username: 'frontdesk',
      role: 'staff',
      jobRole: 'front_desk',
      team: 'engineering',
      sites: ['cuihu'],
    });
  });

  it('accepts the scheme in any case and keeps no team when the token has none', async () => {
    const token = await sign({ sites: '*' });
    const request: Request = { headers: { authorization: `bearer   ${token}` } };
    await guard.canActivate(contextOf(request, staffOnly));
    expect(request.user).not.toHaveProperty('team');
    expect(request.user!.sites).toBe('*');
  });

  it('gives a token from before sites existed its role’s scope', async () => {
    const staff: Request = { headers: { authorization: `Bearer ${await sign({})}` } };
    await guard.canActivate(contextOf(staff, staffOnly));
    expect(staff.user!.sites).toEqual([]);
    const auditor: Request = { headers: { authorization: `Bearer ${await sign({ role: 'auditor' })}` } };
    await guard.canActivate(contextOf(auditor, handler({ roles: ['auditor'] })));
    expect(auditor.user!.sites).toBe('*');
  });

  it('refuses a role the endpoint does not list, naming the roles it allows', async () => {
    const token = await sign({ role: 'auditor', sites: '*' });
    const request: Request = { headers: { authorization: `Bearer ${token}` } };
    const { code, details } = await refusal(guard.canActivate(contextOf(request, staffOnly)));
    expect(code).toBe('forbidden');
    expect(details).toEqual({ allowedRoles: ['staff', 'supervisor'] });
  });

  it('closes an endpoint that lists no roles to every role', async () => {
    for (const role of ['staff', 'admin', 'auditor', 'designer', 'supervisor']) {
      const request: Request = { headers: { authorization: `Bearer ${await sign({ role, sites: '*' })}` } };
      expect((await refusal(guard.canActivate(contextOf(request, handler({}))))).code).toBe('forbidden');
    }
  });

  it('asks for a token when there is none, or the header is not a bearer token', async () => {
    const token = await sign({});
    for (const authorization of [
      undefined,
      '',
      token,
      `Basic ${token}`,
      `Bearer ${token} extra`,
      'Bearer ',
    ]) {
      const { code, details } = await refusal(
        guard.canActivate(contextOf({ headers: { authorization } }, staffOnly)),
      );
      expect(code).toBe('unauthorized');
      expect(details).toEqual({ field: 'authorization' });
    }
  });

  it('refuses a forged, foreign or expired token', async () => {
    const good = await sign({});
    const forged = `${good.slice(0, -4)}AAAA`;
    const foreign = await new JwtService({ secret: 'another-secret-another-secret-000' }).signAsync({
      sub: 'u-1',
      role: 'staff',
    });
    const expired = await new JwtService({ secret: 'a-test-secret-of-enough-length-for-hs256' }).signAsync({
      sub: 'u-1',
      role: 'staff',
      exp: Math.floor(Date.now() / 1000) - 10,
    });
    for (const token of [forged, foreign, expired, 'not.a.jwt']) {
      const request: Request = { headers: { authorization: `Bearer ${token}` } };
      expect((await refusal(guard.canActivate(contextOf(request, staffOnly)))).code).toBe('unauthorized');
    }
  });

  it('stops answering a remembered token from memory once it has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const guardOfItsOwn = new AuthGuard(new Reflector(), jwt);
      const token = await sign({});
      const request = (): Request => ({ headers: { authorization: `Bearer ${token}` } });
      await expect(guardOfItsOwn.canActivate(contextOf(request(), staffOnly))).resolves.toBe(true);
      vi.setSystemTime(Date.now() + 59 * 60 * 1000);
      await expect(guardOfItsOwn.canActivate(contextOf(request(), staffOnly))).resolves.toBe(true);
      vi.setSystemTime(Date.now() + 2 * 60 * 1000);
      expect((await refusal(guardOfItsOwn.canActivate(contextOf(request(), staffOnly)))).code).toBe(
        'unauthorized',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads ?access_token= on the stream only', async () => {
    const token = await sign({});
    const stream: Request = {
      headers: {},
      url: `/api/stream?access_token=${token}`,
      query: { access_token: token },
    };
    await expect(guard.canActivate(contextOf(stream, staffOnly))).resolves.toBe(true);
    const bare: Request = { headers: {}, url: '/api/stream', query: { access_token: token } };
    await expect(guard.canActivate(contextOf(bare, staffOnly))).resolves.toBe(true);
    for (const url of [`/api/tickets?access_token=${token}`, `/api/streams?access_token=${token}`]) {
      const elsewhere: Request = { headers: {}, url, query: { access_token: token } };
      expect((await refusal(guard.canActivate(contextOf(elsewhere, staffOnly)))).code).toBe('unauthorized');
    }
    const empty: Request = { headers: {}, url: '/api/stream?access_token=', query: { access_token: '' } };
    expect((await refusal(guard.canActivate(contextOf(empty, staffOnly)))).code).toBe('unauthorized');
    const listed: Request = { headers: {}, url: '/api/stream', query: { access_token: [token] } };
    expect((await refusal(guard.canActivate(contextOf(listed, staffOnly)))).code).toBe('unauthorized');
  });

  it('prefers the header over the query on the stream', async () => {
    const header = await sign({ username: 'by-header' });
    const request: Request = {
      headers: { authorization: `Bearer ${header}` },
      url: '/api/stream?access_token=junk',
      query: { access_token: 'junk' },
    };
    await guard.canActivate(contextOf(request, staffOnly));
    expect(request.user).toMatchObject({ username: 'by-header' });
  });

  it('answers a verified token again from memory with the same user, until it expires', async () => {
    const guardOfItsOwn = new AuthGuard(new Reflector(), jwt);
    const token = await sign({ sites: ['cuihu'] });
    const first: Request = { headers: { authorization: `Bearer ${token}` } };
    const second: Request = { headers: { authorization: `Bearer ${token}` } };
    await guardOfItsOwn.canActivate(contextOf(first, staffOnly));
    await guardOfItsOwn.canActivate(contextOf(second, staffOnly));
    expect(second.user).toEqual(first.user);
    // A remembered user still meets the role check of each endpoint.
    const adminOnly = handler({ roles: ['admin'] });
    const third: Request = { headers: { authorization: `Bearer ${token}` } };
    expect((await refusal(guardOfItsOwn.canActivate(contextOf(third, adminOnly)))).code).toBe('forbidden');
  });
});
