// One proxy request's way to a verdict: name check, resolution, address check, self check, caps.
import { canonicalAddress } from '../config/egress-address.js';
import type { EgressLedger } from './egress-ledger.js';
import { checkName, decideDestination, type EgressDecision } from './egress-policy.js';
import type { EgressTarget } from './egress-target.js';
import type { EgressPolicy } from '../domain.js';

export interface AuthorizeDeps {
  readonly policy: EgressPolicy;
  readonly ledger: EgressLedger;
  /** Every address a name resolves to. */
  resolve(host: string): Promise<string[]>;
  /** True when address:port is the proxy's own listening socket. */
  isSelf(address: string, port: number): boolean;
}

export type Authorization =
  | { readonly granted: true; readonly id: number; readonly address: string }
  | { readonly granted: false; readonly reason: string };

/** Records the decision (caps may still turn an allow into a denial) and says how to proceed. */
export async function authorizeTarget(
  target: EgressTarget,
  deps: AuthorizeDeps,
): Promise<Authorization> {
  const decision = await decide(target, deps);
  const { id, event } = deps.ledger.record(target.host, target.port, decision);
  if (event.decision === 'allow' && event.address !== undefined) {
    return { granted: true, id, address: event.address };
  }
  return { granted: false, reason: event.reason };
}

/** Name check before DNS (a refused name is never looked up), then every answer it gets. */
async function decide(target: EgressTarget, deps: AuthorizeDeps): Promise<EgressDecision> {
  const early = checkName(target.host, target.port, deps.policy);
  if (early) return early;
  const addresses = await resolveTarget(target.host, deps);
  const decision = decideDestination(
    { host: target.host, port: target.port, resolvedAddresses: addresses },
    deps.policy,
  );
  if (decision.decision === 'allow' && deps.isSelf(decision.address, target.port)) {
    const reason = `${target.host}:${target.port} is this proxy`;
    return { decision: 'deny', rule: 'self', reason };
  }
  return decision;
}

async function resolveTarget(host: string, deps: AuthorizeDeps): Promise<string[]> {
  // A literal that passed the name check was allowed for a test: it is its own answer.
  if (canonicalAddress(host) !== undefined) return [host];
  try {
    return await deps.resolve(host);
  } catch {
    // NXDOMAIN and resolver failures alike leave no address, which the policy refuses.
    return [];
  }
}
