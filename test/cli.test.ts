// The `crosswire` command end to end, on a temporary database and files written by the test.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, ROOT, cli, tempDir } from './support/helpers.js';
import { spawnSync } from 'node:child_process';

interface Summary {
  files: number;
  new: number;
  duplicates: number;
  failed: Array<{ origin: string; reason: string }>;
}

function inbox(dir: string): string {
  const folder = join(dir, 'inbox');
  mkdirSync(join(folder, 'nested'), { recursive: true });
  copyFileSync(join(FIXTURES, 'text', 'port-strike.txt'), join(folder, 'port-strike.txt'));
  copyFileSync(join(FIXTURES, 'html', 'opengraph.html'), join(folder, 'nested', 'opengraph.html'));
  writeFileSync(
    join(folder, 'wire.jsonl'),
    [
      JSON.stringify({ id: 'w1', title: 'Glacier lake drains overnight above Tindvik', text: 'A glacier lake above the village of Tindvik drained overnight, sending a surge of meltwater down the valley. No one was hurt, the district council said on Tuesday, but the valley road was closed.', source: 'Northwind Wire', published: '2026-05-05T06:00:00Z' }),
      '{"id": "broken", "title": ',
      JSON.stringify({ id: 'w2', title: 'Tindvik valley road reopens after glacier flood', text: 'The valley road to Tindvik reopened on Thursday after crews cleared gravel left by the glacier lake flood, the district council said. Residents had been cut off for two days.', source: 'Fjord Post', published: '2026-05-07T09:00:00Z' }),
      '',
    ].join('\n'),
  );
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(folder, 'notes.md'), '# not news');
  return folder;
}

describe('crosswire ingest', () => {
  it('imports every good file, reports each bad one with its reason, and adds nothing on a second run', (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'c.db');
    const folder = inbox(dir);

    const first = cli(db, 'ingest', folder, '--json');
    assert.equal(first.code, 0, first.stderr);
    const s = JSON.parse(first.stdout) as Summary;
    assert.equal(s.new, 4, JSON.stringify(s));
    assert.equal(s.duplicates, 0);
    const reasons = Object.fromEntries(s.failed.map((f) => [f.origin.replace(/.*inbox\//u, ''), f.reason]));
    assert.match(reasons['empty.txt'] ?? '', /empty/u);
    assert.match(reasons['photo.html'] ?? '', /binary/u);
    assert.match(reasons['wire.jsonl:2'] ?? '', /invalid JSON on line 2/u);
    assert.equal(Object.keys(reasons).length, 3, 'notes.md in a folder is not news and is skipped silently');

    const second = JSON.parse(cli(db, 'ingest', folder, '--json').stdout) as Summary;
    assert.equal(second.new, 0);
    assert.equal(second.duplicates, 4);

    const human = cli(db, 'ingest', folder);
    assert.match(human.stdout, /0 new, 4 duplicates, 3 failed/u);
    assert.match(human.stdout, /failed: .*empty\.txt: empty file/u);
  });

  it('says clearly when a path does not exist', (t) => {
    const dir = tempDir(t);
    const r = cli(join(dir, 'c.db'), 'ingest', join(dir, 'nope'));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /nope: cannot read: ENOENT/u);
  });
});

describe('crosswire story --why', () => {
  it('says for an article that opened a story which story it came closest to, with the score and what they share', (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'c.db');
    const file = join(dir, 'two.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', title: 'Glacier lake drains overnight above Tindvik', text: 'A glacier lake above the village of Tindvik drained overnight, sending a surge of meltwater down the valley. No one was hurt, the district council said on Tuesday, but the valley road was closed.', source: 'Northwind Wire', published: '2026-05-05T06:00:00Z' }),
        JSON.stringify({ id: 'b', title: 'Ferry strike halts crossings to Brennoy', text: 'Ferry crews walked out on Tuesday, halting crossings to the island of Brennoy. The district council said the valley road to the harbour would stay open for emergency vehicles.', source: 'Fjord Post', published: '2026-05-05T09:00:00Z' }),
        '',
      ].join('\n'),
    );
    cli(db, 'ingest', file, '--quiet');
    const stories = JSON.parse(cli(db, 'stories', '--json').stdout) as Array<{ id: number; articles: Array<{ origin: string }> }>;
    const glacier = stories.find((s) => s.articles.some((a) => a.origin.endsWith('#a')));
    const ferry = stories.find((s) => s.articles.some((a) => a.origin.endsWith('#b')));
    assert.ok(glacier && ferry && glacier.id !== ferry.id, 'two stories');
    const why = JSON.parse(cli(db, 'story', String(ferry.id), '--json', '--why').stdout) as { why: Array<{ reason: string; score: number; nearest: number | null; ties: Array<{ feature: string }> }> };
    assert.equal(why.why[0]?.reason, 'new');
    assert.equal(why.why[0]?.nearest, glacier.id);
    assert.ok(why.why[0]?.ties.some((x) => /council|valley|road/u.test(x.feature)), JSON.stringify(why.why[0]?.ties));
    assert.match(cli(db, 'story', String(ferry.id), '--why').stdout, new RegExp(`why: new · closest story #${glacier.id} at 0\\.\\d+ \\(joining takes 0\\.\\d+\\)`, 'u'));
    // The first story had nothing to come close to.
    assert.match(cli(db, 'story', String(glacier.id), '--why').stdout, /why: new\n/u);
  });
});

