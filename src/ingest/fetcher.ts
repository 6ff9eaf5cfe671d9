// One URL → its bytes, or a specific reason why not. Feed and page URLs come from strangers (an OPML file,
// a feed's links, a redirect), so every hop is checked against the address policy on the address actually
// connected to, and every read is bounded in time and size. Politeness: a clear User-Agent, compression,
// conditional GETs and the server's Retry-After passed back to the caller.
import { lookup as dnsLookup } from 'node:dns/promises';
import { STATUS_CODES } from 'node:http';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, request, type Dispatcher } from 'undici';
import { classifyAddress, isPublicAddress } from './address-guard.js';
import { charsetFromContentType } from './decode.js';
import { BodyDecodeError, readCappedBody } from './http-body.js';

export interface FetchOptions {
  /** Validators from the last successful fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** Whether an address may be contacted. Default: isPublicAddress(address). `--allow-private` passes () => true. */
  allowAddress?: (address: string, port: number) => boolean;
  /** Host name → addresses; default dns.promises.lookup(host, { all: true }). Injected in tests. */
  resolve?: (host: string) => Promise<string[]>;
  /** The whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Cap on the decoded body; a longer body is cut off here (truncated: true). */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  signal?: AbortSignal;
}

export type FetchErrorCode =
  | 'bad-url'
  | 'refused-address'
  | 'dns'
  | 'connection'
  | 'timeout'
  | 'http-status'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'decode'
  | 'aborted';

export type FetchResult =
  | {
      kind: 'ok';
      /** The URL finally fetched, after redirects. */
      url: string;
      status: number;
      contentType: string | null;
      charset: string | null;
      etag: string | null;
      lastModified: string | null;
      body: Uint8Array;
      truncated: boolean;
      /** Every URL that answered with a redirect, in order; the first is the URL asked for. */
      redirects: string[];
    }
  | { kind: 'not-modified'; url: string; etag: string | null; lastModified: string | null }
  | { kind: 'error'; url: string; code: FetchErrorCode; message: string; status?: number; retryAfterSeconds?: number };

type FetchError = Extract<FetchResult, { kind: 'error' }>;

export const DEFAULT_USER_AGENT = 'Crosswire/0.1 (news reader; +https://github.com/crosswire/crosswire)';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses that mean "come back later", where the server's Retry-After is worth keeping. */
const BACK_OFF_STATUSES = new Set([429, 503]);

interface Settings {
  etag: string | null;
  lastModified: string | null;
  allowAddress: (address: string, port: number) => boolean;
  /** Whether allowAddress is our public-only default, which can say why it refused. */
  defaultPolicy: boolean;
  resolve: (host: string) => Promise<string[]>;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

/** The state of one fetchUrl call: its time limit, its connections and the hop being fetched. */
interface Attempt {
  settings: Settings;
  deadline: Deadline;
  agent: Agent;
  /** Host name → the addresses checked for it, which are the only ones the agent may connect to. */
  pins: Map<string, readonly string[]>;
  url: string;
}

/** Thrown when the resolver fails, so that it is told apart from a failure to connect. */
class DnsError extends Error {}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const start = parseHttpUrl(url);
  if (typeof start === 'string') return failure(url, 'bad-url', start);
  const settings = withDefaults(options);
  const deadline = new Deadline(settings.timeoutMs, options.signal);
  const pins = new Map<string, readonly string[]>();
  const attempt: Attempt = { settings, deadline, agent: pinnedAgent(pins, settings.timeoutMs), pins, url: start.href };
  try {
    return await follow(start, attempt);
  } catch (e) {
    return failureFromException(attempt, e);
  } finally {
    deadline.clear();
    // Destroying rather than closing: a body left unread (cut off, or a redirect's) must not keep a socket open.
    await attempt.agent.destroy().catch(() => {});
  }
}

function withDefaults(options: FetchOptions): Settings {
  return {
    etag: options.etag ?? null,
    lastModified: options.lastModified ?? null,
    allowAddress: options.allowAddress ?? ((address) => isPublicAddress(address)),
    defaultPolicy: options.allowAddress === undefined,
    resolve: options.resolve ?? defaultResolve,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
  };
}

async function defaultResolve(host: string): Promise<string[]> {
  return (await dnsLookup(host, { all: true })).map((a) => a.address);
}

