import { describe, expect, it } from 'vitest';
import { ViolationCollector } from '../../src/sandbox/violation-collector.js';
import { WorkingDirectories } from '../../src/sandbox/working-directories.js';
import {
  chdirMessage,
  cloneMessage,
  containerStart,
  openMessage,
  rawSyscallMessage,
} from '../support/monitor-frames.js';

const CLONE_FS = 0x200;
const CLONE_THREAD = 0x10000;
const SIGCHLD = 17;
const THREAD = 0x3d0f00; // pthread_create's flags: CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|…

describe('WorkingDirectories', () => {
  it('starts every unseen process where the container starts', () => {
    const dirs = new WorkingDirectories('/');
    dirs.started('/workspace');
    expect(dirs.candidates(1)).toEqual(['/workspace']);
  });

  it('gives a forked process a copy: its chdir and its parent’s stay apart', () => {
    const dirs = new WorkingDirectories('/workspace');
    dirs.cloned(1, 2, SIGCHLD);
    dirs.changed(2, '/etc');
    expect(dirs.candidates(1)).toEqual(['/workspace']);
    expect(dirs.candidates(2)).toEqual(['/etc']);
    dirs.changed(1, '/tmp');
    expect(dirs.candidates(2)).toEqual(['/etc']);
    // The copy is taken at the clone: a grandchild starts where its parent is then.
    dirs.cloned(2, 3, SIGCHLD);
    expect(dirs.candidates(3)).toEqual(['/etc']);
  });

  it('shares one directory between processes created with CLONE_FS, and among threads', () => {
    const dirs = new WorkingDirectories('/workspace');
    dirs.cloned(1, 2, CLONE_FS | SIGCHLD);
    dirs.changed(2, '/etc');
    expect(dirs.candidates(1)).toEqual(['/etc']);
    dirs.cloned(1, 1, THREAD);
    dirs.changed(1, '/run');
    expect(dirs.candidates(2)).toEqual(['/run']);
    expect(dirs.uncertainty).toBeNull();
  });

  it('offers every directory the run used once a thread may have its own', () => {
    const threadWithoutFs = new WorkingDirectories('/workspace');
    threadWithoutFs.changed(1, '/etc');
    threadWithoutFs.cloned(1, 1, CLONE_THREAD);
    expect(threadWithoutFs.uncertainty).toBe('a thread created without CLONE_FS');
    threadWithoutFs.changed(1, '/tmp');
    expect(threadWithoutFs.candidates(1)).toEqual(['/tmp', '/workspace', '/etc']);

    const unshared = new WorkingDirectories('/workspace');
    unshared.changed(1, '/proc/1');
    unshared.unsharedFs();
    unshared.changed(1, '/workspace');
    expect(unshared.candidates(1)).toEqual(['/workspace', '/proc/1']);
  });

  it('keeps the most recent directories when a guest changes directory without end', () => {
    const dirs = new WorkingDirectories('/workspace');
    dirs.unsharedFs();
    for (let i = 0; i < 1000; i += 1) dirs.changed(1, `/tmp/d${i}`);
    dirs.changed(2, '/etc');
    const candidates = dirs.candidates(1);
    expect(candidates.length).toBeLessThanOrEqual(256);
    expect(candidates).toContain('/etc');
    expect(candidates).toContain('/tmp/d999');
    expect(candidates).not.toContain('/tmp/d0');
  });
});

describe('ViolationCollector placing relative paths', () => {
  const collector = () =>
    new ViolationCollector({
      context: { workspaceLinks: new Map() },
      startedAtEpochMs: 0,
      recordViolations: true,
      arch: 'x86_64',
    });
  const details = (c: ViolationCollector) =>
    c.summary().violations.map((v) => `${v.process}: ${v.detail}`);

  it('places an open under the directory its process moved to, and its child’s under its own', () => {
    const c = collector();
    c.addMonitorMessage(containerStart(0, '/workspace'), 1);
    c.addMonitorMessage(openMessage({ sysno: 257, pathname: 'shadow', pid: 1, process: 'a' }), 2);
    c.addMonitorMessage(chdirMessage({ sysno: 80, pathname: '/etc', pid: 1, cwd: '/etc' }), 3);
    c.addMonitorMessage(openMessage({ sysno: 257, pathname: 'shadow', pid: 1, process: 'a' }), 4);
    c.addMonitorMessage(cloneMessage(1, 7, SIGCHLD), 5);
    c.addMonitorMessage(openMessage({ sysno: 257, pathname: 'gshadow', pid: 7, process: 'b' }), 6);
    expect(details(c)).toEqual([
      'a: credential file /etc/shadow',
      'b: credential file /etc/gshadow',
    ]);
  });

  it('reports a chdir into a credential directory, refused or not', () => {
    const c = collector();
    c.addMonitorMessage(containerStart(0, '/workspace'), 1);
    c.addMonitorMessage(
      chdirMessage({
        sysno: 80,
        pathname: '../root',
        errno: 13,
        pid: 1,
        process: 'sh',
        cwd: '/workspace',
      }),
      2,
    );
    c.addMonitorMessage(
      chdirMessage({
        sysno: 80,
        pathname: '/run/secrets/x',
        pid: 1,
        process: 'sh',
        cwd: '/run/secrets/x',
      }),
      3,
    );
    expect(details(c)).toEqual([
      "sh: root's home /root (refused, errno 13)",
      'sh: secret mount /run/secrets/x',
    ]);
  });

  it('checks a relative open under every directory once unshare(CLONE_FS) split a process', () => {
    const c = collector();
    c.addMonitorMessage(containerStart(0, '/workspace'), 1);
    c.addMonitorMessage(chdirMessage({ sysno: 80, pathname: '/etc', pid: 1, cwd: '/etc' }), 2);
    c.addMonitorMessage(rawSyscallMessage({ pid: 1, sysno: 272, arg1: CLONE_FS }), 3);
    // One thread moved back; the group id cannot say that the opener is the one still in /etc.
    c.addMonitorMessage(chdirMessage({ sysno: 80, pathname: '/tmp', pid: 1, cwd: '/tmp' }), 4);
    c.addMonitorMessage(openMessage({ sysno: 257, pathname: 'shadow', pid: 1, process: 'a' }), 5);
    expect(details(c)).toEqual(['a: credential file /etc/shadow']);
  });
});
