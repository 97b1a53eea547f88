import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Platform, SandboxResult } from '../../domain.js';
import { SetupError } from '../../errors.js';
import type { RunscInstallation } from '../../sandbox/runsc-argv.js';
import {
  TELEMETRY_FEATURES,
  featuresSeen,
  type RunscCapabilities,
} from '../../sandbox/runsc-capabilities.js';

// Bumped when the probe or what it proves changes, so cached answers of an older probe are not reused.
const PROBE_VERSION = 2;

const capabilitiesSchema = z.object({
  platform: z.enum(['systrap', 'ptrace']),
  features: z.array(z.enum(TELEMETRY_FEATURES)).max(8),
});

export interface ProbeRequest {
  readonly runsc: RunscInstallation;
  readonly cacheDir: string;
  /** Runs the probe command in a real sandbox on this platform. */
  readonly run: (platform: Platform) => Promise<SandboxResult>;
}

/**
 * What this runsc can do, probed once per binary (path, version, size and mtime) and cached: a
 * platform that starts, and which telemetry features its log really delivers.
 */
export async function runscCapabilities(request: ProbeRequest): Promise<RunscCapabilities> {
  const file = join(request.cacheDir, 'runsc-probes', `${await probeKey(request.runsc)}.json`);
  const cached = await readFile(file, 'utf8').then(parseCached, () => null);
  if (cached) return cached;
  const probed = await probe(request);
  // A read-only cache (a shared or mounted one) only means the next run probes again.
  await remember(file, probed).catch(() => undefined);
  return probed;
}

async function remember(file: string, probed: RunscCapabilities): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o755 });
  const staging = `${file}.${process.pid}`;
  await writeFile(staging, JSON.stringify(probed));
  await rename(staging, file);
}

async function probeKey(runsc: RunscInstallation): Promise<string> {
  const binary = await stat(runsc.path);
  return createHash('sha256')
    .update(
      [PROBE_VERSION, runsc.path, runsc.version, runsc.platform, binary.size, binary.mtimeMs].join(
        '\0',
      ),
    )
    .digest('hex')
    .slice(0, 32);
}

function parseCached(text: string): RunscCapabilities | null {
  try {
    const parsed = capabilitiesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** systrap first where the version has it; a build whose systrap cannot start falls back to ptrace. */
async function probe(request: ProbeRequest): Promise<RunscCapabilities> {
  const { runsc } = request;
  let platform = runsc.platform;
  let result = await request.run(platform);
  if (result.outcome === 'sandbox-error' && platform === 'systrap') {
    platform = 'ptrace';
    result = await request.run(platform);
  }
  if (result.outcome !== 'passed') {
    const why = (result.error ?? result.stderr).trim().slice(-800) || result.outcome;
    throw new SetupError(
      `runsc ${runsc.version} at ${runsc.path} cannot run Airlock's sandbox (${why}); run 'airlock setup' as root to install a working one`,
    );
  }
  return { platform, features: featuresSeen(result.violations) };
}
