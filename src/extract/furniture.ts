// The furniture model: what site chrome looks like as a line or block of text, whatever the site.
// Shared by the plain-text cleaner and the HTML extractor.

/** Phrases of calls to action, navigation and legal chrome. Matched on short lines only. */
const FURNITURE_SOURCES = [
    String.raw`\bsign (?:up|in)\b`, String.raw`\blog ?in\b`, String.raw`\bsubscri(?:be|ption|bers?)\b`,
    String.raw`\balready a (?:member|subscriber)\b`, String.raw`\bnewsletters?\b`, String.raw`\bdownload (?:the|our) app\b`,
    String.raw`\bget the app\b`, String.raw`\bstart reading\b`, String.raw`\b(?:read|see|show) (?:more|less|all)\b`,
    String.raw`\bcontinue reading\b`, String.raw`\bleave a (?:reply|comment)\b`, String.raw`^\(?\d*\)?\s*comments?\s*\(?\d*\)?$`,
    String.raw`\b(?:view|show|add|post|read|see|load) (?:\d+ |all )?comments?\b`,
    String.raw`\bshare (?:this|on|via)\b`, String.raw`^share$`, String.raw`\bfollow us\b`, String.raw`\bconnect with us\b`,
    String.raw`\brelated (?:stories|articles|content|posts|news|topics)\b`, String.raw`\btop stories\b`,
    String.raw`\bour picks\b`, String.raw`\bmost (?:read|popular|viewed|shared)\b`, String.raw`\brecommended for you\b`,
    String.raw`\badvertisement\b`, String.raw`^ad$`, String.raw`^sponsored(?: content| stories| links| by [\p{L} .&]+)?$`, String.raw`^paid (?:content|post|partner)$`, String.raw`\bcookies?\b`,
    String.raw`\bprivacy (?:policy|notice|settings)\b`, String.raw`\bterms (?:of|and) (?:use|service|conditions)\b`,
    String.raw`\ball rights reserved\b`, '©', String.raw`\bcopyright(?:ed)?\b`, String.raw`\b(?:prior )?written permission\b`, String.raw`\bfree trial\b`,
    String.raw`\bdays? free\b`, String.raw`\bmembership\b`, String.raw`\bpremium\b`, String.raw`\bclick here\b`,
    String.raw`\btap here\b`, String.raw`\blisten to (?:this|the) (?:article|story)\b`, String.raw`\bback to top\b`,
    String.raw`\bskip to (?:main )?content\b`, String.raw`\bprint this\b`, String.raw`\bemail this\b`,
    String.raw`^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|print|copy link)$`,
    String.raw`\bpublished from a syndicated feed\b`, String.raw`\bhas not been edited by\b`,
    String.raw`\bgift (?:this )?article\b`, String.raw`\bsave (?:this )?article\b`, String.raw`\bload more\b`,
    String.raw`\btrending now\b`, String.raw`\bbreaking news alerts?\b`, String.raw`\bsupport (?:our|independent) journalism\b`,
    String.raw`^advert$`, String.raw`^caption$`, String.raw`^close$`, String.raw`^more:$`,
    String.raw`^(?:(?:image|photo|picture|slide|foto|bild) )?\d+ (?:of|/|von|de|sur) \d+$`, String.raw`^\[/?[a-z_-]+(?:[ \]=]|$)`,
    String.raw`\bback to (?:the )?gallery\b`, String.raw`\b(?:requires|enable) javascript\b`,
    // The same chrome in German, French, Spanish, Italian, Dutch and Portuguese. Words that also occur in
    // sentences ("teilen", "anzeige") count only as the whole line.
    String.raw`\bweiterlesen\b`, String.raw`\bmehr (?:lesen|erfahren|zum thema)\b`, String.raw`\blesen sie (?:auch|mehr|weiter)\b`,
    String.raw`\bauch interessant\b`, String.raw`\bdas könnte (?:sie|dich) (?:auch )?interessieren\b`, String.raw`\bjetzt (?:abonnieren|anmelden|registrieren|teilen|kommentieren)\b`,
    String.raw`\b(?:kommentar (?:schreiben|verfassen)|kommentare? anzeigen)\b`, String.raw`\bfolg(?:en sie|e) uns\b`, String.raw`^(?:zurück )?nach oben$`,
    String.raw`^(?:teilen|drucken|kommentieren|kommentare?|anzeige|werbung|anmelden|einloggen|abonnieren|zurück|weiter|mehr)$`,
    String.raw`\b(?:à )?lire (?:aussi|la suite|plus)\b`, String.raw`^en savoir plus\b`, String.raw`\babonnez-vous\b`, String.raw`\bsuivez-nous\b`,
    String.raw`^(?:partager|commenter|publicité|imprimer|se connecter|s'abonner)$`,
    String.raw`\b(?:contenido|artículos|noticias|notas) relacionad[oa]s?\b`, String.raw`\barticles? (?:liés|similaires)\b`, String.raw`^(?:kontakt|contact|contacto|contatti)\s*:?$`,
    String.raw`\bleer más\b`, String.raw`\blee también\b`, String.raw`\bte puede interesar\b`, String.raw`\bsíguenos\b`, String.raw`\bsuscr[ií]bete\b`,
    String.raw`^(?:compartir|comentar|comentarios|publicidad|imprimir|iniciar sesión)$`,
    String.raw`\bleggi (?:anche\b|di più(?![\p{L}\p{N}]))`, String.raw`\bseguici\b`, String.raw`^(?:condividi|commenta|pubblicità|abbonati|accedi)$`,
    String.raw`\blees (?:ook|meer)\b`, String.raw`\bvolg ons\b`, String.raw`^(?:delen|reageren|advertentie|inloggen)$`,
    String.raw`\bleia (?:também|mais)\b`, String.raw`\bsaiba mais\b`, String.raw`\bsiga-nos\b`, String.raw`^(?:compartilhar|publicidade|assine)$`,
    String.raw`^(?:table of contents|contents|inhalt|inhaltsverzeichnis|sommaire|índice|indice|inhoud)$`, String.raw`\bexplore further\b`,
    String.raw`\b(?:bild|bilder|foto|fotos|rezept) (?:anzeigen|drucken|vergrößern)\b`, String.raw`\bvervielfältigung (?:nur|ohne|und verbreitung)\b`, String.raw`\balle rechte vorbehalten\b`,
    String.raw`\btous droits réservés\b`, String.raw`\btodos los derechos reservados\b`, String.raw`\btutti i diritti riservati\b`,
    String.raw`^externer inhalt\b`, String.raw`^anzeige(?:\s*[-–:|*]|$)`,
    String.raw`\bmit freunden teilen\b`, String.raw`\bveja também\b`, String.raw`\badvertising disclosure\b`,
    String.raw`\bohne gewähr\b`, String.raw`\bdatenschutz(?:erklärung|hinweise?|einstellungen)\b`, String.raw`^(?:datenschutz|impressum)$`,
    String.raw`\b(?:wir respektieren (?:deine|ihre|eure) privatsphäre|privatsphäre-einstellungen)`,
    String.raw`^(?:kategorie|kategorien|category|categories|categoría|catégorie|rubrik|ressort|schlagworte?|stichworte?)\s*:`,
    String.raw`^\*?werbung(?:\s*[-–:|*.]|$)`, String.raw`\benthält (?:werbung|affiliate)`, String.raw`\bunbezahlte werbung\b`,
    String.raw`\bhazte miembro\b`, String.raw`\bcancel(?:a|e)? (?:at )?any ?time\b`, String.raw`\bcancela cuando quieras\b`, String.raw`^pdf$`,

  ];

