// Scraped plain text → article: the headline, byline and date are found, the article's paragraphs are kept
// verbatim, and the page's banners, captions and sign-up prompts are left out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extract as extractDocument } from '../src/extract/extract.js';
import { extractText } from '../src/extract/text.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/text/${name}`, import.meta.url), 'utf8');
const extract = (name: string) => extractText({ origin: `test/fixtures/text/${name}`, text: fixture(name) });
const paragraphsOf = (text: string): string[] => text.split('\n\n');

const FURNITURE = [
  'All your news in one app.',
  'Start reading',
  'Get the app',
  'Sign up to read this article',
  'Already a member? Sign in here',
  'Related Stories',
  'Read More',
  'Leave a Reply',
  'Download the app',
  '100+ trusted sources.',
];

function assertNoFurniture(text: string): void {
  const lines = paragraphsOf(text);
  for (const f of FURNITURE) {
    assert.ok(!lines.includes(f), `furniture line ${JSON.stringify(f)} leaked into the article text`);
    assert.ok(!text.includes(f), `furniture ${JSON.stringify(f)} appears inside the article text`);
  }
}

describe('extractText: port strike (headline twice, straight and curly quotes)', () => {
  const a = extract('port-strike.txt');
  const body = [
    'Dockworkers in Port Alvera voted on Thursday to extend their strike into a second week, leaving more than forty container ships anchored offshore and shopkeepers warning of empty shelves.',
    'The head of the port authority, Lucia Ferreira, told reporters that the authority had “reached the limit of what it can pay” and would not raise its offer of a four percent rise over two years.',
    'But a deal remains distant.',
    'The Dockworkers’ Union of Alvera says its members have lost ground to inflation for three consecutive years and wants a rise of at least nine percent, along with limits on night shifts.',
    '“We are not going back until the offer changes,” said union organiser Pedro Lisboa, speaking outside the main gate where several hundred strikers had gathered since dawn.',
    'Mediators appointed by the regional government are due to meet both sides on Monday in the town hall, the first face-to-face talks since the walkout began nine days ago.',
    'Business groups estimate the stoppage is costing the local economy about two million euros a day, with fishing cooperatives among the hardest hit because their catch cannot be shipped.',
    'Ferreira said the authority was ready to listen.',
  ];

  it('takes the repeated headline exactly once, as the title', () => {
    assert.equal(a.title, 'Port chief says "no more money" as dock strike enters second week');
    assert.ok(!a.text.includes('no more money” as dock strike'), 'the curly-quoted copy of the headline is not body text');
    assert.ok(!a.text.includes('no more money" as dock strike'), 'the headline is not repeated in the body');
  });

  it('extracts the byline without "By" and the date as ISO', () => {
    assert.equal(a.byline, 'Ana Ruiz');
    assert.equal(a.published, '2026-04-03');
    assert.equal(a.outlet, 'Harbour Times');
  });

  it('keeps every paragraph verbatim, as its own paragraph, in reading order', () => {
    const paras = paragraphsOf(a.text);
    let last = -1;
    for (const p of body) {
      const at = paras.indexOf(p);
      assert.ok(at >= 0, `paragraph missing or altered: ${p.slice(0, 60)}…`);
      assert.ok(at > last, `paragraph out of order: ${p.slice(0, 60)}…`);
      last = at;
    }
  });

  it('keeps a short one-line paragraph ("But a deal remains distant.")', () => {
    assert.ok(paragraphsOf(a.text).includes('But a deal remains distant.'));
  });

  it('re-joins a paragraph that was hard-wrapped mid-sentence', () => {
    const joined =
      'The regional labour office said the mediators would put forward a compromise that included a one-off payment for workers who had taken on extra night shifts during the winter.';
    assert.ok(paragraphsOf(a.text).includes(joined));
    assert.ok(!paragraphsOf(a.text).includes('The regional labour office said the mediators would put forward a compromise that'));
  });

  it('leaves banners, the section name, the outlet name and trailing prompts out of the text', () => {
    assertNoFurniture(a.text);
    const paras = paragraphsOf(a.text);
    assert.ok(!paras.includes('World'));
    assert.ok(!paras.includes('Harbour Times'));
    assert.ok(!a.text.includes('By Ana Ruiz'));
    assert.ok(!a.text.includes('April 3, 2026'));
    assert.ok(!a.text.includes('Fishing cooperatives count the cost of a quiet harbour'), 'a related-story link is not article text');
  });

  it('leaves the image caption out of the text', () => {
    assert.ok(!a.text.includes('Cranes stand idle'));
    assert.ok(!a.text.includes('(Photo:'));
  });

  it('lists what it removed, so the choice can be explained', () => {
    for (const f of [...FURNITURE.filter((f) => f !== 'Get the app'), 'By Ana Ruiz', 'April 3, 2026']) {
      assert.ok(a.removed.includes(f), `removed should list ${JSON.stringify(f)}`);
    }
    assert.ok(a.removed.some((r) => r.includes('(Photo: Marta Feld/Harbour Times)')), 'removed should list the caption');
  });

  it('is complete and leaves url and lang to other stages', () => {
    assert.equal(a.incomplete, null);
    assert.equal(a.url, null);
    assert.equal(a.origin, 'test/fixtures/text/port-strike.txt');
  });
});

