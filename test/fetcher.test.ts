// Fetching one URL: the bytes come back decoded and bounded, servers are asked politely, and no URL a
// stranger supplies can make Crosswire contact the machine's own or its network's services. Every server
// here is started by the test on 127.0.0.1; nothing else is ever contacted.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it, type TestContext } from 'node:test';
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from 'node:zlib';
import { fetchUrl, parseRetryAfter, type FetchOptions, type FetchResult } from '../src/ingest/fetcher.js';

interface TestServer {
  port: number;
  url: string;
  /** Every request the server received. */
  requests: IncomingMessage[];
}

type Handler = (req: IncomingMessage, res: ServerResponse, server: TestServer) => void;

async function serve(t: TestContext, handler: Handler, host = '127.0.0.1'): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const state: TestServer = { port: 0, url: '', requests };
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res, state);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  state.port = (server.address() as AddressInfo).port;
  state.url = `http://${host}:${state.port}`;
  t.after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return state;
}

/** Only the loopback test server's port: the tests that allow it say so. */
const allowPort =
  (...ports: number[]): FetchOptions['allowAddress'] =>
  (_address, port) =>
    ports.includes(port);

function ok(result: FetchResult): Extract<FetchResult, { kind: 'ok' }> {
  assert.equal(result.kind, 'ok', JSON.stringify(result));
  return result as Extract<FetchResult, { kind: 'ok' }>;
}

function failed(result: FetchResult): Extract<FetchResult, { kind: 'error' }> {
  assert.equal(result.kind, 'error', JSON.stringify({ ...result, body: undefined }));
  return result as Extract<FetchResult, { kind: 'error' }>;
}

const text = (body: Uint8Array): string => Buffer.from(body).toString('utf8');

