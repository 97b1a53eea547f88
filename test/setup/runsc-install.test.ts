// The pinned-release path of `airlock setup`, against a release server on loopback.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordingLogger } from '../support/recording-logger.js';
import { installRelease } from '../../src/adapters/sandbox-host/provisioning/runsc-install.js';
import { SetupError } from '../../src/errors.js';
import { removeDir, tempDir } from '../support/sandbox-harness.js';

describe('installing the pinned gVisor release', () => {
  let server: Server;
  let url: string;
  let tarball: Buffer;
  let work: string;

  beforeAll(async () => {
    work = tempDir('release');
    const content = join(work, 'content');
    mkdirSync(join(content, 'gvisor-bin'), { recursive: true });
    // A stand-in runsc that only answers --version, like the real one's first line.
    writeFileSync(
      join(content, 'runsc'),
      '#!/bin/sh\necho "runsc version release-20260831.0"\necho "spec: 1.2.0"\n',
      { mode: 0o755 },
    );
    writeFileSync(join(content, 'gvisor-bin', 'gvisor_sentry'), 'sidecar');
    execFileSync('tar', ['-cjf', join(work, 'gvisor.tar.bz2'), '-C', content, '.']);
    tarball = readFileSync(join(work, 'gvisor.tar.bz2'));
    server = createServer((_req, res) => res.end(tarball));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/gvisor.tar.bz2`;
  });

  afterAll(() => {
    server.close();
    removeDir(work);
  });

  it('installs runsc with its sidecar directory when the sha512 matches the pinned one', async () => {
    const target = join(work, 'cache', 'ok');
    const sha512 = createHash('sha512').update(tarball).digest('hex');
    const installed = await installRelease(target, {
      arch: 'x86_64',
      log: new RecordingLogger(),
      url,
      sha512,
    });
    expect(installed).toMatchObject({
      path: join(target, 'runsc'),
      version: 'release-20260831.0',
      platform: 'systrap',
    });
    expect(readFileSync(join(target, 'gvisor-bin', 'gvisor_sentry'), 'utf8')).toBe('sidecar');
  });

  it('refuses a tarball whose sha512 differs from the pinned one, and installs nothing', async () => {
    const target = join(work, 'cache', 'tampered');
    const wrong = createHash('sha512').update('something else').digest('hex');
    await expect(
      installRelease(target, { arch: 'x86_64', log: new RecordingLogger(), url, sha512: wrong }),
    ).rejects.toThrow(SetupError);
    await expect(
      installRelease(target, { arch: 'x86_64', log: new RecordingLogger(), url, sha512: wrong }),
    ).rejects.toThrow(/sha512 mismatch/);
    expect(existsSync(target)).toBe(false);
  });

  it('fails clearly when the release server answers with an error', async () => {
    const missing = await new Promise<Server>((resolve) => {
      const s = createServer((_req, res) => {
        res.statusCode = 404;
        res.end();
      });
      s.listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (missing.address() as { port: number }).port;
    await expect(
      installRelease(join(work, 'cache', 'missing'), {
        arch: 'x86_64',
        log: new RecordingLogger(),
        url: `http://127.0.0.1:${port}/x`,
        sha512: 'x',
      }),
    ).rejects.toThrow(/HTTP 404/);
    missing.close();
  });
});
