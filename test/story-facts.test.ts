// Facts across outlets: one statement in several wordings, figures that agree or conflict, copies that
// count once, and a summary whose every sentence cites its sources. The articles are written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFacts } from '../src/analyze/facts.js';
import { printFacts } from '../src/cli/facts-format.js';
import type { Claim } from '../src/model.js';
import { factsSection } from '../src/server/facts-html.js';
import { type ClaimItem, formatValue, tabulateClaims } from '../src/stories/claim-table.js';
import { alignQuotes, type QuoteItem } from '../src/stories/quote-alignment.js';
import { reportsOf } from '../src/stories/reports.js';
import { storyFacts } from '../src/stories/story-facts.js';
import { citedSummary } from '../src/stories/summary.js';

function quote(articleId: number, outlet: string, text: string, more: Partial<QuoteItem> = {}): QuoteItem {
  return { articleId, outlet, copyOf: null, text, sentence: text, speaker: 'Mara Lindqvist', speakerKey: 'mara lindqvist', direct: true, ...more };
}

describe('reportsOf: copies count with their original', () => {
  it('follows a copy chain to its root and keeps originals as their own report', () => {
    const reports = reportsOf([
      { id: 1, copyOf: null },
      { id: 2, copyOf: 1 },
      { id: 3, copyOf: 2 },
      { id: 4, copyOf: null },
      { id: 5, copyOf: 99 }, // its original is in another story
    ]);
    assert.deepEqual([...reports], [[1, 1], [2, 1], [3, 1], [4, 4], [5, 99]]);
  });
});

