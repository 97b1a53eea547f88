// Host package caches offered to the install phase (issue: speed, item 1): npm reads a warm cache
// through the sandbox, and nothing the install writes there reaches the host's copy.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { cpSync, existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyAddress } from '../../src/config/egress-address.js';
import { leftovers, runPhasesIn, sandbox, tempDir } from '../support/sandbox-harness.js';

// The fixture's 23 packages, its lockfile naming each tarball (resolved) with its integrity hash.
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'npm-project-resolved');

/** Every entry under `root`: path, type, mode, owner and content (or link target), hashed. */
function treeHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (relative: string): void => {
    for (const name of readdirSync(join(root, relative)).sort()) {
      const path = join(root, relative, name);
      const stat = lstatSync(path);
      hash.update(`${join(relative, name)}\0${stat.mode}\0${stat.uid}:${stat.gid}\0`);
      if (stat.isDirectory()) walk(join(relative, name));
      else if (stat.isSymbolicLink()) hash.update(readlinkSync(path));
      else hash.update(readFileSync(path));
    }
  };
  walk('');
  return hash.digest('hex');
}

async function registryExemptions(): Promise<string[]> {
  const answers = await lookup('registry.npmjs.org', { all: true });
  return answers.map((a) => a.address).filter((address) => classifyAddress(address) !== 'public');
}

// The install, then a hostile one's attempts on the cache: a new file, an existing entry changed,
// the content store deleted.
const POISON = [
  'npm ci --no-audit --no-fund --loglevel=error',
  'echo poison > ~/.npm/_cacache/poison',
  'find ~/.npm/_cacache/index-v5 -type f | head -1 | while read -r f; do echo poison >> "$f"; done',
  'rm -rf ~/.npm/_cacache/content-v2',
  'test ! -e ~/.npm/_cacache/content-v2',
].join(' && ');

describe('package caches offered to the install phase', () => {
  beforeAll(async () => {
    await sandbox();
  });

  it('installs from a warm host npm cache without the registry, and the host cache stays as it was', async () => {
    const cache = tempDir('npm-cache');
    const warmUp = tempDir('npm-warm');
    cpSync(FIXTURE, warmUp, { recursive: true });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error', '--cache', cache], {
      cwd: warmUp,
      stdio: 'ignore',
    });
    const before = treeHash(cache);
    const workspace = tempDir('npm-cached');
    cpSync(FIXTURE, workspace, { recursive: true });

    const result = await runPhasesIn({
      workspace,
      install: {
        command: ['sh', '-c', POISON],
        policy: { testAllowances: { addresses: await registryExemptions() } },
        packageCaches: [{ kind: 'npm', hostPath: cache }],
      },
      command: ['npm', 'test'],
    });

    expect(result.install?.outcome, result.install?.stderr).toBe('passed');
    expect(result.outcome, result.stderr).toBe('passed');
    // Every tarball came from the cache, verified against the lockfile: no registry connection.
    expect(result.install?.egress.connections).toBe(0);
    expect(treeHash(cache)).toBe(before);
    expect(existsSync(join(cache, '_cacache', 'poison'))).toBe(false);
    expect(existsSync(join(workspace, 'node_modules'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});
