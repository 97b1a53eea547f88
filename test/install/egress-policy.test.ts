import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  checkName,
  decideDestination,
  parseEgressPolicy,
} from '../../src/sandbox/egress-policy.js';

const publicAddress = '104.16.1.34';
const defaults = parseEgressPolicy({});

describe('parseEgressPolicy', () => {
  it('allows every ecosystem registry on ports 80 and 443 by default', () => {
    expect(defaults.hosts).toEqual(
      expect.arrayContaining([
        'registry.npmjs.org',
        'pypi.org',
        'files.pythonhosted.org',
        'crates.io',
        'static.crates.io',
        'proxy.golang.org',
        'sum.golang.org',
      ]),
    );
    expect(defaults.ports).toEqual([80, 443]);
    expect(defaults.allowedAddresses).toEqual([]);
  });

  it('limits the defaults to the ecosystems named and adds the user hosts, normalised', () => {
    const policy = parseEgressPolicy({
      ecosystems: ['npm'],
      allowHosts: [' Npm.Example.COM. ', '*.corp.example'],
    });
    expect(policy.hosts).toEqual([
      'registry.npmjs.org',
      'registry.yarnpkg.com',
      'npm.example.com',
      '*.corp.example',
    ]);
  });

  it.each([
    '10.0.0.1',
    '::1',
    '[::1]',
    'not a host',
    'http://x.example',
    'single',
    '*.',
    '*example.com',
    'a..b',
  ])('rejects %s in allow-hosts as a ConfigError naming the input', (entry) => {
    expect(() => parseEgressPolicy({ allowHosts: [entry] })).toThrow(ConfigError);
    expect(() => parseEgressPolicy({ allowHosts: [entry] })).toThrow(/^allow-hosts: /);
  });

  it('accepts an IP in allow-hosts only when a test allowance names that address', () => {
    const policy = parseEgressPolicy({
      allowHosts: ['127.0.0.1'],
      testAllowances: { addresses: ['127.0.0.1'], ports: [8080] },
    });
    expect(policy.allowedAddresses).toEqual(['127.0.0.1']);
    expect(policy.ports).toEqual([80, 443, 8080]);
  });

  it('rejects unknown keys, bad caps and non-IP test addresses', () => {
    expect(() => parseEgressPolicy({ maxBytes: 0 })).toThrow(ConfigError);
    expect(() => parseEgressPolicy({ testAllowances: { addresses: ['localhost'] } })).toThrow(
      ConfigError,
    );
    expect(() => parseEgressPolicy({ allowPorts: [22] } as never)).toThrow(ConfigError);
  });
});

