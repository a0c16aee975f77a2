// BENCH_WRITE_IOPS=6000 npm run bench:api: the servers' writes limited to that many per second, to
// measure on a disk like the reference (about 2,000 fsyncs/s) when this machine's is faster.
// A cgroup v1 blkio limit, so root only. Calibrated with `dd bs=4k oflag=dsync` inside such a cgroup:
// 6,000 write IOPS gave 2,000 synced writes/s (each costs about three: the data and the journal's).
import { existsSync, mkdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BLKIO = '/sys/fs/cgroup/blkio';

export const writeIops = Number(process.env.BENCH_WRITE_IOPS ?? 0);

export interface DiskLimit {
  /** The command and arguments that run `command` inside the limit (the same pid: sh execs it). */
  wrap(command: string, args: string[]): [string, string[]];
  /** Removes the cgroup once its processes have exited. */
  remove(): void;
}

/** A limit on writes to the block device holding `dir`, or one that changes nothing without BENCH_WRITE_IOPS. */
export function diskLimit(dir: string): DiskLimit {
  if (!writeIops) return { wrap: (command, args) => [command, args], remove: () => undefined };
  const device = blockDevice(dir);
  if (!existsSync(join(BLKIO, 'cgroup.procs')))
    throw new Error(`BENCH_WRITE_IOPS needs cgroup v1's blkio controller at ${BLKIO} (and root)`);
  const group = join(BLKIO, `frontstage-bench-${process.pid}-${Date.now()}`);
  mkdirSync(group);
  writeFileSync(join(group, 'blkio.throttle.write_iops_device'), `${device} ${writeIops}`);
  return {
    wrap: (command, args) => [
      '/bin/sh',
      ['-c', 'echo $$ > "$0" && exec "$@"', join(group, 'cgroup.procs'), command, ...args],
    ],
    remove: () => rmdirSync(group),
  };
}

/** "major:minor" of the block device `dir` is on; an error naming the way out when it is on none. */
function blockDevice(dir: string): string {
  const dev = statSync(dir).dev;
  // glibc's dev_t layout: minor in bits 0-7 and 20-31, major in bits 8-19.
  const major = (dev >> 8) & 0xfff;
  const minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);
  const device = `${major}:${minor}`;
  if (!existsSync(`/sys/dev/block/${device}`))
    throw new Error(
      `BENCH_WRITE_IOPS: ${dir} is not on a block device (${device}); set TMPDIR to a directory on a disk`,
    );
  return device;
}
