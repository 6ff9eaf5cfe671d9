// A synthetic news stream for benchmarks: events with their own actors, places, numbers and
// vocabulary, each reported by several outlets over a few days, some reports republished as copies.
// Deterministic (seeded), so runs are comparable; written for the project, no data set needed.
import type { NewsRecord } from '../src/model.js';
import { rng } from '../src/util/random.js';

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'sta', 'dor', 'pel', 'ru', 'ten', 'bas', 'qui', 'hol', 'zan', 'fe', 'gri', 'mo', 'tal', 'nes', 'or', 'bri', 'sel', 'cav', 'un', 'dra', 'pon', 'lis', 'ver', 'ham', 'tor', 'ges'];
const FUNCTION = 'the of and to in a that for on with as by at from was said is will has its it be after which an were but their also who had'.split(' ');
const CUES = ['said', 'told reporters', 'according to', 'announced', 'confirmed'];

function word(r: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}

function cap(w: string): string {
  return w[0]?.toUpperCase() + w.slice(1);
}

export interface StreamOptions {
  articles: number;
  seed?: number;
  /** Days the stream spans: the active window fills up and slides. */
  days?: number;
  /**
   * The share of events that run long, reported 50 to 200 times over weeks (a war, an election): the large
   * stories a reader opens most. 0 (the default) leaves the stream exactly as it was without the option.
   */
  large?: number;
}

/** Yields records in publication order, `articles` of them. */
export function* newsStream({ articles, seed = 7, days = 365, large = 0 }: StreamOptions): Generator<NewsRecord & { label: string }> {
  const r = rng(seed);
  const background = Array.from({ length: 6000 }, () => word(r, 2 + Math.floor(r() * 2)));
  const zipf = (): string => background[Math.floor(background.length * Math.pow(r(), 3))] as string;
  const start = Date.parse('2026-01-01T00:00:00Z');
  const perEvent = 6;
  const events = Math.ceil(articles / perEvent);
  let produced = 0;
  for (let e = 0; e < events && produced < articles; e++) {
    const t0 = start + (e / events) * days * 86_400_000;
    const people = Array.from({ length: 3 }, () => `${cap(word(r, 2))} ${cap(word(r, 3))}`);
    const place = cap(word(r, 3));
    const topic = Array.from({ length: 12 }, () => word(r, 3));
    const figure = Math.floor(r() * 900 + 100);
    let wire = '';
    // Drawn only when asked for, so that the stream without large events is unchanged.
    const size = large > 0 && r() < large ? 50 + Math.floor(r() * 151) : perEvent;
    const n = Math.min(size, articles - produced);
    for (let i = 0; i < n; i++, produced++) {
      const isCopy = i > 0 && i < 3 && wire && r() < 0.5;
      let text: string;
      if (isCopy) {
        // A republication: the wire text with its last paragraph cut.
        text = wire.split('\n\n').slice(0, -1).join('\n\n');
      } else {
        const paragraphs: string[] = [];
        for (let p = 0; p < 8; p++) {
          const sentence: string[] = [];
          const len = 18 + Math.floor(r() * 14);
          for (let k = 0; k < len; k++) {
            const x = r();
            sentence.push(x < 0.35 ? (FUNCTION[Math.floor(r() * FUNCTION.length)] as string) : x < 0.6 ? (topic[Math.floor(r() * topic.length)] as string) : zipf());
          }
          if (p === 0) sentence.splice(3, 0, 'in', place);
          if (p % 3 === 1) sentence.push(CUES[Math.floor(r() * CUES.length)] as string, people[p % 3] as string);
          if (p === 2) sentence.push('with', String(figure), 'people');
          paragraphs.push(`${cap(sentence.join(' '))}.`);
        }
        text = paragraphs.join('\n\n');
        if (!wire) wire = text;
      }
      yield {
        id: `e${e}-${i}`,
        label: `e${e}`,
        title: `${cap(topic[i % 4] as string)} ${topic[(i + 1) % 4]} in ${place} as ${people[0]} ${topic[5]}`,
        text,
        source: `Outlet ${Math.floor(r() * 40)}`,
        url: `https://outlet${e % 40}.example/${e}/${i}`,
        published: new Date(t0 + i * 3_600_000 * (1 + r() * 20)).toISOString(),
      };
    }
  }
}
