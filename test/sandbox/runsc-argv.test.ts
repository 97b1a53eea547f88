import { describe, expect, it } from 'vitest';
import { globalFlags, runscArgv, type RunscSession } from '../../src/sandbox/runsc-argv.js';

const session = (telemetry: boolean, network: 'none' | 'sandbox' = 'none'): RunscSession => ({
  runsc: { path: '/usr/bin/runsc', version: '0.0~20240729.0', platform: 'systrap', arch: 'x86_64' },
  stateRoot: '/run/airlock/runsc',
  logDir: '/run/airlock/runs/abc/logs',
  telemetry,
  network,
});

describe('runsc global flags', () => {
  it('applies the spec seccomp profile and logs the boot only, as JSON, into the run log dir', () => {
    const flags = globalFlags(session(true));
    expect(flags).toEqual(
      expect.arrayContaining([
        '--root=/run/airlock/runsc',
        '--platform=systrap',
        '--network=none',
        '--oci-seccomp',
        '--debug-log=/run/airlock/runs/abc/logs/%COMMAND%.json',
        '--debug-log-format=json',
        '--debug-command=boot',
        '--strace',
      ]),
    );
  });

  it('logs at debug level with telemetry on, where the sentry names seccomp refusals', () => {
    expect(globalFlags(session(true))).toContain('--debug');
    expect(globalFlags(session(false))).not.toContain('--debug');
  });

  it('gives only the run its runtime monitor session, where the session has one', () => {
    const s = { ...session(true), monitorConfig: '/run/airlock/runs/abc/logs/monitor.json' };
    const run = runscArgv.run(s, 'id1', '/b');
    expect(run.indexOf('--pod-init-config=/run/airlock/runs/abc/logs/monitor.json')).toBe(
      run.indexOf('run') - 1,
    );
    expect(runscArgv.kill(s, 'id1', 'KILL').join(' ')).not.toContain('--pod-init-config');
    expect(runscArgv.run(session(false), 'id1', '/b').join(' ')).not.toContain('--pod-init-config');
  });

  it('traces only fork-like calls with telemetry off', () => {
    expect(globalFlags(session(false))).toContain('--strace-syscalls=clone,fork,vfork');
  });

  it('gives every command of a session the same global flags', () => {
    const s = session(true, 'sandbox');
    const flags = globalFlags(s);
    expect(runscArgv.run(s, 'id1', '/b').slice(0, flags.length)).toEqual(flags);
    expect(runscArgv.kill(s, 'id1', 'KILL').slice(0, flags.length)).toEqual(flags);
    expect(runscArgv.delete(s, 'id1').slice(0, flags.length)).toEqual(flags);
    expect(flags).toContain('--network=sandbox');
  });
});
