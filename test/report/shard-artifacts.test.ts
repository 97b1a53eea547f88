import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultFileNames } from '../../src/adapters/github/action-publisher.js';
import { sandboxCliInvocation } from '../../src/adapters/sandbox-client/sandbox-cli-argv.js';
import { readShardFiles } from '../../src/adapters/github/shard-artifacts.js';
import { parseRunOptions } from '../../src/config/run-options.js';
import { shardEnv } from '../../src/config/shard-spec.js';
import { tempDir } from '../support/temp-dirs.js';

describe('reading the shards’ result files from results-dir', () => {
  it('finds them side by side (merge-multiple) and one directory down (one per artifact)', async () => {
    const dir = tempDir('shard-files');
    await writeFile(join(dir, 'airlock-shard-1-of-3.json'), '{"a":1}');
    await mkdir(join(dir, 'airlock-shard-2'));
    await writeFile(join(dir, 'airlock-shard-2', 'airlock-shard-2-of-3.json'), '{"b":2}');
    await writeFile(join(dir, 'airlock-shard-2', 'airlock-shard-2-of-3.sarif'), '{}');
    await writeFile(join(dir, 'airlock.sarif'), '{}');
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'b', 'airlock-shard-3-of-3.json'), '{}');
    expect(await readShardFiles(dir)).toEqual([
      { source: 'airlock-shard-1-of-3.json', text: '{"a":1}' },
      { source: 'airlock-shard-2/airlock-shard-2-of-3.json', text: '{"b":2}' },
    ]);
  });

  it('finds none in a directory of an unsharded run, or a missing one', async () => {
    const dir = tempDir('shard-files');
    await writeFile(join(dir, 'airlock-report.json'), '{}');
    expect(await readShardFiles(dir)).toEqual([]);
    expect(await readShardFiles(join(dir, 'absent'))).toEqual([]);
  });

  it('refuses a symlink planted as a shard file instead of following it', async () => {
    const dir = tempDir('shard-files');
    await writeFile(join(dir, 'secret'), 'x');
    await symlink(join(dir, 'secret'), join(dir, 'airlock-shard-1-of-1.json'));
    await expect(readShardFiles(dir)).rejects.toThrow(/is not a regular file/);
  });
});

describe('a shard in the sandbox and its files', () => {
  it('names a shard’s files after it, so artifacts downloaded together do not collide', () => {
    expect(resultFileNames({ index: 2, total: 4 })).toEqual({
      sarif: 'airlock-shard-2-of-4.sarif',
      report: 'airlock-shard-2-of-4.json',
    });
    expect(resultFileNames(null)).toEqual({
      sarif: 'airlock.sarif',
      report: 'airlock-report.json',
    });
  });

  it('hands the shard to the sandbox CLI, whose guest gets the two variables', () => {
    const call = sandboxCliInvocation({
      nodePath: '/node',
      cliPath: '/dist/cli.js',
      isRoot: true,
      resultsDir: '/tmp/r',
      hostEnv: { PATH: '/bin' },
      request: {
        command: 'npx vitest run --shard=$AIRLOCK_SHARD_INDEX/$AIRLOCK_SHARD_TOTAL',
        workspace: '/w',
        workingDirectory: '.',
        limits: { memoryMiB: 2048, cpus: 2, timeoutSeconds: 600, pids: 512, workspaceMiB: 3072 },
        env: {},
        root: 'image',
        install: null,
        shard: { index: 2, total: 4 },
      },
    });
    expect(call.args[call.args.indexOf('--shard') + 1]).toBe('2/4');
    const options = parseRunOptions({ command: ['true'], workspace: '/w', shard: '2/4' });
    expect(shardEnv(options.shard ?? null)).toEqual({
      AIRLOCK_SHARD_INDEX: '2',
      AIRLOCK_SHARD_TOTAL: '4',
    });
    expect(shardEnv(null)).toEqual({});
  });
});
