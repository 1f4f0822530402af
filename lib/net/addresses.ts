import { isIPv4, isIPv6 } from 'node:net';

/** An IP address as a number, so that prefixes can be compared; IPv4-mapped IPv6 counts as IPv4. */
interface Parsed {
  v: 4 | 6;
  value: bigint;
}

export interface AddressRange {
  v: 4 | 6;
  base: bigint;
  prefix: number;
}

function ipv4Value(text: string): bigint {
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Value(text: string): bigint {
  // A trailing dotted quad ("::ffff:1.2.3.4") is two groups.
  const dotted = text.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  let body = text;
  if (dotted) {
    const v4 = ipv4Value(dotted[2]!);
    body = `${dotted[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = body.split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}

const MAPPED_V4 = 0xffffn << 32n;

function parse(address: string): Parsed | null {
  if (isIPv4(address)) return { v: 4, value: ipv4Value(address) };
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return null;
  const value = ipv6Value(bare);
  if (value >> 32n === 0xffffn) return { v: 4, value: value - MAPPED_V4 };
  return { v: 6, value };
}

/**
 * The address in its plain form, or null when it is not one: "::ffff:10.0.0.1" → "10.0.0.1",
 * "[2001:db8::1]:443" → "2001:db8::1", "203.0.113.7:5678" → "203.0.113.7".
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.trim();
  const bracketed = text.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  const parsed = parse(text);
  if (!parsed) return null;
  if (parsed.v === 4) {
    const v = parsed.value;
    return [24n, 16n, 8n, 0n].map((shift) => String((v >> shift) & 0xffn)).join('.');
  }
  return text.replace(/%.*$/, '').toLowerCase();
}

/** "10.0.0.0/8", "2001:db8::/32" or a single address; null when it is neither. */
export function parseAddressRange(text: string): AddressRange | null {
  const [address, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined || !address) return null;
  const parsed = parse(address);
  if (!parsed) return null;
  const mapped = parsed.v === 4 && !isIPv4(address);
  const bits = parsed.v === 4 ? 32 : 128;
  let prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  // "::ffff:10.0.0.0/104" names IPv4 addresses in their mapped form.
  if (mapped && prefixText !== undefined) prefix -= 96;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return null;
  const shift = BigInt(bits - prefix);
  return { v: parsed.v, base: (parsed.value >> shift) << shift, prefix };
}

export function inRanges(address: string, ranges: readonly AddressRange[]): boolean {
  const parsed = parse(address);
  if (!parsed) return false;
  return ranges.some((range) => {
    if (range.v !== parsed.v) return false;
    const shift = BigInt((range.v === 4 ? 32 : 128) - range.prefix);
    return (parsed.value >> shift) << shift === range.base;
  });
}