describe('crosswire stories, story, article, search', () => {
  it('shows stories with their articles, a story with its ties and reasons, an article, and search hits', (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'c.db');
    cli(db, 'ingest', inbox(dir), '--quiet');

    const stories = JSON.parse(cli(db, 'stories', '--json').stdout) as Array<{
      id: number; headline: string; articleCount: number; outlets: string[]; articles: Array<{ id: number; origin: string; title: string; source: string | null }>;
    }>;
    assert.equal(stories.reduce((n, s) => n + s.articleCount, 0), 4);
    const glacier = stories.find((s) => s.articles.some((a) => a.origin.endsWith('wire.jsonl#w1')));
    assert.ok(glacier, 'the glacier record is in a story');
    assert.deepEqual(glacier.articles.map((a) => a.origin.replace(/.*#/u, '')).sort(), ['w1', 'w2'], 'the two glacier reports are one story');
    assert.deepEqual(glacier.outlets, ['Fjord Post', 'Northwind Wire']);

    const story = JSON.parse(cli(db, 'story', String(glacier.id), '--json', '--why').stdout) as {
      ties: Array<{ feature: string }>; why: Array<{ reason: string; score: number }>;
    };
    assert.ok(story.ties.some((x) => /tindvik/iu.test(x.feature)), JSON.stringify(story.ties));
    assert.deepEqual(story.why.map((w) => w.reason), ['new', 'similar']);
    assert.ok((story.why[1]?.score ?? 0) > 0);

    const text = cli(db, 'story', String(glacier.id), '--why').stdout;
    assert.match(text, /why: similar score/u);

    const strike = stories.flatMap((s) => s.articles).find((a) => a.origin.endsWith('port-strike.txt'));
    assert.ok(strike);
    const article = JSON.parse(cli(db, 'article', String(strike.id), '--json').stdout) as { title: string; text: string; byline: string; published: string };
    assert.equal(article.title, 'Port chief says "no more money" as dock strike enters second week');
    assert.equal(article.byline, 'Ana Ruiz');
    assert.equal(article.published, '2026-04-03');
    assert.doesNotMatch(article.text, /Sign up|Read More|Leave a Reply|Start reading/u);

    const hits = JSON.parse(cli(db, 'search', 'glacier', 'lake', '--json').stdout) as Array<{ title: string }>;
    assert.ok(hits.length >= 1);
    assert.match(hits[0]?.title ?? '', /Glacier lake/u);
    assert.match(cli(db, 'search', 'zebra-crossing-nowhere').stdout, /No matches/u);
  });

  it('answers unknown ids and bad arguments with a clear error and a non-zero exit', (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'c.db');
    const missing = cli(db, 'story', '42');
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /no story 42/u);
    const bad = cli(db, 'article', 'abc');
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /positive integer/u);
  });
});

