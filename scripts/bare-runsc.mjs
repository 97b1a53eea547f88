// gVisor's own floor for a benchmark: runsc exactly as Airlock calls it (same bundle, mounts, limits
// and seccomp profile) with every trace and log flag removed, through a wrapper given as
// AIRLOCK_RUNSC. Used with --no-telemetry, so Airlock starts no trace reader either.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DROPPED =
  '--strace*|--debug|--debug-log=*|--debug-log-format=*|--debug-command=*|--pod-init-config=*';

/** Writes the wrapper into a new directory under `work` and returns `env` with AIRLOCK_RUNSC set. */
export function bareRunscEnv(cli, work, env) {
  const setup = spawnSync(process.execPath, [cli, 'setup', '--json', '--quiet'], {
    encoding: 'utf8',
  });
  if (setup.status !== 0) throw new Error(`airlock setup failed: ${setup.stderr}`);
  const real = JSON.parse(setup.stdout).runsc.path;
  const dir = mkdtempSync(join(work, 'bare-runsc-'));
  const wrapper = join(dir, 'runsc');
  writeFileSync(
    wrapper,
    `#!/bin/sh\n# ${real} as Airlock calls it, without its trace and logs.\nfor a; do shift; case "$a" in ${DROPPED}) ;; *) set -- "$@" "$a";; esac; done\nexec '${real}' "$@"\n`,
    { mode: 0o755 },
  );
  return { ...env, AIRLOCK_RUNSC: wrapper };
}
