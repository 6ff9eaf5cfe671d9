// Addresses found in a page, made absolute: links and pictures are shown away from the page, where a
// relative address means nothing, and only a few kinds of address are safe to show at all.

/**
 * What the page's relative addresses are relative to: its `<base href>` (itself relative to the page),
 * else the address it was fetched from, else its canonical address (a page read from a file has no other).
 */
export function pageBase(base: string | null, url: string | null, canonical: string | null): URL | null {
  const page = parseHttp(url) ?? parseHttp(canonical);
  if (base) {
    try {
      const declared = page ? new URL(base, page) : new URL(base);
      if (declared.protocol === 'http:' || declared.protocol === 'https:') return declared;
    } catch {
      // A broken <base> is ignored, as browsers do.
    }
  }
  return page;
}

function parseHttp(address: string | null): URL | null {
  if (!address) return null;
  try {
    const u = new URL(address);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Link targets worth keeping: the web and e-mail. javascript:, data:, vbscript: and the rest never are. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const PICTURE_PROTOCOLS = new Set(['http:', 'https:']);

/** `href` made absolute against `base`, or null when it cannot be, or is not a web or mail address. */
export function linkUrl(href: string, base: URL | null): string | null {
  return absolute(href, base, LINK_PROTOCOLS);
}

/** `src` made absolute against `base`, or null when it is not a web address (data: and blob: included). */
export function pictureAddress(src: string, base: URL | null): string | null {
  return absolute(src, base, PICTURE_PROTOCOLS);
}

function absolute(raw: string, base: URL | null, protocols: ReadonlySet<string>): string | null {
  // Browsers strip these before reading an address; "java\tscript:" is still javascript:.
  const address = raw.trim().replace(/[\t\n\r]/gu, '');
  if (!address) return null;
  let u: URL;
  try {
    u = base ? new URL(address, base) : new URL(address);
  } catch {
    return null;
  }
  return protocols.has(u.protocol) ? u.href : null;
}
