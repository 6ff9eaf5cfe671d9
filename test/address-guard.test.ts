// Which addresses a fetch may reach: only globally routable unicast ones, whatever form the address takes.
// These tests classify addresses; nothing here connects anywhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyAddress, isPublicAddress } from '../src/ingest/address-guard.js';

const range = (ip: string): string | undefined => classifyAddress(ip)?.range;

test('IPv4 loopback, private, link-local (cloud metadata), shared (CGNAT), multicast and reserved ranges are not public', () => {
  const cases: Array<[string, string]> = [
    ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'], ['0.0.0.0', 'this network'],
    ['10.0.0.1', 'private'], ['172.16.5.4', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'], ['100.64.0.1', 'shared (carrier-grade NAT)'], ['100.127.255.255', 'shared (carrier-grade NAT)'],
    ['224.0.0.251', 'multicast'], ['239.255.255.250', 'multicast'], ['240.0.0.1', 'reserved'], ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'], ['198.51.100.7', 'documentation'], ['203.0.113.9', 'documentation'], ['198.18.0.1', 'benchmarking'],
  ];
  for (const [ip, expected] of cases) {
    assert.equal(isPublicAddress(ip), false, ip);
    assert.equal(range(ip), expected, ip);
  }
});

test('public IPv4 addresses next to the private ranges are public', () => {
  for (const ip of ['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '169.253.1.1', '192.169.0.1', '11.0.0.1', '223.255.255.255']) {
    assert.equal(isPublicAddress(ip), true, ip);
  }
});

test('IPv6 loopback, unique-local, link-local, multicast, documentation and unspecified are not public', () => {
  const cases: Array<[string, string]> = [
    ['::1', 'loopback'], ['[::1]', 'loopback'], ['::', 'unspecified'], ['fc00::1', 'unique-local'], ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local'], ['ff02::1', 'multicast'], ['2001:db8::1', 'documentation'],
    ['100::1', 'discard-only'], ['2001::1', 'IETF protocol assignments (Teredo, benchmarking, ORCHID)'], ['fec0::1', 'site-local (deprecated)'],
  ];
  for (const [ip, expected] of cases) {
    assert.equal(isPublicAddress(ip), false, ip);
    assert.equal(range(ip), expected, ip);
  }
  assert.equal(isPublicAddress('2606:4700:4700::1111'), true);
  assert.equal(isPublicAddress('2a00:1450:4001:82a::200e'), true);
});

test('IPv6 forms that carry an IPv4 address are judged by it', () => {
  assert.equal(range('::ffff:127.0.0.1'), 'loopback');
  assert.equal(range('[::ffff:7f00:1]'), 'loopback'); // what new URL('http://[::ffff:127.0.0.1]/').hostname gives
  assert.equal(range('::ffff:10.1.2.3'), 'private');
  assert.equal(range('64:ff9b::a9fe:a9fe'), 'link-local'); // NAT64 of 169.254.169.254
  assert.equal(range('2002:c0a8:0101::1'), 'private'); // 6to4 of 192.168.1.1
  assert.equal(isPublicAddress('::ffff:8.8.8.8'), true);
});

test('host names, URL-normalised numeric hosts and garbage are handled: only a public IP is public', () => {
  assert.equal(classifyAddress('news.example.com'), null);
  assert.equal(isPublicAddress('news.example.com'), false);
  assert.equal(isPublicAddress('999.1.1.1'), false);
  assert.equal(isPublicAddress('1:2:3'), false);
  // The URL parser turns the numeric and short forms of 127.0.0.1 into the dotted quad the guard then refuses.
  for (const url of ['http://2130706433/', 'http://127.1/', 'http://0x7f.0.0.1/', 'http://[::ffff:127.0.0.1]/', 'http://[::1]:8080/']) {
    assert.equal(isPublicAddress(new URL(url).hostname), false, url);
  }
});
