// Bytes → text, or a clear reason why these bytes are not text.
import iconv from 'iconv-lite';
export class DecodeError extends Error {}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Binary files have NUL bytes or many control characters near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.02;
}

/**
 * How far into a page its charset declaration is looked for. Browsers look at the first 1,024 bytes, but
 * pages with long heads (inline scripts and styles first) declare it later, and reading a page in the
 * wrong charset garbles every accented letter.
 */
const CHARSET_SCAN_BYTES = 64 * 1024;

/** The charset an HTML or XML document declares (XML declaration, meta charset, meta http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = Buffer.from(bytes.subarray(0, CHARSET_SCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/iu.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  // Only the head declares: a "charset=" in the body is some script's or article's text.
  const end = head.search(/<\/head\b|<body\b/iu);
  if (end >= 0) head = head.slice(0, end);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/** The charset of an HTTP Content-Type header ("text/html; charset=ISO-8859-1"), if it names one. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'l1', 'ascii', 'us-ascii']);

function decodeWith(bytes: Uint8Array, label: string, fatal: boolean): string {
  // Legacy single-byte pages go through iconv-lite: Node 20's TextDecoder maps 0x80–0x9F of
  // windows-1252 (curly quotes, dashes, €) to control characters (nodejs/node#60888).
  if (WINDOWS_1252.has(label) || (!fatal && iconv.encodingExists(label) && !/^utf-?(?:8|16)/iu.test(label))) {
    return iconv.decode(Buffer.from(bytes), WINDOWS_1252.has(label) ? 'windows-1252' : label);
  }
  return new TextDecoder(label, { fatal }).decode(bytes);
}

export interface Decoded {
  text: string;
  charset: string;
}

/**
 * Decodes a file's bytes. A byte-order mark wins, then a declared charset (HTML), then strict UTF-8;
 * bytes that are not UTF-8 are read as windows-1252, the legacy web's default, unless they look binary.
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  for (const [bom, charset] of BOMS) {
    if (startsWith(bytes, bom)) return { text: decodeWith(bytes.subarray(bom.length), charset, false), charset };
  }
  if (looksBinary(bytes)) throw new DecodeError('binary file (not text)');
  if (declared && !/^utf-?8$/iu.test(declared)) {
    try {
      return { text: decodeWith(bytes, declared, false), charset: declared };
    } catch {
      // An unknown label: fall through to detection rather than fail the page.
    }
  }
  try {
    return { text: decodeWith(bytes, 'utf-8', true), charset: 'utf-8' };
  } catch {
    return { text: decodeWith(bytes, 'windows-1252', false), charset: 'windows-1252' };
  }
}

/** A fetched body as text: in the charset its server names, else the one the document declares. */
export function decodeServed(bytes: Uint8Array, serverCharset: string | null): string {
  return decodeText(bytes, serverCharset ?? declaredCharset(bytes)).text;
}
