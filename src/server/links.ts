// Addresses of the reader's pages, built in one place so that every link escapes its parts the same way.
import type { EntityType } from '../model.js';

export function entityHref(type: EntityType, key: string): string {
  return `/entity/${type}/${encodeURIComponent(key)}`;
}

export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
