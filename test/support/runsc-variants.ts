// The runsc builds the sandbox suites also run against: what users may have instead of setup's.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  debianBuildDir,
  installDebianBuild,
} from '../../src/adapters/sandbox-host/provisioning/debian-runsc.js';
import { RecordingLogger } from './recording-logger.js';
import { hostArch } from '../../src/adapters/sandbox-host/provisioning/runsc-install.js';
import type { DebianBuild } from '../../src/setup/gvisor-release.js';
import { TEST_CACHE_DIR, sandbox } from './sandbox-harness.js';

/** Debian 12's own runsc (December 2022): ptrace only, strace lines without a source prefix. */
export const debian12Runsc: DebianBuild = {
  suite: 'bookworm',
  version: '0.0~20221219.0-2+b3',
  sha256: {
    x86_64: '7183537aca11632026e71d4b2140f463c8e9a433e6cf8ea81e73f82710aabcd8',
    aarch64: 'e309298624e2bd2d660990a0b371265935da9a045bc959d670b037ee6842bc09',
  },
};

/** Fetches Debian 12's runsc into the test cache beside setup's (once; kept like the image). */
export async function debian12RunscPath(): Promise<string> {
  const target = debianBuildDir(TEST_CACHE_DIR, debian12Runsc, hostArch());
  const path = join(target, 'runsc');
  if (!existsSync(path))
    await installDebianBuild(target, {
      build: debian12Runsc,
      arch: hostArch(),
      log: new RecordingLogger(),
    });
  return path;
}

/**
 * Setup's runsc with its syscall trace switched off (every --strace flag dropped): a runsc whose
 * trace delivers nothing, as a build with a changed log format would. Kept in the test cache.
 */
export async function runscWithoutTracePath(): Promise<string> {
  const good = (await sandbox(undefined)).runsc.path;
  const dir = join(TEST_CACHE_DIR, 'test-runsc');
  const path = join(dir, 'runsc-without-trace');
  const script = `#!/bin/sh\n# Airlock's tests: ${good} without --strace*.\nfor a; do shift; case "$a" in --strace*) ;; *) set -- "$@" "$a";; esac; done\nexec '${good}' "$@"\n`;
  // Rewritten only when it changes: the capability probe is cached per binary, mtime included.
  if ((await readFile(path, 'utf8').catch(() => '')) !== script) {
    await mkdir(dir, { recursive: true, mode: 0o755 });
    await writeFile(path, script, { mode: 0o755 });
  }
  return path;
}
