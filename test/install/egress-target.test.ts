import { describe, expect, it } from 'vitest';
import { createEgressLedger } from '../../src/sandbox/egress-ledger.js';
import { parseEgressPolicy } from '../../src/sandbox/egress-policy.js';
import { isProxySelf, rawRefusal } from '../../src/sandbox/egress-refusal.js';
import {
  forwardHeaders,
  hostHeader,
  parseConnectTarget,
  parseProxyRequestUrl,
} from '../../src/sandbox/egress-target.js';

describe('proxy targets', () => {
  it('reads CONNECT authorities with names, IPv4 and bracketed IPv6', () => {
    expect(parseConnectTarget('registry.npmjs.org:443')).toEqual({
      host: 'registry.npmjs.org',
      port: 443,
    });
    expect(parseConnectTarget('[::1]:8443')).toEqual({ host: '::1', port: 8443 });
    expect(parseConnectTarget('10.0.0.1:22')).toEqual({ host: '10.0.0.1', port: 22 });
  });

  it.each([
    'registry.npmjs.org',
    'host:0',
    'host:70000',
    'user@host:443',
    'http://host:443',
    '::1:443',
    '',
  ])('refuses the CONNECT target %j', (authority) => {
    expect(parseConnectTarget(authority)).toBeUndefined();
  });

  it('reads absolute http URIs and refuses other forms', () => {
    expect(parseProxyRequestUrl('http://pypi.org/simple/six/?a=1')).toEqual({
      host: 'pypi.org',
      port: 80,
      path: '/simple/six/?a=1',
    });
    expect(parseProxyRequestUrl('http://[::1]:8080/')).toEqual({
      host: '::1',
      port: 8080,
      path: '/',
    });
    expect(parseProxyRequestUrl('/simple/')).toBeUndefined();
    expect(parseProxyRequestUrl('https://pypi.org/')).toBeUndefined();
    expect(parseProxyRequestUrl('http://user:pw@pypi.org/')).toBeUndefined();
  });

  it('drops hop-by-hop headers and those the Connection header names', () => {
    const headers = forwardHeaders({
      connection: 'keep-alive, x-secret',
      'x-secret': '1',
      'proxy-authorization': 'b',
      accept: '*/*',
      'Keep-Alive': '5',
    });
    expect(headers).toEqual({ accept: '*/*' });
  });

  it('writes the Host header without the default port', () => {
    expect(hostHeader({ host: 'pypi.org', port: 80 })).toBe('pypi.org');
    expect(hostHeader({ host: '::1', port: 8080 })).toBe('[::1]:8080');
  });

  it('recognises its own socket, including through an unspecified listen address', () => {
    expect(
      isProxySelf({ address: '127.0.0.1', port: 3128 }, { host: '127.0.0.1', port: 3128 }, []),
    ).toBe(true);
    expect(
      isProxySelf(
        { address: '::ffff:127.0.0.1', port: 3128 },
        { host: '127.0.0.1', port: 3128 },
        [],
      ),
    ).toBe(true);
    expect(
      isProxySelf({ address: '127.0.0.1', port: 3129 }, { host: '127.0.0.1', port: 3128 }, []),
    ).toBe(false);
    expect(
      isProxySelf({ address: '192.0.2.2', port: 3128 }, { host: '0.0.0.0', port: 3128 }, [
        '192.0.2.2',
      ]),
    ).toBe(true);
    expect(
      isProxySelf({ address: '0.0.0.0', port: 3128 }, { host: '10.200.0.1', port: 3128 }, []),
    ).toBe(true);
  });

  it('writes a complete refusal response for CONNECT', () => {
    expect(rawRefusal(403, 'x is not on the allowlist')).toBe(
      'HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: 48\r\nConnection: close\r\n\r\nairlock egress proxy: x is not on the allowlist\n',
    );
  });
});

describe('egress ledger', () => {
  it('records allows and denials with time, bytes and the rule, and applies the caps', () => {
    let now = 0;
    const ledger = createEgressLedger(
      parseEgressPolicy({ maxConnections: 1, maxBytes: 100 }),
      () => (now += 10),
    );
    const first = ledger.record('pypi.org', 443, {
      decision: 'allow',
      address: '151.101.0.223',
      reason: 'pypi.org is allowlisted',
    });
    expect(ledger.addBytes(first.id, 60)).toBe(true);
    ledger.record('evil.example', 443, {
      decision: 'deny',
      rule: 'host',
      reason: 'evil.example is not on the allowlist',
    });
    const third = ledger.record('pypi.org', 443, {
      decision: 'allow',
      address: '151.101.0.223',
      reason: 'ok',
    });
    expect(third.event).toMatchObject({ decision: 'deny', rule: 'connection-cap' });
    expect(ledger.addBytes(first.id, 50)).toBe(false);
    ledger.fail(first.id, 'byte cap reached');
    expect(ledger.events()[0]).toEqual({
      host: 'pypi.org',
      port: 443,
      address: '151.101.0.223',
      decision: 'allow',
      reason: 'pypi.org is allowlisted',
      bytes: 110,
      atMs: 10,
      error: 'byte cap reached',
    });
    expect(ledger.totals()).toEqual({ connections: 1, bytes: 110, unrecorded: 0 });
  });
});
