import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../src/sandbox/classify-violation.js';
import { MAX_MONITOR_MESSAGE, decodeMonitorMessage } from '../../src/sandbox/monitor-events.js';
import { MonitorFrames } from '../../src/sandbox/monitor-frames.js';
import { monitorSession } from '../../src/sandbox/monitor-session.js';
import type { TraceEvent } from '../../src/sandbox/strace-events.js';
import { ViolationCollector } from '../../src/sandbox/violation-collector.js';
import {
  chdirMessage,
  cloneMessage,
  containerStart,
  framed,
  openMessage,
  rawSyscallMessage,
  sinkMessage,
  type OpenFields,
} from '../support/monitor-frames.js';

const AT = 1_000;
const OPENAT = 257;
const O_WRONLY = 0o1;
const O_CREAT = 0o100;
const noLinks = { workspaceLinks: new Map<string, string>() };

function event(fields: OpenFields, arch: 'x86_64' | 'aarch64' = 'x86_64'): TraceEvent {
  const decoded = decodeMonitorMessage(openMessage(fields), arch, AT);
  if (decoded.type !== 'event') throw new Error(`not an event: ${decoded.type}`);
  return decoded.event;
}

describe('decodeMonitorMessage', () => {
  it('reads an openat exit: process, pid, errno and the absolute path', () => {
    expect(
      event({
        sysno: OPENAT,
        pathname: '/etc/shadow',
        errno: 13,
        pid: 7,
        process: 'cat',
        cwd: '/workspace',
      }),
    ).toEqual({
      pid: 7,
      process: 'cat',
      syscall: 'openat',
      args: '',
      errno: 13,
      atEpochMs: AT,
      file: { path: '/etc/shadow', flags: 'O_RDONLY' },
    });
  });

  it('names the call by its number per architecture (open and creat on x86_64, openat on arm64)', () => {
    expect(event({ sysno: 2, pathname: '/a' }).syscall).toBe('open');
    expect(event({ sysno: 85, pathname: '/a' }).syscall).toBe('creat');
    expect(event({ sysno: 56, pathname: '/a' }, 'aarch64').syscall).toBe('openat');
    expect(decodeMonitorMessage(openMessage({ sysno: 56, pathname: '/a' }), 'x86_64', AT)).toEqual({
      type: 'malformed',
    });
  });

  it('places relative paths against the cwd, or the directory fd when one is given', () => {
    const fromCwd = event({ sysno: OPENAT, pathname: '../etc/./shadow', cwd: '/workspace' });
    expect(fromCwd.file?.path).toBe('/etc/shadow');
    const fromFd = event({ sysno: OPENAT, pathname: 'id_rsa', fd: 5, fdPath: '/home/u/.ssh' });
    expect(fromFd.file?.path).toBe('/home/u/.ssh/id_rsa');
    // A directory the sentry could not name leaves the path unplaced, not guessed.
    expect(event({ sysno: OPENAT, pathname: 'x', fd: 5, fdPath: '[err: FD not found]' }).file).toBe(
      null,
    );
    expect(event({ sysno: OPENAT, pathname: '' }).file).toBe(null);
  });

  it('names the flags that make an open a write', () => {
    expect(event({ sysno: OPENAT, pathname: '/a', flags: O_WRONLY | O_CREAT }).file?.flags).toBe(
      'O_WRONLY|O_CREAT',
    );
    expect(event({ sysno: OPENAT, pathname: '/a', flags: 0o2 | 0o1000 }).file?.flags).toBe(
      'O_RDWR|O_TRUNC',
    );
  });

  it("dates a call by the sentry's clock, which a message waiting in the socket keeps", () => {
    const at = (timeNs?: number) =>
      event({ sysno: OPENAT, pathname: '/a', ...(timeNs === undefined ? {} : { timeNs }) })
        .atEpochMs;
    expect(at(400_250_000)).toBe(400.25);
    // Without it, or with a time after the message arrived, the arrival time stands.
    expect(at()).toBe(AT);
    expect(at(2_000_000_000)).toBe(AT);
  });

  it('leaves a path relative to the working directory for the collector to place', () => {
    const decoded = decodeMonitorMessage(
      openMessage({ sysno: OPENAT, pathname: 'files/f1', flags: O_WRONLY | O_CREAT, pid: 9 }),
      'x86_64',
      AT,
    );
    expect(decoded).toMatchObject({
      type: 'event',
      event: { pid: 9, file: null },
      relative: { group: 9, pathname: 'files/f1', flags: 'O_WRONLY|O_CREAT' },
    });
  });

  it('reads what moves a working directory: start, clone, chdir and unshare(CLONE_FS)', () => {
    expect(decodeMonitorMessage(containerStart(0, '/workspace'), 'x86_64', AT)).toEqual({
      type: 'start',
      dropped: 0,
      cwd: '/workspace',
    });
    expect(decodeMonitorMessage(cloneMessage(4, 9, 0x200 | 17), 'x86_64', AT)).toEqual({
      type: 'clone',
      dropped: 0,
      parent: 4,
      child: 9,
      flags: 0x211,
    });
    const moved = decodeMonitorMessage(
      chdirMessage({ sysno: 80, pathname: '..', pid: 9, process: 'sh', cwd: '/etc' }),
      'x86_64',
      AT,
    );
    expect(moved).toMatchObject({
      type: 'event',
      event: { syscall: 'chdir', process: 'sh', errno: null, file: { path: '/etc', flags: '' } },
      relative: null,
      moved: { group: 9, cwd: '/etc' },
    });
    // A refused chdir leaves the caller where it was: its path is placed against that directory.
    const refused = decodeMonitorMessage(
      chdirMessage({ sysno: 80, pathname: 'secret', errno: 13, pid: 9, cwd: '/w' }),
      'x86_64',
      AT,
    );
    expect(refused).toMatchObject({
      event: { errno: 13, file: { path: '/w/secret' } },
      relative: null,
      moved: { cwd: '/w' },
    });
    const fchdir = decodeMonitorMessage(
      chdirMessage({ sysno: 81, fd: 3, fdPath: '/root', errno: 13, cwd: '/w' }),
      'x86_64',
      AT,
    );
    expect(fchdir).toMatchObject({ event: { syscall: 'fchdir', file: { path: '/root' } } });
    const unshare = (arg1: number, errno?: number) =>
      decodeMonitorMessage(
        rawSyscallMessage({ pid: 9, sysno: 272, arg1, ...(errno ? { errno } : {}) }),
        'x86_64',
        AT,
      ).type;
    expect(unshare(0x200)).toBe('unshare-fs');
    expect(unshare(0x200, 1)).toBe('other');
    expect(unshare(0x20000)).toBe('other');
    expect(
      decodeMonitorMessage(rawSyscallMessage({ pid: 9, sysno: 97, arg1: 0x200 }), 'aarch64', AT)
        .type,
    ).toBe('unshare-fs');
  });

  it('reads the session start and the count of dropped messages from the header', () => {
    expect(decodeMonitorMessage(containerStart(3), 'x86_64', AT)).toEqual({
      type: 'start',
      dropped: 3,
      cwd: null,
    });
    expect(decodeMonitorMessage(sinkMessage(10, new Uint8Array([8, 1])), 'x86_64', AT)).toEqual({
      type: 'other',
      dropped: 0,
    });
  });

  it('refuses short, overlong and undecodable messages without throwing', () => {
    expect(decodeMonitorMessage(new Uint8Array(4), 'x86_64', AT).type).toBe('malformed');
    const badHeader = containerStart();
    badHeader.writeUInt16LE(200, 0);
    expect(decodeMonitorMessage(badHeader, 'x86_64', AT).type).toBe('malformed');
    expect(
      decodeMonitorMessage(sinkMessage(7, new Uint8Array([0x0a, 0xff, 0xff])), 'x86_64', AT).type,
    ).toBe('malformed');
    expect(decodeMonitorMessage(new Uint8Array(MAX_MONITOR_MESSAGE + 1), 'x86_64', AT).type).toBe(
      'malformed',
    );
  });

  it('feeds the same classification as the strace lines did', () => {
    const shadow = event({ sysno: OPENAT, pathname: '/etc/shadow', errno: 13, process: 'cat' });
    expect(classifyEvent(shadow, noLinks)).toEqual({
      kind: 'filesystem',
      syscall: 'openat',
      detail: 'credential file /etc/shadow (refused, errno 13)',
    });
    const refusedWrite = event({
      sysno: OPENAT,
      pathname: '/usr/lib/x',
      flags: O_WRONLY | O_CREAT,
      errno: 30,
    });
    expect(classifyEvent(refusedWrite, noLinks)?.detail).toBe(
      'write outside the writable areas /usr/lib/x (refused, errno 30)',
    );
    const ordinary = event({ sysno: OPENAT, pathname: 'index.js', cwd: '/workspace' });
    expect(classifyEvent(ordinary, noLinks)).toBeNull();
    const viaLink = event({ sysno: OPENAT, pathname: 'leak', cwd: '/workspace' });
    expect(
      classifyEvent(viaLink, { workspaceLinks: new Map([['/workspace/leak', '/etc/passwd']]) })
        ?.detail,
    ).toBe('followed workspace link /workspace/leak -> /etc/passwd');
  });
});

