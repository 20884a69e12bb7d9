import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4, isIPv6 } from 'node:net';

// Who may read /metrics. The metrics hold no data (no unit, no figure, no user), but they say how
// busy the portal is and which operations run, so they are not for everyone: a caller from an
// allowed address range (METRICS_ALLOW, loopback by default), or one presenting METRICS_TOKEN.

export interface MetricsAccessSettings {
  /** `METRICS_TOKEN`: a bearer token that opens /metrics from any address; none by default. */
  token?: string;
  /** `METRICS_ALLOW`: addresses and ranges, comma-separated (`loopback`, `10.0.0.0/8`, `::1`), or `none`. */
  allow: string;
}

export const DEFAULT_METRICS_ALLOW = 'loopback';
/** A shorter token could be guessed by trying; a generated one (`openssl rand -hex 32`) is 64 characters. */
export const MIN_METRICS_TOKEN_LENGTH = 16;

/** The allow list as a BlockList (one that matches what is allowed); throws naming an entry it cannot read. */
export function parseAllowList(raw: string): BlockList {
  const list = new BlockList();
  for (const entry of raw.split(',').map((part) => part.trim())) {
    if (entry === '' || entry === 'none') continue;
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const parts = entry.split('/');
    const address = parts[0];
    const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
    const prefix = parts.length > 1 ? Number(parts[1]) : undefined;
    const widest = family === 'ipv4' ? 32 : 128;
    if (
      !family ||
      parts.length > 2 ||
      (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= widest))
    )
      throw new Error(
        `METRICS_ALLOW: "${entry}" is not an address or a range (such as 10.0.0.0/8, ::1 or loopback; "none" allows no address)`,
      );
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return list;
}

/** Whether a request from `address` with this Authorization header may read the metrics. */
export function metricsAccess(
  settings: MetricsAccessSettings,
): (address: string | undefined, authorization: string | undefined) => boolean {
  const allowed = parseAllowList(settings.allow);
  const expected = settings.token === undefined ? undefined : digest(`Bearer ${settings.token}`);
  return (address, authorization) => {
    // Compared as digests, in constant time: the comparison says nothing of how much of a guess was right.
    if (expected && authorization !== undefined && timingSafeEqual(digest(authorization), expected)) return true;
    if (address === undefined) return false;
    // An IPv4 client of a dual-stack socket appears as ::ffff:a.b.c.d; the ranges are written as IPv4.
    const plain = address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
    return isIPv4(plain) ? allowed.check(plain, 'ipv4') : isIPv6(plain) && allowed.check(plain, 'ipv6');
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();
