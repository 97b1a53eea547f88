// Reading back what the host has: the network namespaces, firewall tables and addresses that
// `ip` and `nft` list, and which of those names the install phase could have made.

/** Names from `ip netns list` ("name" or "name (id: 3)"). */
export function parseNetnsList(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name !== '');
}

/** Table names of family inet from `nft list tables`. */
export function parseNftTables(output: string): string[] {
  return [...output.matchAll(/^table inet (\S+)$/gm)].map((match) => match[1] ?? '');
}

/** `a.b.c.d/len` entries from `ip -o -4 addr show`. */
export function parseIpv4Cidrs(output: string): string[] {
  return [...output.matchAll(/\binet (\d+\.\d+\.\d+\.\d+\/\d+)/g)].map((match) => match[1] ?? '');
}

/** Only names this module could have made: the prefix, then letters, digits and dashes. */
export function isOwnedName(name: string, prefix: string): boolean {
  return name.startsWith(prefix) && /^[a-z0-9-]+$/.test(name);
}
