// The fixed-arrival-rate load of bench:api, run in a process of its own: in the benchmark's process
// the heap autocannon left behind made this client pause for 10-45 ms (scavenges, mark-sweeps),
// and a client's pause counts as latency of every request scheduled during it.
import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { sendCycleEvent, type CyclePosition } from './support.js';

/** Where each ticket is in the cycle; a connection takes a free ticket per request, so none is raced. */
export type Track = CyclePosition;

export interface FixedRateJob {
  base: string;
  tickets: [string, Track][];
  tokens: Record<string, string>;
  rate: number;
  seconds: number;
  connections: number;
}

export interface FixedRateResult {
  name: string;
  'events/s': number;
  'p50 ms': number;
  'p99 ms': number;
  ok: number;
  'non-2xx': number;
  errors: number;
}

/** Runs `job` in a new Node process (this file, through tsx) and returns what it measured. */
export async function fixedRateInChild(job: FixedRateJob): Promise<FixedRateResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const out: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stdin.end(JSON.stringify(job));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`fixed-rate load exited with ${code}`);
  return JSON.parse(Buffer.concat(out).toString('utf8')) as FixedRateResult;
}

/**
 * A fixed arrival rate, sent by hand: autocannon's rate limiter re-sends prepared requests, which
 * would replay stale versions. Latency runs from the scheduled send time to the end of the answer,
 * so a slow answer delays no later measurement (no coordinated omission).
 */
async function fixedRate(job: FixedRateJob): Promise<FixedRateResult> {
  const { rate, seconds, tokens } = job;
  const url = new URL(job.base);
  const tickets = new Map(job.tickets);
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const free = [...tickets.keys()];
  const latencies = new Float64Array(rate * seconds);
  let answered = 0;
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  const send = async (scheduled: number) => {
    const id = free.shift();
    if (!id) {
      errors += 1;
      return;
    }
    const status = await sendCycleEvent(agent, url, id, tickets.get(id)!, tokens);
    latencies[answered++] = performance.now() - scheduled;
    if (status === 200) ok += 1;
    else if (status === 0) errors += 1;
    else non2xx += 1;
    free.push(id);
  };
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < rate * seconds; i++) {
    const at = started + (i * 1000) / rate;
    const wait = at - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(at));
  }
  await Promise.all(pending);
  agent.destroy();
  const sorted = latencies.subarray(0, answered).sort();
  const pct = (p: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 10) / 10;
  return {
    name: `API at ${rate}/s`,
    'events/s': Math.round(ok / ((performance.now() - started) / 1000)),
    'p50 ms': pct(0.5),
    'p99 ms': pct(0.99),
    ok,
    'non-2xx': non2xx,
    errors,
  };
}

if (process.argv[1] === import.meta.filename) {
  const input: Buffer[] = [];
  for await (const chunk of process.stdin) input.push(chunk as Buffer);
  const result = await fixedRate(JSON.parse(Buffer.concat(input).toString('utf8')) as FixedRateJob);
  process.stdout.write(JSON.stringify(result));
}
