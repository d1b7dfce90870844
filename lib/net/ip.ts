// IP addresses and CIDR ranges, parsed by hand so the browser, the server and the tests share
// it (no node:net). An IPv4-mapped IPv6 address (::ffff:127.0.0.1, as a dual-stack socket
// reports an IPv4 client) is the IPv4 address it maps: one client, one key.

export type Ip = { version: 4 | 6; bytes: Uint8Array };
export type IpRange = { ip: Ip; prefix: number };

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    bytes[i] = Number(part);
  }
  return bytes;
}

function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const words: number[] = [];
  // An embedded IPv4 address may stand for the last two groups.
  const lastHalf = halves.length === 2 ? tail : head;
  let v4: Uint8Array | null = null;
  if (lastHalf.at(-1)?.includes('.')) {
    v4 = parseIpv4(lastHalf.pop()!);
    if (!v4) return null;
  }
  for (const group of [...head, ...tail]) if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
  const wanted = 8 - (v4 ? 2 : 0);
  const given = head.length + tail.length;
  if (halves.length === 1 ? given !== wanted : given > wanted - 1) return null;
  words.push(
    ...head.map((g) => parseInt(g, 16)),
    ...Array<number>(wanted - given).fill(0),
    ...tail.map((g) => parseInt(g, 16)),
  );
  const bytes = new Uint8Array(16);
  words.forEach((word, i) => {
    bytes[i * 2] = word >> 8;
    bytes[i * 2 + 1] = word & 0xff;
  });
  if (v4) bytes.set(v4, 12);
  return bytes;
}

const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];
const isMapped = (bytes: Uint8Array) => MAPPED_PREFIX.every((b, i) => bytes[i] === b);

/** An IPv4 or IPv6 address (no port, no brackets; a zone such as %eth0 is ignored), or null. */
export function parseIp(text: string): Ip | null {
  const plain = text.trim().replace(/%[\w.-]+$/, '');
  if (plain.includes(':')) {
    const bytes = parseIpv6(plain);
    if (!bytes) return null;
    return isMapped(bytes) ? { version: 4, bytes: bytes.slice(12) } : { version: 6, bytes };
  }
  const bytes = parseIpv4(plain);
  return bytes && { version: 4, bytes };
}

/** The address written the usual way: dotted IPv4, or RFC 5952 IPv6 (lower case, longest zero run as ::). */
export function formatIp(ip: Ip): string {
  if (ip.version === 4) return Array.from(ip.bytes).join('.');
  const words = Array.from({ length: 8 }, (_, i) => (ip.bytes[i * 2]! << 8) | ip.bytes[i * 2 + 1]!);
  let best = { at: -1, length: 1 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > best.length) best = { at: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = words.map((w) => w.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.length).join(':')}`;
}

/**
 * One entry of an X-Forwarded-For list as proxies write it: an address, possibly with a port
 * ("203.0.113.7:4711", "[2001:db8::1]:443"). Null when it is not an address ("unknown").
 */
export function parseHop(text: string): Ip | null {
  const entry = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return parseIp(bracketed[1]!);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  return parseIp(withPort ? withPort[1]! : entry);
}

/** "10.0.0.0/8", "fd00::/8" or a single address; null when it is neither. */
export function parseRange(text: string): IpRange | null {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  if (rest.length) return null;
  const written = address.includes(':') ? 6 : 4;
  const ip = parseIp(address);
  if (!ip) return null;
  const max = written === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  let prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return null;
  // A range written in IPv4-mapped form (::ffff:10.0.0.0/104) is the IPv4 range it maps.
  if (written === 6 && ip.version === 4) {
    if (prefix < 96) return null;
    prefix -= 96;
  }
  return { ip, prefix };
}

/** A range written back: "10.0.0.0/8", or a lone address when it holds one. */
export function formatRange({ ip, prefix }: IpRange): string {
  return prefix === (ip.version === 4 ? 32 : 128) ? formatIp(ip) : `${formatIp(ip)}/${prefix}`;
}

/** Parses a comma- or space-separated list of addresses and ranges; throws naming every bad entry. */
export function parseRanges(text: string): IpRange[] {
  const entries = text.split(/[\s,]+/).filter(Boolean);
  const bad = entries.filter((e) => !parseRange(e));
  if (bad.length) throw new Error(`not an IP address or CIDR range: ${bad.map((e) => `"${e}"`).join(', ')}`);
  return entries.map((e) => parseRange(e)!);
}

/** True when the address lies in the range (IPv4 and IPv6 never match each other). */
export function inRange(ip: Ip, range: IpRange): boolean {
  if (ip.version !== range.ip.version) return false;
  const whole = Math.floor(range.prefix / 8);
  for (let i = 0; i < whole; i++) if (ip.bytes[i] !== range.ip.bytes[i]) return false;
  const bits = range.prefix % 8;
  if (bits === 0) return true;
  const mask = (0xff << (8 - bits)) & 0xff;
  return (ip.bytes[whole]! & mask) === (range.ip.bytes[whole]! & mask);
}

export type ClientFacts = {
  /** The TCP peer's address, as the socket reports it. */
  socketAddress: string | undefined;
  /** The X-Forwarded-For header(s), joined with commas. */
  forwardedFor: string | undefined;
  /** Proxies whose X-Forwarded-For entries are believed (TRUSTED_PROXIES). */
  trusted: IpRange[];
};

/**
 * The address a request comes from, as far as it can be known: the socket's peer, unless that
 * peer is a trusted proxy; then X-Forwarded-For is read from the right (entries appended by
 * trusted proxies) and the first hop that is not trusted is the client. Entries further left
 * were written by the client and are never read. When every hop is trusted, the left-most is.
 */
export function clientAddressOf({ socketAddress, forwardedFor, trusted }: ClientFacts): string {
  const peer = parseIp(socketAddress ?? '');
  if (!peer) return socketAddress || 'unknown';
  const isTrusted = (ip: Ip) => trusted.some((range) => inRange(ip, range));
  let client = peer;
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  while (isTrusted(client)) {
    const entry = hops.pop();
    if (entry === undefined) break;
    const hop = parseHop(entry);
    // A trusted proxy wrote this entry; it is no address, so it names the client as well as anything can.
    if (!hop) return `unparsed:${entry.slice(0, 64)}`;
    client = hop;
  }
  return formatIp(client);
}

/**
 * The key a throttle counts an address under: an IPv4 address itself, an IPv6 address's /64
 * network (one subscriber usually holds a whole /64 and could pick a new address per request).
 */
export function throttleKey(address: string): string {
  const ip = parseIp(address);
  if (!ip || ip.version === 4) return address;
  const network = new Uint8Array(16);
  network.set(ip.bytes.slice(0, 8));
  return `${formatIp({ version: 6, bytes: network })}/64`;
}
