// Invented reports for the reader and story-cache tests: real sentences with people, their titles, places,
// figures and quotes, so that the fact finders have something to find.
import type { ReaderDoc } from './reader-store.js';

type Text = Pick<ReaderDoc, 'title' | 'text'>;

/** The bridge closure, as the first outlet reports it: Mayor Lena Okafor by her full name. */
export const BRIDGE_FIRST: Text = {
  title: 'Kestrel Harbour bridge to close for six weeks',
  text:
    'Mayor Lena Okafor said on Monday that the Kestrel Harbour bridge in Port Alvera would close for six weeks from March 3. ' +
    '"We cannot wait any longer, the steel is tired," Okafor told reporters outside the city hall.\n\n' +
    'The repairs will cost 14 million euros, according to the city council. Commuters will be sent across the old ferry route while the work goes on.',
};

/** The same closure from another outlet, adding an engineer. */
export const BRIDGE_SECOND: Text = {
  title: 'Port Alvera shuts harbour bridge for repairs',
  text:
    'Port Alvera will shut the Kestrel Harbour bridge for six weeks, Mayor Lena Okafor announced on Monday. ' +
    'The repairs will cost 14 million euros and begin on March 3, the mayor said.\n\n' +
    'Engineer Tomas Reyes, who inspected the bridge in January, said the cables showed heavy corrosion.',
};

/** A later report naming the mayor by title and surname only. */
export const FARES: Text = {
  title: 'Council delays vote on ferry fares',
  text:
    'The Port Alvera council delayed its vote on ferry fares on Tuesday. ' +
    'Mayor Okafor said the fares would rise by 5 percent next year unless the state paid more.\n\n' +
    'Councillor Marta Ilves said the increase was too steep for families who cross the harbour every day.',
};

/** An unrelated story elsewhere. */
export const FLOOD: Text = {
  title: 'Brightwater raises its river wall after floods',
  text:
    'Engineers in Brightwater began raising the river wall on Wednesday after the worst floods in forty years. ' +
    'Minister Ruth Adeyemi said the government would spend 30 million euros on flood defences along the Selda river.\n\n' +
    '"No family should be flooded twice," Adeyemi said during a visit to the town.',
};

/** A second person called Okafor. */
export const FOOTBALL: Text = {
  title: 'Port Alvera United travel without their captain',
  text:
    'Coach Daniel Okafor said on Thursday that Port Alvera United would travel to Brightwater without their captain. ' +
    'The club said it had sold 12,000 tickets for the match.',
};

/** A story about an orchard fair, for stories that should name nobody in particular. */
export const ORCHARD: Text = {
  title: 'Orchard fair returns to Lindmoor',
  text:
    'The orchard fair returned to Lindmoor on Saturday after a break of three years. ' +
    'Organiser Priya Castellanos said about 8,000 visitors tasted the new apple varieties.',
};

/** One sentence far longer than a card's line. */
export const LONG_LEAD: Text = {
  title: 'Tram line plan approved after long debate',
  text:
    'The regional assembly in Port Alvera approved on Friday, after a debate that lasted well past midnight and saw more than forty amendments ' +
    'proposed by members from every party, a plan to build a tram line of 18 kilometres linking the harbour, the university, the old town ' +
    'and the new housing districts on the eastern hills, at a cost that Treasurer Jonas Whitfield put at 410 million euros over eight years.\n\n' +
    'Construction is due to start next spring.',
};

/** Filler stories: numbered, each with its own place, for lists longer than a page. */
export function filler(n: number): Text {
  const towns = ['Ashford', 'Belmere', 'Corran', 'Dunmore', 'Eastwick', 'Farrow', 'Glenby', 'Holloway', 'Ivesham', 'Jarrow', 'Kilmory', 'Larkfield'];
  const town = towns[n % towns.length] as string;
  return {
    title: `${town} library extends its opening hours (${n})`,
    text: `The public library in ${town} will open until nine in the evening from next month. The library said ${100 + n} readers had asked for longer hours.`,
  };
}
