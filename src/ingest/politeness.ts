// How Crosswire behaves towards each host during a polling round: it reads the host's robots.txt once,
// stays out of the pages it disallows, and spaces all its requests by the host's Crawl-delay. A feed the
// reader subscribed to is fetched as a browser would (as feed readers and Google's feed fetcher do: the
// subscription is the reader's own request); the pages its items link to are the site's to open or close.
import * as robotsModule from 'robots-parser';
import { DEFAULT_USER_AGENT, type FetchOptions, type FetchResult } from './fetcher.js';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
/** robots-parser is CommonJS: its function is the module's default export at run time. */
const robotsParser = (robotsModule as unknown as { default: (url: string, text: string) => Robots }).default;

/** A Crawl-delay longer than this is read as this: a site asking for minutes between requests still gets read. */
const MAX_CRAWL_DELAY_S = 30;

type Fetcher = (url: string, options: FetchOptions) => Promise<FetchResult>;

interface HostRules {
  allows: (url: string) => boolean;
  delayMs: number;
  why: string;
}

export class Politeness {
  private readonly rules = new Map<string, Promise<HostRules>>();
  /** By host name, not origin: http and https of one host are one server to be polite to. */
  private readonly lastRequest = new Map<string, number>();
  private readonly delays = new Map<string, number>();

  constructor(
    private readonly get: Fetcher,
    private readonly options: FetchOptions,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /**
   * Null when the URL may be fetched now (after waiting out the host's crawl delay), else why not: a page
   * its robots.txt disallows (`robots: true`). A URL that does not parse is the fetcher's to report.
   */
  async clear(url: string, { robots }: { robots: boolean }): Promise<string | null> {
    let origin: string;
    let hostname: string;
    try {
      ({ origin, hostname } = new URL(url));
    } catch {
      return null;
    }
    // A feed does not need the host's robots.txt; a page does, and then its Crawl-delay spaces everything
    // sent to that host, feeds included, for the rest of the round.
    let rules = this.rules.get(origin);
    if (!rules && robots) {
      rules = this.read(origin);
      this.rules.set(origin, rules);
    }
    const host = rules ? await rules : null;
    if (robots && host && !host.allows(url)) return host.why;
    const delayMs = Math.max(host?.delayMs ?? 0, this.delays.get(hostname) ?? 0);
    if (host) this.delays.set(hostname, delayMs);
    const last = this.lastRequest.get(hostname);
    const wait = last === undefined ? 0 : last + delayMs - this.clock();
    if (wait > 0) await this.sleep(wait);
    this.lastRequest.set(hostname, this.clock());
    return null;
  }

  private async read(origin: string): Promise<HostRules> {
    const robotsUrl = `${origin}/robots.txt`;
    const result = await this.get(robotsUrl, { ...this.options, maxBytes: 512 * 1024, etag: null, lastModified: null });
    const agent = this.options.userAgent ?? DEFAULT_USER_AGENT;
    if (result.kind === 'ok') {
      const robots = robotsParser(robotsUrl, Buffer.from(result.body).toString('utf8'));
      const delay = Math.min(MAX_CRAWL_DELAY_S, robots.getCrawlDelay(agent) ?? 0);
      return { allows: (url) => robots.isAllowed(url, agent) !== false, delayMs: delay * 1000, why: `disallowed by ${robotsUrl}` };
    }
    // RFC 9309: no robots.txt (a 4xx) allows everything; a server failing to give one disallows everything
    // for now. A refused address is the fetcher's own error to report on the item or feed itself.
    // So does one that redirects too often (RFC 9309 §2.3.1.2: it may be taken as unavailable).
    if (result.kind === 'error' && (result.code === 'refused-address' || result.code === 'too-many-redirects' || result.code === 'redirect-loop' || (result.status !== undefined && result.status < 500))) {
      return { allows: () => true, delayMs: 0, why: '' };
    }
    const reason = result.kind === 'error' ? `${result.code}: ${result.message}` : 'not modified';
    return { allows: () => false, delayMs: 0, why: `${robotsUrl} could not be read (${reason}): the site is left alone until it can` };
  }
}
