// A response body → at most maxBytes of decoded bytes. The cap counts bytes after decompression, because a
// few hundred kilobytes of gzip can expand to gigabytes; reading stops at the cap and the streams are
// destroyed, so memory stays bounded whatever the server sends.
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** The body's bytes are not what its Content-Encoding says they are. */
export class BodyDecodeError extends Error {}

export interface CappedBody {
  bytes: Uint8Array;
  /** True when the body went on past maxBytes and was cut off there. */
  truncated: boolean;
}

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** Decoders to undo a Content-Encoding such as "gzip" or "deflate, br" (applied in order, so undone in reverse). */
function decodersFor(contentEncoding: string | null): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse().map((coding) => {
    const make = DECODERS[coding];
    if (!make) throw new BodyDecodeError(`unsupported content-encoding "${coding}"`);
    return make();
  });
}

const isZlibError = (e: unknown): boolean => typeof (e as { code?: unknown })?.code === 'string' && /^Z_/u.test((e as { code: string }).code);

/** Reads and decodes a body, keeping at most maxBytes of it. Errors from the body stream (aborts, resets) pass through. */
export async function readCappedBody(body: Readable, contentEncoding: string | null, maxBytes: number): Promise<CappedBody> {
  let decoders: Transform[];
  try {
    decoders = decodersFor(contentEncoding);
  } catch (e) {
    body.destroy();
    throw e;
  }
  const streams: Array<Readable | Transform> = [body, ...decoders];
  // pipeline forwards an error in any stream to all of them, so the loop below sees it on the last one.
  if (decoders.length > 0) pipeline(streams, () => {});
  const output = streams[streams.length - 1] as Readable;
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      if (total + chunk.length > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - total));
        total = maxBytes;
        truncated = true;
        break;
      }
      chunks.push(chunk);
      total += chunk.length;
    }
  } catch (e) {
    if (isZlibError(e)) throw new BodyDecodeError(`body is not valid ${contentEncoding}: ${(e as Error).message}`);
    throw e;
  } finally {
    for (const s of streams) s.destroy();
  }
  return { bytes: Buffer.concat(chunks, total), truncated };
}
