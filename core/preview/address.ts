// Address rules of parse preview (daemon-and-server.md §3.7 "Blocked address ranges"): literal hosts and every
// DNS answer are checked here, including IPv4 embedded in IPv4-mapped, NAT64 and 6to4 IPv6 addresses.
import ipaddr from 'ipaddr.js';

const V4_BLOCKED: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const V6_BLOCKED: Array<[string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
];
const V4_CIDRS = V4_BLOCKED.map(([a, n]) => [ipaddr.IPv4.parse(a), n] as [ipaddr.IPv4, number]);
const V6_CIDRS = V6_BLOCKED.map(([a, n]) => [ipaddr.IPv6.parse(a), n] as [ipaddr.IPv6, number]);

function v4Blocked(a: ipaddr.IPv4): boolean {
  return V4_CIDRS.some((c) => a.match(c));
}

/** The IPv4 address embedded in an IPv4-mapped (`::ffff:0:0/96`), NAT64 (`64:ff9b::/96`) or 6to4 (`2002::/16`) address. */
function embeddedV4(a: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const p = a.parts;
  const fromWords = (hi: number, lo: number): ipaddr.IPv4 => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (p[0] === 0 && p[1] === 0 && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0xffff)
    return fromWords(p[6], p[7]);
  if (p[0] === 0x64 && p[1] === 0xff9b && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0) {
    return fromWords(p[6], p[7]);
  }
  if (p[0] === 0x2002) return fromWords(p[1], p[2]);
  return undefined;
}

/** True when `address` (an IP literal, IPv6 without brackets) lies in a blocked range; unparsable → blocked. */
export function isBlockedAddress(address: string): boolean {
  let a: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    a = ipaddr.parse(address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, ''));
  } catch {
    return true;
  }
  if (a.kind() === 'ipv4') return v4Blocked(a as ipaddr.IPv4);
  const v6 = a as ipaddr.IPv6;
  if (V6_CIDRS.some((c) => v6.match(c))) return true;
  const v4 = embeddedV4(v6);
  return v4 !== undefined && v4Blocked(v4);
}

/** An IP literal as the WHATWG URL parser leaves it in `hostname` (IPv4 dotted, IPv6 in brackets). */
export function isIpLiteralHost(hostname: string): boolean {
  return /^\[.*\]$/.test(hostname) || /^\d+\.\d+\.\d+\.\d+$/.test(hostname);
}