describe('crosswire eval cluster', () => {
  it('scores a labelled file, writes the assignment, and leaves the metrics out without labels', (t) => {
    const dir = tempDir(t);
    const input = join(dir, 'labelled.jsonl');
    const rows = [
      { id: 'a1', label: 'lake', title: 'Glacier lake drains above Tindvik', text: 'A glacier lake above Tindvik drained overnight and flooded the valley road, the district council said.' },
      { id: 'b1', label: 'vote', title: 'Orsund council votes to close old ferry pier', text: 'Orsund town council voted nine to four to close the old ferry pier after engineers found its pilings rotten.' },
      { id: 'a2', label: 'lake', title: 'Tindvik valley flooded as glacier lake bursts', text: 'Meltwater from a burst glacier lake above Tindvik flooded the valley road overnight; the district council closed it.' },
      { id: 'b2', label: 'vote', title: 'Old Orsund ferry pier to close after council vote', text: 'Orsund councillors voted to close the old ferry pier, nine votes to four, after engineers reported rotten pilings.' },
    ];
    writeFileSync(input, rows.map((r) => JSON.stringify(r)).join('\n'));
    const out = join(dir, 'assignment.json');
    const r = cli(join(dir, 'unused.db'), 'eval', 'cluster', '--input', input, '--output', out, '--json');
    assert.equal(r.code, 0, r.stderr);
    const m = JSON.parse(r.stdout) as Record<string, number>;
    assert.deepEqual(Object.keys(m).sort(), ['articles', 'f1', 'gold_stories', 'precision', 'recall', 'seconds', 'stories']);
    assert.equal(m['f1'], 1);
    assert.equal(m['stories'], 2);
    const assignment = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string>;
    assert.equal(assignment['a1'], assignment['a2']);
    assert.notEqual(assignment['a1'], assignment['b1']);

    writeFileSync(input, rows.map(({ label: _label, ...r2 }) => JSON.stringify(r2)).join('\n'));
    const unlabelled = JSON.parse(cli(join(dir, 'unused.db'), 'eval', 'cluster', '--input', input, '--json').stdout) as Record<string, number>;
    assert.equal(unlabelled['f1'], undefined);
    assert.equal(unlabelled['stories'], 2);

    const shuffled = cli(join(dir, 'unused.db'), 'eval', 'cluster', '--input', input, '--shuffle', '5');
    assert.equal(shuffled.code, 0, shuffled.stderr);
    assert.match(shuffled.stdout, /shuffled \(seed 5\)/u);
    assert.match(shuffled.stdout, /stories +2/u);
    const badSeed = cli(join(dir, 'unused.db'), 'eval', 'cluster', '--input', input, '--shuffle', 'x');
    assert.notEqual(badSeed.code, 0);
    assert.match(badSeed.stderr, /--shuffle takes a whole number/u);
  });
});