/**
 * Headings of other content ("Mehr zum Thema Hafen", "Weitere Tourentipps"): German words that also open
 * sentences ("Weitere Informationen gab die Polizei nicht bekannt."), so they count on a line of a few words
 * that does not end like a sentence.
 */
const SECTION_HEADING = /^(?:mehr (?:von|zu|zum|aus|über)|noch mehr (?:infos?|artikel|themen|news|lesen)|entdecken sie|unterstütze(?:n sie)?|(?:weitere|neueste|aktuelle) (?:aktuelle )?(?:themen|artikel|beiträge|informationen|tipps|tourentipps|news|nachrichten|stories|kolumnen|videos)|verwandte (?:artikel|themen|beiträge)|ähnliche (?:artikel|beiträge))(?![\p{L}\p{N}])/iu;
const SECTION_HEADING_MAX_WORDS = 5;

/**
 * The phrases as two patterns, for speed (every short block of every page is tested): those of a whole
 * line, tried only at its start, and the rest under one shared word boundary, tried only where a word
 * starts, rather than a hundred alternatives each checking its own boundary at every character.
 */
const FURNITURE_LINE = new RegExp(`^(?:${FURNITURE_SOURCES.filter((p) => p.startsWith('^')).map((p) => p.slice(1)).join('|')})`, 'iu');
const FURNITURE_PHRASE = new RegExp(
  `\\b(?:${FURNITURE_SOURCES.filter((p) => p.startsWith(String.raw`\b`)).map((p) => p.slice(2)).join('|')})`,
  'iu',
);
/** A phrase that starts with neither: matched as written. */
const FURNITURE_OTHER = new RegExp(FURNITURE_SOURCES.filter((p) => !p.startsWith('^') && !p.startsWith(String.raw`\b`)).join('|'), 'iu');
const isFurniturePhrase = (text: string): boolean => FURNITURE_LINE.test(text) || FURNITURE_PHRASE.test(text) || FURNITURE_OTHER.test(text);


