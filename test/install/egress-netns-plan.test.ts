import { describe, expect, it } from 'vitest';
import {
  admitProxyScript,
  netnsSetupSteps,
  netnsTeardownSteps,
  pickLinkIndex,
  planInstallNetns,
} from '../../src/sandbox/egress-netns-plan.js';
import {
  isOwnedName,
  parseIpv4Cidrs,
  parseNetnsList,
  parseNftTables,
} from '../../src/sandbox/egress-netns-listing.js';

const plan = planInstallNetns('airlock-', 'k3x9a0qz', 5);

describe('install netns plan', () => {
  it('gives link 5 the addresses .21 and .22 of 10.200.0.20/30 and a 15-byte-safe interface name', () => {
    expect(plan).toEqual({
      name: 'airlock-k3x9a0qz',
      nsPath: '/var/run/netns/airlock-k3x9a0qz',
      hostInterface: 'alk-k3x9a0qz',
      hostAddress: '10.200.0.21',
      sandboxAddress: '10.200.0.22',
    });
    expect(plan.hostInterface.length).toBeLessThanOrEqual(15);
    expect(planInstallNetns('airlock-', 'a', 16_383)).toMatchObject({
      hostAddress: '10.200.255.253',
      sandboxAddress: '10.200.255.254',
    });
  });

  it('builds the setup steps, firewall before any link is up and no route beyond the link', async () => {
    const steps = netnsSetupSteps(plan);
    const rendered = steps.map((step) =>
      step.tool === 'ip' ? `ip ${step.argv.join(' ')}` : `nft -f - <<EOF\n${step.script}EOF`,
    );
    await expect(`${rendered.join('\n')}\n`).toMatchFileSnapshot('golden/netns-setup.txt');
    const firewall = steps.findIndex((step) => step.tool === 'nft');
    const firstUp = steps.findIndex((step) => step.tool === 'ip' && step.argv.at(-1) === 'up');
    expect(firewall).toBeLessThan(firstUp);
    expect(rendered.join('\n')).not.toMatch(/route/);
  });

  it('admits TCP only to the proxy port on the host end address', () => {
    expect(admitProxyScript(plan, 41234)).toBe(
      'insert rule inet airlock-k3x9a0qz input iifname "alk-k3x9a0qz" ip daddr 10.200.0.21 tcp dport 41234 accept\n',
    );
  });

  it('tears down sandbox end, netns and firewall by name', () => {
    expect(netnsTeardownSteps('airlock-x')).toEqual([
      { tool: 'ip', argv: ['-n', 'airlock-x', 'link', 'del', 'dev', 'eth0'] },
      { tool: 'ip', argv: ['netns', 'del', 'airlock-x'] },
      { tool: 'nft', script: 'delete table inet airlock-x\n' },
    ]);
  });

  it('picks a /30 that overlaps none of the host networks', () => {
    expect(pickLinkIndex(['192.0.2.2/24', '127.0.0.1/8'], () => 0)).toBe(0);
    expect(pickLinkIndex(['10.200.0.1/30', '10.200.0.5/30'], () => 0)).toBe(2);
    expect(pickLinkIndex(['10.200.0.0/24'], () => 0)).toBe(64);
    expect(pickLinkIndex(['10.200.255.253/30'], () => 0.99999999)).toBe(0);
    expect(() => pickLinkIndex(['10.0.0.0/8'], () => 0.5)).toThrow(/in use/);
  });

  it('reads names and addresses from iproute2 and nft output', () => {
    expect(parseNetnsList('airlock-a (id: 3)\nother\n')).toEqual(['airlock-a', 'other']);
    expect(parseNftTables('table inet airlock-a\ntable ip nat\ntable inet filter\n')).toEqual([
      'airlock-a',
      'filter',
    ]);
    expect(
      parseIpv4Cidrs(
        '1: lo    inet 127.0.0.1/8 scope host lo\n4: eth0    inet 192.0.2.2/24 brd 192.0.2.255',
      ),
    ).toEqual(['127.0.0.1/8', '192.0.2.2/24']);
  });

  it('owns only names with its prefix and plain characters', () => {
    expect(isOwnedName('airlock-abc-1', 'airlock-')).toBe(true);
    expect(isOwnedName('airlockabc', 'airlock-')).toBe(false);
    expect(isOwnedName('airlock-a b', 'airlock-')).toBe(false);
  });
});
