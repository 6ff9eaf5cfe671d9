// Query parameters, checked: a bad one is a 400 that says which parameter and what it should be.
import type { Context } from 'hono';

export class BadParameter extends Error {}

/** `limit`: an integer from 1 to `max`, `fallback` when absent. */
export function limitParam(c: Context, fallback: number, max: number): number {
  const v = c.req.query('limit');
  if (v === undefined) return fallback;
  if (!/^\d{1,6}$/u.test(v) || Number(v) < 1 || Number(v) > max) throw new BadParameter(`limit must be an integer from 1 to ${max}`);
  return Number(v);
}

/** One of `allowed`, `fallback` when absent. */
export function choiceParam<T extends string>(c: Context, name: string, allowed: readonly T[], fallback: T | null): T | null {
  const v = c.req.query(name);
  if (v === undefined || v === '') return fallback;
  if (!allowed.includes(v as T)) throw new BadParameter(`${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}

/** A path id: a positive integer. */
export function idParam(c: Context, name = 'id'): number {
  const v = c.req.param(name) ?? '';
  if (!/^\d{1,12}$/u.test(v) || Number(v) < 1) throw new BadParameter(`${name} must be a positive integer`);
  return Number(v);
}

/** An offset carried in a cursor of digits, for lists that page by position. */
export function offsetCursor(c: Context): number {
  const v = c.req.query('cursor');
  if (v === undefined || v === '') return 0;
  if (!/^\d{1,6}$/u.test(v)) throw new BadParameter('cursor is not one this server gave out: start again without it');
  return Number(v);
}
