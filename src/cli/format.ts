// Plain-text renderings for the terminal.
import type { Article, ExtractedArticle, Feed, IngestOutcome, Story, StorySummary, Thread } from '../model.js';
import type { FeedPollReport } from '../poller.js';
import type { ImportSummary } from '../importer.js';
import type { SearchHit, StoredStoryArticle } from '../store/store.js';
import { DEFAULT_PARAMS } from '../match/features.js';
import { bracketed } from '../store/snippet.js';
import { collapseSpaces } from '../util/spaces.js';

type ListedStory = StorySummary & { articles: Array<{ id: number; origin: string; source: string | null; title: string; copyOf: number | null }> };

export function printImport(s: ImportSummary): string {
  const lines = [
    `${s.new} new, ${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'}, ${s.failed.length} failed` +
      ` (${s.files} file${s.files === 1 ? '' : 's'}, ${s.stories.length} stor${s.stories.length === 1 ? 'y' : 'ies'} touched, ${s.seconds.toFixed(1)} s)`,
  ];
  for (const f of s.failed) lines.push(`  failed: ${f.origin}: ${f.reason}`);
  return lines.join('\n');
}

export function printStories(stories: ListedStory[]): string {
  if (!stories.length) return 'No stories yet. Import some: crosswire ingest PATH';
  return stories
    .map((s) => {
      const head = `#${s.id}  ${s.headline}\n     ${s.articleCount} article(s), ${s.reportCount} independent report(s)${s.outlets.length ? ` · ${s.outlets.join(', ')}` : ''} · ${s.lastSeen}`;
      const arts = s.articles.map((a) => `     - [${a.id}] ${a.title}  (${a.source ?? a.origin})${a.copyOf ? ` copy of ${a.copyOf}` : ''}`);
      return [head, ...arts].join('\n');
    })
    .join('\n\n');
}

export function printThread(thread: Thread): string {
  return [
    `thread ${thread.id}  ${thread.title}`,
    ...thread.stories.map((s) => `  ${s.firstSeen.slice(0, 10)}  #${s.id}  ${s.headline}  (${s.articleCount} article(s))`),
  ].join('\n');
}

export function printStory(story: Story, why: StoredStoryArticle[] | null, thread: Thread | null = null): string {
  const lines = [
    `#${story.id}  ${story.headline}`,
    `${story.articleCount} article(s), ${story.reportCount} independent report(s) · ${story.firstSeen} – ${story.lastSeen}`,
    '',
    'Tied by:',
    `  ${story.ties.map((t) => `${t.feature} (${t.articles})`).join(' · ')}`,
    '',
    'Articles:',
  ];
  if (thread) {
    lines.splice(2, 0, '', `Thread ${thread.id}:`, ...thread.stories.map((s) => `  ${s.firstSeen.slice(0, 10)}  #${s.id}  ${s.headline}${s.id === story.id ? '  ← this story' : ''}`));
  }
  for (const a of story.articles) {
    lines.push(`  [${a.id}] ${a.title}`, `      ${a.source ?? '(no outlet)'} · ${a.origin}${a.published ? ` · ${a.published}` : ''}${a.copyOf ? ` · copy of [${a.copyOf}]` : ''}`);
    const w = why?.find((x) => x.id === a.id);
    if (w) {
      const ties = w.ties.map((t) => `${t.feature}${t.kind === 'term' ? '' : ` (${t.kind})`} ${t.weight}`).join(', ');
      // A new story says how close it came to the nearest one: the score it fell short with, and what they share.
      const nearest = w.reason === 'new' && w.nearest != null ? ` · closest story #${w.nearest} at ${w.score} (joining takes ${DEFAULT_PARAMS.joinThreshold})` : '';
      lines.push(`      why: ${w.reason}${w.reason === 'new' ? nearest : ` score ${w.score}`}${ties ? ` · ${ties}` : ''}`);
    }
  }
  return lines.join('\n');
}

export function printArticle(a: Article): string {
  return [
    a.title,
    [a.source?.name, a.byline, a.published].filter(Boolean).join(' · ') || '(no outlet, byline or date)',
    `id ${a.id} · story ${a.storyId ?? '-'} · ${a.lang} · ${a.wordCount} words · ${a.origin}${a.url ? ` · ${a.url}` : ''}`,
    a.copyOf ? `copy of article ${a.copyOf}` : '',
    a.image ? `image: ${a.image}` : '',
    a.incomplete ? `incomplete: ${a.incomplete}` : '',
    '',
    a.text,
  ]
    .filter((l, i) => l !== '' || i === 6)
    .join('\n');
}

