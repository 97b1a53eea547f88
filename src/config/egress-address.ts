// Classifies IP addresses for the install proxy: only public unicast addresses are destinations.
// Parsing is done here (not node:net) so the stage stays pure and the IPv6 embeddings are explicit.

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'metadata'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved';

export interface ParsedAddress {
  readonly family: 4 | 6;
  readonly bytes: readonly number[];
}

type V4Range = readonly [string, number, AddressKind];

// First match wins, so the single metadata addresses precede the ranges that hold them.
const v4Ranges: readonly V4Range[] = [
  ['169.254.169.254', 32, 'metadata'],
  // Alibaba Cloud's metadata service sits inside the shared (CGNAT) range.
  ['100.100.100.200', 32, 'metadata'],
  // Azure's WireServer: a public-range address that only the platform answers (GitHub runners are Azure VMs).
  ['168.63.129.16', 32, 'metadata'],
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

type V6Range = readonly [string, number, AddressKind];

const v6Ranges: readonly V6Range[] = [
  ['fd00:ec2::254', 128, 'metadata'],
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'private'],
  ['2001::', 32, 'reserved'],
  ['2001:db8::', 32, 'reserved'],
  ['100::', 64, 'reserved'],
  ['fc00::', 7, 'private'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'],
  ['ff00::', 8, 'multicast'],
];

export function parseAddress(text: string): ParsedAddress | undefined {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const v4 = parseV4(bare);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseV6(bare);
  return v6 ? { family: 6, bytes: v6 } : undefined;
}

/** The address's kind, or undefined when the text is not an IP address at all. */
export function classifyAddress(text: string): AddressKind | undefined {
  const parsed = parseAddress(text);
  if (!parsed) return undefined;
  return parsed.family === 4 ? classifyV4(parsed.bytes) : classifyV6(parsed.bytes);
}

/** Canonical text for comparing addresses: mapped, bracketed and zero-padded forms compare equal. */
export function canonicalAddress(text: string): string | undefined {
  const parsed = parseAddress(text);
  if (!parsed) return undefined;
  const embedded = parsed.family === 6 ? mappedV4(parsed.bytes) : undefined;
  const bytes = embedded ?? parsed.bytes;
  if (bytes.length === 4) return bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2)
    groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return groups.join(':');
}

function classifyV4(bytes: readonly number[]): AddressKind {
  for (const [base, prefix, kind] of v4Ranges) {
    if (inRange(bytes, parseV4(base) ?? [], prefix)) return kind;
  }
  return 'public';
}

function classifyV6(bytes: readonly number[]): AddressKind {
  const mapped = mappedV4(bytes);
  if (mapped) return classifyV4(mapped);
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address the network may translate to.
  if (inRange(bytes, parseV6('64:ff9b::') ?? [], 96)) return classifyV4(bytes.slice(12));
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return classifyV4(bytes.slice(2, 6));
  for (const [base, prefix, kind] of v6Ranges) {
    if (inRange(bytes, parseV6(base) ?? [], prefix)) return kind;
  }
  // Only 2000::/3 is allocated global unicast; anything else (including ::/8 forms) is not a destination.
  return ((bytes[0] ?? 0) & 0xe0) === 0x20 ? 'public' : 'reserved';
}

/** The IPv4 address inside ::ffff:a.b.c.d (mapped) or ::a.b.c.d (deprecated compatible) forms. */
function mappedV4(bytes: readonly number[]): readonly number[] | undefined {
  if (bytes.slice(0, 10).some((byte) => byte !== 0)) return undefined;
  const marker = bytes.slice(10, 12);
  const isMapped = marker.every((byte) => byte === 0xff);
  const isCompatible = marker.every((byte) => byte === 0) && bytes.slice(12).some((b) => b !== 0);
  // ::1 and :: are IPv6's own loopback and unspecified, not embedded IPv4.
  if (isCompatible && bytes.slice(12, 15).every((b) => b === 0)) return undefined;
  return isMapped || isCompatible ? bytes.slice(12) : undefined;
}

function inRange(bytes: readonly number[], base: readonly number[], prefix: number): boolean {
  if (bytes.length !== base.length) return false;
  for (let bit = 0; bit < prefix; bit += 1) {
    const index = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((bytes[index] ?? 0) & mask) !== ((base[index] ?? 0) & mask)) return false;
  }
  return true;
}

function parseV4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN));
  return bytes.every((byte) => byte >= 0 && byte <= 255) ? bytes : undefined;
}

function parseV6(text: string): number[] | undefined {
  // Zone ids (fe80::1%eth0) name an interface: never a destination, so not parsed as one.
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return undefined;
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = groupsToBytes([
    ...headGroups,
    ...(tail === undefined ? [] : ['::']),
    ...tailGroups,
  ]);
  if (!groups) return undefined;
  const gap = groups.indexOf(-1);
  const fill = 16 - (groups.length - (gap >= 0 ? 1 : 0));
  if (gap < 0) return fill === 0 ? groups : undefined;
  if (fill < 2) return undefined;
  return [...groups.slice(0, gap), ...Array<number>(fill).fill(0), ...groups.slice(gap + 1)];
}

/** Bytes of each group; -1 marks where '::' stands. */
function groupsToBytes(groups: readonly string[]): number[] | undefined {
  const out: number[] = [];
  for (const [index, group] of groups.entries()) {
    if (group === '::') {
      out.push(-1);
    } else if (group.includes('.') && index === groups.length - 1) {
      const v4 = parseV4(group);
      if (!v4) return undefined;
      out.push(...v4);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
      const value = parseInt(group, 16);
      out.push(value >> 8, value & 0xff);
    } else {
      return undefined;
    }
  }
  return out;
}
