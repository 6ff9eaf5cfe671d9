// Which network addresses Crosswire may fetch from. A feed reader fetches addresses that strangers give it
// (a feed, a redirect, a link in an item), so without this check it could be made to read the machine's
// own services, the local network, or a cloud provider's metadata service. Only globally routable unicast
// addresses are public; everything else needs the user's explicit `--allow-private`.

/** Why an address is not public, or "public". */
export interface AddressVerdict {
  public: boolean;
  /** The range it falls in: "loopback", "private", "link-local", "public", ... */
  range: string;
}

interface Range4 {
  base: number;
  bits: number;
  range: string;
}

const cidr4 = (address: string, bits: number, range: string): Range4 => ({ base: ipv4ToNumber(address) as number, bits, range });

/** IPv4 ranges that are not globally routable unicast (IANA special-purpose registry). */
const SPECIAL_4: readonly Range4[] = [
  cidr4('0.0.0.0', 8, 'this network'),
  cidr4('10.0.0.0', 8, 'private'),
  cidr4('100.64.0.0', 10, 'shared (carrier-grade NAT)'),
  cidr4('127.0.0.0', 8, 'loopback'),
  cidr4('169.254.0.0', 16, 'link-local'),
  cidr4('172.16.0.0', 12, 'private'),
  cidr4('192.0.0.0', 24, 'IETF protocol assignments'),
  cidr4('192.0.2.0', 24, 'documentation'),
  cidr4('192.88.99.0', 24, '6to4 relay'),
  cidr4('192.168.0.0', 16, 'private'),
  cidr4('198.18.0.0', 15, 'benchmarking'),
  cidr4('198.51.100.0', 24, 'documentation'),
  cidr4('203.0.113.0', 24, 'documentation'),
  cidr4('224.0.0.0', 4, 'multicast'),
  cidr4('240.0.0.0', 4, 'reserved'),
];

function ipv4ToNumber(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/u.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

function classify4(n: number): AddressVerdict {
  for (const r of SPECIAL_4) {
    const size = 2 ** (32 - r.bits);
    if (n >= r.base && n < r.base + size) return { public: false, range: r.range };
  }
  return { public: true, range: 'public' };
}

/** The eight 16-bit groups of an IPv6 address, or null. Accepts "::", an embedded IPv4 tail and a zone. */
function ipv6Groups(text: string): number[] | null {
  const address = text.replace(/%.*$/u, '');
  if (!/^[\da-f:.]+$/iu.test(address) || !address.includes(':')) return null;
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = ipv4ToNumber(piece);
        if (v4 === null) return null;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[\da-f]{1,4}$/iu.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = parse(halves[0] as string);
  const tail = halves.length === 2 ? parse(halves[1] as string) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

const embedded4 = (g: readonly number[], at: number): number => (g[at] as number) * 65536 + (g[at + 1] as number);

function classify6(g: readonly number[]): AddressVerdict {
  const [a = 0, b = 0, c = 0] = g;
  const zeroUntil = (i: number): boolean => g.slice(0, i).every((x) => x === 0);
  // Forms that carry an IPv4 address: judged by it, so that ::ffff:127.0.0.1 is loopback.
  if (zeroUntil(5) && g[5] === 0xffff) return classify4(embedded4(g, 6));
  if (a === 0x64 && b === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classify4(embedded4(g, 6));
  if (a === 0x2002) return classify4(b * 65536 + c);
  if (zeroUntil(7) && g[7] === 0) return { public: false, range: 'unspecified' };
  if (zeroUntil(7) && g[7] === 1) return { public: false, range: 'loopback' };
  if (zeroUntil(6)) return { public: false, range: 'IPv4-compatible (deprecated)' };
  if (a === 0x64 && b === 0xff9b) return { public: false, range: 'local NAT64' };
  if (a === 0x100 && b === 0 && c === 0 && g[3] === 0) return { public: false, range: 'discard-only' };
  if (a === 0x2001 && b === 0xdb8) return { public: false, range: 'documentation' };
  if (a === 0x2001 && b < 0x200) return { public: false, range: 'IETF protocol assignments (Teredo, benchmarking, ORCHID)' };
  if (a === 0x3fff && b < 0x1000) return { public: false, range: 'documentation' };
  if ((a & 0xfe00) === 0xfc00) return { public: false, range: 'unique-local' };
  if ((a & 0xffc0) === 0xfe80) return { public: false, range: 'link-local' };
  if ((a & 0xffc0) === 0xfec0) return { public: false, range: 'site-local (deprecated)' };
  if ((a & 0xff00) === 0xff00) return { public: false, range: 'multicast' };
  // Global unicast is 2000::/3; the rest of the space is unallocated.
  if ((a & 0xe000) !== 0x2000) return { public: false, range: 'unallocated' };
  return { public: true, range: 'public' };
}

/** The verdict on an IPv4 or IPv6 address as DNS or a URL gives it ("[::1]" too), or null for a name. */
export function classifyAddress(ip: string): AddressVerdict | null {
  const text = ip.trim().replace(/^\[(.*)\]$/u, '$1');
  const v4 = ipv4ToNumber(text);
  if (v4 !== null) return classify4(v4);
  const v6 = ipv6Groups(text);
  return v6 ? classify6(v6) : null;
}

/** True only for a globally routable unicast address; false for every other address and for anything else. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip)?.public === true;
}