export function printSearch(hits: SearchHit[]): string {
  if (!hits.length) return 'No matches.';
  return hits.map((h) => `[${h.articleId}] ${h.title}  (${h.source ?? '-'}${h.published ? `, ${h.published}` : ''}) story ${h.storyId ?? '-'}\n     ${bracketed({ text: h.snippet, highlights: h.highlights })}`).join('\n');
}

export interface ExtractEvalSummary {
  input: string;
  pages: number;
  failed: Array<{ id: string; reason: string }>;
  metric: 'shingles' | 'segments' | null;
  scores?: { precision: number; recall: number; f1: number; accuracy?: number };
  peers: Array<{ name: string; precision: number; recall: number; f1: number }>;
  /** Against the project's own title labels, when the data set has them. */
  title_exact_match?: { matched: number; total: number; rate: number; mismatches: Array<{ id: string; title: string }> };
  seconds: number;
  pages_per_second: number;
}

/** Crosswire's scores in a table with every peer's, best F1 first. */
export function printExtractEval(s: ExtractEvalSummary, { mismatches = false }: { mismatches?: boolean } = {}): string {
  const lines = [`input      ${s.input}`, `pages      ${s.pages}${s.failed.length ? ` (${s.failed.length} failed: ${s.failed.map((f) => `${f.id}: ${f.reason}`).join('; ')})` : ''}`];
  if (!s.scores) lines.push('(no gold text in the rows: metrics left out)');
  else {
    lines.push(`metric     ${s.metric === 'shingles' ? 'body 4-gram shingles, means over pages (article-extraction benchmark)' : 'passages that must and must not appear, summed (trafilatura evaluation)'}`);
    const rows = [{ name: 'crosswire', ...s.scores }, ...s.peers].sort((a, b) => b.f1 - a.f1);
    lines.push('', `${'extractor'.padEnd(22)} precision  recall  F1`);
    for (const r of rows) lines.push(`${(r.name === 'crosswire' ? '* crosswire' : r.name).padEnd(22)} ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3)}`);
    if (s.scores.accuracy !== undefined) lines.push('', `accuracy   ${s.scores.accuracy.toFixed(3)} (passages rightly in or out)`);
  }
  const t = s.title_exact_match;
  if (t) {
    lines.push('', `title exact-match: ${t.matched}/${t.total} (${((100 * t.matched) / (t.total || 1)).toFixed(1)}%)${t.mismatches.length && !mismatches ? ' (--verbose lists the mismatches)' : ''}`);
    if (mismatches) for (const m of t.mismatches) lines.push(`  ${m.id}  ${m.title ? JSON.stringify(m.title) : '(no title)'}`);
  }
  lines.push('', `speed      ${s.pages_per_second} pages/s (${s.seconds} s extracting)`);
  return lines.join('\n');
}

export interface QuoteEvalSummaryScores {
  precision: number;
  recall: number;
  f1: number;
  matched: number;
  predicted: number;
  gold: number;
  speaker_accuracy: number | null;
  speaker_correct: number;
  speaker_total: number;
}

export interface QuoteEvalSummary {
  input: string;
  articles: number;
  failed: Array<{ id: string; reason: string }>;
  /** Rows with gold attributions; the rest are left out of the metrics. */
  scored?: number;
  gold_dropped?: number;
  all?: QuoteEvalSummaryScores;
  direct?: QuoteEvalSummaryScores;
  seconds: number;
  pages_per_second: number;
}

