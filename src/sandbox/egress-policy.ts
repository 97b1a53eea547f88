// Which destinations the install phase may reach: allowlisted names on web ports, and only when
// every address the name resolves to is public unicast.
import { ConfigError } from '../errors.js';
import { canonicalAddress, classifyAddress } from '../config/egress-address.js';
import { ecosystemHosts, refusedNames, refusedSuffixes } from '../config/egress-ecosystems.js';
import {
  egressPolicyInputSchema,
  normalizeHost,
  webPorts,
  type EgressPolicyInput,
} from '../config/egress-policy-input.js';
import type { DenyRule, EgressPolicy } from '../domain.js';

export type EgressDecision =
  | { readonly decision: 'allow'; readonly address: string; readonly reason: string }
  | { readonly decision: 'deny'; readonly rule: DenyRule; readonly reason: string };

export type EgressDenial = Extract<EgressDecision, { decision: 'deny' }>;

/** Parses the user's allow-hosts and caps into a policy; throws ConfigError naming allow-hosts. */
export function parseEgressPolicy(input: EgressPolicyInput): EgressPolicy {
  const parsed = egressPolicyInputSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new ConfigError(
      'allow-hosts',
      `${problems}. Use hostnames such as pkg.example.com or *.example.com.`,
    );
  }
  const { testAllowances, ...rest } = parsed.data;
  const defaults = rest.ecosystems.flatMap((name) => ecosystemHosts[name]);
  return {
    hosts: [...new Set([...defaults, ...rest.allowHosts.map(normalizeHost)])],
    ports: [...new Set([...webPorts, ...(testAllowances?.ports ?? [])])],
    allowedAddresses: (testAllowances?.addresses ?? []).map((a) => canonicalAddress(a) ?? a),
    maxBytes: rest.maxBytes,
    maxConnections: rest.maxConnections,
  };
}

/** The checks that need no DNS: refusing here means a non-allowlisted name is never even looked up. */
export function checkName(
  host: string,
  port: number,
  policy: EgressPolicy,
): EgressDenial | undefined {
  const name = normalizeHost(host);
  if (!policy.ports.includes(port)) return deny('port', `port ${port} is not an allowed port`);
  const canonical = canonicalAddress(name);
  if (canonical !== undefined) {
    if (policy.allowedAddresses.includes(canonical)) return undefined;
    return deny('raw-ip', `${host} is an IP address; only allowlisted hostnames are reachable`);
  }
  if (refusedNames.includes(name) || refusedSuffixes.some((suffix) => name.endsWith(suffix))) {
    return deny('refused-name', `${host} names a local or cloud-internal service`);
  }
  if (!policy.hosts.some((pattern) => hostMatches(pattern, name))) {
    return deny('host', `${host} is not on the allowlist`);
  }
  return undefined;
}

/** Allows only when the name passes and every resolved address is public (or test-allowed). */
export function decideDestination(
  destination: {
    readonly host: string;
    readonly port: number;
    readonly resolvedAddresses: readonly string[];
  },
  policy: EgressPolicy,
): EgressDecision {
  const { host, port, resolvedAddresses } = destination;
  const nameDenial = checkName(host, port, policy);
  if (nameDenial) return nameDenial;
  if (resolvedAddresses.length === 0) return deny('unresolved', `${host} resolved to no address`);
  for (const address of resolvedAddresses) {
    const canonical = canonicalAddress(address);
    if (canonical !== undefined && policy.allowedAddresses.includes(canonical)) continue;
    const kind = classifyAddress(address);
    // One bad address refuses the name: a name mixing public and private answers is a rebinding setup.
    if (kind !== 'public') {
      return deny('address', `${host} resolves to ${address} (${kind ?? 'not an IP address'})`);
    }
  }
  const address = resolvedAddresses[0] ?? '';
  return { decision: 'allow', address, reason: `${host} is allowlisted` };
}

export function hostMatches(pattern: string, name: string): boolean {
  if (pattern.startsWith('*.'))
    return name.endsWith(pattern.slice(1)) && name.length > pattern.length - 1;
  return pattern === name;
}

function deny(rule: DenyRule, reason: string): EgressDenial {
  return { decision: 'deny', rule, reason };
}
