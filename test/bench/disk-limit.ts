// BENCH_WRITE_IOPS=6000 npm run bench:api: each server's writes limited to that many per second, to
// measure on a disk like the one the goals were set on (about 2,000 fsyncs/s) when this
// machine's is faster. A cgroup v1 blkio limit, so root only. It counts the writes a server submits
// itself (its syncs' and its checkpoints'), not the kernel's background writeback nor ext4's journal
// thread, and a large contiguous write counts once: a model of a slow disk's sync rate, not of its
// bandwidth. Measured with `dd bs=4k oflag=dsync` inside such a group: 6,000 gave 2,000 synced writes/s.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

const BLKIO = '/sys/fs/cgroup/blkio';

export const writeIops = parseIops(process.env.BENCH_WRITE_IOPS);

export interface DiskLimit {
  /** The command and arguments that run `command` inside the limit (the same pid: sh execs it). */
  wrap(command: string, args: string[]): [string, string[]];
  /** Removes the cgroup once its processes have exited. */
  remove(): void;
}

/** A limit on writes to the disk holding `dir`, or one that changes nothing without BENCH_WRITE_IOPS. */
export function diskLimit(dir: string): DiskLimit {
  if (!writeIops) return { wrap: (command, args) => [command, args], remove: () => undefined };
  const device = diskOf(dir);
  if (!existsSync(join(BLKIO, 'cgroup.procs')))
    throw new Error(`BENCH_WRITE_IOPS needs cgroup v1's blkio controller at ${BLKIO} (and root)`);
  const group = join(BLKIO, `frontstage-bench-${process.pid}-${Date.now()}`);
  mkdirSync(group);
  try {
    writeFileSync(join(group, 'blkio.throttle.write_iops_device'), `${device} ${writeIops}`);
  } catch (error) {
    rmdirSync(group);
    throw error;
  }
  return {
    wrap: (command, args) => [
      '/bin/sh',
      ['-c', 'echo $$ > "$0" && exec "$@"', join(group, 'cgroup.procs'), command, ...args],
    ],
    remove: () => rmdirSync(group),
  };
}

function parseIops(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  if (!/^[1-9]\d*$/.test(value))
    throw new Error(`BENCH_WRITE_IOPS must be a positive whole number, not "${value}"`);
  return Number(value);
}

/**
 * "major:minor" of the whole disk `dir` is on (blkio refuses a partition's numbers); an error naming
 * the way out when it is on none.
 */
function diskOf(dir: string): string {
  const dev = statSync(dir).dev;
  // glibc's dev_t layout: minor in bits 0-7 and 20-31, major in bits 8-19.
  const device = `${(dev >> 8) & 0xfff}:${(dev & 0xff) | ((dev >> 12) & 0xfff00)}`;
  const sys = `/sys/dev/block/${device}`;
  if (!existsSync(sys))
    throw new Error(
      `BENCH_WRITE_IOPS: ${dir} is not on a block device of its own (${device}: tmpfs, overlay and btrfs ` +
        'report none); set TMPDIR to a directory on a plain disk filesystem such as ext4',
    );
  if (!existsSync(join(sys, 'partition'))) return device;
  return readFileSync(join(dirname(realpathSync(sys)), 'dev'), 'utf8').trim();
}
