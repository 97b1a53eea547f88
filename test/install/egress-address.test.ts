import { describe, expect, it } from 'vitest';
import { canonicalAddress, classifyAddress } from '../../src/config/egress-address.js';

describe('classifyAddress', () => {
  it.each([
    ['93.184.216.34', 'public'],
    ['104.16.0.1', 'public'],
    ['2606:4700::6810:84e5', 'public'],
  ])('treats %s as a public destination', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fec0::1', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.254', 'shared'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['168.63.129.16', 'metadata'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['2001:db8::1', 'reserved'],
  ])('refuses %s as %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['::ffff:100.64.0.1', 'shared'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['::ffff:224.0.0.1', 'multicast'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['0:0:0:0:0:ffff:192.168.0.1', 'private'],
  ])('sees through the IPv4-mapped form %s (%s)', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it('classifies NAT64 and 6to4 addresses by the IPv4 address they carry', () => {
    expect(classifyAddress('64:ff9b::a9fe:a9fe')).toBe('metadata');
    expect(classifyAddress('64:ff9b::5db8:d822')).toBe('public');
    expect(classifyAddress('2002:7f00:1::1')).toBe('loopback');
  });

  it('refuses IPv6 outside global unicast and Teredo tunnels', () => {
    expect(classifyAddress('4000::1')).toBe('reserved');
    expect(classifyAddress('2001:0:4136:e378::1')).toBe('reserved');
    expect(classifyAddress('::ffff:0:1.2.3.4')).toBe('reserved');
  });

  it.each([
    'registry.npmjs.org',
    '127.1',
    '0x7f.0.0.1',
    '2130706433',
    '010.0.0.1',
    'fe80::1%eth0',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '',
  ])('does not read %s as an IP address', (text) => {
    expect(classifyAddress(text)).toBeUndefined();
  });
});

describe('canonicalAddress', () => {
  it('makes mapped, bracketed and padded forms of one address equal', () => {
    expect(canonicalAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(canonicalAddress('[::1]')).toBe(canonicalAddress('0:0:0:0:0:0:0:1'));
    expect(canonicalAddress('2001:DB8:0::1')).toBe('2001:db8:0:0:0:0:0:1');
  });
});