/** Social networks, capitalised as their names are (the patterns that use them are case-sensitive). */
const NETWORKS = String.raw`(?:Twitter|Facebook|Instagram|LinkedIn|Linkedin|TikTok|Tiktok|YouTube|Youtube|Telegram|Threads|Mastodon|Bluesky|WhatsApp)`;

/** Calls to action that make a longer line a promotion when it speaks to the reader. */
const PROMOTION = /\b(?:subscri(?:be|bers?|ption)|newsletter|sign up|follow us|join (?:our|us)|download (?:our|the) app|tip(?:s)? (?:to|at)|send us|contact us)\b/iu;
const PROMOTION_MAX_WORDS = 45;
/** "Follow The Gleaner on Twitter", "follow him @handle": where else to read the outlet or its writer. */
const SOCIAL_FOLLOW = new RegExp(
  [
    // An order to the reader, naming whom to follow: "Follow The Harbour Times on Twitter" (not "Like other
    // politicians on Twitter, ..."); case-sensitive for the capital of the name.
    String.raw`(?:^|[.!?]\s+)(?:[Ff]ollow|[Ll]ike|[Ff]ind|[Jj]oin|[Kk]eep up with|[Cc]onnect with) (?:us|me|him|her|them|@\w+|\p{Lu}[\p{L}.'’-]*)[^.!?"“”]{0,40}?\b(?:on|at|via) ${NETWORKS}\b`,
    String.raw`\b(?:[Ff]ollow|[Kk]eep up with) (?:us|me|him|her|them)\b[^.!?]{0,20}(?:@\w+|\bon ${NETWORKS}\b)`,
    // The outlet's own app, by name: "download the Harbour Times app", not "download the new contact-tracing app".
    String.raw`\b[Dd]ownload (?:our|the (?:\p{Lu}[\p{L}-]* ){1,3})apps?\b`,
  ].join('|'),
  'u',
);
/** "If you buy something through this post, we may get a share of the sale": an affiliate disclosure. */
const AFFILIATE = /\b(?:this (?:post|article|page|story) (?:contains|may contain|includes)\b[^.]{0,40}\b(?:affiliate|advertis\w*|sponsor\w*|references to products)|we may (?:receive|earn|get) (?:a )?(?:compensation|commission)\b|advertisers do not influence\b|(?:if|when) you (?:buy|purchase|click)\b[^.]{0,60}\b(?:commission|share of the sale|compensat\w+|earn)\b|affiliate[- ]links?\b|affiliate commissions?\b|(?:erhalten|bekommen) wir (?:\p{L}+ )?(?:eine )?provision\b|provisionslinks?\b)/iu;
/** Calls to subscribe, register or read on, in German, French and Spanish (the English ones are PROMOTION's). */
const OTHER_PROMOTION = /\b(?:abonnez-vous|inscrivez-vous|créez votre compte|pour lire la suite|suscr[ií]b(?:ete|ase)|reg[ií]strate|para (?:seguir|continuar) leyendo|um weiterzulesen|abonnieren sie|registrieren sie sich|melden sie sich (?:jetzt )?an|jetzt gratis testen)\b/iu;
/** A blog's post metadata: "Der Beitrag wurde am ... veröffentlicht und wurde unter ... abgelegt", "This entry was posted in ... and tagged ...". */
const POST_META = /^(?:der|dieser) (?:beitrag|artikel|eintrag) wurde (?:am|unter)\b|\b(?:und abgelegt unter|this entry was posted|posted in [^.]{1,60} (?:and )?tagged|bookmark the permalink)\b/iu;
/** The outlet asking for the reader's letters, support or subscription to its newsletter. */
const READER_INVITE = /\b(?:submit (?:your|a) letter|puede escribirnos|write to (?:us|the editor)|we want to hear what you think|if you (?:enjoyed|liked) (?:reading )?this (?:post|article|story)|would you consider supporting|(?:receive|get|sign up for|subscribe to) our (?:[\p{L}-]+ )?newsletter)\b/iu;
/** Where else to follow the outlet, in Spanish, German and French. */
const OTHER_SOCIAL = new RegExp(String.raw`(?:síguenos|seguirnos|síganos|folgen sie uns|folge uns|suivez-nous)(?![\p{L}\p{N}])[^.!?]{0,60}\b${NETWORKS}\b`, 'iu');
/** What a reader must do to comment: "Para comentar debes registrarte", "Sie müssen sich einloggen, um ... zu diskutieren". */
const COMMENT_PROMPT = /\b(?:(?:log in|sign in|register) to (?:comment|post a comment|join the discussion)|(?:einloggen|anmelden|registrieren|angemeldet sein|eingeloggt sein)\b[^.!?]{0,20}\bum (?:\p{L}+ ){0,5}(?:zu kommentieren|zu diskutieren|kommentare zu schreiben|an einer diskussion)|para comentar (?:debes|debe|tienes que|hay que|es necesario)|(?:connectez-vous|inscrivez-vous|identifiez-vous|abonnez-vous) pour (?:commenter|réagir|participer)|hinterlasse(?:n sie)? (?:\p{L}+ )?einen kommentar)|^pour (?:commenter|réagir)\b/iu;
/** A writer's or desk's address for readers: "Jane Roe may be reached at jroe@example.com". */
const CONTACT_LINE = /\b(?:(?:can|may) be (?:reached|contacted) (?:at|via|by e-?mail at) (?:[^\s@]+@\S+|\+?\d[\d ()/-]{6,})|e-?mail (?:him|her|me|us|them|the author)? ?at \S+@\S+|have a (?:news )?tip\?)/iu;

