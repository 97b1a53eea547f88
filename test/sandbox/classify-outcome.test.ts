import { describe, expect, it } from 'vitest';
import {
  classifyOutcome,
  splitExitStatus,
  type RunSignals,
} from '../../src/sandbox/classify-outcome.js';

const clean: RunSignals = {
  exitStatus: 0,
  timedOut: false,
  outputLimitHit: false,
  interrupted: false,
  oomKills: 0,
  pidsRefusals: 0,
  forkRefusals: 0,
  tasksAtLimit: false,
};

describe('classifyOutcome', () => {
  it('passes a clean exit 0', () => expect(classifyOutcome(clean)).toBe('passed'));
  it('fails a non-zero exit', () =>
    expect(classifyOutcome({ ...clean, exitStatus: 1 })).toBe('failed'));
  it('passes exit 0 even when a fork was refused along the way', () =>
    expect(classifyOutcome({ ...clean, forkRefusals: 3 })).toBe('passed'));
  it('reports the memory limit when the host killed the sandbox for memory', () =>
    expect(classifyOutcome({ ...clean, exitStatus: null, oomKills: 1 })).toBe('memory-limit'));
  it('reports the memory limit even if the status read 0 after an OOM kill', () =>
    expect(classifyOutcome({ ...clean, oomKills: 1 })).toBe('memory-limit'));
  it('reports the process limit over the timeout it caused', () =>
    expect(classifyOutcome({ ...clean, exitStatus: 137, timedOut: true, forkRefusals: 20 })).toBe(
      'process-limit',
    ));
  it('reports the process limit from the task count alone, with no trace to read', () =>
    expect(classifyOutcome({ ...clean, exitStatus: 143, timedOut: true, tasksAtLimit: true })).toBe(
      'process-limit',
    ));
  it('passes exit 0 even when the task count touched the limit', () =>
    expect(classifyOutcome({ ...clean, tasksAtLimit: true })).toBe('passed'));
  it('reports the process limit when the host pids backstop refused', () =>
    expect(classifyOutcome({ ...clean, exitStatus: null, pidsRefusals: 1 })).toBe('process-limit'));
  it('reports output-limit when the run was stopped for output', () =>
    expect(classifyOutcome({ ...clean, exitStatus: 137, outputLimitHit: true })).toBe(
      'output-limit',
    ));
  it('reports a timeout when the timer stopped the run', () =>
    expect(classifyOutcome({ ...clean, exitStatus: 143, timedOut: true })).toBe('timeout'));
  it('never passes a run stopped by the timer, whatever its status', () =>
    expect(classifyOutcome({ ...clean, timedOut: true })).toBe('timeout'));
  it('reports a sandbox error when no status could be read', () =>
    expect(classifyOutcome({ ...clean, exitStatus: null })).toBe('sandbox-error'));
  it('reports a sandbox error when airlock was interrupted', () =>
    expect(classifyOutcome({ ...clean, interrupted: true })).toBe('sandbox-error'));
});

describe('splitExitStatus', () => {
  it('keeps plain exit codes', () =>
    expect(splitExitStatus(3)).toEqual({ exitCode: 3, signal: null }));
  it('names the signal for 128+n', () =>
    expect(splitExitStatus(137)).toEqual({ exitCode: null, signal: 'SIGKILL' }));
  it('names SIGTERM', () =>
    expect(splitExitStatus(143)).toEqual({ exitCode: null, signal: 'SIGTERM' }));
  it('keeps null as unknown', () =>
    expect(splitExitStatus(null)).toEqual({ exitCode: null, signal: null }));
});
