// Who may do what. Reading is open to whoever reaches the server. Writing (follows, mutes, subscriptions)
// needs the server's token when it listens beyond this machine; on loopback it needs none, but a web page
// elsewhere must not be able to write through the reader's browser (a cross-site form, or a DNS name
// rebound to 127.0.0.1), so writes must come from the reader's own pages and every request must name
// this machine as its host.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';

export const TOKEN_COOKIE = 'crosswire_token';

export interface AccessOptions {
  /** Required for writes when set (the server listens beyond loopback). */
  token: string | null;
  /** True when the server listens on loopback only: then requests must name a loopback host. */
  loopback: boolean;
}

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/iu;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/u.test(host);
}

export function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request presents: `Authorization: Bearer …`, else the sign-in cookie. */
export function presentedToken(c: Context): string | null {
  const auth = c.req.header('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  return getCookie(c, TOKEN_COOKIE) ?? null;
}

export function isAuthorised(c: Context, options: AccessOptions): boolean {
  if (!options.token) return true;
  const given = presentedToken(c);
  return given !== null && sameSecret(given, options.token);
}

/**
 * Whether the request comes from a page of this same server (or from no page at all: curl, the CLI).
 * Browsers that send Sec-Fetch-Site say it outright; for others the Origin must be this host. (Under a
 * no-referrer policy Chromium sends "Origin: null" even for the page's own forms, so Sec-Fetch-Site comes first.)
 */
function sameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  try {
    return new URL(origin).host.toLowerCase() === (c.req.header('host') ?? '').toLowerCase();
  } catch {
    return false;
  }
}

function refuse(c: Context, status: 400 | 401 | 403, message: string): Response {
  return c.req.path.startsWith('/api/') ? c.json({ error: message }, status) : c.text(message, status);
}

export function accessGuard(options: AccessOptions): MiddlewareHandler {
  return async (c, next) => {
    // A request without a Host never crossed a network (HTTP/1.1 requires one): an in-process call.
    const host = c.req.header('host');
    if (options.loopback && host !== undefined && !LOOPBACK_HOST.test(host)) {
      return refuse(c, 400, 'this reader answers only to localhost or 127.0.0.1 (the request named another host)');
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      if (!sameOrigin(c)) return refuse(c, 403, 'writes must come from the reader itself, not from another site');
      // Signing in is how a browser presents the token: it cannot need the token already.
      const signingIn = c.req.method === 'POST' && c.req.path === '/sign-in';
      if (!signingIn && !isAuthorised(c, options)) return refuse(c, 401, 'this server needs its token to change anything: sign in at /sign-in, or send Authorization: Bearer TOKEN');
    }
    await next();
  };
}