describe('MonitorFrames', () => {
  it('reassembles messages split anywhere across chunks', () => {
    const messages = [containerStart(), openMessage({ sysno: OPENAT, pathname: '/etc/shadow' })];
    const stream = framed(...messages);
    for (let cut = 0; cut <= stream.length; cut += 1) {
      const seen: Buffer[] = [];
      const frames = new MonitorFrames((message) => seen.push(Buffer.from(message)));
      frames.push(stream.subarray(0, cut));
      frames.push(stream.subarray(cut));
      expect(seen).toEqual(messages);
      expect(frames.end()).toBe(true);
    }
  });

  it('refuses the rest of a stream whose length is beyond what the receiver passes on', () => {
    const seen: Buffer[] = [];
    const frames = new MonitorFrames((message) => seen.push(message));
    const bogus = Buffer.alloc(4);
    bogus.writeUInt32LE(MAX_MONITOR_MESSAGE + 1, 0);
    frames.push(Buffer.concat([framed(containerStart()), bogus, framed(containerStart())]));
    expect(seen).toHaveLength(1);
    expect(frames.intact).toBe(false);
    expect(frames.end()).toBe(false);
  });

  it('says a stream cut inside a message did not end cleanly', () => {
    const frames = new MonitorFrames(() => undefined);
    frames.push(framed(containerStart()).subarray(0, 6));
    expect(frames.end()).toBe(false);
  });
});

