// A structural checker for Atom 1.0 documents (RFC 4287), for tests: well-formedness, then the required
// elements, their cardinalities and the formats of ids, dates, links and text constructs. It returns the
// problems found, so a test can assert the list is empty and a failure says what is wrong.
// Handles the unprefixed form (`<feed xmlns="http://www.w3.org/2005/Atom">`), which is what Crosswire writes.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** RFC 3339 date-time (the form RFC 4287 and JSON Feed require), and a day that exists. */
export function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/u.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , , oh, om] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const realDay = day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(mo) - 1 && day.getUTCDate() === Number(d);
  // Seconds may be 60 (a leap second); offsets are at most 23:59.
  return realDay && Number(h) < 24 && Number(mi) < 60 && Number(s) <= 60 && Number(oh ?? 0) < 24 && Number(om ?? 0) < 60;
}

const IRI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF\u{10000}-\u{EFFFD}]|%[0-9A-Fa-f]{2})*$/u;

/** An IRI reference (RFC 3987): no spaces, quotes, angle brackets or stray `%`. */
export function isIriReference(value: string): boolean {
  return IRI_CHARS.test(value);
}

/** An absolute IRI: an IRI reference with a scheme. */
export function isIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:./u.test(value) && isIriReference(value);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Problems in an HTML fragment a feed carries: elements left unclosed (markup that leaked or was cut), and
 * script a reader should never be handed (script elements, on* handlers, javascript: links).
 */
export function checkHtml(html: string, where = 'html'): string[] {
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script') problems.push(`${where}: <script> element`);
        for (const [attr, value] of Object.entries(attribs)) {
          if (attr.startsWith('on')) problems.push(`${where}: event handler attribute ${attr} on <${name}>`);
          if (/^\s*javascript:/iu.test(value)) problems.push(`${where}: javascript: URL in ${attr} of <${name}>`);
        }
      },
      onclosetag(name, isImplied) {
        if (isImplied && !VOID.has(name)) problems.push(`${where}: <${name}> is not closed`);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return problems;
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  alwaysCreateTextNode: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true, // decodes numeric references such as &#13;
  isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
});

/** Parses XML as the checker sees it: every element an array of nodes, text under `#text`, attributes under `@_name`. */
export function parseXml(xml: string): XmlNode {
  return parser.parse(xml) as XmlNode;
}

export const children = (node: XmlNode, name: string): XmlNode[] => (node[name] as XmlNode[] | undefined) ?? [];
export const attr = (node: XmlNode, name: string): string | undefined => node[`@_${name}`] as string | undefined;
export const textOf = (node: XmlNode): string => (node['#text'] as string | undefined) ?? '';
const elementNames = (node: XmlNode): string[] => Object.keys(node).filter((k) => k !== '#text' && !k.startsWith('@_'));

// XMLValidator accepts these; an XML parser does not.
function characterProblems(xml: string): string[] {
  const problems: string[] = [];
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (bad) {
    const code = bad[0].codePointAt(0) ?? 0;
    problems.push(`character U+${code.toString(16).toUpperCase().padStart(4, '0')} at offset ${bad.index} is not allowed in XML 1.0`);
  }
  if (/<!DOCTYPE/iu.test(xml)) problems.push('a DOCTYPE (Atom feeds declare no entities)');
  // An & in a CDATA section or a comment is just a character.
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/gu, '');
  for (const m of markup.matchAll(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*)?(;?)/gu)) {
    const [whole, ref, semi] = m;
    if (!ref || !semi) {
      problems.push(`bare "&" at offset ${m.index}`);
    } else if (ref.startsWith('#')) {
      const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\u0000';
      if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(char)) problems.push(`reference ${whole} names a character not allowed in XML 1.0`);
    } else if (!['amp', 'lt', 'gt', 'quot', 'apos'].includes(ref)) {
      problems.push(`undeclared entity ${whole}`);
    }
  }
  return problems;
}

