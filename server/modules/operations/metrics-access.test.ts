import { describe, expect, it } from 'vitest';
import { metricsAccess } from './metrics-access.js';

describe('metricsAccess', () => {
  it('lets loopback in by default, IPv4 and IPv6, and no one else', () => {
    const may = metricsAccess({ allow: 'loopback' });
    expect([may('127.0.0.1', undefined), may('::1', undefined), may('::ffff:127.0.0.1', undefined)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([may('10.0.0.1', undefined), may('::ffff:10.0.0.1', undefined), may(undefined, undefined)]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('lets in the ranges listed, and the token from anywhere', () => {
    const token = 'secret-token-0123456789';
    const may = metricsAccess({ allow: '10.0.0.0/8, 192.168.1.7, fd00::/8', token });
    expect([may('10.200.1.1', undefined), may('192.168.1.7', undefined), may('fd00::1', undefined)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([may('192.168.1.8', undefined), may('127.0.0.1', undefined)]).toEqual([false, false]);
    expect(may('203.0.113.5', `Bearer ${token}`)).toBe(true);
    expect([may('203.0.113.5', token), may('203.0.113.5', `Bearer ${token}x`), may('203.0.113.5', 'Bearer ')]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('lets no address in with none, only the token', () => {
    const may = metricsAccess({ allow: 'none', token: 'secret-token-0123456789' });
    expect(may('127.0.0.1', undefined)).toBe(false);
    expect(may('127.0.0.1', 'Bearer secret-token-0123456789')).toBe(true);
  });

  it('refuses a list it cannot read, naming the entry', () => {
    for (const entry of ['10.0.0.0/8/1', 'example.com', '::1/129', '10.0.0.1/x'])
      expect(() => metricsAccess({ allow: `loopback, ${entry}` })).toThrow(`METRICS_ALLOW: "${entry}"`);
  });
});