/** A URL we may fetch, or why not. */
function parseHttpUrl(text: string, base?: URL): URL | string {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return `not a valid URL: ${JSON.stringify(text)}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https URLs can be fetched, not ${url.protocol}`;
  return url;
}

function failure(url: string, code: FetchErrorCode, message: string, extra: Partial<FetchError> = {}): FetchError {
  return { kind: 'error', url, code, message, ...extra };
}

async function follow(start: URL, attempt: Attempt): Promise<FetchResult> {
  const redirects: string[] = [];
  // Fragments are never sent, so /a#x and /a are the same request.
  const seen = new Set<string>();
  let url = start;
  for (;;) {
    attempt.url = url.href;
    seen.add(withoutFragment(url));
    const refusal = await checkAndPin(url, attempt);
    if (refusal) return refusal;
    const response = await send(url, attempt);
    const location = redirectLocation(response);
    if (location === null) return await answer(url, response, redirects, attempt);
    discard(response.body);
    redirects.push(url.href);
    const next = parseHttpUrl(location, url);
    if (typeof next === 'string') return failure(url.href, 'bad-url', `redirected to a URL that cannot be fetched: ${next}`);
    if (seen.has(withoutFragment(next))) return failure(url.href, 'redirect-loop', `redirect loop: ${url.href} leads back to ${next.href}`);
    if (redirects.length > attempt.settings.maxRedirects) {
      return failure(url.href, 'too-many-redirects', `more than ${attempt.settings.maxRedirects} redirects (last one to ${next.href})`);
    }
    url = next;
  }
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

const bareHost = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/u, '$1');
const portOf = (url: URL): number => (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80);

/**
 * Checks every address the host has and pins the host to them, so the connection goes to an address that
 * was checked: resolving again at connect time would let a DNS answer change in between (rebinding).
 * URL parsing has already normalised IP literals (127.1, 2130706433, [::ffff:127.0.0.1]).
 */
async function checkAndPin(url: URL, attempt: Attempt): Promise<FetchError | null> {
  const host = bareHost(url);
  const port = portOf(url);
  const literal = isIP(host) !== 0;
  const addresses = literal ? [host] : await resolveHost(host, attempt);
  const refused = addresses.find((address) => !attempt.settings.allowAddress(address, port));
  if (refused !== undefined) return failure(url.href, 'refused-address', refusalMessage(host, refused, port, attempt.settings));
  // Node does not call a lookup function for an IP literal, so literals need no pin.
  if (!literal) attempt.pins.set(host, addresses);
  return null;
}

