import { createApp, createLogger, loadConfig } from '@frontstage/api';
import { PASSWORD, type FreshDb } from './db.js';
import type { Answer } from './http.js';

type App = Awaited<ReturnType<typeof createApp>>['app'];

/**
 * A clock that moves only when told to. The API's `Clock` and `FakeClock` are not exported by
 * @frontstage/api, so this is a structural copy of api/src/common/clock.ts's FakeClock.
 */
export class FakeClock {
  constructor(private current: number) {}
  now(): Date {
    return new Date(this.current);
  }
  iso(): string {
    return this.now().toISOString();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * A provider of the running app by class name. TimerScheduler is not exported by @frontstage/api
 * and a relative import of api/dist would cross the module boundary, so it is found in Nest's container.
 */
function providerByName<T>(app: App, name: string): T {
  const container = (
    app as unknown as {
      container: {
        getModules(): Map<string, { providers: Map<unknown, { name?: string; instance: unknown }> }>;
      };
    }
  ).container;
  for (const module of container.getModules().values())
    for (const [token, wrapper] of module.providers)
      if (typeof token === 'function' && token.name === name && wrapper.instance)
        return wrapper.instance as T;
  throw new Error(`no provider named ${name}`);
}

/** The API in this process on a fresh database, in fake time, with the timer scheduler ticked by hand. */
export interface InProcessApi {
  readonly app: App;
  clock: FakeClock;
  restarts: number;
  request(
    method: 'GET' | 'POST',
    url: string,
    options?: { user?: string; body?: unknown; key?: string },
  ): Promise<Answer>;
  /** One scheduler tick: fires every timer due at the clock's now; returns how many it claimed. */
  tick(): Promise<number>;
  /** Closes the app and boots a new one on the same database, as a restart of the process would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startInProcess(db: FreshDb, clock: FakeClock): Promise<InProcessApi> {
  const config = loadConfig(db.env, db.dir);
  const boot = async () => {
    const { app } = await createApp(config, createLogger('silent'), { clock, scheduler: { enabled: false } });
    await app.getHttpAdapter().getInstance().ready();
    return app;
  };
  let app = await boot();
  const tokens = new Map<string, string>();
  const send = async (
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<Answer> => {
    const res = await app
      .getHttpAdapter()
      .getInstance()
      .inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
    let parsed: unknown = res.body;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      // not JSON
    }
    return { status: res.statusCode, body: parsed, replayed: res.headers['idempotent-replayed'] === 'true' };
  };
  const token = async (user: string) => {
    let t = tokens.get(user);
    if (!t) {
      const res = await send('POST', '/api/auth/login', {}, { username: user, password: PASSWORD });
      if (res.status !== 200) throw new Error(`login ${user}: ${res.status}`);
      t = res.body.token as string;
      tokens.set(user, t);
    }
    return t;
  };
  const api: InProcessApi = {
    get app() {
      return app;
    },
    clock,
    restarts: 0,
    async request(method, url, options = {}) {
      const headers: Record<string, string> = {};
      if (options.user) headers.authorization = `Bearer ${await token(options.user)}`;
      if (options.key) {
        headers['idempotency-key'] = options.key;
        headers['x-request-id'] = options.key;
      }
      return send(method, url, headers, options.body);
    },
    tick: () => providerByName<{ tick(): Promise<number> }>(app, 'TimerScheduler').tick(),
    async restart() {
      await app.close();
      app = await boot();
      api.restarts++;
    },
    close: () => app.close(),
  };
  return api;
}
