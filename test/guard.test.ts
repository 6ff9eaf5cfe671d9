// The write guard (src/server/guard.ts): a reader on loopback answers only requests that name this machine
// as their host (a DNS name rebound to 127.0.0.1 gets nothing), takes writes only from its own pages (a
// form or script on another site cannot follow, mute or subscribe through the reader's browser), and a
// reader listening beyond loopback takes writes only with its token (a Bearer header, or the cookie the
// sign-in form sets). Refusals on /api/ are JSON errors as the OpenAPI document describes them.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from '../src/server/app.js';
import { emptyStore } from './support/api-demo.js';
import { OpenApiChecker } from './support/api-openapi.js';

const TOKEN = 'secret-token';
const small = emptyStore();
const loopback = createApp(small.store);
const shared = createApp(small.store, { access: { token: TOKEN, loopback: false } });
let api: OpenApiChecker;

before(async () => {
  api = await OpenApiChecker.load(loopback);
});
after(async () => {
  await small.close();
});

interface Follow {
  id: number;
  value: string;
}

/** The request each response answered, so that a refusal can be checked against the operation's documentation. */
const requestOf = new WeakMap<Response, { method: string; path: string }>();

async function send(app: Hono, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Response> {
  const res = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
  requestOf.set(res, { method, path });
  return res;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const topic = (value: string): string => JSON.stringify({ kind: 'topic', value });

async function followValues(): Promise<string[]> {
  const res = await loopback.request('/api/follows');
  return ((await res.json()) as { follows: Follow[] }).follows.map((f) => f.value);
}

async function clear(): Promise<void> {
  for (const f of ((await (await loopback.request('/api/follows')).json()) as { follows: Follow[] }).follows) {
    assert.equal((await loopback.request(`/api/follows/${f.id}`, { method: 'DELETE' })).status, 204);
  }
  for (const s of ((await (await loopback.request('/api/subscriptions')).json()) as { subscriptions: Array<{ id: number }> }).subscriptions) {
    assert.equal((await loopback.request(`/api/subscriptions/${s.id}`, { method: 'DELETE' })).status, 204);
  }
}

/**
 * An /api/ refusal: the status, and a JSON error saying why, valid against the response the OpenAPI document
 * gives the operation for that status (the writes document 400, 401 and 403); a refusal the operation does
 * not document (the Host check answers every endpoint) is checked against the document's Error schema.
 */
async function refused(res: Response, status: number, message: RegExp, where: string): Promise<void> {
  assert.equal(res.status, status, where);
  const request = requestOf.get(res);
  assert.ok(request);
  const operation = api.find(request.method, new URL(request.path, 'http://localhost').pathname);
  let body: unknown;
  if (operation && String(status) in (operation.op.responses as object)) {
    body = (await api.check(request.method, request.path, res)).body;
  } else {
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/u, where);
    body = JSON.parse(await res.text());
    const error = api.validator('#/components/schemas/Error');
    assert.ok(error(body), `${where}: ${JSON.stringify(error.errors)}`);
  }
  assert.match((body as { error: string }).error, message, where);
}

async function followId(value: string): Promise<number> {
  const res = await loopback.request('/api/follows', { method: 'POST', headers: JSON_TYPE, body: topic(value) });
  assert.equal(res.status, 201);
  return ((await res.json()) as { follow: Follow }).follow.id;
}

describe('the Host a request names, on a loopback reader', () => {
  const BAD_HOSTS = ['evil.example', 'evil.example:8080', '127.0.0.1.evil.example', 'localhost.evil.example:8080', 'evil-localhost', '192.168.1.10:8080', '0.0.0.0:8080', '[::2]:80', '[::ffff:127.0.0.1]:80'];

  it('another host name (a DNS name rebound to 127.0.0.1) gets 400 on pages, API, feeds and writes, and nothing is written', async () => {
    await clear();
    for (const host of BAD_HOSTS) {
      for (const path of ['/api/stories', '/api/follows', '/api/openapi.json']) {
        await refused(await send(loopback, 'GET', path, { host }), 400, /answers only to localhost or 127\.0\.0\.1/u, `GET ${path} Host: ${host}`);
      }
      for (const path of ['/', '/following', '/feeds/top.atom', '/static/none.css']) {
        const res = await send(loopback, 'GET', path, { host });
        assert.equal(res.status, 400, `GET ${path} Host: ${host}`);
        assert.match(await res.text(), /answers only to localhost/u);
      }
      await refused(await send(loopback, 'POST', '/api/follows', { host, ...JSON_TYPE }, topic('rebinding')), 400, /answers only to localhost/u, `POST Host: ${host}`);
      const form = await send(loopback, 'POST', '/following', { host, 'content-type': 'application/x-www-form-urlencoded' }, 'kind=topic&value=rebinding&mode=follow');
      assert.equal(form.status, 400, `POST /following Host: ${host}`);
    }
    assert.deepEqual(await followValues(), [], 'nothing was followed');
  });

  it('localhost, 127.x.x.x and [::1] are answered, with or without a port, in any case', async () => {
    for (const host of ['localhost', 'localhost:8080', 'LocalHost:8080', '127.0.0.1', '127.0.0.1:1234', '127.1.2.3:80', '[::1]', '[::1]:80']) {
      assert.equal((await send(loopback, 'GET', '/api/stories', { host })).status, 200, `Host: ${host}`);
      assert.equal((await send(loopback, 'GET', '/', { host })).status, 200, `Host: ${host}`);
      const res = await send(loopback, 'POST', '/api/follows', { host, ...JSON_TYPE }, topic(`from ${host}`));
      assert.equal(res.status, 201, `POST Host: ${host}: ${await res.text()}`);
    }
    await clear();
  });

  it('over a real socket, the Host header the client sends decides', async () => {
    const server = serve({ fetch: loopback.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
    const { port } = server.address() as AddressInfo;
    const raw = (method: string, path: string, headers: Record<string, string>, body?: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      assert.equal((await raw('GET', '/api/stories', {})).status, 200, 'the Host node sends: 127.0.0.1:PORT');
      assert.equal((await raw('GET', '/api/stories', { host: `localhost:${port}` })).status, 200);
      const evil = await raw('GET', '/api/stories', { host: `evil.example:${port}` });
      assert.equal(evil.status, 400);
      assert.match(evil.body, /answers only to localhost/u);
      const own = await raw('POST', '/api/follows', { ...JSON_TYPE, origin: `http://127.0.0.1:${port}` }, topic('socket'));
      assert.equal(own.status, 201, own.body);
      const foreign = await raw('POST', '/api/follows', { ...JSON_TYPE, origin: 'https://evil.example' }, topic('socket from evil'));
      assert.equal(foreign.status, 403, foreign.body);
      assert.deepEqual(await followValues(), ['socket']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await clear();
    }
  });

  it('a reader listening beyond loopback answers whatever host name it is reached by', async () => {
    for (const host of ['reader.example.org', 'reader.example.org:8443', '192.168.1.10:8080']) {
      assert.equal((await send(shared, 'GET', '/api/stories', { host })).status, 200, `Host: ${host}`);
    }
  });
});

describe('writes from another site', () => {
  const HOST = 'localhost:8080';
  const FOREIGN: Array<Record<string, string>> = [
    { origin: 'https://evil.example' },
    { origin: 'http://localhost:9999' },
    { origin: 'null' },
    { origin: 'http://localhost:8080.evil.example' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
    { 'sec-fetch-site': 'cross-site', origin: 'http://localhost:8080' },
  ];

  it('a POST or DELETE with a foreign Origin or Sec-Fetch-Site is refused with 403, and nothing changes', async () => {
    await clear();
    const kept = await followId('kept');
    for (const headers of FOREIGN) {
      const where = JSON.stringify(headers);
      const h = { host: HOST, ...headers };
      await refused(await send(loopback, 'POST', '/api/follows', { ...h, ...JSON_TYPE }, topic('cross-site')), 403, /not from another site/u, `POST /api/follows ${where}`);
      await refused(await send(loopback, 'DELETE', `/api/follows/${kept}`, h), 403, /not from another site/u, `DELETE ${where}`);
      await refused(
        await send(loopback, 'POST', '/api/subscriptions', { ...h, ...JSON_TYPE }, JSON.stringify({ url: 'https://feeds.example/x.xml', check: false })),
        403, /not from another site/u, `POST /api/subscriptions ${where}`,
      );
      const form = await send(loopback, 'POST', '/following', { ...h, 'content-type': 'application/x-www-form-urlencoded' }, 'kind=topic&value=cross-site&mode=follow');
      assert.equal(form.status, 403, `POST /following ${where}`);
      const del = await send(loopback, 'POST', `/following/${kept}/delete`, { ...h, 'content-type': 'application/x-www-form-urlencoded' }, 'back=/following');
      assert.equal(del.status, 403, `POST /following/${kept}/delete ${where}`);
      // Reading stays open to any page, but gives another site's script nothing it may read.
      const read = await send(loopback, 'GET', '/api/follows', h);
      assert.equal(read.status, 200, `GET ${where}`);
      assert.equal(read.headers.get('access-control-allow-origin'), null, `GET ${where}: no CORS`);
      const preflight = await send(loopback, 'OPTIONS', '/api/follows', { ...h, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null, `OPTIONS ${where}: no CORS`);
      assert.equal(preflight.headers.get('access-control-allow-methods'), null, `OPTIONS ${where}: no CORS`);
    }
    assert.deepEqual(await followValues(), ['kept'], 'nothing followed, nothing removed');
    assert.deepEqual(((await (await loopback.request('/api/subscriptions')).json()) as { subscriptions: unknown[] }).subscriptions, [], 'nothing subscribed');
    await clear();
  });

  it('writes from the reader’s own pages are taken: the same Origin, Sec-Fetch-Site same-origin or none, or no browser headers (curl, the CLI)', async () => {
    await clear();
    const own: Array<Record<string, string>> = [
      { origin: 'http://localhost:8080' },
      { origin: 'http://LOCALHOST:8080' },
      { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:8080' },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ];
    for (const [i, headers] of own.entries()) {
      const res = await send(loopback, 'POST', '/api/follows', { host: HOST, ...headers, ...JSON_TYPE }, topic(`own ${i}`));
      assert.equal(res.status, 201, `${JSON.stringify(headers)}: ${await res.text()}`);
    }
    const form = await send(loopback, 'POST', '/following', { host: HOST, origin: 'http://localhost:8080', 'content-type': 'application/x-www-form-urlencoded' }, 'kind=topic&value=own+form&mode=follow');
    assert.equal(form.status, 303);
    assert.deepEqual(await followValues(), ['own 0', 'own 1', 'own 2', 'own 3', 'own 4', 'own 5', 'own form']);
    await clear();
  });
});

describe('bodies too large to be a follow, a subscription or a sign-in', () => {
  it('are refused with 413 before they are taken, on the API and the forms, and nothing is stored', async () => {
    await clear();
    const big = JSON.stringify({ kind: 'topic', value: 'x'.repeat(70 * 1024) });
    const api = await send(loopback, 'POST', '/api/follows', { host: 'localhost:8080', ...JSON_TYPE }, big);
    await refused(api, 413, /larger than 64 KB/u, 'POST /api/follows with 70 KB');
    const form = await send(loopback, 'POST', '/following', { host: 'localhost:8080', 'content-type': 'application/x-www-form-urlencoded' }, `kind=topic&mode=follow&value=${'y'.repeat(70 * 1024)}`);
    assert.equal(form.status, 413);
    assert.deepEqual(await followValues(), []);
  });
});

describe('a reader beyond loopback, with a token', () => {
  const HOST = 'reader.example.org:8443';
  const ORIGIN = 'https://reader.example.org:8443';

  it('an API write without the token, or with a wrong one, is refused with 401 and stores nothing; with the right Bearer it is taken; reads need no token', async () => {
    await clear();
    const wrong: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${TOKEN}x` }, { authorization: 'Bearer ' }, { authorization: TOKEN }, { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }, { cookie: 'crosswire_token=wrong' }];
    for (const headers of wrong) {
      const where = JSON.stringify(headers);
      await refused(await send(shared, 'POST', '/api/follows', { host: HOST, ...headers, ...JSON_TYPE }, topic('no token')), 401, /needs its token/u, `POST ${where}`);
      await refused(
        await send(shared, 'POST', '/api/subscriptions', { host: HOST, ...headers, ...JSON_TYPE }, JSON.stringify({ url: 'https://feeds.example/x.xml', check: false })),
        401, /needs its token/u, `POST /api/subscriptions ${where}`,
      );
      const form = await send(shared, 'POST', '/following', { host: HOST, ...headers, 'content-type': 'application/x-www-form-urlencoded' }, 'kind=topic&value=no+token&mode=follow');
      assert.equal(form.status, 401, `POST /following ${where}`);
    }
    assert.deepEqual(await followValues(), []);

    for (const path of ['/api/stories', '/api/follows', '/api/subscriptions', '/', '/following', '/feeds/top.atom']) {
      assert.equal((await send(shared, 'GET', path, { host: HOST })).status, 200, `GET ${path} without a token`);
    }

    const res = await send(shared, 'POST', '/api/follows', { host: HOST, authorization: `Bearer ${TOKEN}`, ...JSON_TYPE }, topic('with token'));
    const text = await res.text();
    assert.equal(res.status, 201, text);
    const lower = await send(shared, 'POST', '/api/follows', { host: HOST, authorization: `bearer ${TOKEN}`, ...JSON_TYPE }, topic('lower-case scheme'));
    assert.equal(lower.status, 201);
    assert.deepEqual(await followValues(), ['with token', 'lower-case scheme']);

    const id = (JSON.parse(text) as { follow: Follow }).follow.id;
    await refused(await send(shared, 'DELETE', `/api/follows/${id}`, { host: HOST }), 401, /needs its token/u, 'DELETE without a token');
    assert.deepEqual(await followValues(), ['with token', 'lower-case scheme'], 'still there');
    await refused(
      await send(shared, 'DELETE', `/api/follows/${id}`, { host: HOST, origin: 'https://evil.example', authorization: `Bearer ${TOKEN}` }),
      403, /not from another site/u, 'the token does not let another site write',
    );
    assert.equal((await send(shared, 'DELETE', `/api/follows/${id}`, { host: HOST, authorization: `Bearer ${TOKEN}` })).status, 204);
    assert.deepEqual(await followValues(), ['lower-case scheme']);
    await clear();
  });

  it('signing in on the web form sets an HttpOnly, SameSite=Strict cookie, with which the Following form works', async () => {
    await clear();
    const signIn = await send(shared, 'POST', '/sign-in', { host: HOST, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, `token=${TOKEN}`);
    assert.equal(signIn.status, 303, `POST /sign-in: ${(await signIn.text()).slice(0, 200)}`);
    assert.equal(signIn.headers.get('location'), '/following');
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    assert.match(setCookie, new RegExp(`^crosswire_token=${TOKEN};`, 'u'));
    assert.match(setCookie, /;\s*HttpOnly/iu);
    assert.match(setCookie, /;\s*SameSite=Strict/iu);
    assert.match(setCookie, /;\s*Path=\//iu);
    const cookie = setCookie.split(';')[0] as string;

    const form = await send(shared, 'POST', '/following', { host: HOST, origin: ORIGIN, cookie, 'content-type': 'application/x-www-form-urlencoded' }, 'kind=topic&value=signed+in&mode=follow');
    assert.equal(form.status, 303, await form.text());
    const api = await send(shared, 'POST', '/api/follows', { host: HOST, origin: ORIGIN, cookie, ...JSON_TYPE }, topic('signed in by script'));
    assert.equal(api.status, 201, 'the reader’s own script writes with the cookie');
    assert.deepEqual(await followValues(), ['signed in', 'signed in by script']);
    await clear();
  });

  it('a wrong token at /sign-in gets the sign-in page again with 401, and no cookie', async () => {
    for (const token of ['wrong', '', `${TOKEN} `, TOKEN.toUpperCase()]) {
      const res = await send(shared, 'POST', '/sign-in', { host: HOST, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, `token=${encodeURIComponent(token)}`);
      assert.equal(res.status, 401, `token ${JSON.stringify(token)}`);
      assert.equal(res.headers.get('set-cookie'), null);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/u, 'the sign-in page, not a bare refusal');
      assert.match(await res.text(), /not this server's token/u);
    }
  });

  it('a reader on loopback needs no token for writes', async () => {
    const res = await send(loopback, 'POST', '/api/follows', JSON_TYPE, topic('no token needed'));
    assert.equal(res.status, 201);
    await clear();
  });
});
