// Who said what: direct quotations in every quotation-mark style, split and multi-paragraph quotations,
// reported speech, "according to", and speakers resolved from pronouns and descriptions. The texts are
// written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAttributions } from '../src/analyze/quotes.js';
import type { Attribution } from '../src/model.js';

/** The attributions with their spans as text, for readable assertions. */
function read(text: string): Array<{ content: string; source: string | null; cue: string | null; speaker: string | null; direct: boolean }> {
  const slice = (s: [number, number] | null): string | null => (s ? text.slice(s[0], s[1]) : null);
  return findAttributions(text).map((a: Attribution) => ({ content: text.slice(a.content[0], a.content[1]), source: slice(a.source), cue: slice(a.cue), speaker: a.speaker, direct: a.direct }));
}

function only(text: string): ReturnType<typeof read>[number] {
  const found = read(text);
  assert.equal(found.length, 1, `expected one attribution, got ${JSON.stringify(found, null, 1)}`);
  return found[0] as ReturnType<typeof read>[number];
}

describe('findAttributions: direct quotations', () => {
  it('reads "“…,” said X" with curly quotes: the words inside the marks, the speaker, the cue', () => {
    const a = only('Dockworkers voted on Monday. “We will not go back to work,” said Lisboa.');
    assert.deepEqual(a, { content: 'We will not go back to work', source: 'Lisboa', cue: 'said', speaker: 'Lisboa', direct: true });
  });

  it('reads "\\"…,\\" X said" with straight quotes and a description as the speaker', () => {
    const a = only('"The port reopens on Monday," the harbour master said.');
    assert.equal(a.content, 'The port reopens on Monday');
    assert.equal(a.source, 'the harbour master');
    assert.equal(a.cue, 'said');
    assert.equal(a.direct, true);
  });

  it('reads "X said: “…”" and "X said “…”"', () => {
    const colon = only('Ana Ruiz said: “Prices will fall before the summer.”');
    assert.equal(colon.content, 'Prices will fall before the summer.');
    assert.equal(colon.speaker, 'Ana Ruiz');
    const bare = only('Ana Ruiz told reporters "prices will fall before the summer."');
    assert.equal(bare.content, 'prices will fall before the summer.');
    assert.equal(bare.source, 'Ana Ruiz');
  });

  it('reads a quotation split by its cue as one content, from the first word to the last', () => {
    const text = '“We expect a deal,” Ruiz said, “but not this week.”';
    const a = only(text);
    assert.equal(a.content, 'We expect a deal,” Ruiz said, “but not this week.');
    assert.equal(a.source, 'Ruiz');
    assert.equal(a.direct, true);
  });

  it('lets a quotation go on in the next sentence of the paragraph', () => {
    const a = only('“We have a plan,” the mayor said. “It is called patience.”');
    assert.equal(a.content, 'We have a plan,” the mayor said. “It is called patience.');
  });

  it('follows a quotation over paragraphs that open without the last one closing', () => {
    const text = 'The minister read a statement:\n\n“The first ships will sail on Monday.\n\n“The rest will follow within the week.”\n\nReporters left.';
    const a = only(text);
    assert.equal(a.content, 'The first ships will sail on Monday.\n\n“The rest will follow within the week.');
    assert.equal(a.source, 'The minister');
    assert.equal(a.direct, true);
  });

  it('takes the cue of the next sentence after a question: "“Why now?” Ruiz asked."', () => {
    const a = only('“Why now?” Ruiz asked.');
    assert.equal(a.content, 'Why now?');
    assert.equal(a.speaker, 'Ruiz');
    assert.equal(a.cue, 'asked');
  });

  it('takes any verb after a name or pronoun next to a quotation: "“Go home,” Ruiz barked."', () => {
    const a = only('“Go home,” Ruiz barked.');
    assert.equal(a.content, 'Go home');
    assert.equal(a.cue, 'barked');
  });

  it('reads the other quotation-mark styles: ‘…’, «…», „…“ and the archives’ \'\'…\'\'', () => {
    assert.equal(only('‘We leave tomorrow,’ Lisboa said.').content, 'We leave tomorrow');
    assert.equal(only('«We leave tomorrow,» Lisboa said.').content, 'We leave tomorrow');
    assert.equal(only('„We leave tomorrow,“ Lisboa said.').content, 'We leave tomorrow');
    assert.equal(only("''We leave tomorrow,'' Mr. Lisboa said.").content, 'We leave tomorrow');
  });

  it('does not take apostrophes for quotation marks', () => {
    const text = 'The union’s leaders were quiet in the ’90s, and the workers’ mood stayed calm. ‘We won’t stop,’ said Lisboa.';
    const a = only(text);
    assert.equal(a.content, 'We won’t stop');
    assert.equal(a.speaker, 'Lisboa');
  });

  it('finds nothing in a sentence with a film title or scare quotes and no cue', () => {
    assert.deepEqual(read('The film “Night Harbour” opened on Friday to “mixed” reviews in Lisbon.'), []);
    assert.deepEqual(read('The “reform” passed the lower house on Tuesday, with “flying colours.”'), []);
  });
});

