import { join } from 'node:path';
export function hostPathsFrom(env) {
    const toolCache = env['RUNNER_TOOL_CACHE'];
    return {
        cacheDir: env['AIRLOCK_CACHE_DIR'] || (toolCache ? join(toolCache, 'airlock') : '/var/cache/airlock'),
        stateDir: env['AIRLOCK_STATE_DIR'] || '/run/airlock',
        runscPath: env['AIRLOCK_RUNSC'] || undefined,
    };
}
