// Bytes → text: articles saved in any common encoding read correctly, and files that are not text are
// refused with a reason a user can act on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, charsetFromContentType, declaredCharset, decodeText, looksBinary } from '../src/ingest/decode.js';

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeText: byte-order marks', () => {
  it('strips a UTF-8 BOM so the headline does not start with an invisible character', () => {
    const d = decodeText(bytes([0xef, 0xbb, 0xbf], 'Café owners protest'));
    assert.equal(d.text, 'Café owners protest');
    assert.equal(d.text.charCodeAt(0), 'C'.charCodeAt(0));
    assert.equal(d.charset, 'utf-8');
  });

  it('decodes UTF-16LE with a BOM (as saved by Windows editors)', () => {
    const body = Buffer.from('Ferry “suspended” in São Miguel', 'utf16le');
    const d = decodeText(Uint8Array.from([0xff, 0xfe, ...body]));
    assert.equal(d.text, 'Ferry “suspended” in São Miguel');
    assert.equal(d.charset, 'utf-16le');
  });

  it('decodes UTF-16BE with a BOM', () => {
    const le = Buffer.from('Valmora frost', 'utf16le');
    const be = Buffer.from(le).swap16();
    const d = decodeText(Uint8Array.from([0xfe, 0xff, ...be]));
    assert.equal(d.text, 'Valmora frost');
    assert.equal(d.charset, 'utf-16be');
  });
});

describe('decodeText: legacy encodings', () => {
  it('reads plain UTF-8 unchanged', () => {
    const d = decodeText(bytes('“Não,” disse Ana — 70 %'));
    assert.equal(d.text, '“Não,” disse Ana — 70 %');
    assert.equal(d.charset, 'utf-8');
  });

  it('reads windows-1252 accented letters when the bytes are not valid UTF-8', () => {
    // "José Ruiz, café owner" with é as the single byte 0xE9
    const d = decodeText(bytes('Jos', [0xe9], ' Ruiz, caf', [0xe9], ' owner'));
    assert.equal(d.text, 'José Ruiz, café owner');
    assert.equal(d.charset, 'windows-1252');
    assert.ok(!d.text.includes('\ufffd'), 'no replacement characters');
  });

  it(
    'reads windows-1252 curly quotes and dashes (0x93, 0x94, 0x97) as “ ” —',
    () => {
      // “Café” closed, said René — owner
      const d = decodeText(bytes([0x93], 'Caf', [0xe9, 0x94], ' closed, said Ren', [0xe9, 0x20, 0x97, 0x20], 'owner'));
      assert.equal(d.text, '“Café” closed, said René — owner');
      assert.doesNotMatch(d.text, /[\u0080-\u009f]/u, 'no C1 control characters in the text');
    },
  );

  it('finds the charset an HTML page declares in a meta tag', () => {
    const page = bytes('<!doctype html><html><head><meta charset="iso-8859-1"><title>x</title></head></html>');
    assert.equal(declaredCharset(page), 'iso-8859-1');
    const httpEquiv = bytes('<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">');
    assert.equal(declaredCharset(httpEquiv), 'windows-1252');
    assert.equal(declaredCharset(bytes('<html><head><title>No charset</title></head></html>')), null);
  });

  it('honours a declared iso-8859-1 even when the bytes would also be valid UTF-8', () => {
    const page = bytes('<meta charset="iso-8859-1"><p>Jos', [0xe9], ' Ruiz</p>');
    const d = decodeText(page, declaredCharset(page));
    assert.equal(d.text, '<meta charset="iso-8859-1"><p>José Ruiz</p>');

    // "Ã©" in latin-1 is the two bytes C3 A9, which are also UTF-8 for "é": the declaration decides.
    const ambiguous = bytes('<meta charset="iso-8859-1"><p>', [0xc3, 0xa9], '</p>');
    assert.equal(decodeText(ambiguous, declaredCharset(ambiguous)).text, '<meta charset="iso-8859-1"><p>Ã©</p>');
    assert.equal(decodeText(ambiguous).text, '<meta charset="iso-8859-1"><p>é</p>', 'without the declaration it is UTF-8');
  });

  it('falls back to detection when the declared charset is unknown', () => {
    const d = decodeText(bytes('Café'), 'x-no-such-charset');
    assert.equal(d.text, 'Café');
    assert.equal(d.charset, 'utf-8');
  });
});

describe('decodeText: files that are not text', () => {
  it('refuses an empty file with a DecodeError that says "empty"', () => {
    assert.throws(() => decodeText(new Uint8Array(0)), (e: unknown) => e instanceof DecodeError && /empty/iu.test(e.message));
  });

  it('refuses bytes with NULs (an image, a PDF, a zip) with a DecodeError that says "binary"', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.throws(() => decodeText(png), (e: unknown) => e instanceof DecodeError && /binary/iu.test(e.message));
    assert.throws(() => decodeText(bytes('Harbour Times', [0x00], 'more')), (e: unknown) => e instanceof DecodeError && /binary/iu.test(e.message));
  });

  it('tells text with tabs and line breaks from binary', () => {
    assert.equal(looksBinary(bytes('Headline\r\n\tBody text\n')), false);
    assert.equal(looksBinary(bytes([0x01, 0x02, 0x03, 0x04], 'abc')), true);
  });
});

describe('decodeText: where a page says its charset', () => {
  it('finds a meta charset declared after long inline scripts, but not a "charset=" in the body', () => {
    const script = `<script>${'var x = 1;'.repeat(800)}</script>`;
    const late = bytes(`<!doctype html><html><head>${script}<meta charset="windows-1251"><title>x</title></head><body></body></html>`);
    assert.equal(declaredCharset(late), 'windows-1251');
    const body = bytes('<html><head><title>x</title></head><body><p>Write &lt;meta charset="koi8-r"&gt; in the head.</p><meta charset="koi8-r"></body></html>');
    assert.equal(declaredCharset(body), null);
  });

  it('reads the encoding of an XML declaration (XHTML pages, feeds)', () => {
    assert.equal(declaredCharset(bytes('<?xml version="1.0" encoding="ISO-8859-2"?><html><head></head></html>')), 'iso-8859-2');
  });

  it('reads the charset of an HTTP Content-Type header, which a fetched page is decoded with first', () => {
    assert.equal(charsetFromContentType('text/html; charset="Shift_JIS"'), 'shift_jis');
    assert.equal(charsetFromContentType('text/html'), null);
    const cyrillic = decodeText(Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), charsetFromContentType('text/html; charset=windows-1251'));
    assert.equal(cyrillic.text, 'Привет');
  });

  it('decodes legacy multi-byte encodings a page declares (Shift_JIS, GBK, EUC-KR)', () => {
    assert.equal(decodeText(Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]), 'shift_jis').text, '日本');
    assert.equal(decodeText(Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]), 'gbk').text, '中文');
    assert.equal(decodeText(Uint8Array.from([0xc7, 0xd1, 0xb1, 0xb9]), 'euc-kr').text, '한국');
  });
});
