// The install phase's network as data: a named netns joined to the host by one veth pair on a /30,
// with no default route, and a host firewall that lets the sandbox end reach only the proxy port.

export const defaultNetnsPrefix = 'airlock-';
export const sandboxInterface = 'eth0';

export interface NetnsPlan {
  /** Netns name, also the nft table's name. */
  readonly name: string;
  readonly nsPath: string;
  readonly hostInterface: string;
  readonly hostAddress: string;
  readonly sandboxAddress: string;
}

export type NetnsStep =
  | { readonly tool: 'ip'; readonly argv: readonly string[] }
  | { readonly tool: 'nft'; readonly script: string };

// 10.200.0.0/16 cut into /30 links: 16384 of them, each with a host and a sandbox address.
const LINK_COUNT = 16_384;

export function planInstallNetns(prefix: string, token: string, linkIndex: number): NetnsPlan {
  const base = linkIndex * 4;
  const third = Math.floor(base / 256);
  const fourth = base % 256;
  return {
    name: `${prefix}${token}`,
    nsPath: `/var/run/netns/${prefix}${token}`,
    // Interface names hold 15 bytes (IFNAMSIZ), too few for the prefix: the token keeps it unique.
    hostInterface: `alk-${token}`,
    hostAddress: `10.200.${third}.${fourth + 1}`,
    sandboxAddress: `10.200.${third}.${fourth + 2}`,
  };
}

/** A /30 in 10.200.0.0/16 that overlaps none of the host's current IPv4 networks. */
export function pickLinkIndex(usedCidrs: readonly string[], random: () => number): number {
  const used = usedCidrs.map(parseCidr).filter((cidr) => cidr !== undefined);
  const free = (index: number): boolean => {
    const start = (10 << 24) + (200 << 16) + index * 4;
    return !used.some(([network, size]) => start < network + size && network < start + 4);
  };
  const first = Math.floor(random() * LINK_COUNT) % LINK_COUNT;
  for (let step = 0; step < LINK_COUNT; step += 1) {
    const index = (first + step) % LINK_COUNT;
    if (free(index)) return index;
  }
  throw new Error('every /30 in 10.200.0.0/16 is in use on this host');
}

/** Creation in order; the firewall goes in before any link is up, so there is no open window. */
export function netnsSetupSteps(plan: NetnsPlan): NetnsStep[] {
  const { name, hostInterface: host } = plan;
  const ip = (...argv: string[]): NetnsStep => ({ tool: 'ip', argv });
  return [
    ip('netns', 'add', name),
    ip('link', 'add', host, 'type', 'veth', 'peer', 'name', sandboxInterface, 'netns', name),
    // No IPv6 link-local addresses: the link carries only the IPv4 /30.
    ip('link', 'set', 'dev', host, 'addrgenmode', 'none'),
    ip('-n', name, 'link', 'set', 'dev', sandboxInterface, 'addrgenmode', 'none'),
    ip('addr', 'add', `${plan.hostAddress}/30`, 'dev', host),
    ip('-n', name, 'addr', 'add', `${plan.sandboxAddress}/30`, 'dev', sandboxInterface),
    { tool: 'nft', script: firewallScript(plan) },
    ip('-n', name, 'link', 'set', 'dev', 'lo', 'up'),
    ip('link', 'set', 'dev', host, 'up'),
    ip('-n', name, 'link', 'set', 'dev', sandboxInterface, 'up'),
  ];
}

/**
 * Everything arriving from the sandbox end is refused, and nothing is forwarded either way: without
 * it, any host service on 0.0.0.0 (weak host model) or a route the guest adds would be reachable.
 */
export function firewallScript(plan: NetnsPlan): string {
  const iif = `iifname "${plan.hostInterface}"`;
  return [
    `table inet ${plan.name} {`,
    '  chain input {',
    '    type filter hook input priority filter - 1; policy accept;',
    `    ${iif} meta l4proto tcp reject with tcp reset`,
    `    ${iif} drop`,
    '  }',
    '  chain forward {',
    '    type filter hook forward priority filter - 1; policy accept;',
    `    ${iif} drop`,
    `    oifname "${plan.hostInterface}" drop`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Opens the one hole: TCP from the sandbox end to the proxy on the host end's address. */
export function admitProxyScript(plan: NetnsPlan, port: number): string {
  const match = `iifname "${plan.hostInterface}" ip daddr ${plan.hostAddress} tcp dport ${port}`;
  return `insert rule inet ${plan.name} input ${match} accept\n`;
}

/**
 * Removal in order, each step tolerated when already gone. Deleting the sandbox end removes the
 * pair at once; deleting the netns alone would leave the host end until the kernel reaps it.
 */
export function netnsTeardownSteps(name: string): NetnsStep[] {
  return [
    { tool: 'ip', argv: ['-n', name, 'link', 'del', 'dev', sandboxInterface] },
    { tool: 'ip', argv: ['netns', 'del', name] },
    { tool: 'nft', script: `delete table inet ${name}\n` },
  ];
}

function parseCidr(cidr: string): readonly [number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (!match) return undefined;
  const [a, b, c, d, len] = match.slice(1).map(Number) as [number, number, number, number, number];
  const size = 2 ** (32 - len);
  const address = a * 2 ** 24 + b * 2 ** 16 + c * 2 ** 8 + d;
  return [address - (address % size), size];
}
