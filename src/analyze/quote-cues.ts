// The words that mark speech: verbs of saying and believing in every tense, each with how it is used.

export const enum CueUse {
  /** Takes a reported clause too: "X said (that) …". */
  Speech = 1,
  /** Only next to a quotation: "“…,” X joked." */
  Quote = 2,
  /** A stance toward something, the object what is attributed: "X endorsed Trump", "X criticized the plan". */
  Stance = 3,
}

export interface CueWord {
  use: CueUse;
  /** Takes an object before what is said: "told reporters (that) …". */
  object: boolean;
  /** A present participle: "…, saying (that) …". */
  participle: boolean;
  /** Also a plural noun ("states", "reports"): a cue only before "that" or after a pronoun or a name. */
  nounLike: boolean;
  /** More often not a cue at all ("support", "felt"): a cue only before "that". */
  needsThat: boolean;
}

const NOUN_LIKE = new Set([
  'states', 'reports', 'notes', 'charges', 'questions', 'posts', 'hopes', 'fears', 'doubts', 'claims', 'answers',
  'promises', 'pledges', 'vows', 'estimates', 'signals', 'demands', 'texts', 'messages', 'lists', 'titles', 'quotes',
  'cries', 'echoes', 'reasons', 'counters', 'tweets', 'emails', 'e-mails', 'blogs', 'rants', 'jokes', 'quips',
  'shouts', 'chants', 'laughs', 'sighs', 'smiles', 'shrugs', 'offers', 'roars', 'prayers', 'greets', 'guesses',
  'protests', 'pleads', 'worries', 'mentions', 'advises', 'remarks', 'comments', 'complaints', 'warnings', 'cites',
  'captions', 'headlines', 'reads', 'puts', 'thunders', 'rails', 'crows', 'hisses', 'groans', 'sneers', 'scoffs',
  'stresses', 'predictions', 'agrees', 'reason', 'post', 'text', 'email', 'tweet', 'report', 'quote', 'list',
  'title', 'message', 'headline', 'caption', 'question', 'answer', 'offer', 'counter', 'echo', 'state', 'note',
  'promise', 'pledge', 'vow', 'estimate', 'signal', 'demand', 'charge', 'claim', 'hope', 'fear', 'doubt', 'cry',
  'joke', 'shout', 'chant', 'laugh', 'sigh', 'smile', 'shrug', 'roar', 'rant', 'protest', 'plea', 'mention', 'guess',
  'worry', 'blog', 'read', 'put', 'stress', 'rail', 'greet', 'hint', 'hints', 'testimony', 'caution', 'lament',
  'boast', 'boasts', 'query', 'queries', 'quip', 'jest', 'preach', 'reports',
]);

// Verbs of saying and believing that introduce a reported clause as well as a quotation.
const SPEECH = [
  'say:said', 'add', 'write:wrote:written', 'state', 'explain', 'note', 'argue', 'insist', 'warn', 'claim', 'announce',
  'acknowledge', 'admit', 'believe', 'think:thought', 'suggest', 'recall', 'reply:replied', 'tweet', 'respond',
  'declare', 'conclude', 'report', 'observe', 'remark', 'assert', 'contend', 'concede', 'predict', 'complain',
  'confirm', 'deny:denied', 'emphasize', 'emphasise', 'stress', 'maintain', 'allege', 'reveal', 'disclose',
  'reiterate', 'caution', 'boast', 'lament', 'estimate', 'testify:testified', 'vow', 'promise', 'pledge', 'counter',
  'ask', 'wonder', 'fear', 'indicate', 'signal', 'hint', 'speculate', 'recount', 'agree', 'charge', 'tell:told',
  'assure', 'inform', 'remind', 'advise', 'propose', 'worry:worried', 'contend', 'affirm', 'attest', 'question',
  'feel:felt', 'know:knew:known', 'hope', 'expect', 'doubt', 'understand:understood', 'guess', 'imply:implied',
  'demand', 'urge', 'post', 'proclaim', 'answer', 'retort', 'muse', 'protest', 'declare', 'mention', 'plead',
];

// Verbs that mark speech only next to a quotation.
const QUOTE_ONLY = [
  'continue', 'joke', 'quip', 'shout', 'chant', 'exclaim', 'snap', 'mutter', 'whisper', 'yell', 'scream', 'cry:cried',
  'laugh', 'sigh', 'read', 'put:put', 'interject', 'implore', 'beg', 'query', 'offer', 'begin:began:begun', 'summarize',
  'crow', 'gush', 'scoff', 'sneer', 'groan', 'grumble', 'hiss', 'shrug', 'smile', 'joke', 'jest', 'rail', 'rant',
  'tease', 'thunder', 'fume', 'bellow', 'roar', 'preach', 'pray', 'sing:sang:sung', 'recite', 'echo', 'greet',
  'reason', 'add', 'elaborate', 'opine', 'observe', 'declare', 'conclude', 'text', 'email', 'e-mail', 'message',
  'blog', 'quote', 'cite', 'list', 'headline', 'title', 'caption', 'inquire', 'enquire', 'ponder',
];