describe('ViolationCollector with the monitor', () => {
  const collector = () =>
    new ViolationCollector({
      context: noLinks,
      startedAtEpochMs: 0,
      recordViolations: true,
      arch: 'x86_64',
    });

  it('records monitored opens with strace lines, and what the monitor could not deliver', () => {
    const c = collector();
    c.addMonitorMessage(containerStart(), 10);
    c.addMonitorMessage(
      openMessage({ sysno: OPENAT, pathname: '/etc/shadow', process: 'cat' }),
      20,
    );
    c.addMonitorMessage(
      openMessage({ sysno: OPENAT, pathname: '/etc/shadow', process: 'cat' }, 4),
      30,
    );
    c.addMonitorMessage(new Uint8Array(3), 40);
    const summary = c.summary();
    expect(summary.violations).toEqual([
      {
        kind: 'filesystem',
        syscall: 'openat',
        detail: 'credential file /etc/shadow',
        process: 'cat',
        count: 2,
        firstAtMs: 20,
      },
    ]);
    expect(summary.monitor).toEqual({ started: true, messages: 4, malformed: 1, dropped: 4 });
  });

  it('has not started before the session start arrives', () => {
    expect(collector().summary().monitor.started).toBe(false);
  });
});

describe('monitorSession', () => {
  it('asks for the session start, what moves a working directory and the exit of each monitored open, with a retrying remote sink', () => {
    const session = monitorSession('x86_64', '/run/airlock/runs/a/logs/monitor.sock') as {
      trace_session: {
        points: { name: string; context_fields?: string[] }[];
        sinks: { name: string; config: Record<string, unknown> }[];
      };
    };
    const names = session.trace_session.points.map((p) => p.name);
    expect(names).toEqual([
      'container/start',
      'sentry/clone',
      'syscall/chdir/exit',
      'syscall/fchdir/exit',
      'syscall/sysno/272/exit',
      'syscall/open/exit',
      'syscall/openat/exit',
      'syscall/creat/exit',
    ]);
    expect(names.some((name) => name.endsWith('/enter'))).toBe(false);
    const openat = session.trace_session.points.find((p) => p.name === 'syscall/openat/exit');
    // No cwd on opens: the host follows each process's directory (working-directories.ts).
    expect(openat?.context_fields).toEqual(['time', 'group_id', 'process_name']);
    const chdir = session.trace_session.points.find((p) => p.name === 'syscall/chdir/exit');
    expect(chdir?.context_fields).toContain('cwd');
    expect(session.trace_session.sinks).toEqual([
      expect.objectContaining({
        name: 'remote',
        config: expect.objectContaining({ endpoint: '/run/airlock/runs/a/logs/monitor.sock' }),
      }),
    ]);
    const arm = monitorSession('aarch64', '/s') as typeof session;
    expect(arm.trace_session.points.map((p) => p.name)).toEqual([
      'container/start',
      'sentry/clone',
      'syscall/chdir/exit',
      'syscall/fchdir/exit',
      'syscall/sysno/97/exit',
      'syscall/openat/exit',
    ]);
  });
});
