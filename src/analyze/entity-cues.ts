// The words that tell what a capitalised name is: a title before it makes a person ("Treasury Secretary
// Janet Yellen"), a last word makes an organisation ("Commerce Department") or a place ("Taiwan Strait"),
// a noun before or after it types it ("the app Pakko", "the Calandra river", "the town of Altenmoos").
// All lists are lower case; words are compared after folding accents.
import { PERSON_NOUNS } from './quote-phrases.js';

const set = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

/** Forms of address: the name after them is a person's, and they are no part of any role. */
export const HONORIFICS = set('mr mrs ms miss mx dr sir dame messrs mme mlle herr');

/**
 * Capitalised words that stand before a person's name as a title: "President Joe Biden", "Sen. Warren",
 * "Chief Executive Priya Nandakumar". The last of them in a run ends the role and starts the name.
 */
export const TITLE_WORDS = set(`
  president president-elect vice premier chancellor minister secretary secretary-general senator sen sens rep reps
  representative congressman congresswoman governor gov mayor speaker ambassador envoy judge justice magistrate
  chairman chairwoman chair chairperson ceo cfo coo cto executive director commissioner king queen prince princess
  emperor empress pope cardinal archbishop bishop rev reverend pastor rabbi imam ayatollah sheikh emir sultan
  general gen lt lieutenant col colonel maj cmdr commander capt captain adm admiral sgt sergeant cpl corporal officer
  detective det inspector insp sheriff constable superintendent supt chief deputy spokesman spokeswoman spokesperson
  coach manager professor prof councillor councilor alderman leader prosecutor attorney delegate counsel dean lord
  lady baroness baron marshal trooper mp mep commissar treasurer comptroller auditor registrar mr mrs ms miss mx dr
  sir dame
`);

/** Words that continue a title's "of" ("Secretary of Homeland Security", "Minister of Foreign Affairs"). */
export const TITLE_OF_WORDS = set(`
  state defense defence homeland security foreign affairs home interior treasury commerce trade industry health
  education justice energy labor labour agriculture transportation transport staff exchequer house commons lords
  representatives finance economy environment culture veterans internal external public prosecutions the
`);

/**
 * Lower-case nouns for a person, before a name ("union leader Tomás Ferreira Lobo", "baker Johann
 * Steinwender") or heading an appositive ("Helena Marsh, a polymer chemist").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...set(`
    commander researcher scientist teacher baker farmer owner planner counterpart deputy negotiator goalkeeper
    striker midfielder defender substitute captain boss chemist microbiologist biologist physicist cardiologist
    doctor nurse surgeon physician epidemiologist engineer architect student pupil worker journalist editor
    correspondent photographer academic lecturer historian banker investor entrepreneur trader broker pilot driver
    rider soldier sergeant colonel constable inspector solicitor barrister magistrate juror witness victim survivor
    grandmother grandfather brother sister widow priest monk nun chairperson president-elect premier chancellor
    envoy legislator mp campaigner protester organiser organizer co-founder co-author novelist poet artist musician
    designer chef athlete champion cyclist swimmer boxer teenager specialist fellow administrator supervisor
    employee staffer dockworker fisherman shopkeeper retiree pensioner delegate councillor councilor researcher
    coordinator superintendent treasurer secretary-general vice-president deputy-director physiotherapist
    psychologist psychiatrist dentist pharmacist vet technician mechanic electrician plumber carpenter builder
    labourer laborer miner clerk cashier waiter waitress cleaner guard firefighter paramedic ranger warden
    commentator presenter broadcaster blogger influencer entrepreneur philanthropist landlord tenant mother father
  `),
]);

// Nouns of PERSON_NOUNS that name a group or a body as often as a person.
for (const w of ['man', 'woman', 'head', 'independent', 'former', 'star', 'agent', 'insider']) (ROLE_NOUNS as Set<string>).delete(w);

/** Adjectives and participles a role may start with ("acting mayor", "retired teacher"). */
export const ROLE_MODIFIERS = set(`
  acting retired managing outgoing incoming founding presiding ruling governing leading defeated elected appointed
  serving sitting former then late current new longtime long-time veteran senior junior chief top deputy assistant
  associate executive lead principal regional national local federal state provincial district municipal general
`);

/** Verbs of speech: "said Camila Undurraga", "Frank Fang said". */
export const SPEECH_VERBS = set(`
  said says say told tells added adds wrote writes explained noted argued insisted stated asked replied warned
  urged acknowledged admitted conceded testified tweeted recalled commented
`);

/**
 * Verbs whose subject, a bare name before them, is a person rather than a place: "Jordan spoke in Chicago".
 * A country may say or warn, so these count only for a name a person of the article also bears.
 */