// Verbs of stance: what the speaker supports, rejects or judges is attributed to them.
const STANCE = [
  'endorse', 'criticize', 'criticise', 'accuse', 'describe', 'support', 'defend', 'praise', 'attack', 'reject', 'oppose',
  'cite', 'back', 'blame', 'condemn', 'slam', 'blast', 'denounce', 'dismiss', 'welcome', 'applaud', 'mock',
  'deride', 'ridicule', 'hail', 'fault', 'chide', 'scold', 'lambaste', 'prefer', 'want', 'regard',
  'seek:sought', 'refuse', 'decline', 'threaten', 'show:showed:shown', 'find:found', 'call', 'tout',
  'label', 'dub', 'characterize', 'decry', 'lament', 'deplore', 'question', 'urge', 'demand', 'disparage',
];

// Forms that are more often something else: a cue only before "that".
const NEEDS_THAT = new Set([
  'feel', 'feels', 'felt', 'know', 'knows', 'knew', 'known', 'maintain', 'maintains', 'maintained', 'understand',
  'understood', 'guess', 'consider', 'considers', 'considered', 'written', 'state', 'states', 'note', 'find', 'finds',
  'support', 'supports', 'back', 'backs', 'attack', 'attacks', 'view', 'views', 'tweet', 'tweets', 'remarks', 'call',
  'calls', 'seek', 'promises', 'remark', 'post', 'posts', 'report', 'claim',
]);

// Verbs whose listener comes before what is said: "told reporters that …".
const TAKES_OBJECT = new Set(['tell', 'ask', 'assure', 'inform', 'remind', 'advise', 'urge', 'warn', 'promise', 'answer']);

// Verbs that double their last consonant: "admit" → "admitted", "snap" → "snapping" (and "put", "begin").
const DOUBLED = new Set(['snap', 'quip', 'admit', 'refer', 'beg', 'slam', 'dub', 'prefer', 'rebut', 'commit', 'submit', 'regret', 'jab', 'nag', 'chat', 'jot', 'stop', 'plan', 'put', 'begin']);

function forms(entry: string): { base: string; words: string[] } {
  const [base = '', ...irregular] = entry.split(':');
  const out = new Set<string>([base, ...irregular]);
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  if (/[^aeiou]y$/u.test(base)) {
    out.add(`${base.slice(0, -1)}ies`);
    if (!irregular.length) out.add(`${base.slice(0, -1)}ied`);
  } else if (/(?:s|sh|ch|x|z)$/u.test(base)) {
    out.add(`${base}es`);
  } else {
    out.add(`${base}s`);
  }
  const doubled = DOUBLED.has(base);
  if (!irregular.length) out.add(base.endsWith('e') ? `${base}d` : doubled ? `${base}${base.slice(-1)}ed` : `${base}ed`);
  out.add(doubled ? `${base}${base.slice(-1)}ing` : `${stem}ing`);
  return { base, words: [...out] };
}

export const CUE_WORDS = new Map<string, CueWord>();

for (const [list, use] of [
  [QUOTE_ONLY, CueUse.Quote],
  [STANCE, CueUse.Stance],
  [SPEECH, CueUse.Speech],
] as const) {
  for (const entry of list) {
    const { base, words } = forms(entry);
    for (const w of words) {
      CUE_WORDS.set(w, { use, object: TAKES_OBJECT.has(base), participle: w.endsWith('ing'), nounLike: NOUN_LIKE.has(w), needsThat: NEEDS_THAT.has(w) });
    }
  }
}

// Verbs with a particle that mark a stance or speech: "called for", "talked about", "pointed out".
const PHRASAL: Array<[string, string[]]> = [
  ['call', ['for', 'on', 'out']], ['talk', ['about']], ['speak:spoke:spoken', ['about', 'out']],
  ['rail', ['against']], ['warn', ['against', 'of', 'about']], ['caution', ['against']],
  ['comment', ['on']], ['ask', ['about', 'for']], ['push', ['for']], ['advocate', ['for']], ['vote', ['for', 'against']],
 ['argue', ['for', 'against']], ['side', ['with']], ['agree', ['with']],
  ['complain', ['about']], ['worry', ['about']], ['care', ['about']], ['think:thought', ['about']],
  ['write:wrote:written', ['about']], ['joke', ['about']], ['boast', ['about']], ['brag', ['about']], ['reflect', ['on']],
  ['insist', ['on']], ['lash', ['out']], ['weigh', ['in']], ['chime', ['in']], ['lay:laid', ['out']], ['single', ['out']],
  ['rule', ['out']], ['apologize', ['for']], ['believe', ['in']], ['stand:stood', ['by']], ['balk', ['at']],
  ['hint', ['at']], ['refer', ['to']], ['point', ['out', 'to']],
];

/** For a verb form, the particles that make it a cue. */
export const PHRASAL_CUES = new Map<string, readonly string[]>();
for (const [entry, particles] of PHRASAL) {
  for (const w of forms(entry).words) PHRASAL_CUES.set(w, particles);
}
