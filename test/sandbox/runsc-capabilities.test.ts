import { describe, expect, it } from 'vitest';
import type { Violation } from '../../src/domain.js';
import { taskCountIn } from '../../src/sandbox/runsc-argv.js';
import { featuresSeen, telemetryStatus } from '../../src/sandbox/runsc-capabilities.js';

const v = (kind: Violation['kind'], syscall: string): Violation => ({
  kind,
  syscall,
  detail: 'x',
  process: 'p',
  count: 1,
  firstAtMs: 0,
});
const runsc = { path: '/usr/bin/runsc', version: '0.0~20221219.0' };

describe('featuresSeen', () => {
  it('proves the trace by a refused mkdir, the monitor by a credential-file open and seccomp logs by a refused unshare', () => {
    expect(
      featuresSeen([
        v('filesystem', 'openat'),
        v('filesystem', 'mkdir'),
        v('privilege', 'unshare'),
      ]),
    ).toEqual(['syscall-trace', 'file-monitor', 'seccomp-refusals']);
    expect(featuresSeen([v('filesystem', 'openat')])).toEqual(['file-monitor']);
    expect(featuresSeen([v('filesystem', 'mkdirat')])).toEqual(['syscall-trace']);
    expect(featuresSeen([v('privilege', 'unshare')])).toEqual(['seccomp-refusals']);
    expect(featuresSeen([v('privilege', 'execve'), v('network', 'connect')])).toEqual([]);
  });
});

describe('telemetryStatus', () => {
  const all = {
    platform: 'systrap',
    features: ['syscall-trace', 'file-monitor', 'seccomp-refusals'],
  } as const;

  it('is available when the probe saw every feature and telemetry is on', () =>
    expect(telemetryStatus(true, all, runsc)).toEqual({
      available: true,
      missing: [],
      reason: null,
    }));

  it('names the missing features, the runsc and the fix', () => {
    const status = telemetryStatus(true, { platform: 'ptrace', features: [] }, runsc);
    expect(status.available).toBe(false);
    expect(status.missing).toEqual(['syscall-trace', 'file-monitor', 'seccomp-refusals']);
    expect(status.reason).toContain('the runtime monitor (credential and secret file reads)');
    expect(status.reason).toContain('0.0~20221219.0 (/usr/bin/runsc)');
    expect(status.reason).toContain("'airlock setup'");
  });

  it('says telemetry was turned off rather than unavailable', () => {
    const status = telemetryStatus(false, all, runsc);
    expect(status).toMatchObject({
      available: false,
      missing: ['syscall-trace', 'file-monitor', 'seccomp-refusals'],
    });
    expect(status.reason).toContain('--no-telemetry');
  });
});

describe('taskCountIn', () => {
  it('reads the task count of runsc events --stats', () =>
    expect(taskCountIn('{"type":"stats","id":"x","data":{"cpu":{},"pids":{"current":12}}}')).toBe(
      12,
    ));

  it('is null for anything else', () => {
    for (const line of [
      '',
      'not json',
      '{"data":{"pids":{"current":"12"}}}',
      '{"data":{}}',
      'null',
    ])
      expect(taskCountIn(line)).toBeNull();
    expect(taskCountIn(`{"data":{"pids":{"current":1}},"x":"${'a'.repeat(70_000)}"}`)).toBeNull();
  });
});
