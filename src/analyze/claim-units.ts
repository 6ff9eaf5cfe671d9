// The vocabulary of figures: scales, currencies, units of measure and their kinds, the nouns that count
// people, and the words that bound a figure. Kept apart from the parser so that a new unit is one line.
import type { Bound } from '../model.js';

/** Multipliers written after a number: "2.5 million", "8bn", "€40m". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mn', 1e6], ['mln', 1e6], ['m', 1e6], ['billion', 1e9],
  ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12], ['tr', 1e12], ['lakh', 1e5], ['crore', 1e7],
]);

/** Currency symbols written before a number; "$" alone is the US dollar. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'],
  ['₪', 'ILS'], ['₦', 'NGN'], ['₱', 'PHP'], ['₴', 'UAH'],
]);

/** Letters written against "$" ("US$", "A$", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['nz', 'NZD'], ['hk', 'HKD'], ['s', 'SGD'],
  ['r', 'BRL'], ['nt', 'TWD'], ['mx', 'MXN'],
]);

/** ISO codes written as words before or after an amount ("USD 500", "40m EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'RUB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'NOK', 'SEK', 'DKK',
  'ISK', 'PLN', 'HUF', 'CZK', 'TRY', 'ZAR', 'BRL', 'MXN', 'KRW', 'UAH', 'ILS', 'AED', 'SAR', 'NGN', 'KES', 'THB',
]);

/** Currency names after an amount; null where the country adjective before it must decide. */
export const CURRENCY_WORDS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['dollar', null], ['dollars', null], ['euro', 'EUR'], ['euros', 'EUR'], ['sterling', 'GBP'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', null], ['rupees', null], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['franc', null], ['francs', null], ['krone', null], ['kroner', null],
  ['krona', null], ['kronor', null], ['zloty', 'PLN'], ['zlotys', 'PLN'], ['forint', 'HUF'], ['lira', 'TRY'],
  ['rand', 'ZAR'], ['reais', 'BRL'], ['peso', null], ['pesos', null], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'],
  ['shekel', 'ILS'], ['shekels', 'ILS'], ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'],
  ['naira', 'NGN'], ['baht', 'THB'], ['ringgit', 'MYR'], ['rupiah', 'IDR'],
]);

/** Currencies whose name is an ordinary word too: only an amount with a scale is money ("5 billion won"). */
export const SCALED_ONLY_CURRENCIES: ReadonlyMap<string, string> = new Map([['won', 'KRW'], ['dong', 'VND']]);

/** Which country's dollar, rupee, franc, krone or peso: the adjective in front of the name decides. */
export const CURRENCY_BY_ADJECTIVE: ReadonlyMap<string, string> = new Map([
  ['us dollar', 'USD'], ['american dollar', 'USD'], ['canadian dollar', 'CAD'], ['australian dollar', 'AUD'],
  ['zealand dollar', 'NZD'], ['kong dollar', 'HKD'], ['singapore dollar', 'SGD'], ['taiwan dollar', 'TWD'],
  ['indian rupee', 'INR'], ['pakistani rupee', 'PKR'], ['swiss franc', 'CHF'], ['norwegian krone', 'NOK'],
  ['danish krone', 'DKK'], ['swedish krona', 'SEK'], ['icelandic krona', 'ISK'], ['mexican peso', 'MXN'],
  ['argentine peso', 'ARS'], ['chilean peso', 'CLP'], ['colombian peso', 'COP'], ['philippine peso', 'PHP'],
]);

/** The unit a currency name stands for when no adjective says whose it is. */
export const CURRENCY_DEFAULT: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['rupee', 'INR'], ['franc', 'franc'], ['krone', 'krone'], ['krona', 'krona'], ['peso', 'peso'],
]);

/** A canonical unit: its kind (what can be compared with what) and its size in the kind's base unit. */
export interface UnitInfo {
  unit: string;
  kind: string;
  factor: number;
}

function table(kind: string, rows: Array<[string, number, string[]]>): Array<[string, UnitInfo]> {
  const out: Array<[string, UnitInfo]> = [];
  for (const [unit, factor, written] of rows) for (const w of written) out.push([w, { unit, kind, factor }]);
  return out;
}

