import { execa } from 'execa';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { misdetectsRootNetns } from '../../setup/gvisor-release.js';
import { finished } from 'node:stream/promises';
import { runscArgv, taskCountIn, type RunscSession } from '../../sandbox/runsc-argv.js';
import type { RunscPort } from '../../ports.js';

export function runscPort(session: RunscSession): RunscPort {
  const file = session.runsc.path;
  const env = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
  const quick = { reject: false, timeout: 60_000, stdin: 'ignore', env, extendEnv: false } as const;
  return {
    run(id, bundleDir, sinks) {
      // Attached `runsc run`: the sandbox and gofer get SIGKILL as parent-death signal, so nothing
      // outlives this process even if airlock itself is killed outright.
      // setpriv ties runsc itself to airlock: if airlock is killed outright, runsc gets SIGKILL too.
      const runsc = [file, ...runscArgv.run(session, id, bundleDir)];
      const [command, ...args] = withParentDeathSignal(
        session.network === 'sandbox' && misdetectsRootNetns(session.runsc.version)
          ? withoutProcSysNet(runsc, join(bundleDir, 'procsys'))
          : runsc,
      );
      const child = spawn(command ?? file, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
      child.stdout.on('data', (chunk: Buffer) => sinks.stdout(chunk));
      child.stderr.on('data', (chunk: Buffer) => sinks.stderr(chunk));
      const streamsClosed = Promise.all([finished(child.stdout), finished(child.stderr)]).then(
        () => undefined,
        () => undefined,
      );
      const exit = new Promise<number | null>((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.once('error', () => resolve(null));
      });
      return { exit, streamsClosed, terminate: () => child.kill('SIGKILL') };
    },
    async kill(id, signal) {
      await execa(file, runscArgv.kill(session, id, signal), quick);
    },
    async destroy(id) {
      await execa(file, runscArgv.delete(session, id), quick);
    },
    async taskCount(id) {
      const result = await execa(file, runscArgv.stats(session, id), quick);
      return result.exitCode === 0 ? taskCountIn(result.stdout.trim()) : null;
    },
  };
}

const SETPRIV = '/usr/bin/setpriv';

// Runs runsc in a private mount namespace whose /proc/sys has every directory but net, so the old
// root-netns check (see misdetectsRootNetns) looks at the namespace runsc joined and passes. The
// sentry still reads /proc/sys/vm and friends. Fixed text; paths arrive as positional parameters.
const HIDE_PROC_SYS_NET = [
  'set -e',
  'mkdir -p "$1"',
  'mount --bind /proc/sys "$1"',
  'mount -t tmpfs -o nosuid,nodev,noexec,size=16k,mode=0555 airlock-procsys /proc/sys',
  'for d in "$1"/*; do n=${d##*/}; [ "$n" = net ] && continue; [ -d "$d" ] || continue; mkdir "/proc/sys/$n"; mount --bind "$d" "/proc/sys/$n"; done',
  'umount -l "$1"',
  'shift',
  'exec "$@"',
].join('\n');

function withoutProcSysNet(argv: string[], scratch: string): string[] {
  return [
    '/usr/bin/unshare',
    '--mount',
    '--propagation',
    'private',
    '--',
    '/bin/sh',
    '-c',
    HIDE_PROC_SYS_NET,
    'airlock-runsc',
    scratch,
    ...argv,
  ];
}

/** `argv` run so that it gets SIGKILL when this process dies (util-linux setpriv, where present). */
export function withParentDeathSignal(argv: string[]): string[] {
  return existsSync(SETPRIV) ? [SETPRIV, '--pdeathsig', 'KILL', '--', ...argv] : argv;
}
