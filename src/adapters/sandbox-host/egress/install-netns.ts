// Creates and removes the install phase's network namespace with iproute2 and nftables.
import { randomBytes } from 'node:crypto';
import { execa } from 'execa';
import { SetupError } from '../../../errors.js';
import {
  admitProxyScript,
  defaultNetnsPrefix,
  netnsSetupSteps,
  netnsTeardownSteps,
  pickLinkIndex,
  planInstallNetns,
  type NetnsPlan,
  type NetnsStep,
} from '../../../sandbox/egress-netns-plan.js';
import {
  isOwnedName,
  parseIpv4Cidrs,
  parseNetnsList,
  parseNftTables,
} from '../../../sandbox/egress-netns-listing.js';

export interface InstallNetns extends NetnsPlan {
  /** Lets the sandbox end reach host-end-address:port over TCP, and nothing else. */
  admitProxy(port: number): Promise<void>;
  /** Removes the veth pair, the netns and its firewall; safe to call again. */
  dispose(): Promise<void>;
}

export interface InstallNetnsOptions {
  /** Names start with it, so a sweep finds leftovers; tests use their own. */
  readonly prefix?: string;
  /** Called with the name before anything exists, so a run killed mid-setup can be swept. */
  readonly record?: (name: string) => Promise<void>;
}

const env = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
const quick = { reject: false, timeout: 30_000, env, extendEnv: false } as const;

export async function createInstallNetns(options: InstallNetnsOptions = {}): Promise<InstallNetns> {
  const prefix = options.prefix ?? defaultNetnsPrefix;
  const used = parseIpv4Cidrs(await readOutput('ip', ['-o', '-4', 'addr', 'show']));
  const plan = planInstallNetns(prefix, newToken(), pickLinkIndex(used, Math.random));
  if (!isOwnedName(plan.name, prefix)) {
    throw new SetupError(`netns prefix '${prefix}' must be lowercase letters, digits and dashes`);
  }
  let disposed: Promise<void> | undefined;
  const dispose = (): Promise<void> => (disposed ??= removeNetns(plan.name));
  await options.record?.(plan.name);
  try {
    for (const step of netnsSetupSteps(plan)) await runStep(step, true);
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    ...plan,
    admitProxy: (port) => runStep({ tool: 'nft', script: admitProxyScript(plan, port) }, true),
    dispose,
  };
}

/** Removes every netns (with its veth pair) and firewall table whose name starts with the prefix. */
export async function sweepInstallNetns(prefix = defaultNetnsPrefix): Promise<string[]> {
  const namespaces = parseNetnsList(await readOutput('ip', ['netns', 'list']));
  const tables = parseNftTables(await readOutput('nft', ['list', 'tables']));
  const names = [...new Set([...namespaces, ...tables])].filter((n) => isOwnedName(n, prefix));
  for (const name of names) await removeNetns(name);
  return names;
}

/** Removes one namespace by name (as a run recorded it), with its veth pair and firewall table. */
export async function removeInstallNetns(name: string): Promise<void> {
  if (!/^[a-z0-9-]{1,64}$/.test(name))
    throw new SetupError(`not a netns name: ${name.slice(0, 80)}`);
  await removeNetns(name);
}

async function removeNetns(name: string): Promise<void> {
  for (const step of netnsTeardownSteps(name)) await runStep(step, false);
  const namespaces = parseNetnsList(await readOutput('ip', ['netns', 'list']));
  const tables = parseNftTables(await readOutput('nft', ['list', 'tables']));
  if (namespaces.includes(name) || tables.includes(name)) {
    throw new SetupError(
      `could not remove network namespace ${name}; remove it with 'ip netns del ${name}'`,
    );
  }
}

/** Runs one step; a failing required step names the command and what it said. */
async function runStep(step: NetnsStep, required: boolean): Promise<void> {
  const result =
    step.tool === 'ip'
      ? await execa('ip', [...step.argv], { ...quick, stdin: 'ignore' })
      : await execa('nft', ['-f', '-'], { ...quick, input: step.script });
  if (result.exitCode === 0 || !required) return;
  const what =
    step.tool === 'ip' ? `ip ${step.argv.join(' ')}` : `nft -f - <<<'${step.script.trim()}'`;
  if (result.failed && result.exitCode === undefined) {
    throw new SetupError(
      `${what} could not run (${result.shortMessage}); the install phase needs iproute2 and nftables`,
    );
  }
  throw new SetupError(`${what} failed: ${result.stderr.trim()}`);
}

async function readOutput(file: string, args: string[]): Promise<string> {
  const result = await execa(file, args, { ...quick, stdin: 'ignore' });
  if (result.exitCode !== 0) {
    throw new SetupError(
      `${file} ${args.join(' ')} failed: ${result.stderr.trim() || result.shortMessage}; the install phase needs iproute2 and nftables`,
    );
  }
  return result.stdout;
}

function newToken(): string {
  // 8 base-32 characters: alk-<token> stays within the 15-byte interface-name limit.
  return [...randomBytes(8)].map((byte) => '0123456789abcdefghijklmnopqrstuv'[byte % 32]).join('');
}