async function resolveHost(host: string, attempt: Attempt): Promise<string[]> {
  let addresses: string[];
  try {
    addresses = await untilAborted(attempt.settings.resolve(host), attempt.deadline.signal);
  } catch (e) {
    if (attempt.deadline.signal.aborted) throw e;
    throw new DnsError(`cannot resolve ${host}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (addresses.length === 0) throw new DnsError(`cannot resolve ${host}: no addresses`);
  const notAddress = addresses.find((a) => isIP(a) === 0);
  if (notAddress !== undefined) throw new DnsError(`cannot resolve ${host}: the resolver answered ${JSON.stringify(notAddress)}, not an address`);
  return addresses;
}

function refusalMessage(host: string, address: string, port: number, settings: Settings): string {
  const target = address === host ? `${address}` : `${host} (${address})`;
  if (!settings.defaultPolicy) return `refused to connect to ${target} port ${port}: address not allowed`;
  const range = classifyAddress(address)?.range ?? 'non-public';
  return `refused to connect to ${target}: ${range} address, not on the public internet (--allow-private allows it)`;
}

/** A resolver that answers only with the addresses pinned for a host; anything else is a bug, refused. */
function pinnedLookup(pins: ReadonlyMap<string, readonly string[]>): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family ?? 0);
    const entries = (pins.get(hostname.toLowerCase()) ?? [])
      .map((address) => ({ address, family: isIP(address) }))
      .filter((e) => family === 0 || e.family === family);
    const first = entries[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error(`${hostname} was not checked before connecting`);
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
    } else if (options.all) callback(null, entries);
    else callback(null, first.address, first.family);
  };
}

function pinnedAgent(pins: ReadonlyMap<string, readonly string[]>, timeoutMs: number): Agent {
  // undici's own timeouts are set no longer than ours, so they never outlast the fetch's time limit.
  return new Agent({
    connect: { lookup: pinnedLookup(pins), timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
}

function requestHeaders(settings: Settings): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (settings.etag) headers['if-none-match'] = settings.etag;
  if (settings.lastModified) headers['if-modified-since'] = settings.lastModified;
  return headers;
}

async function send(url: URL, attempt: Attempt): Promise<Dispatcher.ResponseData> {
  return await request(url, {
    method: 'GET',
    headers: requestHeaders(attempt.settings),
    dispatcher: attempt.agent,
    signal: attempt.deadline.signal,
  });
}

function header(response: Dispatcher.ResponseData, name: string): string | null {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function redirectLocation(response: Dispatcher.ResponseData): string | null {
  return REDIRECT_STATUSES.has(response.statusCode) ? header(response, 'location') : null;
}

/** Drops a body we do not want, without waiting for it. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

async function answer(url: URL, response: Dispatcher.ResponseData, redirects: string[], attempt: Attempt): Promise<FetchResult> {
  const status = response.statusCode;
  const etag = header(response, 'etag');
  const lastModified = header(response, 'last-modified');
  if (status === 304) {
    discard(response.body);
    return { kind: 'not-modified', url: url.href, etag: etag ?? attempt.settings.etag, lastModified: lastModified ?? attempt.settings.lastModified };
  }
  if (status < 200 || status > 299) {
    discard(response.body);
    return statusFailure(url, response);
  }
  const contentType = header(response, 'content-type');
  const { bytes, truncated } = await readCappedBody(response.body, header(response, 'content-encoding'), attempt.settings.maxBytes);
  return { kind: 'ok', url: url.href, status, contentType, charset: charsetFromContentType(contentType), etag, lastModified, body: bytes, truncated, redirects };
}

function statusFailure(url: URL, response: Dispatcher.ResponseData): FetchError {
  const status = response.statusCode;
  const message = `HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`;
  const retryAfter = BACK_OFF_STATUSES.has(status) ? parseRetryAfter(header(response, 'retry-after')) : null;
  return failure(url.href, 'http-status', message, retryAfter === null ? { status } : { status, retryAfterSeconds: retryAfter });
}

function failureFromException(attempt: Attempt, e: unknown): FetchError {
  const { deadline, url } = attempt;
  if (deadline.timedOut) return failure(url, 'timeout', `no complete answer within ${attempt.settings.timeoutMs} ms`);
  if (deadline.signal.aborted) return failure(url, 'aborted', 'fetch aborted');
  if (e instanceof DnsError) return failure(url, 'dns', e.message);
  if (e instanceof BodyDecodeError) return failure(url, 'decode', e.message);
  const code = (e as { code?: unknown })?.code;
  // undici's own timers; only reached when its limits are shorter than the deadline's remaining time.
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return failure(url, 'timeout', `no complete answer within ${attempt.settings.timeoutMs} ms`);
  }
  return failure(url, 'connection', connectionMessage(e));
}

function connectionMessage(e: unknown): string {
  const error = e as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const detail = error?.cause?.code ?? error?.code;
  const message = error?.message ?? String(e);
  return detail && !message.includes(detail) ? `${message} (${detail})` : message;
}

/** One time limit for the whole fetch, and the caller's signal, as one AbortSignal. */
class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly outer: AbortSignal | undefined;
  private readonly onOuterAbort = (): void => this.controller.abort(this.outer?.reason);
  timedOut = false;

  constructor(ms: number, outer?: AbortSignal) {
    this.outer = outer;
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error(`timed out after ${ms} ms`));
    }, ms);
    if (outer?.aborted) this.onOuterAbort();
    else outer?.addEventListener('abort', this.onOuterAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }
}

/** The promise's outcome, or a rejection as soon as the signal aborts (for work that takes no signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Seconds to wait, from a Retry-After value: delta-seconds ("120") or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/u.test(text)) return Number(text);
  // HTTP dates (IMF-fixdate and the obsolete RFC 850 and asctime forms) all start with a day name;
  // requiring it keeps Date.parse from reading stray numbers as years.
  if (!/^[a-z]{3,9},? /iu.test(text)) return null;
  // asctime dates carry no zone but mean GMT, which Date.parse would not assume.
  const at = Date.parse(/\b(?:GMT|UTC)\b|[+-]\d{4}$/iu.test(text) ? text : `${text} GMT`);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
