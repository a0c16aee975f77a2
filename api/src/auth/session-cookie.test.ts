import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE, sessionCookie, sessionFromCookies } from './session-cookie.js';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ_-0123';

describe('sessionFromCookies', () => {
  it('finds the session among other cookies, with spaces around', () => {
    expect(sessionFromCookies(`theme=dark; ${SESSION_COOKIE}=${TOKEN}; lang=zh`)).toBe(TOKEN);
    expect(sessionFromCookies(`  ${SESSION_COOKIE} = ${TOKEN} `)).toBe(TOKEN);
  });

  it('finds nothing without a header, without the cookie, or with a look-alike name', () => {
    expect(sessionFromCookies(undefined)).toBeUndefined();
    expect(sessionFromCookies('')).toBeUndefined();
    expect(sessionFromCookies('theme=dark')).toBeUndefined();
    expect(sessionFromCookies(`x${SESSION_COOKIE}=${TOKEN}`)).toBeUndefined();
    expect(sessionFromCookies(`${SESSION_COOKIE}x=${TOKEN}`)).toBeUndefined();
    expect(sessionFromCookies(SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses a value that is not a session token: too short, too long, or other characters', () => {
    expect(sessionFromCookies(`${SESSION_COOKIE}=${'a'.repeat(19)}`)).toBeUndefined();
    expect(sessionFromCookies(`${SESSION_COOKIE}=${'a'.repeat(20)}`)).toBe('a'.repeat(20));
    expect(sessionFromCookies(`${SESSION_COOKIE}=${'a'.repeat(200)}`)).toBe('a'.repeat(200));
    expect(sessionFromCookies(`${SESSION_COOKIE}=${'a'.repeat(201)}`)).toBeUndefined();
    expect(sessionFromCookies(`${SESSION_COOKIE}=${TOKEN}'--`)).toBeUndefined();
    expect(sessionFromCookies(`${SESSION_COOKIE}=x${TOKEN}%20`)).toBeUndefined();
  });

  it('reads the first session cookie only', () => {
    expect(sessionFromCookies(`${SESSION_COOKIE}=bad!; ${SESSION_COOKIE}=${TOKEN}`)).toBeUndefined();
  });
});

describe('sessionCookie', () => {
  it('stores a token for whole seconds, HttpOnly, SameSite=Strict, on /api/auth only', () => {
    expect(sessionCookie(TOKEN, 90.9, false)).toBe(
      `${SESSION_COOKIE}=${TOKEN}; Path=/api/auth; Max-Age=90; HttpOnly; SameSite=Strict`,
    );
  });

  it('is Secure when served over TLS', () => {
    expect(sessionCookie(TOKEN, 60, true).split('; ')).toContain('Secure');
    expect(sessionCookie(TOKEN, 60, false).split('; ')).not.toContain('Secure');
  });

  it('removes the cookie with an empty value and no age', () => {
    expect(sessionCookie(null, 3600, true)).toBe(
      `${SESSION_COOKIE}=; Path=/api/auth; Max-Age=0; HttpOnly; SameSite=Strict; Secure`,
    );
  });
});