describe('alignQuotes: one statement in each outlet’s words', () => {
  const reports = new Map([[1, 1], [2, 2], [3, 1], [4, 4]]);

  it('joins a quotation and its reworded translation by the same speaker into one corroborated statement', () => {
    const statements = alignQuotes(
      [
        quote(1, 'Harbour Times', 'When the ministry says it wants calm on the water but lets its trawlers keep fishing the disputed banks, that simply does not add up'),
        quote(2, 'Lantern Review', 'If the ministry says it wants calm on the water yet allows its trawlers to go on fishing the disputed banks, it makes no sense'),
        quote(2, 'Lantern Review', 'Our fleets will stay in port until the quota is signed'),
      ],
      reports,
    );
    assert.equal(statements.length, 2);
    const [joined, alone] = statements;
    assert.equal(joined?.status, 'corroborated');
    assert.equal(joined?.reports, 2);
    assert.deepEqual(joined?.versions.map((v) => v.outlet), ['Harbour Times', 'Lantern Review']);
    assert.equal(alone?.status, 'single-source');
  });

  it('keeps statements of different speakers apart, however alike their words', () => {
    const statements = alignQuotes(
      [
        quote(1, 'Harbour Times', 'We will not sign a deal that gives away our northern grounds'),
        quote(2, 'Lantern Review', 'We will not sign a deal that gives away our northern grounds', { speaker: 'Olav Brekke', speakerKey: 'olav brekke' }),
      ],
      reports,
    );
    assert.equal(statements.length, 2);
    assert.ok(statements.every((s) => s.status === 'single-source'));
  });

  it('counts a republished copy once: the original and its copy are one report, not corroboration', () => {
    const statements = alignQuotes(
      [quote(1, 'Meridian Press', 'The cranes will be run from the control tower by June'), quote(3, 'Bayline News', 'The cranes will be run from the control tower by June', { copyOf: 1 })],
      reports,
    );
    assert.equal(statements.length, 1);
    assert.equal(statements[0]?.reports, 1);
    assert.equal(statements[0]?.status, 'single-source');
    assert.equal(statements[0]?.versions.length, 2);
  });

  it('flags a quotation that one outlet gives with the opposite sense as a conflict', () => {
    const statements = alignQuotes(
      [quote(1, 'Harbour Times', 'The union will accept the remote cranes if the pay deal is signed this week'), quote(4, 'Summit Herald', 'The union will not accept the remote cranes if the pay deal is signed this week')],
      reports,
    );
    assert.equal(statements.length, 1);
    assert.equal(statements[0]?.status, 'conflict');
  });

  it('never lets a quotation with no known speaker join two speakers’ words into one statement', () => {
    const words = 'Our shipyards are building the patrol boats for the northern fleet this winter';
    const statements = alignQuotes(
      [quote(1, 'Harbour Times', words), quote(2, 'Lantern Review', words, { speaker: null, speakerKey: null }), quote(4, 'Summit Herald', words, { speaker: 'Olav Brekke', speakerKey: 'olav brekke' })],
      reports,
    );
    for (const s of statements) assert.ok(new Set(s.versions.map((v) => v.outlet)).size < 3 || s.speakerKey === null, JSON.stringify(statements));
    const lindqvist = statements.find((s) => s.speakerKey === 'mara lindqvist');
    const brekke = statements.find((s) => s.speakerKey === 'olav brekke');
    assert.ok(lindqvist && brekke && lindqvist !== brekke);
    assert.ok(statements.every((s) => s.status !== 'conflict'));
  });

  it('does not take house style for a misquotation: contractions, numbers in words, separators, a partial quotation', () => {
    const pairs: Array<[string, string]> = [
      ['We don’t know yet where the leak started', 'We do not know yet where the leak started'],
      ['We lost five boats in the storm on Sunday night', 'We lost 5 boats in the storm on Sunday night'],
      ['The camp now holds 1,000 tents for the families', 'The camp now holds 1000 tents for the families'],
      ['The talks were productive and honest, but not easy', 'The talks were productive and honest'],
    ];
    for (const [a, b] of pairs) {
      const [s] = alignQuotes([quote(1, 'Harbour Times', a), quote(4, 'Summit Herald', b)], reports);
      assert.equal(s?.status, 'corroborated', `${a} / ${b}`);
    }
  });

  it('flags a figure changed inside the same quotation as a conflict', () => {
    const [s] = alignQuotes([quote(1, 'Harbour Times', 'We counted 40 boats in the harbour this morning'), quote(4, 'Summit Herald', 'We counted 400 boats in the harbour this morning')], reports);
    assert.equal(s?.status, 'conflict');
  });

  it('keeps whether each outlet quotes the words or reports them', () => {
    const [s] = alignQuotes(
      [quote(1, 'Harbour Times', 'the ferry would run again on Friday if the wind dropped', { direct: false }), quote(4, 'Summit Herald', 'The ferry will run again on Friday if the wind drops')],
      reports,
    );
    assert.deepEqual(s?.versions.map((v) => v.direct), [false, true]);
  });

  it('does not join two different statements of one speaker that share a few words', () => {
    const statements = alignQuotes(
      [quote(1, 'Harbour Times', 'The talks in Reykjavik were long but the mood was good'), quote(2, 'Lantern Review', 'Reykjavik will host the signing if the ministers agree in May')],
      reports,
    );
    assert.equal(statements.length, 2);
  });
});

function claim(value: number, measure: string, more: Partial<Claim> = {}): Claim {
  return { surface: String(value), span: [0, 1], value, unit: 'people', bound: 'exact', measure, measureKey: measure.split(' '), sentence: [0, 1], speaker: null, ...more };
}

function item(articleId: number, outlet: string, c: Claim, copyOf: number | null = null): ClaimItem {
  return { articleId, outlet, copyOf, text: c.surface, sentence: `${c.surface} ${c.measure}`, claim: c };
}

/** An item with the time its article was published. */
const at = (articleId: number, outlet: string, c: Claim, published: string): ClaimItem => ({ ...item(articleId, outlet, c), published });

// A stand-in judge for the table's own logic: same measure and value is the same fact, same measure
// and another value a conflict.
const judge = (a: Claim, b: Claim): 'same' | 'conflict' | 'different' => (a.measure !== b.measure ? 'different' : a.value === b.value ? 'same' : 'conflict');