/** `eval quotes`: content-span P/R/F1 and speaker accuracy, for all attributions and for direct quotes. */
export function printQuotesEval(s: QuoteEvalSummary): string {
  const lines = [`input      ${s.input}`, `articles   ${s.articles}${s.failed.length ? ` (${s.failed.length} failed: ${s.failed.map((f) => `${f.id}: ${f.reason}`).join('; ')})` : ''}`];
  if (!s.all || !s.direct) lines.push('(no gold attributions in the rows: metrics left out)');
  else {
    lines.push(
      `scored     ${s.scored ?? 0} articles with gold attributions${s.gold_dropped ? ` (${s.gold_dropped} gold attributions with a backwards span left out)` : ''}`,
      'metric     content spans match when they overlap by ≥ 50% of the longer span, one to one; speaker over matched pairs with a gold source',
      '',
      `${'subset'.padEnd(17)} precision  recall     F1  matched  predicted   gold  speaker accuracy`,
    );
    for (const [name, r] of [['all attributions', s.all], ['direct quotes', s.direct]] as const) {
      const speaker = r.speaker_accuracy === null ? '-' : `${r.speaker_accuracy.toFixed(3)} (${r.speaker_correct}/${r.speaker_total})`;
      lines.push(
        `${name.padEnd(17)} ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3).padStart(5)}  ${String(r.matched).padStart(7)}  ${String(r.predicted).padStart(9)}  ${String(r.gold).padStart(5)}  ${speaker}`,
      );
    }
  }
  lines.push('', `speed      ${s.pages_per_second} pages/s (${s.seconds} s finding attributions)`);
  return lines.join('\n');
}

/** An extracted article as `crosswire extract` shows it: metadata lines, then the text. */
export function printExtracted(a: ExtractedArticle): string {
  return [
    a.title || '(no title)',
    [a.byline, a.published, a.modified ? `updated ${a.modified}` : null, a.outlet, a.lang].filter(Boolean).join(' · ') || '(no byline, date, outlet or language)',
    a.url ?? '',
    a.image ? `image: ${a.image}` : '',
    a.incomplete ? `incomplete: ${a.incomplete}` : '',
    a.removed.length ? `left out: ${a.removed.length} lines of page furniture` : '',
    '',
    a.text,
  ]
    .filter((l, i) => l !== '' || i === 6)
    .join('\n');
}

/** The subscriptions as `crosswire sources list` shows them: one row each, with the health of its polling. */
export function printFeeds(feeds: readonly Feed[], now: Date): string {
  if (!feeds.length) return 'No feeds yet. Add one: crosswire sources add URL';
  const header = ['id', 'title', 'url', 'last success', 'last error', 'errors', 'next poll'];
  const rows = feeds.map((f) => [
    String(f.id),
    clip(f.title ?? '-', 30),
    f.url,
    f.lastSuccessAt ? minute(f.lastSuccessAt) : 'never',
    f.lastError && f.lastErrorAt ? `${minute(f.lastErrorAt)} ${clip(f.lastError, 40)}` : '-',
    String(f.errorCount),
    f.nextPollAt === null || Date.parse(f.nextPollAt) <= now.getTime() ? 'due' : minute(f.nextPollAt),
  ]);
  return table([header, ...rows]);
}

/** An ISO time to the minute, in UTC as stored: "2026-06-02 07:15Z". */
function minute(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')}Z`;
}

/** One line of at most `width` characters: errors can be long and span lines. */
function clip(text: string, width: number): string {
  const line = collapseSpaces(text).trim();
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

/** Columns padded to their widest cell; the last one is not padded, so lines carry no trailing spaces. */
function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

/** A polling round, a line per feed: what came in, or why it failed. */
export function printPollRound(reports: readonly FeedPollReport[]): string {
  if (!reports.length) return 'no feed is due (see `crosswire sources list` for the next polls)';
  const lines = reports.map((r) => {
    if (r.status === 'failed') return `failed        ${r.feed}: ${r.error ?? 'unknown error'}`;
    if (r.status === 'not-modified') return `not modified  ${r.feed}`;
    const extra = [r.duplicates ? `${r.duplicates} already stored` : '', r.failedItems ? `${r.failedItems} failed` : ''].filter(Boolean).join(', ');
    return `${`${r.newItems} new`.padEnd(13)} ${r.feed}${extra ? ` (${extra})` : ''}`;
  });
  const total = reports.reduce((n, r) => n + r.newItems, 0);
  return [...lines, '', `${reports.length} feed(s) polled, ${total} new article(s), ${reports.filter((r) => r.status === 'failed').length} failed`].join('\n');
}

/** What `crosswire fetch` did with the page. */
export function printFetchOutcome(outcome: IngestOutcome, url: string): string {
  if (outcome.status === 'failed') return `failed: ${url}: ${outcome.reason}`;
  if (outcome.status === 'duplicate') return `already stored: article ${outcome.articleId} (${url})`;
  return `stored: article ${outcome.articleId} in story ${outcome.storyId}${outcome.copyOf ? ` (a copy of article ${outcome.copyOf})` : ''} (${url})`;
}
