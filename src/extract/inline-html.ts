// A block's words as HTML: the inline content of its element (links, emphasis, code, sub- and superscript,
// line breaks) between the nested blocks that content.ts reads as blocks of their own. Everything else
// (spans, fonts, pictures, unknown tags) gives up its text and nothing more.
import type { Element } from './page-tree.js';
import { collapseSpaces } from '../util/spaces.js';
import { linkUrl } from './urls.js';
import { BLOCK_TAGS } from './block-tags.js';

/** Inline markup that carries meaning in an article's text; `a` only with an address worth following. */
const KEPT_INLINE = new Set(['a', 'em', 'i', 'strong', 'b', 'code', 'sub', 'sup']);
const MAX_BREAKS = 2;

export interface InlineRun {
  html: string;
  /** The run's text as content.ts reads it: whitespace collapsed, trimmed. */
  text: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const TEXT_SPECIAL = /[&<>]/u;
const ATTRIBUTE_SPECIAL = /[&<>"]/u;
const escapeChar = (c: string): string => ESCAPES[c] as string;

export function escapeText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(/[&<>]/gu, escapeChar) : s;
}

export function escapeAttribute(s: string): string {
  return ATTRIBUTE_SPECIAL.test(s) ? s.replace(/[&<>"]/gu, escapeChar) : s;
}

interface OpenElement {
  start: string;
  end: string;
  /** Whether its start tag is written yet: only once text comes into it. */
  written: boolean;
}

/**
 * Writes one run, spacing it as a browser would show it: whitespace collapsed (kept in <pre>), none at
 * the run's edges, and an element opened only once text comes into it, so that an empty link is never
 * written.
 */
class RunWriter {
  private html = '';
  private raw = '';
  private started = false;
  /** Whitespace seen since the last text written, to be written before the next. */
  private gap = '';
  private breaks = 0;
  private readonly open: OpenElement[] = [];

  constructor(private readonly pre: boolean) {}

  text(s: string): void {
    this.raw += s;
    const t = this.pre ? s : collapseSpaces(s);
    const body = t.trim();
    if (!body) {
      this.gap += t;
      return;
    }
    this.gap += t.slice(0, t.length - t.trimStart().length);
    this.flush();
    this.html += escapeText(body);
    this.started = true;
    this.gap = t.slice(t.trimEnd().length);
  }

  br(): void {
    this.raw += '\n';
    if (this.pre) this.gap += '\n';
    else if (this.started) {
      this.breaks++;
      this.gap = '';
    }
  }

  openElement(start: string, end: string): void {
    this.open.push({ start, end, written: false });
  }

  closeElement(): void {
    const o = this.open.pop();
    if (o?.written) this.html += o.end;
  }

  /** Ends the run at a nested block; elements still open are closed here and opened again in the next run. */
  end(): InlineRun {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const o = this.open[i] as OpenElement;
      if (o.written) this.html += o.end;
      o.written = false;
    }
    const run = { html: this.html, text: collapseSpaces(this.raw).trim() };
    this.html = '';
    this.raw = '';
    this.started = false;
    this.gap = '';
    this.breaks = 0;
    return run;
  }

  private flush(): void {
    if (this.started) {
      if (this.breaks) this.html += '<br>'.repeat(Math.min(this.breaks, MAX_BREAKS));
      else if (this.gap) this.html += this.pre ? this.gap : ' ';
    } else if (this.pre) {
      // A <pre>'s leading blank lines are not shown; the first line's indent is.
      this.html += this.gap.slice(this.gap.lastIndexOf('\n') + 1);
    }
    this.breaks = 0;
    this.gap = '';
    for (const o of this.open) {
      if (!o.written) {
        this.html += o.start;
        o.written = true;
      }
    }
  }
}

/** Marks on the walk's stack: leave the element opened last (a link, or other kept markup). */
const LEAVE_LINK = 1;
const LEAVE = 0;

/** The runs of inline content of `owner`, in order, as content.ts cuts them; runs without text are left out. */
export function inlineRuns(owner: Element, base: URL | null): InlineRun[] {
  const writer = new RunWriter(owner.tag === 'pre');
  const runs: InlineRun[] = [];
  const endRun = (): void => {
    const run = writer.end();
    if (run.text) runs.push(run);
  };
  // Iterative: pages can nest thousands deep.
  const stack: Array<Element | string | number> = [];
  for (let i = owner.children.length - 1; i >= 0; i--) stack.push(owner.children[i] as Element | string);
  let inLink = false;
  while (stack.length) {
    const n = stack.pop() as Element | string | number;
    if (typeof n === 'number') {
      writer.closeElement();
      if (n === LEAVE_LINK) inLink = false;
    } else if (typeof n === 'string') writer.text(n);
    else if (n.tag === 'br') writer.br();
    else if (BLOCK_TAGS.has(n.tag)) endRun();
    else {
      if (KEPT_INLINE.has(n.tag)) {
        if (n.tag !== 'a') {
          writer.openElement(`<${n.tag}>`, `</${n.tag}>`);
          stack.push(LEAVE);
        } else {
          // A link inside a link is not one; a link to nowhere safe keeps its words.
          const href = inLink || n.attrs['href'] === undefined ? null : linkUrl(n.attrs['href'], base);
          if (href !== null) {
            writer.openElement(`<a href="${escapeAttribute(href)}">`, '</a>');
            stack.push(LEAVE_LINK);
            inLink = true;
          }
        }
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Element | string);
    }
  }
  endRun();
  return runs;
}
