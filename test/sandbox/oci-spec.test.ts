import { describe, expect, it } from 'vitest';
import { limitsOf, parseRunOptions } from '../../src/config/run-options.js';
import { GUEST_UID } from '../../src/sandbox/guest-layout.js';
import { buildOciSpec, seccompProfile } from '../../src/sandbox/oci-spec.js';
import { seccompRefusedSyscalls } from '../../src/sandbox/trace-syscalls.js';

const limits = limitsOf(parseRunOptions({ command: ['pytest'], workspace: '/w' }));

function spec(passEnv: Record<string, string> = {}) {
  return buildOciSpec({
    args: ['python3', '-m', 'pytest'],
    passEnv,
    rootfsPath: '/cache/rootfs',
    workspaceHostPath: '/run/airlock/runs/abc/workspace',
    resultsHostPath: '/run/airlock/runs/abc/results',
    cgroupsPath: '/airlock-abc',
    limits,
    arch: 'x86_64',
  });
}

describe('buildOciSpec', () => {
  it('matches the golden bundle for the default limits', async () => {
    await expect(JSON.stringify(spec(), null, 2)).toMatchFileSnapshot(
      './golden/config.default.json',
    );
  });

  it('runs the command as a non-root user with no capabilities and no new privileges', () => {
    const process = spec().process;
    expect(process.user.uid).toBe(GUEST_UID);
    expect(process.user.uid).not.toBe(0);
    for (const set of Object.values(process.capabilities)) expect(set).toEqual([]);
    expect(process.noNewPrivileges).toBe(true);
  });

  it('keeps the root filesystem read-only and gives the command a network namespace of its own', () => {
    const s = spec();
    expect(s.root.readonly).toBe(true);
    expect(s.linux.namespaces).toContainEqual({ type: 'network' });
  });

  it('contains fork bombs with RLIMIT_NPROC and keeps the host pids limit as a larger backstop', () => {
    const s = spec();
    const nproc = s.process.rlimits.find((r) => r.type === 'RLIMIT_NPROC');
    expect(nproc).toEqual({ type: 'RLIMIT_NPROC', soft: 512, hard: 512 });
    expect(s.linux.resources.pids.limit).toBeGreaterThan(512);
  });

  it('lets only the fixed variables and the ones passed by name into the environment', () => {
    const env = spec({ NODE_OPTIONS: '--max-old-space-size=512' }).process.env;
    const names = env.map((entry) => entry.split('=')[0]).sort();
    expect(names).toEqual([
      'AIRLOCK_RESULTS_DIR',
      'CI',
      'HOME',
      'LANG',
      'NODE_OPTIONS',
      'PATH',
      'TZ',
    ]);
  });

  it('never lets a passed variable override the fixed ones', () => {
    const env = spec({ PATH: '/evil' }).process.env;
    expect(env.filter((e) => e.startsWith('PATH='))).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    ]);
  });

  it('caps /tmp with the tmpfs size limit', () => {
    const tmp = spec().mounts.find((m) => m.destination === '/tmp');
    expect(tmp?.options).toContain(`size=${2048 * 1024 * 1024}`);
  });
});

describe('the in-sandbox seccomp profile', () => {
  it('refuses namespace creation and ptrace with EPERM, so the guest cannot escape RLIMIT_NPROC', () => {
    const { seccomp } = spec().linux;
    expect(seccomp.defaultAction).toBe('SCMP_ACT_ALLOW');
    expect(seccomp.syscalls[0]).toEqual({
      names: ['setns', 'ptrace'],
      action: 'SCMP_ACT_ERRNO',
      errnoRet: 1,
    });
    for (const name of ['clone', 'unshare']) {
      const rules = seccomp.syscalls.filter((rule) => rule.names.includes(name));
      // CLONE_NEWUSER among the refused namespace flags, each matched on the flags argument, so
      // unshare(CLONE_FS) and plain clone (fork, threads) stay allowed.
      expect(rules.map((rule) => rule.args?.[0]?.value)).toContain(0x10000000);
      expect(rules.map((rule) => rule.args?.[0]?.value)).not.toContain(0x200);
      expect(rules.every((rule) => rule.args?.[0]?.op === 'SCMP_CMP_MASKED_EQ')).toBe(true);
      expect(rules.every((rule) => rule.action === 'SCMP_ACT_ERRNO' && rule.errnoRet === 1)).toBe(
        true,
      );
    }
  });

  it('answers clone3 through SCMP_ACT_TRACE (ENOSYS with no tracer), so libc falls back to clone', () => {
    const rules = spec().linux.seccomp.syscalls.filter((rule) => rule.names.includes('clone3'));
    expect(rules).toEqual([{ names: ['clone3'], action: 'SCMP_ACT_TRACE' }]);
  });

  it('leaves mount and chroot to gVisor, whose trace then reports the refused attempt', () => {
    const refused = spec().linux.seccomp.syscalls.flatMap((rule) => rule.names);
    for (const name of ['mount', 'chroot', 'umount2', 'pivot_root'])
      expect(refused).not.toContain(name);
  });

  it('names every refused syscall in the per-architecture table the trace reads refusals with', () => {
    for (const arch of ['x86_64', 'aarch64'] as const) {
      const refused = new Set(seccompProfile(arch).syscalls.flatMap((rule) => rule.names));
      expect(new Set(Object.values(seccompRefusedSyscalls[arch]))).toEqual(refused);
    }
  });
});

describe('buildOciSpec with package cache views', () => {
  const withCaches = buildOciSpec({
    args: ['npm', 'ci'],
    passEnv: {},
    rootfsPath: '/cache/rootfs',
    workspaceHostPath: '/run/airlock/runs/abc/workspace',
    resultsHostPath: '/run/airlock/runs/abc/results',
    cgroupsPath: '/airlock-abc',
    limits,
    arch: 'x86_64',
    homeHostPath: '/run/airlock/runs/carry/upper/home',
    cacheViews: [
      { kind: 'npm', viewPath: '/run/airlock/runs/carry/caches/npm' },
      { kind: 'go', viewPath: '/run/airlock/runs/carry/caches/go' },
    ],
  });

  it('mounts each view where its package manager looks, after the home it sits in', () => {
    const destinations = withCaches.mounts.map((m) => m.destination);
    expect(destinations.indexOf('/home/airlock/.npm')).toBeGreaterThan(
      destinations.indexOf('/home/airlock'),
    );
    expect(withCaches.mounts).toContainEqual({
      destination: '/home/airlock/go/pkg/mod',
      type: 'bind',
      source: '/run/airlock/runs/carry/caches/go',
      options: ['rbind', 'rw', 'nosuid', 'nodev'],
    });
  });

  it('points the package managers at the views, over any toolchain variable of the runner', () => {
    expect(withCaches.process.env).toContain('npm_config_cache=/home/airlock/.npm');
    expect(withCaches.process.env).toContain('GOMODCACHE=/home/airlock/go/pkg/mod');
    expect(spec().process.env.some((e) => e.startsWith('npm_config_cache='))).toBe(false);
  });
});
