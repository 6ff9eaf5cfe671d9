import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** A fresh folder under the system temp dir, removed when the test ends. */
export function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `crosswire ARGS` from source against the given database. */
export function cli(db: string, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'support', 'cli-entry.ts'), '--db', db, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CROSSWIRE_DB: '' },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The path of a shared data set, or null (with the reason) when ../shared is not beside the project. */
export function sharedPath(...parts: string[]): string | null {
  const p = join(SHARED, ...parts);
  return existsSync(p) ? p : null;
}

export const SKIP_NO_SHARED = '../shared is not beside the project: skipping the data-set check';
