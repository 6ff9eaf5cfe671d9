// Cursors for paged lists: opaque to clients (base64url JSON), checked on the way back in, so that a
// tampered or stale cursor is a clear 400 rather than a wrong page.
export class BadCursor extends Error {
  constructor() {
    super('cursor is not one this server gave out: start again without it');
  }
}

export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The cursor's fields, each checked against the type `shape` names for it. */
export function decodeCursor<T extends Record<string, 'string' | 'number'>>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadCursor();
  }
  if (!parsed || typeof parsed !== 'object') throw new BadCursor();
  const record = parsed as Record<string, unknown>;
  for (const [field, type] of Object.entries(shape)) {
    const v = record[field];
    if (typeof v !== type || (type === 'number' && !Number.isFinite(v))) throw new BadCursor();
  }
  return record as { [K in keyof T]: T[K] extends 'string' ? string : number };
}
