// Two phases in one run: the install command with egress only through the registry proxy, then the
// test command with no network at all, on top of what the install wrote.
import type {
  EgressPolicy,
  InstallOverrides,
  InstallResult,
  SandboxResult,
  Violation,
} from '../domain.js';
import { egressViolations, summariseEgress } from './egress-report.js';
import { runSandbox, type SandboxDeps, type SandboxRequest } from './run-sandbox.js';
import type { CarryStore, InstallNetworkPort } from '../ports.js';
import type { PackageCache } from '../config/package-caches.js';

export interface InstallPhase {
  readonly command: readonly string[];
  readonly policy: EgressPolicy;
  /** install-from: base — the base branch's manifests in place of the PR's, for both phases. */
  readonly overrides: InstallOverrides | null;
  /** Host package caches the install reads through a layer that is thrown away with the run. */
  readonly packageCaches?: readonly PackageCache[];
}

export interface PhasedRequest extends SandboxRequest {
  readonly install: InstallPhase | null;
}

export interface PhasedDeps extends SandboxDeps {
  readonly network: InstallNetworkPort;
}

// The test phase gets at least this long even when the install used up nearly all the budget.
const MIN_TEST_MS = 1000;

/**
 * Without an install command this is one run. With one, the install writes into a carried upper
 * layer; the test phase sees it read-only beneath its own copy-on-write layer, so nothing the tests
 * do changes what the install produced, and neither reaches the host copy.
 */
export async function runPhases(request: PhasedRequest, deps: PhasedDeps): Promise<SandboxResult> {
  const { install } = request;
  if (!install) return runSandbox(request, deps);
  const started = deps.now();
  const carryId = deps.newId();
  const carry = await deps.host.prepareCarry(carryId, request.limits, {
    overrides: install.overrides,
    packageCaches: install.packageCaches ?? [],
  });
  try {
    const below = carry.overridesDir ? [carry.overridesDir] : [];
    const installed = await installPhase(request, { install, carry, below, carryId }, deps);
    if (installed.result.outcome !== 'passed') return combine(installed, null);
    // Interrupted after a passing install: the tests never ran, which must not read as a pass.
    if (deps.signal?.aborted) return combine(installed, null, interruptedBeforeTests);
    const spentMs = deps.now() - started;
    const timeoutMs = Math.max(MIN_TEST_MS, Math.round(request.limits.timeoutMs - spentMs));
    const test = await runSandbox(
      {
        ...request,
        limits: { ...request.limits, timeoutMs },
        layers: { lowers: [carry.upper.dir, ...below], upper: null, home: carry.home },
      },
      deps,
    );
    return combine(installed, test);
  } finally {
    await carry.dispose();
  }
}

interface Installed {
  readonly result: SandboxResult;
  readonly egress: InstallResult['egress'];
}

async function installPhase(
  request: PhasedRequest,
  phase: {
    readonly install: InstallPhase;
    readonly carry: CarryStore;
    /** Layers under the install's writes: the install-from-base overrides, if any. */
    readonly below: readonly string[];
    readonly carryId: string;
  },
  deps: PhasedDeps,
): Promise<Installed> {
  const { install, carry, below, carryId } = phase;
  const network = await deps.network.open(carryId, install.policy);
  try {
    const result = await runSandbox(
      {
        ...request,
        command: install.command,
        resultsDir: undefined,
        network,
        layers: { lowers: below, upper: carry.upper, home: carry.home },
        cacheViews: carry.cacheViews,
      },
      deps,
    );
    return { result, egress: summariseEgress(network.events(), network.totals()) };
  } finally {
    await network.close();
  }
}

const interruptedBeforeTests = {
  outcome: 'sandbox-error',
  error: 'interrupted: airlock received a termination signal after the install, before the tests',
} as const;

function combine(
  installed: Installed,
  test: SandboxResult | null,
  override: Pick<SandboxResult, 'outcome' | 'error'> | null = null,
): SandboxResult {
  const { result, egress } = installed;
  const tag = (violations: readonly Violation[], phase: 'install' | 'test') =>
    violations.map((violation) => ({ ...violation, phase }));
  const install: InstallResult = {
    outcome: result.outcome,
    exitCode: result.exitCode,
    signal: result.signal,
    durationMs: result.durationMs,
    stdout: result.stdout,
    stderr: result.stderr,
    truncated: result.truncated,
    resources: result.resources,
    egress,
  };
  const top = test ?? result;
  return {
    ...top,
    ...override,
    phase: test ? 'test' : 'install',
    install,
    violations: [
      ...tag(result.violations, 'install'),
      ...egressViolations(egress.denied),
      ...(test ? tag(test.violations, 'test') : []),
    ],
  };
}
