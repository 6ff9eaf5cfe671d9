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
    // The words inside the marks, for a reader: the tag is no part of what was said.
    const [found] = findAttributions(text);
    assert.deepEqual(found?.quoted?.map(([s, e]) => text.slice(s, e)), ['We expect a deal', 'but not this week.']);
  });

  it('gives no separate pieces for a quotation in one piece, or one that goes on over paragraphs untagged', () => {
    assert.equal(findAttributions('“We expect a deal this week,” Ruiz said.')[0]?.quoted, undefined);
    assert.equal(findAttributions('Ruiz said: “We expect a deal.\n\n“Not this week, but soon.”')[0]?.quoted, undefined);
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

  it('takes a capitalised quotation after a word for a work as its title, not speech', () => {
    assert.deepEqual(read('He was the star of the reality TV show “Night Harbour.”'), []);
    assert.ok(!read('Lisboa wrote a book, “The Long Strike,” about the port.').some((a) => a.direct));
  });

  it('finds nothing in a sentence with a film title or scare quotes and no cue', () => {
    assert.deepEqual(read('The film “Night Harbour” opened on Friday to “mixed” reviews in Lisbon.'), []);
    assert.deepEqual(read('The “reform” passed the lower house on Tuesday, with “flying colours.”'), []);
  });
});

  it('does not take a title or a fragment earlier in the sentence for the first half of a split quotation', () => {
    const titled = read('The mayor spoke first. On Channel 4’s “Morning Harbour” on Sunday, she said, “I never promised to pay the fines.”');
    assert.deepEqual(titled.filter((a) => a.direct).map((a) => [a.content, a.source]), [['I never promised to pay the fines.', 'she']]);
    const fragment = read('Facing a rise in rates “in the long run” she warned: “It will not happen this year, because our focus is the port.”');
    assert.deepEqual(fragment.map((a) => [a.content, a.source, a.direct]), [['It will not happen this year, because our focus is the port.', 'she', true]]);
  });

  it('reads a quotation with its tag inside parentheses as a sentence of its own', () => {
    const found = read('Lisboa agreed to return for a second season. (“We persuaded the writers to finish the story,” he said.) The crew signed on.');
    const quote = found.find((a) => a.direct);
    assert.deepEqual(quote && [quote.content, quote.source, quote.cue], ['We persuaded the writers to finish the story', 'he', 'said']);
    assert.ok(!found.some((a) => a.content.includes('(')), 'no content runs into the parentheses');
  });

  it('reads a paragraph that opens with a closing mark turned the wrong way (after an ellipsis) as a quotation', () => {
    const a = only('The board met the harbour master on Friday.\n\n” … if the port can open on Sunday, then the market can open too,” the letter read.');
    assert.equal(a.content.trim(), '… if the port can open on Sunday, then the market can open too');
    assert.equal(a.source, 'the letter');
    assert.equal(a.direct, true);
  });

  it('takes the thing a relative clause describes as the speaker: "a notice that said, “…”"', () => {
    const a = only('The page was replaced by a notice that said, “Sorry, the ferry timetable is no longer available.”');
    assert.equal(a.source, 'a notice');
    assert.equal(a.content, 'Sorry, the ferry timetable is no longer available.');
  });

  it('reads an inverted cue after a linking word: "But, said Ruiz, “…”"', () => {
    const a = only('But, said Ruiz, “I do not want to start a quarrel with the harbour board.”');
    assert.deepEqual([a.source, a.speaker, a.direct], ['Ruiz', 'Ruiz', true]);
  });

  it('reads two speakers joined by "and" after a quotation, and names them both', () => {
    const a = only('“The council has run out of patience,” Ana Ruiz and Tom Reed wrote in the newsletter.');
    assert.equal(a.source, 'Ana Ruiz and Tom Reed');
    assert.equal(a.speaker, 'Ana Ruiz and Tom Reed');
    assert.equal(a.direct, true);
  });

  it('reads a speaker described twice over with "and": "“…,” the Ohio senator and party candidate said"', () => {
    const a = only('Senator Ana Ruiz answered first.\n\n“The harbour board has ignored the fishermen for years,” the Ohio senator and party candidate said in a statement.');
    assert.equal(a.content, 'The harbour board has ignored the fishermen for years');
    assert.equal(a.source, 'the Ohio senator and party candidate');
    assert.equal(a.direct, true);
  });

  it('reads a paragraph-long quotation after "X said about …, in …:" however long the adjuncts, but not after a clause', () => {
    const text = 'The port authority said about the closure of the northern pier by the harbour board in the first week of March:\n\n“The pier will reopen once the divers have checked every pile.”\n\nThe divers start on Monday.';
    const direct = read(text).filter((a) => a.direct);
    assert.equal(direct.length, 1, JSON.stringify(read(text)));
    assert.equal(direct[0]?.content, 'The pier will reopen once the divers have checked every pile.');
    assert.equal(direct[0]?.source, 'The port authority');
    // A clause of its own before the colon ends in what it reports; the quotation is not its cue's.
    const clause = 'The port authority said that the closure of the northern pier would last into the first week of March because:\n\n“Every pile has to be checked by divers before the ferries can dock again.”\n\nThe divers start on Monday.';
    assert.ok(read(clause).every((a) => !a.direct), JSON.stringify(read(clause)));
  });

  it('does not take the person a message is sent or turned to, or spoken for, as the speaker before a colon', () => {
    for (const text of [
      'The union sent a letter to Ana Ruiz: “We will strike on Monday unless the talks resume.”',
      'The mayor then turned to Tom Reed: “Is this true, what they say about the pier?”',
      'A spokesman for Governor Ana Ruiz: “No comment at this time, thank you.”',
    ]) {
      const found = read(text);
      assert.ok(found.every((a) => a.speaker !== 'Ana Ruiz' && a.speaker !== 'Tom Reed'), `${text}: ${JSON.stringify(found)}`);
    }
  });

  it('keeps a whole sentence quoted after a colon or in a tweet, whatever stands before it', () => {
    assert.deepEqual(read('Then, quietly: “I never wanted this…” she said.').map((a) => [a.content, a.source, a.direct]), [['I never wanted this…', 'she', true]]);
    assert.deepEqual(read('In a tweet “We will not be silenced” Ruiz wrote.').map((a) => [a.content, a.speaker, a.direct]), [['We will not be silenced', 'Ruiz', true]]);
  });

  it('does not give a question to the one it was asked of: "Ruiz was asked by a reporter"', () => {
    assert.ok(!read('She came on stage. “Are you running again?” Ruiz was asked by a reporter.').some((a) => a.direct && a.speaker === 'Ruiz'));
  });

  it('goes on with a quotation after an aside in parentheses, and shows its pieces without the tag', () => {
    const text = '“We tried everything,” Ruiz said. (She declined to say more.) “It did not work.”';
    const [a] = findAttributions(text);
    assert.deepEqual(a?.quoted?.map(([s, e]) => text.slice(s, e)), ['We tried everything', 'It did not work.']);
    assert.equal(a?.speaker, 'Ruiz');
  });

  it('leaves a title or a nickname inside the tag out of the quotation’s pieces', () => {
    const text = '“Of course we will publish the budget,” Ruiz said on “Meet the Press.” “The numbers are sound.”';
    assert.deepEqual(findAttributions(text)[0]?.quoted?.map(([s, e]) => text.slice(s, e)), ['Of course we will publish the budget', 'The numbers are sound.']);
  });

  it('reads a closing mark at a paragraph’s start as closing when a quotation was left open, and a stray one as nothing', () => {
    const open = read('“We will rebuild,” said Ruiz. “The town will come back.\n” Nobody believed her.');
    assert.ok(open.every((a) => !a.content.includes('Nobody')), JSON.stringify(open));
    assert.deepEqual(read('”\n“We are heartbroken,” Ruiz said.').map((a) => a.content), ['We are heartbroken']);
  });

  it('takes a whole description ending in a name before a colon as the speaker', () => {
    const a = only('Former secretary of state Ana Ruiz:“We learned that from the port authority and its own figures.”');
    assert.equal(a.source, 'Former secretary of state Ana Ruiz');
    assert.equal(a.speaker, 'Ana Ruiz');
  });

  it('reads a question tagged by "X asks as …": the adjunct is no listener and no reported clause', () => {
    const found = read('She came on stage. “Who can remember how many votes we have lost in a row?” Ruiz asks as a janitor walks past.');
    assert.deepEqual(found.map((a) => [a.content, a.speaker, a.direct]), [['Who can remember how many votes we have lost in a row?', 'Ruiz', true]]);
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

  it('does not resolve a plural description ("the officials") to the one person named before it', () => {
    const found = read('Ana Ruiz said the port would close. The officials said the talks would resume.');
    assert.deepEqual(found.map((a) => a.speaker), ['Ana Ruiz', null]);
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

  it('takes a whole description with a name in it, "The top US envoy", and resolves it like "the envoy"', () => {
    const a = only('Tomas Lindqvist met Orla Brennan on Tuesday. The top US envoy said that Valdoria has sent half of the grain.');
    assert.deepEqual([a.source, a.speaker], ['The top US envoy', 'Orla Brennan']);
    const b = read('“We are ready,” said Orla Brennan. The Valdorian foreign minister said that the border would stay open.')[1];
    assert.deepEqual([b?.source, b?.speaker], ['The Valdorian foreign minister', 'Orla Brennan']);
  });

  it('gives a participle after a comma the subject of the sentence, not an owner inside its object', () => {
    const found = read('Orla Brennan voiced deep worries about Valdoria’s support for the militias, stressing the need for quiet on the frontier.');
    const last = found[found.length - 1];
    assert.equal(last?.cue, 'stressing');
    assert.equal(last?.speaker, 'Orla Brennan');
  });

  it('keeps the head of a subject qualified by "in" and a place: "Police in northern Valdoria said"', () => {
    const a = only('Police in northern Valdoria said 40 families had left their homes.');
    assert.deepEqual([a.source, a.speaker], ['Police in northern Valdoria', 'Police']);
    const b = only('A spokesman in Valdoria said the bridge was closed.');
    assert.deepEqual([b.source, b.speaker], ['A spokesman in Valdoria', null]);
    // The company they hold shares in is not who spoke.
    assert.equal(only('Shareholders in Lumora said the plan was flawed.').source, 'Shareholders in Lumora');
  });
});

describe('findAttributions: where a quotation starts and ends', () => {
  it('goes on from a quotation whose cue is the next sentence: "“Why?” Ruiz asked. “…”"', () => {
    const a = only('“Why now?” Ruiz asked. “Nobody told us.”');
    assert.equal(a.content, 'Why now?” Ruiz asked. “Nobody told us.');
    assert.equal(a.speaker, 'Ruiz');
  });

  it('gives a quotation with a tag of its own to its own speaker, not the last one', () => {
    const found = read('“We will sign,” Ruiz said. “Is that so?” Lee asked the minister on Monday.');
    assert.equal(found.length, 2);
    assert.equal(found[1]?.content, 'Is that so?');
    assert.equal(found[1]?.speaker, 'Lee');
  });

  it('does not take what happens after a full stop for a tag: "“…” He smiled."', () => {
    const a = only('“We will sign,” Ruiz said. “It is done.” He smiled.');
    assert.equal(a.content, 'We will sign,” Ruiz said. “It is done.');
  });

  it('leaves a sentence with a quotation of its own to that quotation', () => {
    const found = read('“We wait.” Of the strike, Lee said, “It is over.”');
    assert.ok(found.some((a) => a.content === 'It is over.' && a.speaker === 'Lee'), JSON.stringify(found));
  });

  it('goes on into a sentence that opens with a quotation, or with a word or two and one', () => {
    assert.equal(only('“We will sign,” said Ruiz. “Not today” — and she left.').content, 'We will sign,” said Ruiz. “Not today');
    assert.equal(only('“We will sign,” Ruiz said. Instead, “we will wait.”').content, 'We will sign,” Ruiz said. Instead, “we will wait.');
  });

  it('joins a split quotation across a description of the speaker, not across words of another cue', () => {
    const a = only('"This was our back yard," said Ana Ruiz, director of studies at the institute, "but it is theirs now."');
    assert.equal(a.content, 'This was our back yard," said Ana Ruiz, director of studies at the institute, "but it is theirs now.');
    const found = read('“We will sign,” Ruiz said, adding: “It is a good deal.”');
    assert.deepEqual(
      found.map((f) => [f.content, f.speaker]),
      [
        ['We will sign', 'Ruiz'],
        ['It is a good deal.', 'Ruiz'],
      ],
    );
  });

  it('joins two quotations after one cue when "and" links them', () => {
    assert.equal(only('Ruiz kept shouting “Get out of here” and “Be nice.”').content, 'Get out of here” and “Be nice.');
    assert.equal(only('Ruiz told the crowd, “I am one of you,” and, “Who here does not bargain?”').content, 'I am one of you,” and, “Who here does not bargain?');
  });

  it('does not join a title or object that follows the tag without a comma', () => {
    const a = only('“Being a mother, that is my job,” Ruiz said in May on the show “Morning Talk.”');
    assert.equal(a.content, 'Being a mother, that is my job');
  });

  it('reads a quotation after a colon, a dash or a parenthesis as direct though words come before', () => {
    const a = only('Lisboa was blunt: “We will not sign,” she told reporters.');
    assert.equal(a.content, 'We will not sign');
    assert.equal(a.direct, true);
  });

  it('reads a quotation that opens in lower case after the writer’s words as part of their sentence', () => {
    const a = read('Polls show that “the public is not ready,” Ruiz said.').find((f) => f.source === 'Ruiz');
    assert.equal(a?.content, 'Polls show that “the public is not ready');
    assert.equal(a?.direct, false);
    const framed = only('An economic slowdown, he said, “could be a good time to borrow.”');
    assert.equal(framed.content, 'An economic slowdown, he said, “could be a good time to borrow.');
    assert.equal(framed.direct, false);
    const plain = only('Later, he said, “We will see.”');
    assert.equal(plain.content, 'We will see.');
    assert.equal(plain.direct, true);
  });

  it('takes the relative pronoun into what was called something: "which he called “…”"', () => {
    const found = read('He attacked the boards, which he called “a cartel for schools.”');
    assert.ok(found.some((a) => a.content === 'which he called “a cartel for schools.”' && !a.direct), JSON.stringify(found));
  });

  it('reads "according to X:" and "as X pointed out," before a quotation as a direct quotation', () => {
    const a = only('According to the Herald: “The senator has a mixed record.”');
    assert.equal(a.content, 'The senator has a mixed record.');
    assert.equal(a.direct, true);
    const b = only('As the Herald pointed out, “The senator has a mixed record.”');
    assert.equal(b.content, 'The senator has a mixed record.');
    assert.equal(b.source, 'the Herald');
  });

  it('ends reported speech where another speaker’s clause begins', () => {
    const found = read('After Ruiz said that the plan was dead, Lee said: "I do not like it."');
    assert.equal(found[0]?.content, 'that the plan was dead');
    assert.equal(found[1]?.content, 'I do not like it.');
    assert.equal(found[1]?.speaker, 'Lee');
  });
});

describe('findAttributions: cues and speakers next to quotations', () => {
  it('passes over a noun after a determiner to the verb before it: "wrote in an email:"', () => {
    const a = only('Weaver wrote in an email: "This was the worst day of the campaign."');
    assert.equal(a.cue, 'wrote');
    assert.equal(a.source, 'Weaver');
    assert.equal(a.direct, true);
  });

  it('reads an infinitive cue with the subject of the verb before it: "was quick to say"', () => {
    const a = only('Ruiz was quick to say, “We are not leaving.”');
    assert.equal(a.source, 'Ruiz');
    assert.equal(a.content, 'We are not leaving.');
  });

  it('finds the subject after a long opening clause: "Asked …, Lisboa shook her head and said"', () => {
    // The question put to her is an attribution of its own, with no one named as asking it.
    const found = read('Asked on Monday whether the port would reopen soon, Mrs. Lisboa shook her head and said, “No.”');
    assert.deepEqual(
      found.map((f) => [f.content, f.source, f.direct]),
      [
        ['whether the port would reopen soon', null, false],
        ['No.', 'Mrs. Lisboa', true],
      ],
    );
  });

  it('leaves a verb that has a clause of its own to that clause, not to a title before it', () => {
    const a = only('Sunday on Fox’s “Morning Futures,” Rep. Ana Ruiz said the senator’s judgment is in question.');
    assert.equal(a.content, 'the senator’s judgment is in question');
    assert.equal(a.source, 'Rep. Ana Ruiz');
    assert.equal(a.direct, false);
  });

  it('knows the forms of verbs that double their last consonant: "admitted", "begged"', () => {
    assert.equal(only('“We did not know,” the minister admitted.').cue, 'admitted');
    assert.equal(only('“Please stay,” Ruiz begged.').cue, 'begged');
  });

  it('reads a quotation set off by dashes with its tag inside them', () => {
    const a = read('Nobody liked the mayor - “Born rich,” Mr. Lee said - but they voted for him.').find((f) => f.direct);
    assert.equal(a?.content, 'Born rich');
    assert.equal(a?.source, 'Mr. Lee');
  });

  it('reads a sentence that ends in a participle and a colon as the cue of the quotation below it', () => {
    const found = read('The Herald confirmed the story, reporting:\n\n"Cash made its way to the foundation over three years."');
    const a = found.find((f) => f.direct);
    assert.equal(a?.content, 'Cash made its way to the foundation over three years.');
    assert.equal(a?.source, 'The Herald');
  });

  it('skips an opening adverbial to find who issued a statement introduced by a colon', () => {
    const a = only('In response to the long strike at the port, Ana Ruiz issued the following statement:\n\n“We will not go back until the pay is fair.”');
    assert.equal(a.source, 'Ana Ruiz');
    assert.equal(a.direct, true);
  });

  it('takes a quantifier that stands for people as a speaker: "Some chanted “…”"', () => {
    const a = only('Some chanted “Four more years!”');
    assert.equal(a.source, 'Some');
    assert.equal(a.content, 'Four more years!');
  });

  it('takes any verb between a person and a whole quoted sentence: "Lisboa shot back, “…”"', () => {
    const a = only('During the debate, Lisboa shot back, “I could have stayed home.”');
    assert.equal(a.source, 'Lisboa');
    assert.equal(a.cue, 'shot back');
    assert.deepEqual(read('The plan failed, “Badly, as we said.”'), []);
  });

  it('takes a sentence of a speaker and a verb alone as the cue of the quotation after it', () => {
    const a = only('Ana Ruiz of the port authority agreed. “The strike is costing us dearly.”');
    assert.equal(a.speaker, 'Ana Ruiz');
    assert.equal(a.content, 'The strike is costing us dearly.');
  });

  it('takes the speaker from a line that opens with a dash below a quotation', () => {
    const a = only('The ban stays.\n\n“We will look into it. I do not know the status.”\n\n- Ana Ruiz.\n\nRuiz has not.');
    assert.equal(a.speaker, 'Ana Ruiz');
    assert.equal(a.content, 'We will look into it. I do not know the status.');
  });

  it('reads testimonies set as a quotation with a dash and the speaker on its own line, each to its own speaker', () => {
    const text = [
      'We asked voters in three towns what they want from the next mayor.',
      '“Nobody has asked us what we need. This time feels different.” ― Maria J. Lopez, 34, Halvik',
      '”We need buses that run after nine.”\u00a0― Carlos Ortega.',
      '“My mother cleaned these offices for thirty years.”― Ana Ruiz Soto',
      '“I will vote, but I expect little.” — Tom Reed, 19, a student in Ostmark',
    ].join('\n');
    const found = read(text).filter((a) => a.direct);
    assert.deepEqual(
      found.map((a) => [a.content, a.speaker, a.cue]),
      [
        ['Nobody has asked us what we need. This time feels different.', 'Maria J. Lopez', '―'],
        ['We need buses that run after nine.', 'Carlos Ortega', '―'],
        ['My mother cleaned these offices for thirty years.', 'Ana Ruiz Soto', '―'],
        ['I will vote, but I expect little.', 'Tom Reed', '—'],
      ],
    );
  });

  it('keeps each testimony to its own speaker, whatever describes them, two to a paragraph too', () => {
    const speakers = (text: string): Array<[string, string | null]> => read(text).map((a) => [a.content, a.speaker]);
    assert.deepEqual(speakers('We asked voters in Halvik.\n“We need buses.” — Ana Ruiz, 34, Halvik\n“We need jobs.” — Tom Reed, mayor of Ostby\n“We need parks.” — Lena Holt, retired nurse'), [
      ['We need buses.', 'Ana Ruiz'],
      ['We need jobs.', 'Tom Reed'],
      ['We need parks.', 'Lena Holt'],
    ]);
    assert.deepEqual(speakers('We asked voters.\n“We need buses.” — Ana Ruiz, 34, Halvik. “We need jobs.” — Tom Reed, 19, Ostby.'), [
      ['We need buses.', 'Ana Ruiz'],
      ['We need jobs.', 'Tom Reed'],
    ]);
    assert.deepEqual(speakers('Voters spoke.\n“We were never told.” — Tom van der Berg, 61, Ostby\n“Nor were we.” — Sen. Ana Ruiz (D-Ostby), in a statement'), [
      ['We were never told.', 'Tom van der Berg'],
      ['Nor were we.', 'Ana Ruiz'],
    ]);
  });

  it('takes no speaker from titles, listings, bylines, scores or an unclosed aside after a dash', () => {
    for (const text of [
      'Related:\n“Depot Closure Leaves Drivers Stranded” — Tom Reed\n“Halvik Votes on New Bus Plan” — Ana Ruiz',
      'Books of the year:\n“The Quiet Harbour” — Elena Marsh\n“Blue Town” — The Ferrymen',
      'Tonight on TV:\n“Halvik Tonight” — Channel 4, 9 p.m.',
      'Final scores from Saturday:\n“We won” — Smith 2, Jones 1',
      '“Voices from the Valley” — By Tom Reed\n\nWe asked voters in the valley.',
      '“Enough Is Enough” — Halvik Teachers Strike\n\nTeachers walked out on Monday.',
      '“Stay home” — Ana Ruiz (the clerk taped the sign to the door.',
    ]) {
      assert.deepEqual(read(text), [], text);
    }
  });

  it('lets the last speaker go on past a dash line that credits the report or lists an item', () => {
    for (const line of ['— Reporting by Tom Reed; Editing by Ana Lind', '— Staff writer Tom Reed contributed to this report.', '— Route 4 will end at Halvik station.']) {
      const found = read(`“The plan is final,” Ana Ruiz said.\n\n“We will not go back.”\n\n${line}`);
      assert.deepEqual(found.map((a) => a.speaker), ['Ana Ruiz'], line);
    }
    // A dash inside the line is no subheading: only one that ends it, as it began, is.
    assert.equal(only('“The river keeps its own counsel.”\n\n— Tom Reed, mayor of Halvik 1998–2006').speaker, 'Tom Reed');
  });

  it('gives a quotation with a dash line below to that line’s speaker, not to the speaker quoted before it', () => {
    const found = read('“The depot stays open,” Ana Ruiz said.\n\n“We were never told.”\n\n― Tom Reed, a driver\n\nThe union meets today.');
    assert.deepEqual(found.map((a) => [a.content, a.speaker]), [
      ['The depot stays open', 'Ana Ruiz'],
      ['We were never told.', 'Tom Reed'],
    ]);
  });

  it('takes no speaker from a subheading between dashes or from the writer’s sentence after a dash', () => {
    const found = read('“The depot stays open,” Ana Ruiz said.\n\n“We were never told.”\n\n– A driver’s view –\n\nThe union meets today.');
    // Ruiz goes on: one attribution over both quotations.
    assert.deepEqual(found.map((a) => [a.content, a.speaker]), [['The depot stays open,” Ana Ruiz said.\n\n“We were never told.', 'Ana Ruiz']]);
    assert.deepEqual(read('“Jaws” — Spielberg’s first hit — opened in 1975.'), []);
    assert.deepEqual(read('“Stay home” — Ana Ruiz, the clerk, taped the sign to the door.'), []);
    assert.deepEqual(read('“Stay home” — Ana Ruiz (the clerk) taped the sign to the door.'), []);
  });

  it('reads a headline "Speaker: what they said", quoted or not, and no label such as "The Latest:"', () => {
    const a = only('Lisboa: Port Strike ‘Will Not End Soon,’ Union Says.\n\nThe strike went on.');
    assert.deepEqual(a, { content: 'Port Strike ‘Will Not End Soon,’ Union Says', source: 'Lisboa', cue: ':', speaker: 'Lisboa', direct: false });
    assert.equal(only('Lisboa: ‘The Port Stays Closed.’\n\nThe strike went on.').direct, true);
    assert.deepEqual(read('The Latest: Port Strike Ends.\n\nThe strike went on.'), []);
  });

  it('does not resolve the story’s pronouns to a headline’s name', () => {
    const found = read('Lisboa: Port Will Reopen.\n\nAna Ruiz, the minister, spoke on Monday. “It is done,” she said.');
    assert.equal(found[found.length - 1]?.speaker, 'Ana Ruiz');
  });
});

describe('findAttributions: tags and speakers in reported speech', () => {
  it('takes no statement from a verb of stance with a comma and no object after it', () => {
    assert.deepEqual(read('Reed declined, even though he was free to pick the day.'), []);
    assert.deepEqual(read('Even this week, when invited to the depot in Halvik ― a short drive from his home ― Reed declined, even though he was free.'), []);
    // The participle after it is what he said; an adverbial between commas leads on to the object.
    assert.deepEqual(read('Reed declined, saying he was busy.').map((a) => [a.content, a.speaker, a.cue]), [['he was busy', 'Reed', 'saying']]);
    assert.deepEqual(read('Ana Ruiz described, in blistering terms, a set of practices that left the depot open to theft.').map((a) => [a.content, a.speaker]), [
      ['a set of practices that left the depot open to theft', 'Ana Ruiz'],
    ]);
  });

  it('names a group by the nationality and the noun it qualifies, never by the nationality alone', () => {
    assert.equal(only('Icelandic trawler owners said the share was lower than they had hoped.').speaker, 'Icelandic trawler owners');
    assert.equal(only('The Norwegian government claims the plant broke the rules.').speaker, 'Norwegian government');
    assert.equal(only('The French said the talks were useful.').speaker, null);
    // A surname that is also a nationality is still the person's.
    assert.equal(read('Bryan English met voters in Halvik. English said the race was close.')[0]?.speaker, 'Bryan English');
  });

  it('keeps a relative clause in the source of "according to": "According to numbers which the authors cite, …"', () => {
    const a = only('According to numbers which the authors cite, less than 2 percent of old nets are recycled.');
    assert.equal(a.source, 'numbers which the authors cite');
    assert.equal(a.content, 'less than 2 percent of old nets are recycled');
  });

  it('reads an inverted tag with a description after the name: "…, said X, a spokeswoman for Y."', () => {
    const a = only('The ferry will not run this winter, said Marta Quental, a spokeswoman for the harbour board.');
    assert.equal(a.content, 'The ferry will not run this winter');
    assert.equal(a.source, 'Marta Quental, a spokeswoman for the harbour board');
    assert.equal(a.speaker, 'Marta Quental');
  });

  it('takes the whole subject with its descriptions before the verb, not a name after it', () => {
    const a = only('Sen. Ana Ruiz, D-Ohio, a member of the committee, said Lee is wrong about the ferries.');
    assert.equal(a.source, 'Sen. Ana Ruiz, D-Ohio, a member of the committee');
    assert.equal(a.speaker, 'Ana Ruiz');
    assert.equal(a.content, 'Lee is wrong about the ferries');
    const b = only('Ana Ruiz (D-Ohio), who chairs the committee, said the ferries were safe.');
    assert.equal(b.source, 'Ana Ruiz (D-Ohio), who chairs the committee');
    assert.equal(b.speaker, 'Ana Ruiz');
    const c = only('Sandra Lee, a nurse from Jackson, Miss., said the ferries were safe.');
    assert.equal(c.speaker, 'Sandra Lee');
    assert.equal(c.content, 'the ferries were safe');
  });

  it('leaves an aside between the subject and the verb out of the speaker: "Quental, however, said"', () => {
    assert.equal(only('Quental, however, said the ferries were safe.').source, 'Quental');
    assert.equal(only('Quental, in a statement, said the ferries were safe.').source, 'Quental');
  });

  it('reads the clause before a tag that only says where or when: "…, X said in an interview on Sunday."', () => {
    const a = only('The ferries will run again in May, Quental said in a phone interview on Sunday.');
    assert.equal(a.content, 'The ferries will run again in May');
    assert.equal(a.source, 'Quental');
    const b = read('The ferries will run again in May, Quental said Tuesday in Lisbon, noting the storms of the last week.');
    assert.equal(b[0]?.content, 'The ferries will run again in May');
  });

  it('leaves an aside out after a subject that could open a sentence as an adverbial: "Others, however, say"', () => {
    const a = only('Others, however, say the ferries are safe.');
    assert.deepEqual([a.source, a.content], ['Others', 'the ferries are safe']);
  });

  it('ends a clause at its tag when "and" brings in another speaker: "…, records show, and experts say …"', () => {
    const found = read('The ferry was insured for $3 million in 2011, records show, and experts say it is worth half that now.');
    assert.deepEqual(
      found.map((f) => [f.source, f.content]),
      [
        ['records', 'The ferry was insured for $3 million in 2011'],
        ['experts', 'it is worth half that now'],
      ],
    );
  });

  it('ends what was said at a dash after which another speaker begins, and keeps the dash out of a name', () => {
    const found = read('Some friends say the mayor needs rest - an old habit of hers - but others say he has never been healthier.');
    assert.equal(found.length, 2);
    assert.equal(found[1]?.source, 'others');
    assert.equal(found[1]?.content, 'he has never been healthier');
    assert.equal(only('“We will win,” said Ana Lopez-Garcia.').speaker, 'Ana Lopez-Garcia');
  });

  it('does not take a phrase of place or time for what was said: "X said in a statement."', () => {
    assert.deepEqual(read('Quental said in a statement.'), []);
  });

  it('does not jump to a relative "that" after a verb, nor past a subject already begun', () => {
    assert.equal(only('Quental said Lee is wrong about the schedules that the board published.').content, 'Lee is wrong about the schedules that the board published');
    assert.equal(only('Quental said she liked the plan and that she would vote for it.').content, 'she liked the plan and that she would vote for it');
  });

  it('keeps a clause that opens with "that" whole, a second "that" included', () => {
    assert.equal(only('Quental said that the plan had flaws but that it would pass.').content, 'that the plan had flaws but that it would pass');
  });

  it('finds "that" past where and when the words were said', () => {
    const a = only('Quental said on Monday during a visit to the harbour in Faro, Portugal, that the ferries would run.');
    assert.equal(a.content, 'that the ferries would run');
  });

  it('does not take the subject of what was said for a listener: "warned the storms would …"', () => {
    assert.equal(only('Quental warned the storms would close the harbour.').content, 'the storms would close the harbour');
    assert.equal(only('Quental told reporters the storms would close the harbour.').content, 'the storms would close the harbour');
  });

  it('ends what a relative clause reports at its comma: "Quental, who said …, voted"', () => {
    const found = read('Quental, who said the harbour was safe, voted against the plan.');
    assert.equal(found[0]?.content, 'the harbour was safe');
    assert.equal(found[0]?.cue, 'said');
  });

  it('does not read the terms of an interview as speech: "who asked not to be named"', () => {
    const found = read('One official, who asked not to be named, said the ferries would run.');
    assert.deepEqual(
      found.map((f) => [f.cue, f.content]),
      [['said', 'the ferries would run']],
    );
  });

  it('reads a participle after "by" and one after a message: "by saying …", "a statement saying …"', () => {
    const a = only('Quental ended the meeting by saying the strike was over.');
    assert.deepEqual([a.cue, a.source, a.content], ['saying', 'Quental', 'the strike was over']);
    const b = only('The union released a statement Monday saying the strike was over.');
    assert.deepEqual([b.cue, b.source, b.content], ['saying', 'The union', 'the strike was over']);
  });

  it('reads "referring to" after a tag with the tag’s speaker', () => {
    const found = read('“The ferries are our lifeline,” Quental said, referring to the island’s two boats.');
    assert.equal(found.length, 2);
    assert.deepEqual([found[1]?.cue, found[1]?.content, found[1]?.speaker], ['referring to', 'the island’s two boats', 'Quental']);
    assert.equal(only('Quental referred to the new schedule as a disgrace.').cue, 'referred to');
  });
});

describe('findAttributions: what the writer attributes to no one, and questions put', () => {
  it('reads "X seemed to …" and "X is expected to …" as the whole clause, with no source', () => {
    const a = only('The harbour board seemed to ignore the warnings.');
    assert.deepEqual([a.content, a.source, a.cue], ['The harbour board seemed to ignore the warnings', null, 'seemed']);
    const b = only('The bill is expected to pass next week.');
    assert.deepEqual([b.content, b.source, b.cue], ['The bill is expected to pass next week', null, 'is expected']);
    assert.equal(only('But the board is expected to approve the plan.').content, 'the board is expected to approve the plan');
    assert.deepEqual(read('Quental appeared on television on Sunday.'), []);
  });

  it('gives a passive of speech no speaker in its subject, and the agent when "by" names one', () => {
    const told = only('Quental was told that the strike was over.');
    assert.equal(told.source, null);
    assert.equal(told.content, 'Quental was told that the strike was over');
    const praised = only('The plan was praised by the union.');
    assert.deepEqual([praised.content, praised.source], ['The plan', 'the union']);
    const criticized = only('The plan was criticized by the union for its cost.');
    assert.deepEqual([criticized.content, criticized.source], ['The plan was criticized by the union for its cost', 'the union']);
  });

  it('reads the question put to a speaker: "Asked whether …, X said", "when asked about …"', () => {
    const found = read('Asked whether the ferries would run in May, Quental said she hoped so.');
    assert.deepEqual(
      found.map((f) => [f.cue, f.content, f.source]),
      [
        ['Asked', 'whether the ferries would run in May', null],
        ['said', 'she hoped so', 'Quental'],
      ],
    );
    assert.equal(only('Quental shrugged when asked about the strike.').content, 'about the strike');
    assert.equal(read('Asked by reporters about the strike, Quental said it was over.')[0]?.source, 'reporters');
  });

  it('reads cues in a headline’s title case, but not its nouns', () => {
    const a = only('Harbour Chief Says Ferries Will Run In May.\n\nThe ferries stopped in March.');
    assert.deepEqual([a.cue, a.source, a.content], ['Says', 'Harbour Chief', 'Ferries Will Run In May']);
    assert.deepEqual(read('Mayor’s Remarks Anger Ferry Workers.\n\nThe ferries stopped in March.'), []);
  });

  it('reads a headline whose speaker ends in a common noun, "Harbour board:", but not one with a verb', () => {
    const a = only('Harbour board: Ferries will run in May.\n\nThe ferries stopped in March.');
    assert.deepEqual([a.source, a.content], ['Harbour board', 'Ferries will run in May']);
    assert.deepEqual(read('Winter is back: ferries stop again.\n\nThe ferries stopped in March.'), []);
  });

  it('does not take a programme for a verb: "her talk show"', () => {
    assert.deepEqual(read('Her talk show airs on Sundays, and the mayor’s show airs on Mondays.'), []);
  });
});

describe('findAttributions: direct quotations with long tags', () => {
  it('takes a description with a preposition and a relative clause after a quotation as the speaker', () => {
    const a = only('“It’s over,” a senior aide to the governor, who spoke on condition of anonymity, said.');
    assert.equal(a.source, 'a senior aide to the governor, who spoke on condition of anonymity');
    assert.equal(a.cue, 'said');
    const b = only('“It’s over,” one resident, who asked not to be named, said.');
    assert.equal(b.cue, 'said');
    assert.equal(b.source, 'one resident, who asked not to be named');
  });

  it('names the speaker in an appositive, not the owner before it: "Ruiz’s spokesman, Tom Reed"', () => {
    const a = only('“We will win,” Ruiz’s spokesman, Tom Reed, said.');
    assert.equal(a.speaker, 'Tom Reed');
    assert.equal(a.source, 'Ruiz’s spokesman, Tom Reed');
  });

  it('names the speaker in an appositive after an inverted cue too: "Still, said Ruiz’s lawyer, Tom Reed, “…”"', () => {
    const a = only('Still, said Ruiz’s lawyer, Tom Reed, “The appeal will be heard in May.”');
    assert.deepEqual([a.speaker, a.source, a.direct], ['Tom Reed', 'Ruiz’s lawyer, Tom Reed', true]);
    // A description after the comma names no one: the speaker is the mayor, unnamed.
    for (const text of ['Still, said the mayor, Reed’s ally, “we will appeal.”', 'Said the mayor, Brennvik’s first Green mayor, “we will appeal.”']) {
      const b = only(text);
      assert.deepEqual([b.source, b.speaker], ['the mayor', null], text);
    }
  });

  it('ends a stance where another speaker’s clause begins: "rejected the offer and Ruiz said …"', () => {
    const found = read('The union rejected the offer and Ana Ruiz said talks would resume on Monday.');
    assert.deepEqual(found.map((a) => [a.source, a.content]), [['The union', 'the offer'], ['Ana Ruiz', 'talks would resume on Monday']]);
  });

  it('takes no speaker from a thing that is not there: "There was no note that said “…”"', () => {
    assert.deepEqual(read('There was no note that said “Closed for the winter.”'), []);
    assert.equal(only('The door had a note that said “Closed for the winter.”').source, 'a note');
  });

  it('takes a subject of two joined by "and" whole, and no verb before a name into it', () => {
    const both = only('Google and Apple said the new rules would hurt small developers.');
    assert.deepEqual([both.source, both.speaker], ['Google and Apple', 'Google and Apple']);
    const couple = only('On Monday, Ruiz and her husband said they would appeal the ruling.');
    assert.equal(couple.source, 'Ruiz and her husband');
    const verb = only('The mayor met Ruiz and Reed said the talks went well.');
    assert.equal(verb.source, 'Reed');
    // A name and a verb after it are a clause of their own, not the first of two subjects.
    assert.equal(only('Ruiz resigned and the mayor said it was unfair.').source, 'the mayor');
    assert.equal(only('Lumora fell and analysts said the drop was overdone.').source, 'analysts');
  });

  it('keeps an owner out of the name after it, but not an institution’s name', () => {
    assert.equal(only('“It works,” Lumora’s Ana Ruiz said.').speaker, 'Ana Ruiz');
    assert.equal(only('Ruiz’s Republican opponent, Tom Reed, said the plan would fail.').speaker, 'Tom Reed');
    assert.equal(only('“We will appeal,” the CEO of Lumora, Tom Reed, said.').speaker, 'Tom Reed');
    assert.equal(only('The CEO of Lumora said the company would appeal.').speaker, null);
  });

  it('names no one for a speaker described by whom they are close to, belong to or write to', () => {
    for (const text of [
      'A friend of Tom Reed said he was innocent.',
      'A biographer of Ana Ruiz said the book was late.',
      'A source close to Ana Ruiz said she would run.',
      'A letter to Ana Ruiz said the permit was revoked.',
    ]) {
      assert.equal(only(text).speaker, null, text);
    }
  });

  it('keeps a firm’s name whole across its possessive, and a newspaper’s name that is also an adjective', () => {
    assert.equal(only('Lloyd’s of London said claims would rise.').speaker, 'Lloyd’s of London');
    assert.equal(only('Moody’s Investors Service said the rating would fall.').speaker, 'Moody’s Investors Service');
    assert.equal(only('The Independent, a British newspaper, reported that the talks failed.').speaker, 'Independent');
    assert.equal(only('The director of the FBI, Tom Reed, said the inquiry would go on.').speaker, 'Tom Reed');
  });

  it('takes the name in an appositive after an inverted cue, with where they are from, an age or when', () => {
    for (const text of [
      '“We will rebuild,” said Ruiz’s lawyer, Tom Reed.',
      'But, said the mayor, Tom Reed of Brennvik, “we will rebuild.”',
      'But, said the mayor, Tom Reed, 54, “we will rebuild.”',
      '“We will rebuild,” said the mayor, Tom Reed, on Monday.',
    ]) {
      assert.equal(only(text).speaker, 'Tom Reed', text);
    }
  });

  it('takes the name after a message or an office as its source: "a statement from Lumora said"', () => {
    assert.equal(only('“We will appeal,” a statement from Lumora said.').speaker, 'Lumora');
    assert.equal(only('A letter from Ana Ruiz said “we will appeal.”').speaker, 'Ana Ruiz');
    assert.equal(only('“We will appeal,” the office of Governor Ana Ruiz said.').speaker, 'Ana Ruiz');
  });

  it('passes over when it was said between the subject and the verb: "Ruiz on Sunday defended …"', () => {
    const participle = read('Ana Ruiz on Sunday defended the closure, saying “the pier is unsafe.”').find((a) => a.direct);
    assert.equal(participle?.speaker, 'Ana Ruiz');
    for (const text of [
      'Harbour master Ana Ruiz on Sunday defended the closure of the northern pier.',
      'Harbour master Ana Ruiz last week said the northern pier would stay closed.',
      'Harbour master Ana Ruiz on Sunday night said the northern pier would stay closed.',
    ]) {
      const a = only(text);
      assert.deepEqual([a.source, a.speaker], ['Harbour master Ana Ruiz', 'Ana Ruiz'], text);
    }
  });

  it('takes no name for the speaker from what a description says they belong to or speak for', () => {
    for (const text of ['The attorney general of New York said the lawsuit would be filed on Monday.', 'A spokesman for Governor Ana Ruiz said the lawsuit would be filed on Monday.']) {
      const a = only(text);
      assert.equal(a.speaker, null, text);
      assert.equal(a.source, text.slice(0, text.indexOf(' said')), text);
    }
    assert.equal(only('Tom Reed of the harbour board said the pier would reopen.').speaker, 'Tom Reed');
    assert.equal(only('Surgeon Dr. Ana Ruiz of St Brendan’s Hospital warned against reading too much into the figure.').speaker, 'Ana Ruiz');
  });

  it('names the person after a title that capitals qualify: "White House chief of staff Tom Reed"', () => {
    const a = only('Acting White House chief of staff Tom Reed said the talks would resume.');
    assert.equal(a.speaker, 'Tom Reed');
  });

  it('takes a name that ends like a participle for the subject: "Fielding said, “…”"', () => {
    const a = read('Fielding said the crews would stay, but said, “We cannot pay them.”').find((f) => f.direct);
    assert.deepEqual([a?.content, a?.source], ['We cannot pay them.', 'Fielding']);
  });

  it('reads a quotation after a message someone issued: "Ruiz issued a statement, “…”"', () => {
    const a = only('After the storm, Ruiz issued a statement, “The harbour will reopen on Monday.”');
    assert.deepEqual([a.content, a.source, a.cue, a.direct], ['The harbour will reopen on Monday.', 'Ruiz', 'issued a statement', true]);
  });

  it('reads a quotation after a tag that says at length where it was said, and one followed by when', () => {
    const a = read('Quental said on Twitter on Monday, in a message to the crews of both boats, “We sail at dawn.”').find((f) => f.direct);
    assert.deepEqual([a?.content, a?.source], ['We sail at dawn.', 'Quental']);
    const b = only('Quental tweeted, “We sail at dawn!” on Monday night.');
    assert.deepEqual([b.content, b.direct], ['We sail at dawn!', true]);
  });

  it('takes a sentence of a speaker, a verb and where it was said as the cue of the quotation below', () => {
    const a = only('Quental, the harbour master, said in a statement.\n\n“We sail at dawn.”');
    assert.deepEqual([a.content, a.source, a.direct], ['We sail at dawn.', 'Quental, the harbour master', true]);
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