/** Units written after a number, by the word (lower case) or symbol as written. */
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ...table('time', [
    ['second', 1, ['second', 'seconds', 'sec', 'secs']],
    ['minute', 60, ['minute', 'minutes', 'min', 'mins']],
    ['hour', 3600, ['hour', 'hours', 'hr', 'hrs']],
    ['day', 86400, ['day', 'days']],
    ['week', 604800, ['week', 'weeks']],
    ['month', 2629800, ['month', 'months']],
    ['year', 31557600, ['year', 'years', 'yr', 'yrs']],
    ['decade', 315576000, ['decade', 'decades']],
  ]),
  ...table('length', [
    ['km', 1000, ['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'kms']],
    ['m', 1, ['metre', 'metres', 'meter', 'meters']],
    ['cm', 0.01, ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters']],
    ['mm', 0.001, ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters']],
    ['mile', 1609.344, ['mile', 'miles']],
    ['ft', 0.3048, ['ft', 'foot', 'feet']],
    ['yard', 0.9144, ['yard', 'yards']],
    ['inch', 0.0254, ['inch', 'inches']],
  ]),
  ...table('mass', [
    ['kg', 1, ['kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos']],
    ['g', 0.001, ['gram', 'grams', 'gramme', 'grammes']],
    ['tonne', 1000, ['tonne', 'tonnes', 'ton', 'tons']],
    ['lb', 0.45359237, ['lb', 'lbs']],
    ['oz', 0.028349523, ['oz', 'ounce', 'ounces']],
  ]),
  ...table('speed', [
    ['km/h', 1 / 3.6, ['kph', 'km/h']],
    ['mph', 0.44704, ['mph']],
    ['knot', 0.514444, ['knot', 'knots']],
  ]),
  ...table('area', [
    ['km2', 1e6, ['km2', 'km²']],
    ['ha', 1e4, ['hectare', 'hectares', 'ha']],
    ['acre', 4046.856, ['acre', 'acres']],
  ]),
  ...table('volume', [
    ['litre', 1, ['litre', 'litres', 'liter', 'liters']],
    ['gallon', 3.785411784, ['gallon', 'gallons']],
    ['barrel', 158.987, ['barrel', 'barrels']],
  ]),
  ...table('power', [
    ['kW', 1e3, ['kw', 'kilowatt', 'kilowatts']],
    ['MW', 1e6, ['mw', 'megawatt', 'megawatts']],
    ['GW', 1e9, ['gw', 'gigawatt', 'gigawatts']],
  ]),
  ...table('energy', [
    ['kWh', 1e3, ['kwh']],
    ['MWh', 1e6, ['mwh']],
    ['GWh', 1e9, ['gwh']],
    ['TWh', 1e12, ['twh']],
  ]),
  ...table('share', [['%', 1, ['%', 'percent', 'pct']]]),
  ...table('pp', [
    ['pp', 1, []],
    ['bp', 0.01, []],
  ]),
  ...table('points', [['points', 1, ['point', 'points', 'pts']]]),
]);

/** Kinds and factors of units that are not written as one word ("percentage points", "°C", "sq km"). */
export const UNIT_INFO: ReadonlyMap<string, UnitInfo> = new Map([
  ...[...UNITS.values()].map((u): [string, UnitInfo] => [u.unit, u]),
  ['pp', { unit: 'pp', kind: 'pp', factor: 1 }],
  ['bp', { unit: 'bp', kind: 'pp', factor: 0.01 }],
  ['degC', { unit: 'degC', kind: 'temperature', factor: 1 }],
  ['degF', { unit: 'degF', kind: 'temperature', factor: 1 }],
  ['people', { unit: 'people', kind: 'people', factor: 1 }],
]);

/** Unit words that are English words as well: they count only right after a number, never "of". */
export const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);

/**
 * Nouns that count people: one measure key ("people"), so that "312 residents were evacuated" and "312 people
 * were evacuated" meet. Occupations count as people too: a figure is compared on what happened to them.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'residents', 'resident', 'inhabitants', 'citizens', 'workers', 'worker', 'employees',
  'employee', 'staff', 'passengers', 'passenger', 'civilians', 'civilian', 'children', 'child', 'adults', 'adult',
  'men', 'man', 'women', 'woman', 'boys', 'girls', 'individuals', 'individual', 'patients', 'patient', 'students',
  'pupils', 'soldiers', 'soldier', 'troops', 'migrants', 'refugees', 'protesters', 'protestors', 'demonstrators',
  'voters', 'victims', 'survivors', 'tourists', 'visitors', 'spectators', 'fans', 'doctors', 'nurses', 'officers',
  'firefighters', 'miners', 'farmers', 'dockworkers', 'riders', 'drivers', 'delegates', 'participants', 'volunteers',
  'villagers', 'locals', 'pilgrims', 'prisoners', 'inmates', 'detainees', 'hostages', 'casualties', 'fatalities',
  'dead', 'injured', 'wounded', 'evacuees', 'crew', 'sailors', 'fishermen', 'teachers', 'journalists', 'reporters',
  'police', 'policemen', 'guards', 'strikers', 'commuters', 'shoppers', 'customers', 'users', 'subscribers', 'members',
  'parents', 'babies', 'infants', 'teenagers', 'youths', 'pensioners', 'retirees', 'seniors', 'militants',
  'fighters', 'rebels', 'insurgents', 'suspects', 'defendants', 'applicants', 'candidates', 'athletes', 'players',
  'neighbours', 'neighbors', 'relatives', 'friends', 'colleagues', 'occupants', 'climbers', 'hikers', 'swimmers',
  'motorists', 'pedestrians', 'cyclists', 'homeowners', 'tenants', 'renters', 'consumers', 'taxpayers', 'recipients',
  'guys', 'senators', 'lawmakers', 'legislators', 'officials', 'judges', 'americans', 'democrats', 'republicans',
  'immigrants', 'staffers', 'aides', 'agents', 'diplomats', 'ministers', 'scientists', 'researchers', 'experts',
  'investors', 'shareholders', 'donors', 'supporters', 'opponents', 'critics', 'asylum-seekers', 'contractors',
]);

/** Irregular plurals and mass nouns that head a counted noun phrase without a final "s". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'staff', 'crew', 'cattle', 'sheep', 'fish', 'personnel', 'aircraft',
  'livestock', 'deer', 'feet', 'teeth', 'mice', 'geese', 'dead', 'injured', 'wounded', 'fishermen', 'policemen', 'data',
]);

/** Verbs that say what happened to people: a bare count before them ("450 evacuated") counts people. */
export const PEOPLE_VERBS: ReadonlySet<string> = new Set([
  'evacuated', 'killed', 'died', 'dead', 'injured', 'wounded', 'hurt', 'missing', 'arrested', 'detained', 'displaced',
  'rescued', 'hospitalised', 'hospitalized', 'treated', 'drowned', 'stranded', 'trapped', 'infected', 'sickened',
  'affected', 'homeless', 'fled', 'deported', 'charged', 'convicted', 'sentenced', 'released', 'freed', 'kidnapped',
  'abducted', 'executed',
]);

/** Bounding phrases before a figure (lower case, space separated), longest first when matched. */
export const BOUNDS_BEFORE: ReadonlyArray<[string, Bound]> = [
  ['more than', 'over'], ['over', 'over'], ['at least', 'over'], ['upwards of', 'over'], ['upward of', 'over'], ['in excess of', 'over'],
  ['a little over', 'over'], ['a little more than', 'over'], ['slightly more than', 'over'], ['slightly over', 'over'],
  ['a little under', 'under'], ['a little less than', 'under'], ['slightly less than', 'under'], ['slightly under', 'under'],
  ['greater than', 'over'], ['no fewer than', 'over'], ['no less than', 'over'], ['well over', 'over'],
  ['just over', 'over'], ['well above', 'over'], ['above', 'over'], ['a minimum of', 'over'], ['not less than', 'over'],
  ['up to', 'under'], ['fewer than', 'under'], ['less than', 'under'], ['under', 'under'], ['as many as', 'under'],
  ['as much as', 'under'], ['at most', 'under'], ['no more than', 'under'], ['below', 'under'], ['just under', 'under'],
  ['a maximum of', 'under'], ['not more than', 'under'], ['well under', 'under'], ['well below', 'under'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['some', 'about'], ['approximately', 'about'],
  ['approx', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['nearly', 'about'], ['almost', 'about'],
  ['close to', 'about'], ['circa', 'about'], ['an average of', 'about'], ['or so', 'about'], ['just about', 'about'],
  ['a total of', 'exact'], ['exactly', 'exact'], ['precisely', 'exact'], ['all', 'exact'], ['only', 'exact'], ['just', 'exact'],
];

/** Bounding phrases after a figure: "40 or more", "40-odd", "40-plus". */
export const BOUNDS_AFTER: ReadonlyArray<[string, Bound]> = [
  ['or more', 'over'], ['or over', 'over'], ['plus', 'over'], ['or fewer', 'under'], ['or less', 'under'],
  ['or so', 'about'], ['odd', 'about'],
];

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Lower-case nouns that a number labels rather than counts ("article 5", "flight 370", "page 12"). */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'article', 'section', 'page', 'chapter', 'flight', 'route', 'room', 'gate', 'platform', 'line', 'level', 'phase',
  'stage', 'category', 'grade', 'number', 'no', 'vol', 'volume', 'item', 'clause', 'paragraph', 'part', 'rule',
  'table', 'figure', 'fig', 'exhibit', 'act', 'bill', 'resolution', 'amendment', 'season', 'episode', 'series',
  'version', 'model', 'generation', 'type', 'class', 'division', 'district', 'ward', 'zone', 'block', 'lot', 'unit',
  'building', 'apartment', 'flat', 'suite', 'floor', 'highway', 'interstate', 'terminal', 'pier', 'berth', 'channel',
  'psalm', 'verse', 'question', 'proposition', 'prop', 'track', 'lane', 'bus', 'train', 'code', 'id', 'tier', 'box',
  'week', 'day', 'year', 'round', 'game', 'match', 'leg', 'step', 'pages', 'articles', 'sections', 'rooms',
  'ages', 'aged', 'age', 'hole', 'heat', 'wave', 'batch', 'mark', 'mk', 'para', 'art', 'ch', 'tel', 'phone', 'fax',
  'ext', 'size', 'street', 'avenue', 'road',
]);

/** Words after a number and unit that make it a moment rather than an amount: "two years ago". */
export const TIME_REFERENCE_AFTER: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'before', 'after', 'since', 'previously', 'afterwards', 'hence', 'old']);

/** Clock words after a number: "3 p.m.", "6 am", "0900 GMT". */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt',
  'o’clock', "o'clock", 'jst', 'ist', 'aest',
]);
