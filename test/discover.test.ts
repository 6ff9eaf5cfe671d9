// A homepage's feeds: the ones it announces, made absolute, comment feeds last; and the usual addresses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announcedFeeds, commonFeedUrls } from '../src/ingest/discover.js';

test('the feeds a homepage announces with rel=alternate, absolute and each once, comment feeds last', () => {
  const html = `<!doctype html><html><head>
    <link rel="alternate" type="application/rss+xml" title="Comments" href="/comments/feed">
    <link rel="alternate" type="application/rss+xml" title="Harbour Times" href="/feed">
    <link rel="alternate" type="application/atom+xml" href="https://harbourtimes.example/atom.xml">
    <link rel="alternate" type="application/feed+json" href="feed.json">
    <link rel="alternate" hreflang="de" href="/de/">
    <link rel="stylesheet" type="text/css" href="/style.css">
    <link rel="alternate" type="application/rss+xml" href="/feed">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
  </head><body><a rel="alternate" type="application/rss+xml" href="/news/rss">News feed</a></body></html>`;
  assert.deepEqual(announcedFeeds(html, 'https://harbourtimes.example/section/'), [
    'https://harbourtimes.example/feed',
    'https://harbourtimes.example/atom.xml',
    'https://harbourtimes.example/section/feed.json',
    'https://harbourtimes.example/news/rss',
    'https://harbourtimes.example/comments/feed',
  ]);
});

test('a <base href> moves relative feed addresses; a page announcing nothing gives nothing', () => {
  assert.deepEqual(announcedFeeds('<head><base href="https://cdn.harbourtimes.example/"><link rel="alternate" type="application/atom+xml" href="atom.xml"></head>', 'https://harbourtimes.example/'), ['https://cdn.harbourtimes.example/atom.xml']);
  assert.deepEqual(announcedFeeds('<p>No feeds here</p>', 'https://harbourtimes.example/'), []);
});

test('the usual feed addresses are tried at the site root', () => {
  const urls = commonFeedUrls('https://harbourtimes.example/some/page?x=1');
  assert.equal(urls[0], 'https://harbourtimes.example/feed');
  assert.ok(urls.includes('https://harbourtimes.example/atom.xml'));
  assert.ok(urls.every((u) => u.startsWith('https://harbourtimes.example/')));
});
