// Plain-text renderings for the terminal.
import type { Article, Story, StorySummary, Thread } from '../model.js';
import type { ImportSummary } from '../importer.js';
import type { SearchHit, StoredStoryArticle } from '../store/store.js';

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
      lines.push(`      why: ${w.reason}${w.reason === 'new' ? '' : ` score ${w.score}`}${ties ? ` · ${ties}` : ''}`);
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
    a.incomplete ? `incomplete: ${a.incomplete}` : '',
    '',
    a.text,
  ]
    .filter((l, i) => l !== '' || i === 5)
    .join('\n');
}

export function printSearch(hits: SearchHit[]): string {
  if (!hits.length) return 'No matches.';
  return hits.map((h) => `[${h.articleId}] ${h.title}  (${h.source ?? '-'}${h.published ? `, ${h.published}` : ''}) story ${h.storyId ?? '-'}\n     ${h.snippet}`).join('\n');
}
