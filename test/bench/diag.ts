// BENCH_DIAG=1 npm run bench:api: what held the API's answers back during the fixed-rate phase, from
// the lines diag-preload.cjs writes (slow log syncs, checkpoints, commit gaps, GC pauses, loop stalls).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PRELOAD = join(import.meta.dirname, 'diag-preload.cjs');
const KINDS = ['sync', 'checkpoint', 'commit-gap', 'gc', 'stall'] as const;

export const diagnosing = Boolean(process.env.BENCH_DIAG);

/** Node arguments and environment that load the preload into the API, writing to `file`. */
export function diagLaunch(file: string): { args: string[]; env: Record<string, string> } {
  return diagnosing
    ? { args: ['--require', PRELOAD], env: { FRONTSTAGE_DIAG_FILE: file } }
    : { args: [], env: {} };
}

/** One line per kind: how many between `from` and `to` (epoch ms), their median and longest. */
export function diagnose(file: string, from: number, to: number): string {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
  const byKind = new Map<string, number[]>(KINDS.map((k) => [k, []]));
  for (const line of lines) {
    const [at, kind, ms] = line.split(' ');
    // Logged at their end: whatever began before the phase (the idle gap before its first commit) is not its.
    if (Number(at) - Number(ms) >= from && Number(at) <= to) byKind.get(kind!)?.push(Number(ms));
  }
  return KINDS.map((kind) => {
    const ms = byKind.get(kind)!.sort((a, b) => a - b);
    if (ms.length === 0) return `${kind} 0`;
    return `${kind} ${ms.length} (median ${ms[Math.floor(ms.length / 2)]}, max ${ms[ms.length - 1]} ms)`;
  }).join(', ');
}
