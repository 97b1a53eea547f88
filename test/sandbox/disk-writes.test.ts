// Writable places are on disk, each capped by its own limit: filling one is ENOSPC for the writer,
// never a memory-limit, and a large install output fits with the default limits.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftovers, runIn, tempDir } from '../support/sandbox-harness.js';

const FILL = `
import errno, os, sys
target, chunks = sys.argv[1], int(sys.argv[2])
block = b"x" * (1 << 20)
written = 0
try:
    for i in range(chunks):
        with open(os.path.join(target, "fill-%d" % i), "wb") as out:
            for _ in range(1024):
                out.write(block)
                written += 1
except OSError as error:
    if error.errno != errno.ENOSPC:
        raise
    print("ENOSPC after %d MiB" % written)
    sys.exit(3)
print("wrote %d MiB" % written)
`;

const TREE = `
import os
for package in range(256):
    folder = os.path.join("node_modules", "pkg-%d" % package)
    os.makedirs(folder)
    for part in range(8):
        with open(os.path.join(folder, "part-%d.js" % part), "wb") as out:
            out.write(os.urandom(1 << 20))
print("tree written")
`;

function workspaceWith(name: string, script: string): string {
  const workspace = tempDir('disk-writes');
  writeFileSync(join(workspace, name), script);
  return workspace;
}

describe('disk-backed writable places', () => {
  it('gives the writer ENOSPC at the workspace cap under a small memory limit, not a memory-limit', async () => {
    const result = await runIn({
      command: ['python3', 'fill.py', '/workspace', '4'],
      workspace: workspaceWith('fill.py', FILL),
      memoryMiB: 256,
      workspaceWriteMiB: 1024,
      fileSizeMiB: 2048,
    });
    expect(result.stdout, result.stderr).toMatch(/ENOSPC after (9\d\d|10\d\d) MiB/);
    expect(result.outcome).toBe('failed');
    expect(result.exitCode).toBe(3);
    expect(leftovers()).toEqual([]);
  });

  it('gives ENOSPC at the /tmp and home caps, each its own', async () => {
    for (const target of ['/tmp', '/home/airlock']) {
      const result = await runIn({
        command: ['python3', 'fill.py', target, '1'],
        workspace: workspaceWith('fill.py', FILL),
        tmpMiB: 64,
      });
      expect(result.stdout, `${target}: ${result.stderr}`).toMatch(/ENOSPC after [4-6]\d MiB/);
      expect(result.outcome).toBe('failed');
    }
  });

  it('fits a 2 GiB node_modules with the default limits', async () => {
    const result = await runIn({
      command: ['python3', 'tree.py'],
      workspace: workspaceWith('tree.py', TREE),
      timeoutSeconds: 300,
    });
    expect(result.outcome, result.stderr).toBe('passed');
    expect(result.stdout).toContain('tree written');
    expect(leftovers()).toEqual([]);
  });
});