describe('decideDestination', () => {
  it('allows an allowlisted registry on 443 and connects to the first checked address', () => {
    expect(
      decideDestination(
        {
          host: 'registry.npmjs.org',
          port: 443,
          resolvedAddresses: [publicAddress, '2606:4700::6810:122'],
        },
        defaults,
      ),
    ).toEqual({
      decision: 'allow',
      address: publicAddress,
      reason: 'registry.npmjs.org is allowlisted',
    });
  });

  it('matches names case-insensitively and with a trailing dot', () => {
    expect(
      decideDestination(
        { host: 'PyPI.org.', port: 443, resolvedAddresses: [publicAddress] },
        defaults,
      ).decision,
    ).toBe('allow');
  });

  it('matches a *. pattern on subdomains but not on the apex', () => {
    const policy = parseEgressPolicy({ ecosystems: [], allowHosts: ['*.pkg.example'] });
    expect(
      decideDestination(
        { host: 'a.b.pkg.example', port: 443, resolvedAddresses: [publicAddress] },
        policy,
      ).decision,
    ).toBe('allow');
    expect(
      decideDestination(
        { host: 'pkg.example', port: 443, resolvedAddresses: [publicAddress] },
        policy,
      ),
    ).toMatchObject({
      rule: 'host',
    });
    expect(
      decideDestination(
        { host: 'evilpkg.example', port: 443, resolvedAddresses: [publicAddress] },
        policy,
      ),
    ).toMatchObject({
      rule: 'host',
    });
  });

  it('refuses hosts that are not on the allowlist', () => {
    expect(
      decideDestination(
        { host: 'evil.example', port: 443, resolvedAddresses: [publicAddress] },
        defaults,
      ),
    ).toMatchObject({
      decision: 'deny',
      rule: 'host',
      reason: 'evil.example is not on the allowlist',
    });
  });

  it.each([22, 8080, 6379, 0])('refuses port %i even for an allowlisted registry', (port) => {
    expect(
      decideDestination(
        { host: 'registry.npmjs.org', port, resolvedAddresses: [publicAddress] },
        defaults,
      ),
    ).toMatchObject({
      rule: 'port',
    });
  });

  it.each(['93.184.216.34', '127.0.0.1', '169.254.169.254', '::1', '::ffff:169.254.169.254'])(
    'refuses the raw IP %s without looking at any resolution',
    (host) => {
      expect(
        decideDestination({ host, port: 443, resolvedAddresses: [host] }, defaults),
      ).toMatchObject({ rule: 'raw-ip' });
    },
  );

  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['100.64.1.1', 'shared'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:192.168.0.1', 'private'],
    ['239.1.1.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
  ])('refuses an allowlisted name that resolves to %s (%s)', (address, kind) => {
    expect(
      decideDestination(
        { host: 'registry.npmjs.org', port: 443, resolvedAddresses: [address] },
        defaults,
      ),
    ).toEqual({
      decision: 'deny',
      rule: 'address',
      reason: `registry.npmjs.org resolves to ${address} (${kind})`,
    });
  });

  it('refuses a name when any one of its addresses is private, whatever the order', () => {
    expect(
      decideDestination(
        { host: 'pypi.org', port: 443, resolvedAddresses: [publicAddress, '10.0.0.5'] },
        defaults,
      ),
    ).toMatchObject({ rule: 'address' });
  });

  it('refuses a name that resolved to nothing', () => {
    expect(
      decideDestination({ host: 'pypi.org', port: 443, resolvedAddresses: [] }, defaults),
    ).toMatchObject({ rule: 'unresolved' });
  });

  it.each(['metadata.google.internal', 'localhost', 'foo.localhost', 'metadata', 'printer.local'])(
    'refuses %s even when the user allowlists it',
    (host) => {
      const policy = parseEgressPolicy({
        allowHosts: ['metadata.google.internal', 'foo.localhost', 'printer.local'],
      });
      expect(
        decideDestination({ host, port: 443, resolvedAddresses: [publicAddress] }, policy),
      ).toMatchObject({
        rule: 'refused-name',
      });
    },
  );

  it('allows a loopback index only at the address and port a test names', () => {
    const policy = parseEgressPolicy({
      ecosystems: [],
      allowHosts: ['index.test'],
      testAllowances: { addresses: ['127.0.0.1'], ports: [8181] },
    });
    expect(
      decideDestination(
        { host: 'index.test', port: 8181, resolvedAddresses: ['127.0.0.1'] },
        policy,
      ),
    ).toMatchObject({
      decision: 'allow',
      address: '127.0.0.1',
    });
    expect(
      decideDestination(
        { host: 'index.test', port: 8181, resolvedAddresses: ['::ffff:127.0.0.1'] },
        policy,
      ).decision,
    ).toBe('allow');
    expect(
      decideDestination(
        { host: 'index.test', port: 8181, resolvedAddresses: ['127.0.0.2'] },
        policy,
      ),
    ).toMatchObject({
      rule: 'address',
    });
    expect(
      decideDestination(
        { host: 'index.test', port: 8182, resolvedAddresses: ['127.0.0.1'] },
        policy,
      ),
    ).toMatchObject({
      rule: 'port',
    });
    expect(
      decideDestination({ host: '127.0.0.1', port: 8181, resolvedAddresses: ['127.0.0.1'] }, policy)
        .decision,
    ).toBe('allow');
  });
});

describe('checkName', () => {
  it('passes allowlisted names before any resolution and refuses others', () => {
    expect(checkName('crates.io', 443, defaults)).toBeUndefined();
    expect(checkName('exfil.attacker.example', 443, defaults)).toMatchObject({ rule: 'host' });
  });
});