describe('extractText: river bridge (blank lines between paragraphs, capitalised surname)', () => {
  const a = extract('river-bridge.txt');
  const body = [
    'The Millbrook river bridge was closed to all traffic on Wednesday evening after routine inspections found cracks in two of the steel girders that carry its main span.',
    'Town engineer Sofia Haldane said the cracks were “larger than anything we have recorded on this structure” and that closing the crossing was the only responsible choice.',
    'It could stay shut for months.',
    'About eleven thousand vehicles use the bridge each day, according to the county roads department, and the nearest alternative crossing adds roughly twenty minutes to the journey into town.',
    'A specialist team from the county is expected to arrive on Friday to carry out a detailed survey, which will determine whether the girders can be strengthened or must be replaced entirely.',
    'Haldane said a temporary footbridge for pedestrians and cyclists could be installed within three weeks if the survey confirms that the riverbanks are stable enough to support it.',
    'Local businesses on the northern side of the river have already reported a drop in customers, and the chamber of commerce has asked the council for help with lost trade.',
    '“People are simply not going to drive twenty minutes for a loaf of bread,” said baker Ines Morrow.',
  ];

  it('finds the headline', () => {
    assert.equal(a.title, 'Engineers close Millbrook river bridge after finding cracks in main span');
  });

  it('reads "Tomas BRENNER" as the byline "Tomas Brenner"', () => {
    assert.equal(a.byline, 'Tomas Brenner');
    assert.ok(!a.text.includes('BRENNER'));
  });

  it('reads a labelled date with time and zone', () => {
    assert.equal(a.published, '2026-03-12T16:05:00Z');
    assert.ok(!a.text.includes('Published:'));
  });

  it('keeps every paragraph verbatim, ending with the closing quote', () => {
    const paras = paragraphsOf(a.text);
    for (const p of body) assert.ok(paras.includes(p), `paragraph missing or altered: ${p.slice(0, 60)}…`);
    assert.equal(paras.at(-1), body.at(-1));
  });

  it('drops the credit caption and the furniture', () => {
    assert.ok(!a.text.includes('(Credit: Ilse Moreau)'));
    assert.ok(a.removed.some((r) => r.includes('(Credit: Ilse Moreau)')));
    assertNoFurniture(a.text);
    assert.ok(!a.text.includes('Council approves new cycle lanes'));
    assert.ok(a.removed.includes('Get the app'));
  });
});

