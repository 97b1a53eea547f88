import { join } from 'node:path';

/** Where Airlock keeps its caches and per-run state on the host; parsed once, at the edge. */
export interface HostPaths {
  readonly cacheDir: string;
  readonly stateDir: string;
  readonly runscPath: string | undefined;
}

export function hostPathsFrom(env: Readonly<Record<string, string | undefined>>): HostPaths {
  const toolCache = env['RUNNER_TOOL_CACHE'];
  return {
    cacheDir:
      env['AIRLOCK_CACHE_DIR'] || (toolCache ? join(toolCache, 'airlock') : '/var/cache/airlock'),
    stateDir: env['AIRLOCK_STATE_DIR'] || '/run/airlock',
    runscPath: env['AIRLOCK_RUNSC'] || undefined,
  };
}
