// The reader over HTTP: pages, the JSON API, outgoing feeds and the two static files, behind one access
// guard and one set of security headers.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import type { FetchOptions } from '../ingest/fetcher.js';
import { BadFeedAddress } from '../ingest/subscribe.js';
import { BadCursor, FollowError, Reader } from '../reader/reader.js';
import type { Store } from '../store/store.js';
import { registerApi } from './api.js';
import { SCRIPT, SCRIPT_PATH, STYLE, STYLE_PATH } from './assets.js';
import { registerFeeds } from './feeds.js';
import { accessGuard, type AccessOptions } from './guard.js';
import { html, page } from './html.js';
import { registerPages } from './pages.js';
import { BadParameter } from './params.js';

export interface AppOptions {
  /** Who may write; by default the server listens on loopback and needs no token. */
  access?: AccessOptions;
  /** How subscribing through the API may fetch (private addresses refused unless allowed). */
  fetch?: FetchOptions;
}

const MAX_BODY = 64 * 1024;

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // Pictures stay off: an outlet's image address would tell the outlet who reads what, and when.
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const access = options.access ?? { token: null, loopback: true };
  const reader = new Reader(store);
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    // Outlets are not told which story a reader came from; the reader's own pages are.
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });
  app.use('*', accessGuard(access));
  // Nothing the reader takes in (a follow, a subscription, a sign-in) is large: a bigger body is refused
  // before it is read, not after.
  app.use('*', bodyLimit({ maxSize: MAX_BODY, onError: (c) => (c.req.path.startsWith('/api/') ? c.json({ error: `the body is larger than ${MAX_BODY / 1024} KB` }, 413) : c.text(`The form is larger than ${MAX_BODY / 1024} KB.`, 413)) }));
  // A client that has a page sends its ETag back and gets a 304 when nothing changed.
  app.use('/api/*', etag({ weak: true }));
  app.use('/feeds/*', etag({ weak: true }));

  const asset = (text: string, type: string) => (c: import('hono').Context) =>
    c.body(text, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=31536000, immutable' });
  app.get(STYLE_PATH, asset(STYLE, 'text/css; charset=utf-8'));
  app.get(SCRIPT_PATH, asset(SCRIPT, 'text/javascript; charset=utf-8'));

  registerApi(app, store, reader, options.fetch ?? {});
  registerFeeds(app, store, reader);
  registerPages(app, store, reader, access);

  app.onError((e, c) => {
    const data = c.req.path.startsWith('/api/') || c.req.path.startsWith('/feeds/');
    // What the reader asked for cannot be done as asked: the message says why.
    if (e instanceof BadParameter || e instanceof BadCursor || e instanceof FollowError || e instanceof BadFeedAddress) {
      return data ? c.json({ error: e.message }, 400) : c.html(page('Bad request', html`<h1>Bad request</h1><p>${e.message}</p><p><a href="/">Top stories</a></p>`), 400);
    }
    console.error(e);
    return data ? c.json({ error: 'internal error (see the server log)' }, 500) : c.html(page('Error', html`<h1>Something went wrong</h1><p>The error is in the server's log.</p>`), 500);
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ error: `no such endpoint: ${c.req.path}` }, 404) : c.html(page('Not found', html`<h1>Not found</h1><p><a href="/">Top stories</a></p>`), 404),
  );
  return app;
}
