// Where a page's text is cut into blocks: the article finder (content.ts) judges these blocks, and the
// article's HTML (inline-html.ts) renders the same ones, so that the two always agree on a block's text.
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'blockquote', 'pre',
  'figure', 'figcaption', 'hr', 'address', 'details', 'summary', 'center', 'fieldset', 'caption', 'body', 'html',
]);