describe('tabulateClaims: figures against outlets', () => {
  const reports = new Map([[1, 1], [2, 2], [3, 3], [4, 1]]);

  it('marks a figure two reports give alike corroborated, and one given once single-source', () => {
    const rows = tabulateClaims([item(1, 'A', claim(8, 'people treated')), item(2, 'B', claim(8, 'people treated')), item(2, 'B', claim(3, 'boats sunk'))], reports, judge);
    assert.deepEqual(rows.map((r) => [r.measure, r.status, r.reports]), [['people treated', 'corroborated', 2], ['boats sunk', 'single-source', 1]]);
  });

  it('shows different values for one measure from different reports as one disputed row with who gives which', () => {
    const rows = tabulateClaims(
      [item(1, 'Northgate', claim(312, 'residents evacuated')), item(2, 'Summit', claim(450, 'residents evacuated')), item(3, 'Westmarch', claim(312, 'residents evacuated'))],
      reports,
      judge,
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.status, 'conflict');
    const values = [...(rows[0]?.values ?? [])].sort((a, b) => a.text.localeCompare(b.text));
    assert.deepEqual(values, [{ text: '312 people', outlets: ['Northgate', 'Westmarch'] }, { text: '450 people', outlets: ['Summit'] }]);
    assert.equal(rows[0]?.reports, 3);
  });

  it('disputes a row whose figures agree in a chain but not end to end', () => {
    // "about 400" agrees with 360 and with 440; 360 and 440 cannot both hold.
    const near = (a: Claim, b: Claim): 'same' | 'conflict' | 'different' => (a.measure !== b.measure ? 'different' : Math.abs(a.value - b.value) <= 40 ? 'same' : 'conflict');
    const rows = tabulateClaims(
      [item(1, 'Northgate', claim(400, 'residents evacuated', { bound: 'about' })), item(2, 'Summit', claim(440, 'residents evacuated')), item(3, 'Westmarch', claim(360, 'residents evacuated'))],
      reports,
      near,
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.status, 'conflict');
    assert.equal(rows[0]?.values.length, 3);
  });

  it('never lets an open bound join two figures that disagree: "more than 1,000" agrees with 1,100 and with 1,400', () => {
    // An open bound agrees with any value above it; exact values must be equal.
    const bounded = (a: Claim, b: Claim): 'same' | 'conflict' | 'different' => {
      if (a.measure !== b.measure) return 'different';
      if (a.bound === 'over') return b.value > a.value ? 'same' : 'conflict';
      if (b.bound === 'over') return a.value > b.value ? 'same' : 'conflict';
      return a.value === b.value ? 'same' : 'conflict';
    };
    const rows = tabulateClaims(
      [
        at(1, 'Northgate', claim(1100, 'people in shelters'), '2026-05-19T09:00:00Z'),
        at(2, 'Summit', claim(1000, 'people in shelters', { bound: 'over' }), '2026-05-19T12:00:00Z'),
        at(3, 'Caldwell', claim(1400, 'people in shelters', { change: 'up' }), '2026-05-20T08:00:00Z'),
      ],
      reports,
      bounded,
    );
    const updated = rows.find((r) => r.status === 'updated');
    assert.ok(updated, JSON.stringify(rows.map((r) => [r.status, r.values])));
    assert.deepEqual(updated.values.map((v) => v.text), ['1,100 people', '1,400 people']);
    assert.ok(rows.every((r) => r.status !== 'conflict'));
    // Agreeing with one group only, an open bound corroborates it.
    const one = tabulateClaims([item(1, 'Northgate', claim(1100, 'people in shelters')), item(2, 'Summit', claim(1000, 'people in shelters', { bound: 'over' }))], reports, bounded);
    assert.deepEqual(one.map((r) => [r.status, r.reports]), [['corroborated', 2]]);
  });

  it('does not call a copy that trimmed a figure a conflict with its own original', () => {
    const rows = tabulateClaims([item(1, 'Meridian', claim(72, 'hours strike')), item(4, 'Bayline', claim(48, 'hours strike'), 1)], reports, judge);
    assert.ok(rows.every((r) => r.status !== 'conflict'));
  });

  describe('a figure that moved between reports', () => {

    it('lists a later report that says the toll rose as an update, oldest value first, not as a conflict', () => {
      const rows = tabulateClaims(
        [at(2, 'Summit', claim(60, 'people dead', { change: 'up' }), '2026-05-02T18:00:00Z'), at(1, 'Northgate', claim(40, 'people dead'), '2026-05-02T09:00:00Z')],
        reports,
        judge,
      );
      assert.deepEqual(rows.map((r) => r.status), ['updated']);
      assert.deepEqual(rows[0]?.values, [
        { text: '40 people', outlets: ['Northgate'], published: '2026-05-02T09:00:00Z' },
        { text: '60 people', outlets: ['Summit'], published: '2026-05-02T18:00:00Z' },
      ]);
      assert.deepEqual(rows[0]?.versions.map((v) => v.published), ['2026-05-02T09:00:00Z', '2026-05-02T18:00:00Z']);
    });

    it('follows a figure that goes up, down and up again, judging each change against the value just before it', () => {
      const rows = tabulateClaims(
        [
          at(1, 'Northgate', claim(40, 'people dead', { change: 'up' }), '2026-05-01T09:00:00Z'),
          at(2, 'Summit', claim(60, 'people dead', { change: 'up' }), '2026-05-01T18:00:00Z'),
          at(3, 'Westmarch', claim(50, 'people dead', { change: 'down' }), '2026-05-02T09:00:00Z'),
          at(5, 'Bayline', claim(60, 'people dead', { change: 'up' }), '2026-05-03T09:00:00Z'),
        ],
        new Map([[1, 1], [2, 2], [3, 3], [5, 5]]),
        judge,
      );
      assert.deepEqual(rows.map((r) => r.status), ['updated']);
      assert.deepEqual(rows[0]?.values.map((v) => [v.text, v.outlets]), [['40 people', ['Northgate']], ['60 people', ['Summit']], ['50 people', ['Westmarch']], ['60 people', ['Bayline']]]);
    });

    it('orders an update by the dated reports, whatever the undated ones say', () => {
      const rows = tabulateClaims(
        [
          item(3, 'Post', claim(60, 'people dead', { change: 'up' })),
          at(2, 'Herald', claim(60, 'people dead', { change: 'up' }), '2026-05-02T16:00:00Z'),
          at(1, 'Ledger', claim(40, 'people dead'), '2026-05-02T10:00:00Z'),
        ],
        reports,
        judge,
      );
      assert.deepEqual(rows[0]?.values.map((v) => [v.text, v.outlets, v.published]), [['40 people', ['Ledger'], '2026-05-02T10:00:00Z'], ['60 people', ['Herald', 'Post'], '2026-05-02T16:00:00Z']]);
    });

    it('gives each value the time it was first given, not the time of another value from the same outlet', () => {
      const rows = tabulateClaims(
        [
          at(1, 'Ledger', claim(40, 'people dead'), '2026-05-02T10:00:00Z'),
          at(3, 'Ledger', claim(60, 'people dead', { change: 'up' }), '2026-05-02T18:00:00Z'),
          at(2, 'Herald', claim(60, 'people dead', { change: 'up' }), '2026-05-02T16:00:00Z'),
        ],
        reports,
        judge,
      );
      assert.deepEqual(rows[0]?.values.map((v) => [v.text, v.published]), [['40 people', '2026-05-02T10:00:00Z'], ['60 people', '2026-05-02T16:00:00Z']]);
    });

    it('reads a time without a zone as UTC, wherever it runs', () => {
      const zone = process.env.TZ;
      process.env.TZ = 'America/New_York';
      try {
        // 10:00 UTC, then 10:45 UTC: 45 minutes later. Read as New York time the first would be 14:00 UTC.
        const rows = tabulateClaims([at(1, 'Ledger', claim(40, 'people dead'), '2026-05-02T10:00:00'), at(2, 'Herald', claim(60, 'people dead', { change: 'up' }), '2026-05-02T10:45:00Z')], reports, judge);
        assert.deepEqual(rows.map((r) => r.status), ['updated']);
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
    });

    it('keeps a conflict where the later report does not say the figure changed, or it moved the other way', () => {
      const silent = tabulateClaims([at(1, 'Northgate', claim(40, 'people dead'), '2026-05-02T09:00:00Z'), at(2, 'Summit', claim(60, 'people dead'), '2026-05-02T18:00:00Z')], reports, judge);
      assert.deepEqual(silent.map((r) => r.status), ['conflict']);
      const backwards = tabulateClaims([at(1, 'Northgate', claim(60, 'people dead'), '2026-05-02T09:00:00Z'), at(2, 'Summit', claim(40, 'people dead', { change: 'up' }), '2026-05-02T18:00:00Z')], reports, judge);
      assert.deepEqual(backwards.map((r) => r.status), ['conflict']);
    });

    it('keeps a conflict between reports of the same moment, or of unknown times', () => {
      const close = tabulateClaims([at(1, 'Northgate', claim(40, 'people dead'), '2026-05-02T09:00:00Z'), at(2, 'Summit', claim(60, 'people dead', { change: 'up' }), '2026-05-02T09:20:00Z')], reports, judge);
      assert.deepEqual(close.map((r) => r.status), ['conflict']);
      const undated = tabulateClaims([item(1, 'Northgate', claim(40, 'people dead')), item(2, 'Summit', claim(60, 'people dead', { change: 'up' }))], reports, judge);
      assert.deepEqual(undated.map((r) => r.status), ['conflict']);
      // A date without a time could be any hour of that day: no later than a report timed on it.
      const sameDay = tabulateClaims([at(1, 'Northgate', claim(40, 'people dead'), '2026-05-02'), at(2, 'Summit', claim(60, 'people dead', { change: 'up' }), '2026-05-02T18:00:00Z')], reports, judge);
      assert.deepEqual(sameDay.map((r) => r.status), ['conflict']);
      const nextDay = tabulateClaims([at(1, 'Northgate', claim(40, 'people dead'), '2026-05-02'), at(2, 'Summit', claim(60, 'people dead', { change: 'up' }), '2026-05-03T08:00:00Z')], reports, judge);
      assert.deepEqual(nextDay.map((r) => r.status), ['updated']);
    });

    it('keeps a conflict when a third report disputes the updated figure', () => {
      const rows = tabulateClaims(
        [at(1, 'Northgate', claim(40, 'people dead'), '2026-05-02T09:00:00Z'), at(2, 'Summit', claim(60, 'people dead', { change: 'up' }), '2026-05-02T18:00:00Z'), at(3, 'Westmarch', claim(55, 'people dead'), '2026-05-02T19:00:00Z')],
        reports,
        judge,
      );
      assert.deepEqual(rows.map((r) => r.status), ['conflict']);
    });

    it('dates an update by the original report: a copy republished later is no later report', () => {
      // Article 4 copies article 1 (40, early); article 2 says the toll rose to 60 before the copy appeared.
      const rows = tabulateClaims(
        // The copy comes first, so that it is the one its group is judged by.
        [{ ...at(4, 'Bayline', claim(40, 'people dead'), '2026-05-02T20:00:00Z'), copyOf: 1 }, at(1, 'Northgate', claim(40, 'people dead'), '2026-05-02T09:00:00Z'), at(2, 'Summit', claim(60, 'people dead', { change: 'up' }), '2026-05-02T18:00:00Z')],
        reports,
        judge,
      );
      assert.deepEqual(rows.map((r) => r.status), ['updated']);
    });
  });

  it('shows a rising toll across two reports as an update on the page and in the terminal, from the articles’ text', () => {
    const article = (id: number, outlet: string, text: string, published: string) => ({ id, outlet, copyOf: null, text, published, facts: articleFacts('', text, []) });
    const f = storyFacts([
      article(1, 'Northgate Ledger', 'Rain loosened the hillside above Brennvik for a week. The landslide killed 40 people, police said.', '2026-05-02T09:00:00Z'),
      article(2, 'Summit Herald', 'Rescuers dug through the mud all day. The death toll from the landslide rose to 60, police said.', '2026-05-02T18:00:00Z'),
    ]);
    const row = f.claims.find((c) => c.status === 'updated');
    assert.ok(row, JSON.stringify(f.claims.map((c) => [c.measure, c.status])));
    assert.deepEqual(row.values.map((v) => v.text), ['40 people', '60 people']);
    assert.equal(f.tally.updated, 1);
    assert.equal(f.tally.conflict, 0);
    const terminal = printFacts(f);
    assert.match(terminal, /Figures updated by later reports:\n {2}↗ .*40 people \(Northgate Ledger, 2026-05-02 09:00 UTC\) → 60 people \(Summit Herald, 2026-05-02 18:00 UTC\)/u);
    const page = factsSection(f).html;
    assert.match(page, /class="fact-updated">Updated</u);
    assert.match(page, /40 people \(Northgate Ledger, <time datetime="2026-05-02T09:00:00Z">2026-05-02 09:00<\/time>\) → 60 people \(Summit Herald, <time/u);
  });

  it('shows a quotation split by its tag without the tag, and aligns it with the same words quoted whole', () => {
    const split = 'The pier closed on Monday. "Some of us have nothing left but our boats," said Ana Ruiz, a fisher in Porto Alvo. "The sea took the rest."';
    const whole = 'Fishers gathered at the closed pier. Ana Ruiz said: "Some of us have nothing left but our boats. The sea took the rest."';
    const f = storyFacts([
      { id: 1, outlet: 'Harbour Times', copyOf: null, text: split, facts: articleFacts('', split, []) },
      { id: 2, outlet: 'Island Post', copyOf: null, text: whole, facts: articleFacts('', whole, []) },
    ]);
    const q = f.quotes.find((x) => x.speaker === 'Ana Ruiz');
    assert.ok(q, JSON.stringify(f.quotes));
    assert.equal(q.status, 'corroborated');
    const shown = q.versions.find((v) => v.outlet === 'Harbour Times')?.text;
    assert.equal(shown, 'Some of us have nothing left but our boats … The sea took the rest.');
  });

  it('writes values as a reader compares them', () => {
    assert.equal(formatValue({ value: 8e9, unit: 'USD', bound: 'exact' }), '$8 billion');
    assert.equal(formatValue({ value: 70, unit: '%', bound: 'about' }), 'about 70%');
    assert.equal(formatValue({ value: 40, unit: null, bound: 'over' }), 'more than 40');
    assert.equal(formatValue({ value: 184000, unit: null, bound: 'exact' }), '184,000');
    assert.equal(formatValue({ value: 40, high: 50, unit: null, bound: 'over' }), '40–50');
    assert.equal(formatValue({ value: 5.5, unit: 'hour', bound: 'exact' }), '5.5 hours');
  });
});

describe('citedSummary: sentences chosen across outlets, each citing its sources', () => {
  const wire = {
    id: 1,
    outlet: 'Meridian Press',
    copyOf: null,
    text: [
      'Dockworkers at the Port of Sarvela walked out on Tuesday in a 72-hour strike against a plan to run the cranes by remote control.',
      'The union said about 1,400 members had stopped work at the container terminal by noon.',
      'The port authority said ships would be diverted to Lisbon until the strike ends.',
      'A spokesman for the shipping lines declined to comment on the cost of the delays.',
    ].join('\n\n'),
  };
  const copy = { ...wire, id: 2, outlet: 'Bayline News', copyOf: 1 };
  const independent = {
    id: 3,
    outlet: 'Tidewater Chronicle',
    copyOf: null,
    text: [
      'A 72-hour strike by dockworkers against remote-controlled cranes brought the Port of Sarvela to a standstill on Tuesday.',
      'Ships bound for the port were being diverted to Lisbon until the strike ends, the port authority said.',
      'Local cafes near the gates reported a quiet morning as pickets gathered outside.',
    ].join('\n\n'),
  };
  const reports = reportsOf([wire, copy, independent]);
  const summary = citedSummary([wire, copy, independent], reports);

  it('gives three to five sentences, none repeating another', () => {
    assert.ok(summary.length >= 3 && summary.length <= 5, `got ${summary.length}`);
    assert.equal(new Set(summary.map((s) => s.text)).size, summary.length);
  });

  it('leads with a sentence both independent reports state, citing every outlet that carries it, the copy included', () => {
    const first = summary[0];
    assert.ok(first);
    assert.match(first.text, /72-hour strike/u);
    assert.deepEqual(new Set(first.sources.map((s) => s.outlet)), new Set(['Meridian Press', 'Bayline News', 'Tidewater Chronicle']));
  });

  it('cites each sentence’s own outlet first, and never an outlet that does not state it', () => {
    for (const s of summary) {
      assert.equal(s.sources[0]?.articleId, s.articleId);
      const cafes = s.text.includes('cafes');
      if (cafes) assert.deepEqual(s.sources.map((x) => x.outlet), ['Tidewater Chronicle']);
    }
    const diverted = summary.find((s) => s.text.includes('diverted'));
    assert.ok(diverted, 'the corroborated diversion is in the summary');
    assert.equal(new Set(diverted.sources.map((s) => s.outlet)).size, 3);
  });

  it('never cites a report for a sentence whose figure it gives otherwise, though they share the date', () => {
    const a = { id: 11, outlet: 'Northgate', copyOf: null, text: 'A total of 312 residents were evacuated from their homes in Halvik on 14 April 2026 after the leak, police said.\n\nThe plant will stay closed until inspectors have checked every tank on the site.' };
    const b = { id: 12, outlet: 'Summit', copyOf: null, text: 'A total of 450 residents were evacuated from their homes in Halvik on 14 April 2026 after the leak, the mayor said.\n\nInspectors will check every tank on the site before the plant reopens.' };
    const sentences = citedSummary([a, b], reportsOf([a, b]));
    const evacuated = sentences.filter((s) => s.text.includes('evacuated'));
    assert.ok(evacuated.length >= 1);
    for (const s of evacuated) assert.equal(s.sources.length, 1, JSON.stringify(s));
  });

  it('never cites a report that says the opposite', () => {
    const a = { id: 21, outlet: 'Northgate', copyOf: null, text: 'Mayor Arne Holt resigned on Tuesday after the report on the harbour leak was published.\n\nThe council meets again next month to choose his successor.' };
    const b = { id: 22, outlet: 'Summit', copyOf: null, text: 'Mayor Arne Holt refused to resign on Tuesday after the report on the harbour leak was published.\n\nOpposition councillors said they would call a vote next month.' };
    const sentences = citedSummary([a, b], reportsOf([a, b]));
    for (const s of sentences.filter((x) => x.text.includes('Holt'))) assert.equal(s.sources.length, 1, JSON.stringify(s));
  });

  it('leaves out a quotation whose speaker is only “he”, and cites a quoted sentence only where the same words are quoted', () => {
    const a = { id: 31, outlet: 'Harbour Times', copyOf: null, text: 'Talks between the two fishing ministers ended in Tromsø on Wednesday with a signed quota agreement.\n\n"Today we stop fighting over fish that belong to nobody and everybody," he said.\n\n"This is about respect for the people on the boats," union leader Tomas Lobo said.' };
    const b = { id: 32, outlet: 'Bayline News', copyOf: null, text: 'The two fishing ministers signed a quota agreement in Tromsø on Wednesday after a week of talks.\n\nUnion leader Tomas Lobo said the fleets had waited a decade for the deal.' };
    const sentences = citedSummary([a, b], reportsOf([a, b]));
    assert.ok(!sentences.some((s) => s.text.includes('he said')));
    const respect = sentences.find((s) => s.text.includes('respect'));
    if (respect) assert.deepEqual(respect.sources.map((x) => x.outlet), ['Harbour Times']);
  });

  it('summarises a story whose articles all copy an original held in another story', () => {
    const c1 = { id: 41, outlet: 'Bayline News', copyOf: 99, text: wire.text };
    const c2 = { id: 42, outlet: 'Harbour Times', copyOf: 99, text: wire.text };
    const sentences = citedSummary([c1, c2], reportsOf([c1, c2]));
    assert.ok(sentences.length >= 3);
    assert.deepEqual(sentences[0]?.sources.map((s) => s.outlet), ['Bayline News', 'Harbour Times']);
  });

  it('summarises a story of one article from its first sentences, citing it', () => {
    const one = citedSummary([independent], reportsOf([independent]));
    assert.equal(one[0]?.articleId, 3);
    assert.ok(one.length >= 2);
  });
});
