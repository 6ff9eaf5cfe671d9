// The second line of defence for an article's HTML: whatever article-html.ts writes is read again by
// sanitize-html against a strict allowlist, so that a mistake in our renderer can drop markup but never
// let a script, a handler or a dangerous address through. See docs/decisions.md, "Extraction".
import sanitizeHtml from 'sanitize-html';

const LINK_REL = 'nofollow noopener noreferrer';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'blockquote', 'pre', 'ul', 'ol', 'li', 'a', 'em', 'i', 'strong', 'b', 'code', 'sub', 'sup', 'br'],
  // rel is ours (set below, whatever came in); no class, id, style or on* attribute anywhere.
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Tags whose content is code or markup, not text: dropped whole rather than left as words.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'xmp', 'noembed', 'noframes'],
  transformTags: { a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: LINK_REL } }) },
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
