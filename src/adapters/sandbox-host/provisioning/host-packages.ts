// The host tools Airlock's features call, installed by `airlock setup` where missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../../ports.js';
import { aptInstall } from './runsc-install.js';

interface HostTool {
  readonly command: string;
  readonly debianPackage: string;
  readonly usedFor: string;
}

export const HOST_TOOLS: readonly HostTool[] = [
  { command: 'mmdebstrap', debianPackage: 'mmdebstrap', usedFor: 'building the sandbox image' },
  { command: 'ip', debianPackage: 'iproute2', usedFor: "the install phase's network namespace" },
  { command: 'nft', debianPackage: 'nftables', usedFor: "the install phase's firewall" },
  {
    command: 'python3',
    debianPackage: 'python3-minimal',
    usedFor: "the runtime monitor's receiver (telemetry)",
  },
  {
    command: 'mkfs.ext4',
    debianPackage: 'e2fsprogs',
    usedFor: "the runs' disk-backed filesystems",
  },
];

const SYSTEM_DIRS = ['/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Where the system (never PATH) has `command`, or null. */
export function systemCommand(command: string): string | null {
  return SYSTEM_DIRS.map((dir) => join(dir, command)).find((path) => existsSync(path)) ?? null;
}

export function hasCommand(command: string): boolean {
  return systemCommand(command) !== null;
}

/** Installs the Debian packages of every missing tool; returns the packages it installed. */
export async function ensureHostTools(log: Logger): Promise<string[]> {
  const missing = HOST_TOOLS.filter((tool) => !hasCommand(tool.command));
  if (missing.length === 0) return [];
  for (const tool of missing) log.info(`${tool.command} missing (needed for ${tool.usedFor})`);
  const packages = missing.map((tool) => tool.debianPackage);
  await aptInstall(packages, log);
  return packages;
}
