// Real headless Chromium (Debian's `chromium`, driven by playwright-core) against the reader served on
// 127.0.0.1, over a store filled through the project's own import path. Every request to any other host
// is refused and recorded, so a test can assert that a page never tried to reach the outside.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';
import { importPaths, type ImportSummary } from '../../src/importer.js';
import { Pipeline } from '../../src/pipeline.js';
import { createApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_NO_CHROMIUM = `${CHROMIUM} is not installed (Debian package "chromium"; .ci/run installs it): skipping the browser tests`;

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Headless Chromium with everything that would phone home turned off (this network refuses it anyway). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface GuardedContext {
  context: BrowserContext;
  /** Every request (and WebSocket) the pages tried to send anywhere but 127.0.0.1: all were refused. */
  blocked: string[];
}

/** Any URL but http://127.0.0.1:PORT/... */
const NOT_LOCAL = /^(?!http:\/\/127\.0\.0\.1(?::\d+)?\/)/u;

function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'ws:') && u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** A browser context whose pages can reach 127.0.0.1 and nothing else. */
export async function guardedContext(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<GuardedContext> {
  const context = await browser.newContext(options);
  const blocked: string[] = [];
  // Requests to the reader are not routed at all (no round trip to this process); any other is refused
  // and recorded.
  await context.route(NOT_LOCAL, async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/u, (ws) => {
    if (isLocal(ws.url())) {
      ws.connectToServer();
      return;
    }
    blocked.push(ws.url());
    return ws.close();
  });
  return { context, blocked };
}

/** The little of the DOM that in-page checks use: the project's TypeScript has no DOM library. */
export interface PageElement {
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  /** Of an input. */
  value?: string;
  getBoundingClientRect(): { width: number; height: number; left: number; right: number; bottom: number };
}
/** In a function that runs in the page: `const { document } = globalThis as unknown as PageGlobals`. */
export interface PageGlobals {
  document: {
    activeElement: PageElement | null;
    body: { innerText: string };
    scrollingElement: { scrollWidth: number } | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
  };
  innerWidth: number;
  getComputedStyle(el: PageElement): { outlineStyle: string; outlineWidth: string; boxShadow: string };
  __xss?: unknown;
}

export interface Reader {
  /** The reader's address, ending in a slash: http://127.0.0.1:PORT/ */
  url: string;
  imported: ImportSummary;
  close(): Promise<void>;
}

/** Imports `paths` into a fresh store, as `crosswire ingest` does, and serves the reader on 127.0.0.1. */
export async function startReader(paths: readonly string[]): Promise<Reader> {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-browser-'));
  const store = new SqliteStore(join(dir, 'reader.db'));
  const imported = await importPaths(await Pipeline.open(store), paths);
  const app = createApp(store);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    imported,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