describe('extractText: vineyard frost (headline once, two authors)', () => {
  const a = extract('vineyard-frost.txt');

  it('takes the first long heading as the headline when none is repeated', () => {
    assert.equal(a.title, 'Late frost destroys much of the Valmora vineyard harvest');
  });

  it('keeps both authors of a joint byline', () => {
    assert.equal(a.byline, 'Marek Olsen and Ana Ruiz');
    assert.equal(a.published, '2026-04-03');
  });

  it('keeps short and quoted paragraphs and the last paragraph, drops the furniture', () => {
    const paras = paragraphsOf(a.text);
    assert.ok(paras.includes('Some lit fires between the rows.'));
    assert.ok(
      paras.includes(
        '“We burned straw all night and it was still not enough,” said grower Helena Vasquez, whose family has farmed the slopes above the village for four generations.',
      ),
    );
    assert.equal(paras.at(-1), 'The agency will publish its first estimate of the losses at the end of the month.');
    assertNoFurniture(a.text);
    assert.ok(!a.text.includes('(Photo: Southland Post)'));
  });
});

describe('extractText: a page without an article', () => {
  const a = extract('no-article.txt');

  it('yields no text and says the article is incomplete', () => {
    assert.equal(a.text, '');
    assert.notEqual(a.incomplete, null);
    assert.equal(typeof a.incomplete, 'string');
  });

  it('does not mistake the furniture for a byline or a date', () => {
    assert.equal(a.byline, null);
    assert.equal(a.published, null);
  });

  it('accounts for every line as removed', () => {
    const lines = fixture('no-article.txt').split('\n').filter(Boolean);
    for (const l of lines) assert.ok(a.removed.includes(l), `not listed as removed: ${l}`);
  });
});

describe('extractText: line endings and wrapped lines', () => {
  const lines = [
    'Harbour Times',
    'Harbour Times',
    'Ferry operator suspends night crossings after engine fire',
    'By Ana Ruiz',
    'April 3, 2026',
    'The Island Ferry Company suspended all night crossings on Friday after a fire broke out in the engine room of one of its vessels shortly after it left the harbour.',
    'Nobody was hurt, and the forty passengers on board were returned to port by a pilot boat within an',
    'hour of the alarm being raised.',
    'Investigators from the maritime safety board are expected to board the vessel on Monday to establish the cause of the fire.',
  ];

  it('reads Windows line endings like Unix ones, re-joining the wrapped line', () => {
    const unix = extractText({ origin: 'lf', text: lines.join('\n') });
    const windows = extractText({ origin: 'crlf', text: lines.join('\r\n') });
    assert.equal(windows.text, unix.text);
    assert.equal(windows.title, 'Ferry operator suspends night crossings after engine fire');
    assert.ok(
      paragraphsOf(windows.text).includes(
        'Nobody was hurt, and the forty passengers on board were returned to port by a pilot boat within an hour of the alarm being raised.',
      ),
    );
    assert.ok(!windows.text.includes('\r'));
  });

  it('does not join two separate paragraphs when the second starts with a capital', () => {
    const a = extractText({ origin: 'lf', text: lines.join('\n') });
    const paras = paragraphsOf(a.text);
    assert.ok(paras.some((p) => p.startsWith('The Island Ferry Company suspended')));
    assert.ok(paras.some((p) => p.startsWith('Nobody was hurt')));
    assert.equal(paras.length, 3);
  });

  it(
    'keeps ordinary news sentences that happen to contain a furniture word ("comment", "sponsored")',
    () => {
      const withSentences = [
        ...lines.slice(0, 6),
        'The company declined to comment.',
        'The safety rules were sponsored by two island councillors.',
        lines[8] ?? '',
      ];
      const a = extractText({ origin: 'comment', text: withSentences.join('\n') });
      const paras = paragraphsOf(a.text);
      assert.ok(paras.includes('The company declined to comment.'), 'a "declined to comment" line was dropped');
      assert.ok(paras.includes('The safety rules were sponsored by two island councillors.'), 'a "sponsored by" line was dropped');
    },
  );
});