/** Title, subtitle, summary, rights and content: text or escaped HTML without child elements, or one XHTML div. */
function checkTextConstruct(node: XmlNode, where: string, problems: string[], isContent = false): void {
  const type = attr(node, 'type') ?? 'text';
  const inner = elementNames(node);
  if (type === 'text' || type === 'html') {
    if (inner.length > 0) problems.push(`${where}: type "${type}" must hold text, not the element <${inner[0]}>`);
    if (type === 'html') problems.push(...checkHtml(textOf(node), where));
  } else if (type === 'xhtml') {
    const divs = children(node, 'div');
    if (inner.length !== 1 || divs.length !== 1) problems.push(`${where}: type "xhtml" must hold exactly one div`);
    else if (attr(divs[0]!, 'xmlns') !== XHTML_NS) problems.push(`${where}: the xhtml div is not in the XHTML namespace`);
  } else if (!isContent || !/^[\w.+-]+\/[\w.+-]+/u.test(type)) {
    problems.push(`${where}: type "${type}" is not text, html or xhtml${isContent ? ' or a media type' : ''}`);
  }
  if (isContent && attr(node, 'src') !== undefined && (inner.length > 0 || textOf(node).trim() !== '')) {
    problems.push(`${where}: content with src must be empty`);
  }
}

function count(node: XmlNode, name: string, where: string, min: number, max: number, problems: string[]): XmlNode[] {
  const found = children(node, name);
  if (found.length < min || found.length > max) {
    const wanted = min === max ? `exactly ${min}` : max === Infinity ? `at least ${min}` : `at most ${max}`;
    problems.push(`${where}: ${wanted} <${name}> expected, found ${found.length}`);
  }
  return found;
}

function checkId(node: XmlNode, where: string, problems: string[]): string | undefined {
  const [id] = count(node, 'id', where, 1, 1, problems);
  if (!id) return undefined;
  const value = textOf(id);
  if (!isIri(value)) problems.push(`${where}: id ${JSON.stringify(value)} is not an absolute IRI`);
  return value;
}

function checkDate(node: XmlNode, name: string, where: string, required: boolean, problems: string[]): void {
  for (const date of count(node, name, where, required ? 1 : 0, 1, problems)) {
    const value = textOf(date);
    if (!isRfc3339(value)) problems.push(`${where}: ${name} ${JSON.stringify(value)} is not an RFC 3339 date-time`);
  }
}

function checkPersons(node: XmlNode, where: string, problems: string[]): number {
  const persons = [...children(node, 'author'), ...children(node, 'contributor')];
  for (const p of persons) {
    const [name] = count(p, 'name', `${where} author`, 1, 1, problems);
    if (name && textOf(name).trim() === '') problems.push(`${where}: an author with an empty name`);
    count(p, 'email', `${where} author`, 0, 1, problems);
    for (const uri of count(p, 'uri', `${where} author`, 0, 1, problems)) {
      if (!isIriReference(textOf(uri))) problems.push(`${where}: author uri ${JSON.stringify(textOf(uri))} is not an IRI`);
    }
  }
  return children(node, 'author').length;
}

/** Returns the rel values of the links, checking each has an href and alternates are unique per type and language. */
function checkLinks(node: XmlNode, where: string, problems: string[]): string[] {
  const alternates = new Set<string>();
  const rels: string[] = [];
  for (const link of children(node, 'link')) {
    const rel = attr(link, 'rel') ?? 'alternate';
    const href = attr(link, 'href');
    rels.push(rel);
    if (href === undefined) problems.push(`${where}: a link without href`);
    else if (!isIriReference(href)) problems.push(`${where}: link href ${JSON.stringify(href)} is not an IRI reference`);
    if (rel === 'alternate') {
      const key = `${attr(link, 'type') ?? ''} ${attr(link, 'hreflang') ?? ''}`;
      if (alternates.has(key)) problems.push(`${where}: more than one alternate link with type "${attr(link, 'type') ?? ''}"`);
      alternates.add(key);
    }
  }
  return rels;
}