describe('findAttributions: reported speech', () => {
  it('reads "X said that …": the clause from "that" to the sentence end', () => {
    const a = only('Ruiz said that the talks would resume in March.');
    assert.deepEqual(a, { content: 'that the talks would resume in March', source: 'Ruiz', cue: 'said', speaker: 'Ruiz', direct: false });
  });

  it('reads "…, X said." with the clause before the speaker', () => {
    const a = only('The talks will resume in March, the minister said.');
    assert.equal(a.content, 'The talks will resume in March');
    assert.equal(a.source, 'the minister');
    assert.equal(a.direct, false);
  });

  it('reads "told reporters" past its listener', () => {
    const a = only('The governor told reporters the bridge would open in June.');
    assert.equal(a.content, 'the bridge would open in June');
    assert.equal(a.source, 'The governor');
  });

  it('reads "according to" before and after the clause', () => {
    const before = only('According to the ministry, exports fell by a third last year.');
    assert.deepEqual(before, { content: 'exports fell by a third last year', source: 'the ministry', cue: 'According to', speaker: null, direct: false });
    const after = only('Exports fell by a third last year, according to the ministry.');
    assert.equal(after.content, 'Exports fell by a third last year');
    assert.equal(after.source, 'the ministry');
  });

  it('ends the reported clause before ", adding …"', () => {
    const found = read('Ruiz said the port would reopen on Monday, adding that the strike was over.');
    assert.equal(found[0]?.content, 'the port would reopen on Monday');
    assert.equal(found[1]?.content, 'that the strike was over');
    assert.equal(found[1]?.speaker, 'Ruiz');
  });
});

describe('findAttributions: speakers', () => {
  it('resolves a pronoun to the named speaker before it', () => {
    const found = read('“The ships are ready,” said Helena Vasquez, the port’s director. “We only need the crews,” she said.');
    const last = found[found.length - 1];
    assert.equal(last?.source, 'she');
    assert.equal(last?.speaker, 'Helena Vasquez');
  });

  it('resolves a description ("the minister") to the person named before it', () => {
    const a = only('Minister Ana Ruiz arrived late on Monday. The minister said the deal was close.');
    assert.equal(a.source, 'The minister');
    assert.equal(a.speaker, 'Ana Ruiz');
  });

  it('gives a surname the full name met before it', () => {
    const found = read('“Yes,” said Helena Vasquez. Later, Vasquez told reporters that the ships had left.');
    assert.equal(found.length, 2);
    assert.equal(found[1]?.source, 'Vasquez');
    assert.equal(found[1]?.speaker, 'Helena Vasquez');
  });

  it('keeps the name of a speaker with a title and a description: "Sen. Ana Ruiz, a Democrat, said"', () => {
    const a = only('“It is over,” Sen. Ana Ruiz, a Democrat from Ohio, said.');
    assert.equal(a.speaker, 'Ana Ruiz');
    assert.ok(a.source?.startsWith('Sen. Ana Ruiz'), `source ${a.source}`);
  });
});

describe('findAttributions: offsets and size', () => {
  it('returns nothing for empty text or text without speech', () => {
    assert.deepEqual(findAttributions(''), []);
    assert.deepEqual(findAttributions('Ships wait offshore.\n\nThe harbour is closed.'), []);
  });

  it('gives offsets into the text as JavaScript string indices, end exclusive', () => {
    const text = 'Intro 🚢 line.\n\n“Ça va,” said Lisboa.';
    const [a] = findAttributions(text);
    assert.ok(a);
    assert.equal(text.slice(a.content[0], a.content[1]), 'Ça va');
    assert.equal(text.slice(a.source![0], a.source![1]), 'Lisboa');
    assert.equal(text.slice(a.cue![0], a.cue![1]), 'said');
  });

  it('stays linear on long texts without sentence breaks or with unclosed quotation marks', () => {
    const texts = ['he said that the plan said Smith told reporters that '.repeat(10000), '“open and never closed said he '.repeat(10000), '“we will win,” he said, “and then” '.repeat(10000)];
    const started = performance.now();
    for (const t of texts) findAttributions(t);
    assert.ok(performance.now() - started < 5000, `took ${performance.now() - started} ms`);
  });
});
