import type { Platform, TelemetryFeature, TelemetryStatus, Violation } from '../domain.js';

/** What one runsc build can do for Airlock, as its probe run showed (cached per path and version). */
export interface RunscCapabilities {
  readonly platform: Platform;
  readonly features: readonly TelemetryFeature[];
}

export const TELEMETRY_FEATURES = [
  'syscall-trace',
  'file-monitor',
  'seccomp-refusals',
] as const satisfies readonly TelemetryFeature[];

/**
 * The probe: a refused directory outside the writable areas shows the syscall trace works (a mkdir
 * exit line the collector understood), reading a credential file shows the runtime monitor reports
 * opens, a refused `unshare -U` shows seccomp refusals reach the log. All run as the guest user in
 * the real sandbox, so the probe exercises exactly the flags a run passes.
 */
export const PROBE_COMMAND: readonly string[] = [
  '/bin/sh',
  '-c',
  'mkdir /etc/airlock-probe 2>/dev/null; cat /etc/shadow >/dev/null 2>&1; unshare -U true >/dev/null 2>&1; exit 0',
];

/** Which telemetry features the probe's violations prove, by kind and syscall (never by text). */
export function featuresSeen(violations: readonly Violation[]): TelemetryFeature[] {
  const seen: TelemetryFeature[] = [];
  if (violations.some((v) => v.kind === 'filesystem' && v.syscall.startsWith('mkdir')))
    seen.push('syscall-trace');
  if (violations.some((v) => v.kind === 'filesystem' && v.syscall.startsWith('open')))
    seen.push('file-monitor');
  if (violations.some((v) => v.kind === 'privilege' && v.syscall === 'unshare'))
    seen.push('seccomp-refusals');
  return seen;
}

const featureNames: Record<TelemetryFeature, string> = {
  'syscall-trace': 'the syscall trace (network, process and file-write violations)',
  'file-monitor': 'the runtime monitor (credential and secret file reads)',
  'seccomp-refusals': 'seccomp refusal logs (namespace and ptrace attempts)',
};

/** What a run on this runsc reports about its telemetry. */
export function telemetryStatus(
  requested: boolean,
  capabilities: RunscCapabilities,
  runsc: { readonly path: string; readonly version: string },
): TelemetryStatus {
  if (!requested)
    return {
      available: false,
      missing: [...TELEMETRY_FEATURES],
      reason: 'telemetry was turned off (--no-telemetry): runtime violations were not collected',
    };
  const missing = TELEMETRY_FEATURES.filter((f) => !capabilities.features.includes(f));
  if (missing.length === 0) return { available: true, missing: [], reason: null };
  return {
    available: false,
    missing,
    reason: `runsc ${runsc.version} (${runsc.path}) does not provide ${missing.map((f) => featureNames[f]).join(' or ')}; violations of those kinds could not be seen. Run 'airlock setup' as root to install a runsc that does.`,
  };
}