describe('crosswire eval extract', () => {
  it('prints the scores beside the peers, writes the texts in the benchmark format, and leaves the metrics out without gold text', (t) => {
    const dir = tempDir(t);
    mkdirSync(join(dir, 'html'));
    const text = 'Orsund town council voted nine to four on Tuesday to close the old ferry pier after engineers found its pilings rotten.';
    writeFileSync(join(dir, 'html', 'pier.html'), `<html><head><title>Pier to close</title></head><body><nav>Home · News · Sport</nav><article><h1>Pier to close</h1><p>${text}</p><p>Demolition starts in March and will take six weeks, the council said.</p></article></body></html>`);
    writeFileSync(join(dir, 'gold.jsonl'), JSON.stringify({ id: 'pier', url: null, html: 'html/pier.html', body: `${text}\nDemolition starts in March and will take six weeks, the council said.` }));
    const out = join(dir, 'pred.json');
    const r = cli(join(dir, 'unused.db'), 'eval', 'extract', '--input', dir, '--output', out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\* crosswire\s+1\.000\s+1\.000\s+1\.000/u);
    assert.match(r.stdout, /pages\/s/u);
    const predictions = JSON.parse(readFileSync(out, 'utf8')) as Record<string, { articleBody: string }>;
    assert.match(predictions['pier']?.articleBody ?? '', /^Orsund town council/u);

    writeFileSync(join(dir, 'gold.jsonl'), JSON.stringify({ id: 'pier', url: null, html: 'html/pier.html' }));
    const bare = JSON.parse(cli(join(dir, 'unused.db'), 'eval', 'extract', '--input', dir, '--json').stdout) as Record<string, unknown>;
    assert.equal(bare['scores'], undefined);
    assert.equal(bare['pages'], 1);
  });
});

describe('crosswire extract', () => {
  it('prints the article of a page with its metadata, reads standard input, and refuses empty input clearly', (t) => {
    const dir = tempDir(t);
    const body = [
      'Orsund town council voted nine to four on Tuesday to close the old ferry pier after engineers found its pilings rotten.',
      'Demolition starts in March and will take six weeks, the council said, and a new landing stage is planned for next year.',
    ];
    const html = `<!doctype html><html lang="en"><head><title>Pier to close | Valley Courier</title>
      <meta property="og:site_name" content="Valley Courier"><meta name="author" content="Ines Morrow">
      <meta property="article:published_time" content="2026-03-03T08:00:00+01:00"><meta property="og:image" content="/img/pier.jpg"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Pier to close</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article>
      <footer>© Valley Courier · Privacy policy</footer></body></html>`;
    writeFileSync(join(dir, 'pier.html'), html);
    const r = cli(join(dir, 'unused.db'), 'extract', join(dir, 'pier.html'), '--url', 'https://valleycourier.example/pier', '--json');
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { title: string; byline: string; published: string; outlet: string; lang: string; url: string; text: string };
    assert.deepEqual(
      { title: a.title, byline: a.byline, published: a.published, outlet: a.outlet, lang: a.lang, url: a.url, text: a.text },
      { title: 'Pier to close', byline: 'Ines Morrow', published: '2026-03-03T07:00:00Z', outlet: 'Valley Courier', lang: 'en', url: 'https://valleycourier.example/pier', text: body.join('\n\n') },
    );
    // The article for display, and its picture made absolute against the page's address.
    const shown = JSON.parse(r.stdout) as { html: string | null; image: string | null };
    assert.equal(shown.html, body.map((p) => `<p>${p}</p>`).join('\n'));
    assert.equal(shown.image, 'https://valleycourier.example/img/pier.jpg');
    const plain = cli(join(dir, 'unused.db'), 'extract', join(dir, 'pier.html'), '--url', 'https://valleycourier.example/pier');
    assert.match(plain.stdout, /^Pier to close\nInes Morrow · 2026-03-03T07:00:00Z · Valley Courier · en\nhttps:\/\/valleycourier\.example\/pier\nimage: https:\/\/valleycourier\.example\/img\/pier\.jpg\n/u);

    const piped = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'support', 'cli-entry.ts'), 'extract', '-', '--json'], { cwd: ROOT, input: html, encoding: 'utf8' });
    assert.equal(piped.status, 0, piped.stderr);
    assert.equal((JSON.parse(piped.stdout) as { text: string }).text, body.join('\n\n'));

    writeFileSync(join(dir, 'empty.html'), '');
    const empty = cli(join(dir, 'unused.db'), 'extract', join(dir, 'empty.html'));
    assert.notEqual(empty.code, 0);
    assert.match(empty.stderr, /empty input/u);
    assert.match(cli(join(dir, 'unused.db'), 'extract', join(dir, 'missing.html')).stderr, /missing\.html: no such file/u);
  });
});