describe('extractText: characters that print as nothing', () => {
  it('drops soft hyphens and zero-width spaces inside words', () => {
    const a = extractText({
      origin: 'shy',
      text: 'Harbour pilots end strike\n\nThe har\u00adbour au\u00adthor\u00adi\u00adty in Port Al\u200bvera agreed on Friday to hire six more pilots before winter, ending a strike that had kept ships waiting offshore for two weeks.',
    });
    assert.match(a.text, /The harbour authority in Port Alvera agreed/u);
  });
});

describe('extractText: the outlet a scrape is named after', () => {
  const scrape = ['Quayside Evening Star', 'News', 'Local', '', 'Ferry timetable cut for the winter months', '',
    'The harbour board said on Monday that the ferry to the outer islands would run twice a day from November instead of four times.', '',
    'Councillors said the change would leave island workers without a way home after late shifts on the mainland.'].join('\n');

  it('takes the masthead as the outlet when the file is named after it, even shortened', () => {
    assert.equal(extractText({ origin: 'scrapes/quayside-evening-star-ferry-cut.txt', text: scrape }).outlet, 'Quayside Evening Star');
    assert.equal(extractText({ origin: 'scrapes/quayside-star-ferry-cut.txt', text: scrape }).outlet, 'Quayside Evening Star');
    assert.equal(extractText({ origin: 'C:\\scrapes\\quayside-star_ferry.txt', text: scrape }).outlet, 'Quayside Evening Star');
  });

  it('takes no outlet when the file name does not name one, or names only a section', () => {
    assert.equal(extractText({ origin: 'scrapes/0001_8f3a.txt', text: scrape }).outlet, null);
    assert.equal(extractText({ origin: 'scrapes/news-local-ferry.txt', text: scrape }).outlet, null, 'a section of one word is not an outlet');
    assert.equal(extractText({ origin: 'scrapes/quayside.txt', text: scrape }).outlet, null, 'one word of a file name is too little');
  });
});

describe('extract: the outlet a syndication note names', () => {
  const note = (line: string): string =>
    [
      'Ferry crossings resume after the storm',
      '',
      'The Island Ferry Company restarted its night crossings on Tuesday after three days of gales kept every boat in port, and the first sailing left at ten.',
      '',
      'Passengers who held tickets for the cancelled crossings can use them until the end of the month, the company said in a statement.',
      '',
      line,
    ].join('\n');

  it('takes the outlet of a scrape that names none from its note: "has not been edited by Harbour Times staff"', () => {
    const a = extractDocument({ kind: 'text', origin: 'scrape-0042.txt', text: note('(Except for the headline, this story has not been edited by Harbour Times staff and is published from a syndicated feed.)') });
    assert.equal(a.outlet, 'Harbour Times');
    assert.ok(!a.text.includes('syndicated'), 'the note stays out of the text');
  });

  it('names no outlet from a note that does not say who published it', () => {
    const a = extractDocument({ kind: 'text', origin: 'scrape-0043.txt', text: note('(This story is published from a syndicated feed.)') });
    assert.equal(a.outlet, null);
  });

  it('reads the outlet’s name alone: no possessive, no desk, not two outlets, not a sentence about footage', () => {
    const outletOf = (line: string): string | null => extractDocument({ kind: 'text', origin: 'scrape-0044.txt', text: note(line) }).outlet;
    assert.equal(outletOf("(This story has not been edited by Harbour Times' sports desk staff and is published from a syndicated feed.)"), 'Harbour Times');
    assert.equal(outletOf('(This story has not been edited by Island Post Staff and is auto-published from a syndicated feed.)'), 'Island Post');
    assert.equal(outletOf('(This story has not been edited by Reuters or Harbour Times staff and is published from a syndicated feed.)'), null);
    assert.equal(outletOf('The footage, which has not been edited by Reuters staff, was filmed on Tuesday night.'), null);
  });
});
