// The install phase's network: a namespace whose only route leads to the egress proxy on its host end.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEgressProxy, systemEgressDeps, type EgressProxyDeps } from './egress/egress-proxy.js';
import { createInstallNetns } from './egress/install-netns.js';
import { NETNS_RECORD, runDirOf } from './sandbox-host.js';
import type { EgressPolicy } from '../../domain.js';
import type { InstallNetwork, InstallNetworkPort } from '../../ports.js';

export function installNetworkPort(
  stateDir: string,
  proxyDeps: EgressProxyDeps = systemEgressDeps,
): InstallNetworkPort {
  return { open: (runId, policy) => openInstallNetwork({ stateDir, runId, policy }, proxyDeps) };
}

/**
 * Namespace first (recorded in the run's directory, so a sweep after a hard kill removes it), then
 * the proxy on its host end, then the one firewall hole to the proxy's port.
 */
async function openInstallNetwork(
  run: { readonly stateDir: string; readonly runId: string; readonly policy: EgressPolicy },
  proxyDeps: EgressProxyDeps,
): Promise<InstallNetwork> {
  const { stateDir, runId, policy } = run;
  const netns = await createInstallNetns({
    record: (name) => writeFile(join(runDirOf(stateDir, runId), NETNS_RECORD), name),
  });
  let stopProxy: () => Promise<void> = async () => undefined;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= stopProxy().finally(() => netns.dispose()));
  try {
    const proxy = await startEgressProxy(
      { listen: { host: netns.hostAddress, port: 0 }, policy },
      proxyDeps,
    );
    stopProxy = () => proxy.close();
    const port = Number(new URL(proxy.url).port);
    await netns.admitProxy(port);
    return {
      nsPath: netns.nsPath,
      proxyUrl: proxy.url,
      proxy: { address: netns.hostAddress, port },
      events: () => proxy.events(),
      totals: () => proxy.totals(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