function checkCategories(node: XmlNode, where: string, problems: string[]): void {
  for (const category of children(node, 'category')) {
    if (!attr(category, 'term')) problems.push(`${where}: a category without term`);
    const scheme = attr(category, 'scheme');
    if (scheme !== undefined && !isIri(scheme)) problems.push(`${where}: category scheme ${JSON.stringify(scheme)} is not an IRI`);
  }
}

function checkEntry(entry: XmlNode, where: string, feedHasAuthor: boolean, problems: string[]): string | undefined {
  const id = checkId(entry, where, problems);
  for (const title of count(entry, 'title', where, 1, 1, problems)) checkTextConstruct(title, `${where} title`, problems);
  checkDate(entry, 'updated', where, true, problems);
  checkDate(entry, 'published', where, false, problems);
  const authors = checkPersons(entry, where, problems);
  if (authors === 0 && !feedHasAuthor && children(entry, 'source').length === 0) {
    problems.push(`${where}: no author, and the feed has none to inherit`);
  }
  const rels = checkLinks(entry, where, problems);
  checkCategories(entry, where, problems);
  for (const summary of count(entry, 'summary', where, 0, 1, problems)) checkTextConstruct(summary, `${where} summary`, problems);
  for (const rights of count(entry, 'rights', where, 0, 1, problems)) checkTextConstruct(rights, `${where} rights`, problems);
  count(entry, 'source', where, 0, 1, problems);
  const contents = count(entry, 'content', where, 0, 1, problems);
  for (const content of contents) checkTextConstruct(content, `${where} content`, problems, true);
  if (contents.length === 0 && !rels.includes('alternate')) problems.push(`${where}: no content and no alternate link`);
  const content = contents[0];
  const type = content ? (attr(content, 'type') ?? 'text') : 'text';
  const outOfLine = content !== undefined && (attr(content, 'src') !== undefined || !['text', 'html', 'xhtml'].includes(type));
  if (outOfLine && children(entry, 'summary').length === 0) problems.push(`${where}: content is not inline text, so a summary is required`);
  return id;
}

/** Everything found wrong with an Atom feed document; empty when it is valid. */
export function checkAtom(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const problems = characterProblems(xml);
  const doc = parseXml(xml);
  const roots = elementNames(doc).filter((name) => name !== '?xml');
  const feed = children(doc, 'feed')[0];
  if (roots.length !== 1 || !feed) return [...problems, `the root element must be <feed>, found ${roots.join(', ') || 'none'}`];
  if (attr(feed, 'xmlns') !== ATOM_NS) problems.push(`feed: not in the Atom namespace (${ATOM_NS})`);

  checkId(feed, 'feed', problems);
  for (const title of count(feed, 'title', 'feed', 1, 1, problems)) checkTextConstruct(title, 'feed title', problems);
  checkDate(feed, 'updated', 'feed', true, problems);
  const feedHasAuthor = checkPersons(feed, 'feed', problems) > 0;
  const rels = checkLinks(feed, 'feed', problems);
  if (!rels.includes('self')) problems.push('feed: no rel="self" link (RFC 4287 says it SHOULD have one)');
  checkCategories(feed, 'feed', problems);
  for (const name of ['subtitle', 'rights']) {
    for (const node of count(feed, name, 'feed', 0, 1, problems)) checkTextConstruct(node, `feed ${name}`, problems);
  }
  for (const name of ['generator', 'icon', 'logo']) count(feed, name, 'feed', 0, 1, problems);

  const seen = new Set<string>();
  children(feed, 'entry').forEach((entry, i) => {
    const id = checkEntry(entry, `entry ${i + 1}`, feedHasAuthor, problems);
    // RFC 4287 reads a repeated id as two versions of one entry; Crosswire writes one entry per story.
    if (id !== undefined && seen.has(id)) problems.push(`entry ${i + 1}: id ${id} repeats an earlier entry`);
    if (id !== undefined) seen.add(id);
  });
  return problems;
}
