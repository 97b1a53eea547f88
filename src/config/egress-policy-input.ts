// What the user may put in allow-hosts and the egress caps, validated at the edge; the install
// phase's proxy (sandbox/egress-policy.ts) enforces the parsed policy.
import { z } from 'zod';
import { canonicalAddress, classifyAddress } from './egress-address.js';
import { ecosystems } from './egress-ecosystems.js';

// Installers only fetch over HTTP(S); any other port is a tunnel to something else.
export const webPorts: readonly number[] = [80, 443];

const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// At least two labels: single-label names resolve through search domains to internal hosts.
const hostPattern = new RegExp(`^(?:\\*\\.)?${label}(?:\\.${label})+$`);
const portSchema = z.number().int().min(1).max(65_535);

export const egressPolicyInputSchema = z
  .strictObject({
    ecosystems: z.array(z.enum(ecosystems)).default([...ecosystems]),
    allowHosts: z.array(z.string()).default([]),
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(4 * 1024 ** 3),
    maxConnections: z.number().int().positive().default(2_000),
    testAllowances: z
      .strictObject({
        addresses: z.array(z.string()).default([]),
        ports: z.array(portSchema).default([]),
      })
      .optional(),
  })
  .superRefine((input, ctx) => {
    const allowed = (input.testAllowances?.addresses ?? []).map((a) => canonicalAddress(a));
    for (const address of input.testAllowances?.addresses ?? []) {
      if (!canonicalAddress(address))
        ctx.addIssue({ code: 'custom', message: `'${address}' is not an IP address` });
      else if (classifyAddress(address) === 'metadata')
        ctx.addIssue({ code: 'custom', message: `'${address}' is a cloud metadata address` });
    }
    for (const entry of input.allowHosts) {
      const problem = hostEntryProblem(normalizeHost(entry), allowed);
      if (problem) ctx.addIssue({ code: 'custom', message: `'${entry}' ${problem}` });
    }
  });

export type EgressPolicyInput = z.input<typeof egressPolicyInputSchema>;

export function normalizeHost(host: string): string {
  const trimmed = host.trim().toLowerCase();
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

function hostEntryProblem(
  entry: string,
  allowedAddresses: readonly (string | undefined)[],
): string | undefined {
  const canonical = canonicalAddress(entry);
  if (canonical !== undefined) {
    return allowedAddresses.includes(canonical)
      ? undefined
      : 'is an IP address; name the host instead';
  }
  if (entry.length > 253 || !hostPattern.test(entry))
    return 'is not a hostname or *.domain pattern';
  return undefined;
}
