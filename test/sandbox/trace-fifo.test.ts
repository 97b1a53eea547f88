import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTracePipe, readTracePipe } from '../../src/adapters/sandbox-host/trace-fifo.js';
import { removeDir, tempDir } from '../support/sandbox-harness.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

async function pipe(): Promise<string> {
  const dir = tempDir('trace-pipe');
  dirs.push(dir);
  const path = join(dir, 'boot.json');
  await makeTracePipe(path);
  return path;
}

/** A writer in another process, as runsc is: opens the pipe by name, writes, exits. */
function writer(path: string, script: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', script, 'writer', path], { stdio: 'ignore' });
    child.on('close', (code) => resolve(code));
  });
}

describe('the trace pipe', () => {
  it('delivers everything a writer sent, ends once it is gone, and reads nothing twice', async () => {
    const path = await pipe();
    let text = '';
    const stream = readTracePipe(path, (chunk) => (text += chunk));
    // 200,000 lines: far more than the pipe holds, so the writer waits for the reader.
    const code = await writer(path, 'seq 1 200000 > "$1"');
    expect(code).toBe(0);
    expect(await stream.finish(5000)).toBe(true);
    const lines = text.split('\n');
    expect(lines.length).toBe(200001);
    expect(lines[0]).toBe('1');
    expect(lines[199999]).toBe('200000');
  });

  it('does not end before a writer that has not opened it yet (runsc opens it after the reader)', async () => {
    const path = await pipe();
    let text = '';
    const stream = readTracePipe(path, (chunk) => (text += chunk));
    // Twenty polls pass before anyone writes; a reader without its own write end would see the end.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await writer(path, 'printf "late\\n" > "$1"');
    expect(await stream.finish(5000)).toBe(true);
    expect(text).toBe('late\n');
  });

  it('ends with nothing when no writer ever came (runsc failed before booting)', async () => {
    const path = await pipe();
    let text = '';
    const stream = readTracePipe(path, (chunk) => (text += chunk));
    expect(await stream.finish(5000)).toBe(true);
    expect(text).toBe('');
  });

  it('gives up after the wait when a writer still holds the pipe, keeping what came', async () => {
    const path = await pipe();
    let text = '';
    let arrived: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (arrived = resolve));
    const stream = readTracePipe(path, (chunk) => {
      text += chunk;
      if (text.includes('\n')) arrived();
    });
    const held = spawn(
      'sh',
      ['-c', 'exec 3>"$1"; printf "held\\n" >&3; exec sleep 30', 'w', path],
      {
        stdio: 'ignore',
      },
    );
    try {
      await first;
      expect(await stream.finish(300)).toBe(false);
      expect(text).toBe('held\n');
    } finally {
      held.kill('SIGKILL');
    }
  });
});