export const PERSON_VERBS = set(`
  spoke speaks smiled smiles laughed laughs joked jokes shrugged nodded wept sighed grinned retired retires
`);

/** What a possessive name owns that only a person has: "Jordan's wife", "Washington's career". */
export const PERSONAL_NOUNS = set(`
  wife husband son sons daughter daughters mother father brother brothers sister sisters children parents family
  career retirement memoir biography funeral girlfriend boyfriend fiancee fiance widow
`);

/** Prepositions: a name after one is no subject ("officials in Jordan said", "flights to Jordan"). */
export const PREPOSITIONS = set(`
  to from of at for with by on onto over under about against between among through via per than like
`);

/** Verbs other than of speech after a name that opens a clause: the name acts ("Halden has", "Halden cut"). */
export const SUBJECT_VERBS = set(`
  is was are were has have had will would can could may might must should shall does did cut cuts plans wants
`);

/** Last words of organisations' names: "State Department", "Clean Tides Coalition", "Fenmore Securities". */
export const ORG_LAST = set(`
  department ministry party council agency commission committee bank university college school academy institute
  institution association union federation foundation fund trust society league alliance coalition movement front
  network organisation organization authority board bureau service services office court tribunal parliament
  congress senate assembly cabinet government administration police army navy force forces guard corps command
  inc corp corporation co company ltd limited llc plc ag sa gmbh nv ab asa group holdings partners capital securities
  investments ventures bancorp technologies technology systems solutions software labs laboratories pharmaceuticals
  pharma therapeutics biotech energy airlines airways motors industries enterprises electronics communications
  telecom media entertainment studios records publishing press times news post herald journal gazette tribune
  chronicle observer telegraph review ledger courier dispatch daily weekly magazine radio television tv broadcasting
  club fc afc united wanderers rovers athletic albion hotspur brigade hospital clinic church museum library theatre
  theater orchestra programme initiative project consortium cooperative co-op syndicate watch reserve exchange commissioners
  directorate secretariat inspectorate regiment battalion brigades mission embassy consulate convention conference
  appliances foods brands stores retail logistics shipping mining resources minerals chemicals materials supplies
  insurance financial bank banking credit estates properties hotels resorts games robotics semiconductor
  semiconductors devices networks analytics healthcare biosciences sciences medical aerospace automotive petroleum
  utilities freight railways airline lines cargo
`);

/** First words of organisations named "X of Y" or "X for Y": "University of Kaltenbrunn", "Institute for ...". */
export const ORG_FIRST = set(`
  university bank ministry department office court house institute council commission committee bureau board
  federation association union church academy college school museum journal party organisation organization league
  society agency fund army order centre center embassy
`);

/** Last words of places' names: "Taiwan Strait", "River Lenz"'s kin "Calandra River", "Greystone Park". */
export const PLACE_LAST = set(`
  sea ocean strait straits gulf bay river lake mountains mountain hills valley peninsula island islands isles province
  county region district prefecture oblast territory territories city town village street road avenue boulevard lane
  square park bridge airport station stadium arena harbour harbor coast canal desert forest plain plains plateau
  highlands heights falls beach glacier fjord reservoir dam terminal quay pier wharf basin delta creek springs
  peninsula archipelago republic kingdom emirate state
`);

/** First words of places' names: "Port Alden", "River Lenz", "Mount Everest", "Puerto Calandra". */
export const PLACE_FIRST = set(`
  port river lake mount mt cape fort gulf isle puerto porto san santa santo sao ciudad los las bay sea strait
`);

/** Nouns that take a place after "of": "the town of Altenmoos", "residents of Halvik", "mayor of Port Alden". */
export const PLACE_OF_NOUNS = set(`
  town city village hamlet region province state county district municipality island capital port suburb outskirts
  centre center streets residents inhabitants people citizens mayor governor north south east west coast shores
  borough kingdom republic areas parts neighbourhood neighborhood commune prefecture canton emirate archipelago
  territory enclave
`);

/** Nouns for a place, heading an appositive ("Halvik, a fjord-side town") or after a name ("the Calandra river"). */
export const PLACE_NOUNS = set(`
  town city village hamlet region province state county district municipality island capital port suburb
  neighbourhood neighborhood country nation republic kingdom territory enclave valley coast harbour river lake
  commune prefecture oblast borough parish canton emirate archipelago peninsula
`);

