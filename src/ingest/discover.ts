// A site's homepage → its feeds: the ones it announces with <link rel="alternate">, then the addresses
// where publishing software puts them by default, for a subscription given as "harbourtimes.example".
import { Parser } from 'htmlparser2';

const FEED_TYPES = /^application\/(?:rss|atom|rdf|feed)\+(?:xml|json)$|^application\/(?:rss|atom|rdf)\+?xml$|^application\/json$|^text\/xml$/iu;

/** Where WordPress, Blogger, Ghost, Hugo, Jekyll and most CMSs serve a site's feed when it names none. */
export const COMMON_FEED_PATHS = ['/feed', '/rss', '/feed.xml', '/rss.xml', '/atom.xml', '/index.xml', '/feed/', '/rss/', '/feeds/posts/default', '/feed.json'];

/** The feeds a page announces, absolute, in page order, each once (a page's comment feeds last). */
export function announcedFeeds(html: string, pageUrl: string): string[] {
  const found: Array<{ url: string; comments: boolean }> = [];
  let base = pageUrl;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && attrs['href']) {
          try {
            base = new URL(attrs['href'], pageUrl).href;
          } catch {
            // A broken <base> leaves the page's own address.
          }
        }
        if ((name !== 'link' && name !== 'a') || !attrs['href']) return;
        const rel = (attrs['rel'] ?? '').toLowerCase().split(/\s+/u);
        if (!rel.includes('alternate') || !FEED_TYPES.test((attrs['type'] ?? '').trim())) return;
        try {
          const url = new URL(attrs['href'], base).href;
          if (/^https?:/iu.test(url)) found.push({ url, comments: /comment/iu.test(`${attrs['title'] ?? ''} ${url}`) });
        } catch {
          // An address that does not parse is no feed.
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const ordered = [...found.filter((f) => !f.comments), ...found.filter((f) => f.comments)].map((f) => f.url);
  return [...new Set(ordered)];
}

/** The default feed addresses to try on a site that announces none. */
export function commonFeedUrls(siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  return COMMON_FEED_PATHS.map((p) => `${origin}${p}`);
}
