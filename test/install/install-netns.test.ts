import { createServer } from 'node:net';
import { once } from 'node:events';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { startEgressProxy } from '../../src/adapters/sandbox-host/egress/egress-proxy.js';
import {
  createInstallNetns,
  sweepInstallNetns,
  type InstallNetns,
} from '../../src/adapters/sandbox-host/egress/install-netns.js';
import { SetupError } from '../../src/errors.js';
import { parseEgressPolicy } from '../../src/sandbox/egress-policy.js';
import { startListeners } from '../redteam/network-listeners.js';
import { startTarget } from './egress-clients.js';
import { probeFromNetns } from './netns-probe.js';

const prefix = 'airlock-test-';
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function created(ownPrefix = prefix): Promise<InstallNetns> {
  const netns = await createInstallNetns({ prefix: ownPrefix });
  cleanups.push(() => netns.dispose());
  return netns;
}

async function sh(file: string, args: string[]): Promise<string> {
  return (await execa(file, args, { reject: false })).stdout;
}

async function exists(
  netns: InstallNetns,
): Promise<{ netns: boolean; veth: boolean; table: boolean }> {
  return {
    netns: (await sh('ip', ['netns', 'list']))
      .split('\n')
      .some((line) => line.startsWith(`${netns.name} `) || line === netns.name),
    veth:
      (await execa('ip', ['link', 'show', 'dev', netns.hostInterface], { reject: false }))
        .exitCode === 0,
    table: (await sh('nft', ['list', 'tables'])).includes(`table inet ${netns.name}`),
  };
}

describe('install network namespace', () => {
  it('links the netns to the host by one /30 with loopback up, no IPv6 and no default route', async () => {
    const netns = await created();
    expect(netns.nsPath).toBe(`/var/run/netns/${netns.name}`);
    expect(netns.hostAddress).toMatch(/^10\.200\.\d+\.\d+$/);
    const routes = (await sh('ip', ['-n', netns.name, '-4', 'route', 'show'])).trim().split('\n');
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatch(
      new RegExp(`/30 dev eth0 .*src ${netns.sandboxAddress.replaceAll('.', '\\.')}`),
    );
    expect(await sh('ip', ['-n', netns.name, '-6', 'route', 'show'])).toBe('');
    expect(await sh('ip', ['-n', netns.name, '-o', 'link', 'show', 'lo'])).toContain('LOOPBACK,UP');
    expect(await sh('ip', ['-4', '-o', 'addr', 'show', 'dev', netns.hostInterface])).toContain(
      `${netns.hostAddress}/30`,
    );
    expect(await exists(netns)).toEqual({ netns: true, veth: true, table: true });
  });

  it('dispose removes the netns, both veth ends and the firewall, and may be called twice', async () => {
    const netns = await createInstallNetns({ prefix });
    await netns.dispose();
    await netns.dispose();
    expect(await exists(netns)).toEqual({ netns: false, veth: false, table: false });
  });

  it('sweeps leftovers with its prefix and leaves other namespaces alone', async () => {
    const leftovers = [
      await createInstallNetns({ prefix: 'airlock-sweep-' }),
      await createInstallNetns({ prefix: 'airlock-sweep-' }),
    ];
    const kept = await created('airlock-keep-');
    const swept = await sweepInstallNetns('airlock-sweep-');
    expect(swept.sort()).toEqual(leftovers.map((n) => n.name).sort());
    for (const netns of leftovers)
      expect(await exists(netns)).toEqual({ netns: false, veth: false, table: false });
    expect(await exists(kept)).toEqual({ netns: true, veth: true, table: true });
  });

  it('refuses a prefix that could match names it did not make', async () => {
    await expect(createInstallNetns({ prefix: 'Airlock_' })).rejects.toThrow(SetupError);
  });

  it('from inside, reaches the proxy on the host end and nothing else on this machine', async () => {
    const netns = await created();
    const target = await startTarget();
    cleanups.push(() => target.close());
    const listeners = await startListeners();
    cleanups.push(() => listeners.close());
    const hostEndSeen: string[] = [];
    const hostEndListener = createServer((socket) => {
      hostEndSeen.push(String(socket.remoteAddress));
      socket.destroy();
    }).listen(0, netns.hostAddress);
    await once(hostEndListener, 'listening');
    cleanups.push(() => new Promise((resolve) => hostEndListener.close(resolve)));
    const policy = parseEgressPolicy({
      ecosystems: [],
      allowHosts: ['index.test'],
      testAllowances: { addresses: ['127.0.0.1'], ports: [target.port] },
    });
    const proxy = await startEgressProxy(
      { listen: { host: netns.hostAddress, port: 0 }, policy },
      {
        resolve: async (host) => (host === 'index.test' ? ['127.0.0.1'] : []),
        now: () => performance.now(),
      },
    );
    cleanups.push(() => proxy.close());
    await netns.admitProxy(Number(new URL(proxy.url).port));
    const interfaceAddress = listeners.targets.find((address) => address !== '127.0.0.1');
    const results = await probeFromNetns(netns.name, [
      { kind: 'proxied-get', proxy: proxy.url, url: `http://index.test:${target.port}/` },
      { kind: 'proxied-get', proxy: proxy.url, url: 'http://example.com/' },
      { kind: 'tcp', host: '127.0.0.1', port: listeners.tcpPort },
      {
        kind: 'tcp',
        host: netns.hostAddress,
        port: (hostEndListener.address() as { port: number }).port,
      },
      ...(interfaceAddress
        ? [{ kind: 'tcp' as const, host: interfaceAddress, port: listeners.tcpPort }]
        : []),
    ]);
    expect(results).toEqual([
      '200 hello from the index',
      '403 airlock egress proxy: example.com is not on the allowlist',
      'ECONNREFUSED',
      'ECONNREFUSED',
      ...(interfaceAddress ? ['ENETUNREACH'] : []),
    ]);
    expect(listeners.seen).toEqual([]);
    expect(hostEndSeen).toEqual([]);
    expect(proxy.events().map((e) => `${e.decision} ${e.host}`)).toEqual([
      'allow index.test',
      'deny example.com',
    ]);
  });
});