/** Nouns for an organisation, before its name ("the app Pakko", "terminal operator Atlântica Terminais"). */
export const ORG_NOUNS = set(`
  company firm group startup start-up retailer manufacturer maker carmaker automaker chipmaker insurer lender bank
  carrier airline operator agency app platform union party broadcaster newspaper website outlet network chain brand
  developer supplier conglomerate giant regulator enterprise association charity organisation organization ngo club
  institute university publisher journal magazine channel provider subsidiary exporter importer miner utility
  watchdog committee ministry department body coalition alliance tank consultancy business corporation multinational
  producer distributor shipper airline broker fund
`);

/** Lower-case words after an organisation's name: "Lumora shares", "the Nordfjell Gjødsel plant". */
export const ORG_AFTER = set(`
  shares stock app website plant factory facility subsidiary brand products employees headquarters stake investors
  shareholders customers users platform board
`);

/** Lower-case words after a place's name: "the Calandra river", "the Los Ríos region", "Taiwan-based". */
export const PLACE_AFTER = set(`
  region province river valley area county district coast border island islands mountains state peninsula
`);

/** Words before a name where it is where something is: "in Halvik", "across Styria". */
export const PLACE_BEFORE: ReadonlyMap<string, number> = new Map([
  ['in', 2], ['near', 1], ['across', 1], ['outside', 1], ['throughout', 1], ['around', 1], ['towards', 1],
  ['toward', 1], ['into', 1], ['inside', 1], ['within', 1],
]);

/** Words before a team's name in a result: "beat Port Lyle City". */
export const MATCH_VERBS = set('beat beats defeated defeat edged thrashed v vs');

/** Directions that make a listed place a region of it: "North-East Atlantic", "Eastern Europe". */
export const DIRECTIONS = set(`
  north south east west northern southern eastern western central north-east north-west south-east south-west
  northeast northwest southeast southwest upper lower greater
`);

/** Parts of natural features' names that the text may leave out: "River Lenz" is "the Lenz". */
export const FEATURE_WORDS = set('river lake mount mt');

/** Capitalised words that are never a name by themselves. */
export const NOT_NAMES = set(`
  january february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday today tonight yesterday tomorrow ok okay ai i year years week weeks month months
  day days decade decades century
`);

/** Months written short: no name alone or first ("Sept. 5"), but a name may end so ("Dong Jun"). */
export const MONTH_ABBREVIATIONS = set('jan feb mar apr jun jul aug sep sept oct nov dec');

/** Adjectives of parties and creeds, capitalised but no entity by themselves: "Republican candidate". */
export const NOT_ALONE = set(`
  republican republicans democratic democrat democrats conservative liberal socialist communist green greens christian
  muslim jewish catholic protestant islamic
`);

/** Suffixes of hyphenated words after a place: "Taiwan-based", "China-made". */
export const PLACE_HYPHEN_SUFFIXES = set('based born made built owned registered headquartered');

/** Words connecting the parts of one name: "Bank of England", "Ludwig van Beethoven". */
export const NAME_CONNECTORS = set('of de del della di da dos das van von der den la le du al bin ibn el y');

/** Words that name a newspaper alone after "the": "told the Herald". */
export const NEWSPAPER_WORDS = set(`
  herald times post tribune gazette chronicle observer telegraph guardian courier ledger dispatch journal economist
`);

/** Names that hold a possessive: "St Columba's Hospital", "People's Republic of China", "King's College". */
export const POSSESSIVE_HEADS = set(`
  hospital college republic church cathedral school university academy party front congress daily bank army chapel
  abbey park square island bay
`);

/** Facilities a company runs, a word or two after its name: "the Nordfjell Gjødsel fertiliser plant". */
export const FACILITIES = set('plant factory mill site facility works refinery mine smelter warehouse');

/** Where "in" means a holding, not a place: "shares in Lumora Home". */
export const HOLDINGS = set('shares stake stakes investment invested invest holding');

/** Words before a role that are not part of it: "past Ashford goalkeeper ...". */
export const ROLE_STOPS = set('past versus amid alongside including like unlike named called despite via');

/** English words after a hyphen that make a name an adjective: "Islamic State-linked", "US-led". */
export const HYPHEN_SUFFIXES = set(`
  linked backed led affiliated allied style era funded run controlled bound focused friendly related sponsored
  inspired like wide centric born educated trained listed owned
`);

/** People's people, not staff: "Rubio donor Luther Pate", "Clinton aide Huma Abedin". */
export const ASSOCIATES = set(`
  donor supporter aide adviser advisor ally rival critic friend fan voter backer loyalist confidant biographer lawyer
  attorney spokesman spokeswoman spokesperson wife husband son daughter mother father brother sister deputy
  challenger opponent
`);

/** Words that end an appositive's head noun phrase: "a researcher at ...", "the leader of ...". */
export const HEAD_ENDS = set('of at for in with from on to since and based who which that');