describe('fetchUrl: successful fetches', () => {
  it('returns the body, final URL, charset and validators, and identifies itself', async (t) => {
    const server = await serve(t, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1', etag: '"v1"', 'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT' });
      res.end('<p>Ferry suspended</p>');
    });
    const r = ok(await fetchUrl(`${server.url}/news`, { allowAddress: allowPort(server.port) }));
    assert.equal(r.url, `${server.url}/news`);
    assert.equal(r.status, 200);
    assert.equal(text(r.body), '<p>Ferry suspended</p>');
    assert.equal(r.truncated, false);
    assert.equal(r.contentType, 'text/html; charset=ISO-8859-1');
    assert.equal(r.charset, 'iso-8859-1');
    assert.equal(r.etag, '"v1"');
    assert.equal(r.lastModified, 'Wed, 21 Oct 2015 07:28:00 GMT');
    assert.deepEqual(r.redirects, []);
    assert.match(server.requests[0]?.headers['user-agent'] ?? '', /^Crosswire\//u);
  });

  it('follows redirects and reports the final URL and the way there', async (t) => {
    const server = await serve(t, (req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/moved' }).end();
      else if (req.url === '/moved') res.writeHead(302, { location: `${server.url}/feed.xml` }).end();
      else res.end('<rss/>');
    });
    const r = ok(await fetchUrl(`${server.url}/old`, { allowAddress: allowPort(server.port) }));
    assert.equal(r.url, `${server.url}/feed.xml`);
    assert.deepEqual(r.redirects, [`${server.url}/old`, `${server.url}/moved`]);
    assert.equal(text(r.body), '<rss/>');
  });

  for (const [encoding, compress] of [
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
    ['deflate', deflateSync],
  ] as const) {
    it(`asks for compression and decodes a ${encoding} response`, async (t) => {
      const page = 'São Miguel ferry “suspended” '.repeat(500);
      const server = await serve(t, (req, res) => {
        const accepted = String(req.headers['accept-encoding']).split(/,\s*/u);
        if (!accepted.includes(encoding)) return void res.writeHead(406).end();
        res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'text/plain; charset=utf-8' });
        res.end(compress(Buffer.from(page)));
      });
      const r = ok(await fetchUrl(server.url, { allowAddress: allowPort(server.port) }));
      assert.equal(text(r.body), page);
      assert.equal(r.truncated, false);
    });
  }

  it('reports a body that is not what its Content-Encoding says as a decode error', async (t) => {
    const server = await serve(t, (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end('plain text, not gzip'));
    assert.equal(failed(await fetchUrl(server.url, { allowAddress: allowPort(server.port) })).code, 'decode');
  });

  it('makes a conditional GET and reports "not modified" on 304', async (t) => {
    const server = await serve(t, (req, res) => {
      if (req.headers['if-none-match'] === '"v2"') return void res.writeHead(304, { etag: '"v2"' }).end();
      res.writeHead(200, { etag: '"v2"', 'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT' }).end('<rss>fresh</rss>');
    });
    const allowAddress = allowPort(server.port);
    const first = ok(await fetchUrl(server.url, { allowAddress }));
    const second = await fetchUrl(server.url, { allowAddress, etag: first.etag, lastModified: first.lastModified });
    assert.deepEqual(second, { kind: 'not-modified', url: `${server.url}/`, etag: '"v2"', lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT' });
    assert.equal(server.requests[1]?.headers['if-modified-since'], 'Wed, 21 Oct 2015 07:28:00 GMT');
  });
});

describe('fetchUrl: HTTP errors', () => {
  it('passes on Retry-After in seconds with a 429', async (t) => {
    const server = await serve(t, (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'));
    const r = failed(await fetchUrl(server.url, { allowAddress: allowPort(server.port) }));
    assert.equal(r.code, 'http-status');
    assert.equal(r.status, 429);
    assert.equal(r.retryAfterSeconds, 120);
  });

  it('passes on Retry-After as an HTTP date', async (t) => {
    const server = await serve(t, (_req, res) => {
      res.writeHead(503, { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() }).end();
    });
    const r = failed(await fetchUrl(server.url, { allowAddress: allowPort(server.port) }));
    assert.equal(r.status, 503);
    assert.ok(r.retryAfterSeconds !== undefined && r.retryAfterSeconds > 3_000 && r.retryAfterSeconds <= 3_600, String(r.retryAfterSeconds));
  });

  it('reports a server error, and fetches normally once the server recovers', async (t) => {
    let calls = 0;
    const server = await serve(t, (_req, res) => (++calls === 1 ? res.writeHead(500).end('oops') : res.end('<rss/>')));
    const allowAddress = allowPort(server.port);
    const first = failed(await fetchUrl(server.url, { allowAddress }));
    assert.equal(first.code, 'http-status');
    assert.equal(first.status, 500);
    assert.equal(first.retryAfterSeconds, undefined);
    assert.equal(text(ok(await fetchUrl(server.url, { allowAddress })).body), '<rss/>');
  });

  it('reports 404 with its status', async (t) => {
    const server = await serve(t, (_req, res) => res.writeHead(404).end());
    const r = failed(await fetchUrl(server.url, { allowAddress: allowPort(server.port) }));
    assert.equal(r.code, 'http-status');
    assert.equal(r.status, 404);
    assert.match(r.message, /404 Not Found/u);
  });
});

describe('fetchUrl: time and size limits', () => {
  it('gives up on a server that never answers', { timeout: 10_000 }, async (t) => {
    const server = await serve(t, () => {});
    const r = failed(await fetchUrl(server.url, { allowAddress: allowPort(server.port), timeoutMs: 300 }));
    assert.equal(r.code, 'timeout');
  });

  it('gives up on a server that drips its body a byte at a time', { timeout: 10_000 }, async (t) => {
    const server = await serve(t, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('x'), 200);
      res.on('close', () => clearInterval(timer));
    });
    const r = failed(await fetchUrl(server.url, { allowAddress: allowPort(server.port), timeoutMs: 700 }));
    assert.equal(r.code, 'timeout');
  });

  it('stops when the caller aborts', { timeout: 10_000 }, async (t) => {
    const server = await serve(t, () => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const r = failed(await fetchUrl(server.url, { allowAddress: allowPort(server.port), signal: controller.signal }));
    assert.equal(r.code, 'aborted');
  });

  it('cuts a huge body off at maxBytes without reading the rest', { timeout: 20_000 }, async (t) => {
    const total = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const server = await serve(t, (_req, res) => {
      res.writeHead(200, { 'content-length': String(total) });
      let sent = 0;
      const pump = (): void => {
        while (sent < total && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const r = ok(await fetchUrl(server.url, { allowAddress: allowPort(server.port), maxBytes: 1024 * 1024 }));
    assert.equal(r.truncated, true);
    assert.equal(r.body.length, 1024 * 1024);
  });

  it('cuts a gzip bomb off at maxBytes of decompressed data', { timeout: 30_000 }, async (t) => {
    const bomb = await gzipZeros(200 * 1024 * 1024);
    assert.ok(bomb.length < 1024 * 1024);
    const server = await serve(t, (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    const r = ok(await fetchUrl(server.url, { allowAddress: allowPort(server.port), maxBytes: 2 * 1024 * 1024 }));
    assert.equal(r.truncated, true);
    assert.equal(r.body.length, 2 * 1024 * 1024);
    assert.ok(r.body.every((b) => b === 0));
  });

  it('does not call a body that ends exactly at maxBytes truncated', async (t) => {
    const server = await serve(t, (_req, res) => res.end(Buffer.alloc(1000, 'b')));
    const r = ok(await fetchUrl(server.url, { allowAddress: allowPort(server.port), maxBytes: 1000 }));
    assert.equal(r.body.length, 1000);
    assert.equal(r.truncated, false);
  });
});

/** `bytes` zeros, gzipped a megabyte at a time so the test never holds them all. */
async function gzipZeros(bytes: number): Promise<Buffer> {
  const gzip = createGzip();
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let sent = 0; sent < bytes; sent += zeros.length) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(out);
}

describe('fetchUrl: redirects', () => {
  it('stops a redirect loop', async (t) => {
    const server = await serve(t, (req, res) => res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end());
    const r = failed(await fetchUrl(`${server.url}/a`, { allowAddress: allowPort(server.port) }));
    assert.equal(r.code, 'redirect-loop');
    assert.equal(server.requests.length, 2);
  });

  it('stops after maxRedirects', async (t) => {
    const server = await serve(t, (req, res) => res.writeHead(307, { location: `/r${Number(req.url?.slice(2) || 0) + 1}` }).end());
    const r = failed(await fetchUrl(`${server.url}/r0`, { allowAddress: allowPort(server.port), maxRedirects: 3 }));
    assert.equal(r.code, 'too-many-redirects');
    assert.equal(server.requests.length, 4);
  });

  it('refuses a redirect to an address that is not allowed, in every spelling of loopback, before sending it anything', async (t) => {
    const inside = await serve(t, (_req, res) => res.end('secret'));
    const targets = ['127.0.0.1', 'localhost', '[::1]', '[::ffff:127.0.0.1]', '2130706433', '127.1'].map((host) => `http://${host}:${inside.port}/admin`);
    // The allowed server redirects to the address named in its query.
    const outside = await serve(t, (req, res) => res.writeHead(302, { location: decodeURIComponent((req.url ?? '').split('?to=')[1] ?? '') }).end());
    for (const target of targets) {
      const r = failed(await fetchUrl(`${outside.url}?to=${encodeURIComponent(target)}`, { allowAddress: allowPort(outside.port) }));
      assert.equal(r.code, 'refused-address', target);
    }
    assert.equal(inside.requests.length, 0);
  });

  it('refuses a redirect to another scheme', async (t) => {
    const server = await serve(t, (_req, res) => res.writeHead(301, { location: 'file:///etc/passwd' }).end());
    assert.equal(failed(await fetchUrl(server.url, { allowAddress: allowPort(server.port) })).code, 'bad-url');
  });
});

describe('fetchUrl: addresses that are not on the public internet', () => {
  it('refuses loopback in every spelling, and names that resolve to it, without sending a request', async (t) => {
    const server = await serve(t, (_req, res) => res.end('secret'));
    const port = server.port;
    const urls = [
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://2130706433:${port}/`,
      `http://127.1:${port}/`,
      `http://0x7f.0.0.1:${port}/`,
    ];
    for (const url of urls) {
      const r = failed(await fetchUrl(url));
      assert.equal(r.code, 'refused-address', url);
      assert.match(r.message, /loopback/u, url);
    }
    const resolve = async (): Promise<string[]> => ['127.0.0.1'];
    const named = failed(await fetchUrl(`http://news.example.com:${port}/`, { resolve }));
    assert.equal(named.code, 'refused-address');
    assert.match(named.message, /news\.example\.com \(127\.0\.0\.1\)/u);
    assert.equal(server.requests.length, 0);
  });

  it('refuses a name when any of its addresses is private, even if another is public', async (t) => {
    const server = await serve(t, (_req, res) => res.end('secret'));
    const resolve = async (): Promise<string[]> => ['93.184.215.14', '127.0.0.1'];
    const r = failed(await fetchUrl(`http://news.example.com:${server.port}/`, { resolve }));
    assert.equal(r.code, 'refused-address');
    assert.equal(server.requests.length, 0);
  });

  it('refuses private, link-local and metadata addresses', async () => {
    for (const host of ['10.0.0.1', '192.168.1.1', '169.254.169.254', '[fd00::1]', '[fe80::1]', '100.64.0.1', '0.0.0.0']) {
      assert.equal(failed(await fetchUrl(`http://${host}/`)).code, 'refused-address', host);
    }
  });

  it('connects to the address it checked, not to a fresh lookup of the name', async (t) => {
    // The name "localhost" would resolve to 127.0.0.1 or ::1, where nothing listens on this port; only the
    // checked address 127.0.0.2 answers.
    const server = await serve(t, (req, res) => res.end(`host: ${req.headers.host}`), '127.0.0.2');
    let lookups = 0;
    const resolve = async (): Promise<string[]> => {
      lookups++;
      return ['127.0.0.2'];
    };
    const allowAddress = (address: string, port: number): boolean => address === '127.0.0.2' && port === server.port;
    const r = ok(await fetchUrl(`http://localhost:${server.port}/`, { resolve, allowAddress }));
    assert.equal(text(r.body), `host: localhost:${server.port}`);
    assert.equal(lookups, 1);
  });

  it('reports a name that does not resolve as a DNS error', async () => {
    const resolve = async (): Promise<string[]> => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const r = failed(await fetchUrl('http://no-such-host.example.com/', { resolve }));
    assert.equal(r.code, 'dns');
    assert.match(r.message, /no-such-host\.example\.com/u);
  });

  it('reports a refused connection as a connection error', async () => {
    // A port that was free a moment ago: this test's own server, closed again.
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const r = failed(await fetchUrl(`http://127.0.0.1:${port}/`, { allowAddress: allowPort(port) }));
    assert.equal(r.code, 'connection');
  });
});

describe('fetchUrl: URLs it cannot fetch', () => {
  it('reports a malformed URL', async () => {
    assert.equal(failed(await fetchUrl('not a url')).code, 'bad-url');
    assert.equal(failed(await fetchUrl('http://')).code, 'bad-url');
  });

  it('fetches only http and https', async () => {
    for (const url of ['ftp://example.com/feed.xml', 'file:///etc/passwd', 'data:text/plain,hi']) {
      assert.equal(failed(await fetchUrl(url)).code, 'bad-url', url);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-03-01T12:00:00Z');

  it('reads delta-seconds', () => {
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
  });

  it('reads HTTP dates as seconds from now, never negative', () => {
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 12:01:30 GMT', now), 90);
    assert.equal(parseRetryAfter('Saturday, 01-Mar-25 12:01:30 GMT', now), 90);
    assert.equal(parseRetryAfter('Sat Mar  1 12:01:30 2025', now), 90);
    assert.equal(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now), 0);
  });

  it('returns null for absent or unreadable values', () => {
    for (const value of [null, '', '-5', '1.5', 'soon', 'in 5 minutes']) assert.equal(parseRetryAfter(value, now), null, String(value));
  });
});
