/**
 * IPv4 and IPv6 addresses and CIDR blocks for ISSUBSET and ISSUPERSET (STIX 2.1 section 9.6.1), as
 * (family, 128-bit value, prefix length). A plain address is a block of one (/32 or /128).
 *
 * @module
 */

export interface Cidr {
  readonly v6: boolean;
  /** The address, as an unsigned 32-bit (IPv4) or 128-bit (IPv6) integer, masked to the prefix. */
  readonly bits: bigint;
  readonly prefix: number;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || +p > 255) return undefined;
    v = (v << 8n) | BigInt(+p);
  }
  return v;
}

function parseV6(text: string): bigint | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const items = s.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (i === items.length - 1 && item.includes('.')) {
        const v4 = parseV4(item);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(item)) return undefined;
        out.push(parseInt(item, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  let v = 0n;
  for (const g of [...head, ...new Array<number>(halves.length === 2 ? fill : 0).fill(0), ...tail]) v = (v << 16n) | BigInt(g);
  return v;
}

const cache = new Map<string, Cidr | null>();

/** Parses `a.b.c.d`, `a.b.c.d/n`, an IPv6 address or `addr/n`; undefined when it is none of these. */
export function parseCidr(text: string): Cidr | undefined {
  const hit = cache.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const result = parseUncached(text);
  if (cache.size > 10_000) cache.clear();
  cache.set(text, result ?? null);
  return result;
}

function parseUncached(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const addr = slash < 0 ? text : text.slice(0, slash);
  const v6 = addr.includes(':');
  const value = v6 ? parseV6(addr) : parseV4(addr);
  if (value === undefined) return undefined;
  const width = v6 ? 128 : 32;
  let prefix = width;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p) || +p > width) return undefined;
    prefix = +p;
  }
  const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(width - prefix);
  return { v6, bits: value & mask, prefix };
}

/** Whether block `inner` lies wholly within block `outer` (equal blocks included). */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  if (inner.v6 !== outer.v6 || inner.prefix < outer.prefix) return false;
  const width = inner.v6 ? 128 : 32;
  const shift = BigInt(width - outer.prefix);
  return inner.bits >> shift === outer.bits >> shift;
}