/** Promotions speak to the reader: a short line in the second person, outside quotation marks. */
const SECOND_PERSON = /\b(?:you|your|yours)\b/iu;
const QUOTE_MARKS = /["“”«»]/u;

/** Image captions and photo credits. */
const CAPTION = /^in this [^!?]{0,80}?\bfile photo\b|\(file photo\)|\((?:photo|credit|image|picture|video)s?\s*:|\b(?:photo|image|picture) (?:by|credit|courtesy)\b|\b(?:getty images|ap photo|afp photo|reuters\/|via reuters)\b|^(?:photo|image|caption|file(?: photo)?)\s*:/iu;

/**
 * The outlet a syndication note names as its publisher: "(… this story has not been edited by Harbour Times
 * staff and is published from a syndicated feed.)" → "Harbour Times". Null when no removed line says so.
 */
export function outletOfSyndicationNote(removed: readonly string[]): string | null {
  for (const line of removed) {
    // The note itself, not a sentence that happens to say something was not edited.
    if (!/\bsyndicated\b/iu.test(line)) continue;
    // The outlet's capitalised name (a possessive dropped), then at most two words before "staff": "NDTV
    // staff", "NDTV's editorial team". Not a person's name, and not two outlets.
    const m = /\bhas not been edited by (?:the )?(\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3})(?:['’]s?)?(?: \p{Ll}+){0,2} (?:[Ss]taff|[Tt]eam|[Ee]ditors|[Dd]esk)\b/u.exec(line);
    if (m?.[1] && !/^(?:Mr|Mrs|Ms|Dr|Prof)\b/u.test(m[1])) return m[1];
  }
  return null;
}

/** Lines that say the copy came from a syndication feed; worth keeping as a signal, not as text. */
export const SYNDICATION_NOTE = /\b(?:syndicated feed\b|has not been edited by\b|auto-generated from a syndicated\b)/iu;

/** "By Ana Ruiz, March 12, 2026": a byline line (a sentence that starts "By Friday ..." ends like one). */
const BYLINE_LINE = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\s+\p{Lu}/u;

/** Lines addressed to the reader about the site rather than the story: follow, contact, affiliate, comment, subscribe, post metadata. */
function isReaderChrome(text: string): boolean {
  return SOCIAL_FOLLOW.test(text) || CONTACT_LINE.test(text) || AFFILIATE.test(text) || COMMENT_PROMPT.test(text) || OTHER_PROMOTION.test(text) || POST_META.test(text) || OTHER_SOCIAL.test(text) || READER_INVITE.test(text);
}

/** An error message the site's software printed into the page, however long. */
const SOFTWARE_ERROR = /^(?:warning|notice|deprecated|fatal error|parse error)\s*:.*\bon line \d+\s*$/iu;

export function wordCount(line: string): number {
  return line.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
}

/** True when a short line (a button, a banner, a legal notice) is site furniture. */
export function isFurnitureLine(line: string, options: { addressesReader?: boolean; words?: number } = {}): boolean {
  const text = line.trim();
  if (!text) return true;
  // The caller may know the count already: every block of every page comes through here.
  const n = options.words ?? wordCount(text);
  if (n === 0) return true;
  if (SYNDICATION_NOTE.test(text) || SOFTWARE_ERROR.test(text)) return true;
  // A longer promotion still speaks to the reader and asks something of them.
  if (n > 14) return n <= PROMOTION_MAX_WORDS && !QUOTE_MARKS.test(text) && ((SECOND_PERSON.test(text) && PROMOTION.test(text)) || isReaderChrome(text));
  if (isReaderChrome(text)) return true;
  const endsSentence = /[.!?…]["”’)]*$/u.test(text);
  if (isFurniturePhrase(text) || (n <= 12 && BYLINE_LINE.test(text) && !endsSentence)) return true;
  if (n <= SECTION_HEADING_MAX_WORDS && !endsSentence && SECTION_HEADING.test(text)) return true;
  if ((options.addressesReader ?? true) && n <= 12 && SECOND_PERSON.test(text) && !QUOTE_MARKS.test(text)) return true;
  return false;
}

/**
 * A consent or notification notice: long enough to pass for prose, but about cookies and permissions.
 * (English, German, French, Spanish, Italian and Dutch wordings.)
 */
const COOKIE = /\bcookies?\b/iu;
const CONSENT = /\b(?:consent|accept|agree|privacy|tracking|einwillig\p{L}*|zustimm\p{L}*|akzeptier\p{L}*|datenschutz\p{L}*|consentement|accepte[rz]?|confidentialit\p{L}*|consentimiento|aceptar?|privacidad|consenso|accett\p{L}*|toestemming|akkoord)\b/iu;

export function isConsentNotice(text: string): boolean {
  return mentionsConsent(text) && wordCount(text) <= 120;
}

/** Text that asks for consent to cookies, however long. */
export function mentionsConsent(text: string): boolean {
  return COOKIE.test(text) && CONSENT.test(text);
}

export function isCaption(line: string): boolean {
  return CAPTION.test(line) || (SOURCE_CREDIT.test(line) && wordCount(line) <= 15);
}

/** "Foto: Instagram", "Abbildung 4: ...", "Quelle: DJV", "Roman Prymula, photo: ČTK": a picture's or a figure's credit. */
const SOURCE_CREDIT = /^(?:photo(?:graph)?s? by\b|pictures? by\b)|^(?:fotos?|bild(?:er)?|abbildung|abb\.|grafik|quelle|quellen|source|fuente|crédits?|credits?)(?:\s+\d+)?\s*:|,\s*(?:photo|foto)\s*:/iu;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** Months, weekdays and "published"/"updated" in German, French and Spanish. */
const OTHER_DATE_WORDS = [
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'uhr', 'aktualisiert', 'veröffentlicht', 'stand',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'publié', 'mis', 'à', 'jour', 'h',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'publicado', 'actualizado', 'de', 'del',
].join('|');
const DATE_WORD = new RegExp(
  String.raw`^(?:${MONTH}|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}:\d{2}|[ap]\.?m\.?|[a-z]{2,4}t|utc|gmt|et|pt|ct|mt|published|updated|posted|on|at|last|modified|am|um|le|el|il|${OTHER_DATE_WORDS})$`,
  'iu',
);

const NUMERIC_DATE = /(?:^|\s)(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[\sT,]|$)/u;

/** A line that is a date and time and nothing else ("Published 11:34 PM EST Nov 19, 2019"; "Updated Nov 19, 6:55 AM; Posted Nov 18, 8:19 PM"). */
/** A date and time as Chinese, Japanese and Korean write them: "2019年6月24日 11時30分", "[06月24日 11時30分]", "2019년 11월 19일". */
const CJK_DATELINE = /^[[(（【]?\s*(?:\d{2,4}\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일](?:\s*[(（]?[\p{Script=Han}\p{Script=Hangul}][)）]?)?(?:\s*\d{1,2}\s*[時时시:：]\s*\d{1,2}\s*[分분]?)?\s*[\])）】]?$/u;

export function isDateline(line: string): boolean {
  if (CJK_DATELINE.test(line.trim())) return true;
  const words = line.match(/[\p{L}\p{N}]+(?::\d{2})?/gu) ?? [];
  if (!words.length || words.length > 12) return false;
  const dateWords = words.filter((w) => DATE_WORD.test(w)).length;
  // Numbers alone are a price or a telephone number unless they are written as a date or a time.
  return dateWords === words.length && /\d/u.test(line) && (words.some((w) => !/^\d+$/u.test(w)) || NUMERIC_DATE.test(line));
}

const AGENCY = /\b(?:associated press|reuters|agence france-presse|afp|getty images|ap photo|staff writer|staff reporter|correspondent|national political writer|sports writer|contributor)\b/iu;

/** A credit or byline line: a few words naming a person and an agency or role, not a sentence. */
export function isCreditLine(line: string): boolean {
  const n = wordCount(line);
  return (n <= 8 && AGENCY.test(line) && !endsLikeSentence(line)) || (n <= 20 && CONTRIBUTED.test(line)) || POSTED_BY.test(line);
}

/** "Jane Roe contributed reporting from Hong Kong.": the closing credit of a news report. */
const CONTRIBUTED = /\bcontributed (?:reporting|to this (?:report|story|article))\b/iu;
/** "Posted on 27 October 2015 by Admin": a blog's dateline and byline in one. */
const POSTED_BY = /^(?:posted|published|written|veröffentlicht|publié|publicado) (?:on|am|le|el)? ?[^.!?]{0,40}\b(?:by|von|par|por)\s+\S+(?:\s+\S+)?\s*$/iu;

/** A line that is one web address. */
export function isBareUrl(line: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/iu.test(line.trim());
}

/** Share of a line's significant words that are capitalised: headlines and labels are Title Case. */
export function titleCaseRatio(line: string): number {
  const words = line.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
  const SMALL = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs|via|into|over|per|is|are|be|its)$/u;
  let significant = 0;
  let capitalised = 0;
  for (const w of words) {
    if (SMALL.test(w)) continue;
    significant++;
    if (/^\p{Lu}/u.test(w)) capitalised++;
  }
  return significant ? capitalised / significant : 0;
}

/** Ends like a sentence: full stop, question or exclamation mark, optionally inside quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["'”’)\]]*$/u.test(line.trim());
}
