import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One request a local provider stand-in received, as it arrived. */
export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A local HTTP server speaking as the providers do: the company webhook (`/hook`), WeChat's
 * `/cgi-bin/token` and `/cgi-bin/message/subscribe/send`, and Aliyun's SendSms (`POST /sms/`).
 * `failNext` makes the next requests to a path answer 500 (to see retries).
 */
export class ProviderStandIn {
  readonly received: Received[] = [];
  private readonly failing = new Map<string, number>();
  private server: Server | null = null;
  base = '';

  failNext(path: string, times = 1): void {
    this.failing.set(path, times);
  }

  of(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        this.received.push({
          method: req.method ?? '',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const fails = this.failing.get(url.pathname) ?? 0;
        if (fails > 0) {
          this.failing.set(url.pathname, fails - 1);
          res.writeHead(500).end('try later');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        if (url.pathname === '/cgi-bin/token')
          return res.end(JSON.stringify({ access_token: 'TOKEN-1', expires_in: 7200 }));
        if (url.pathname === '/cgi-bin/message/subscribe/send')
          return res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
        if (url.pathname === '/sms/')
          return res.end(JSON.stringify({ Code: 'OK', Message: 'OK', RequestId: 'r', BizId: 'b' }));
        res.end('{}');
      });
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}

/** A mail that reached the local SMTP server. */
export interface Mail {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP server (the smtp-server package) on a free local port, keeping what arrives. */
export class LocalSmtp {
  readonly mails: Mail[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        });
      },
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}
