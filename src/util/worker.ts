// Starting a worker thread from a module beside the caller, whether Crosswire runs compiled (dist/) or
// from its TypeScript sources (tests, benchmarks), where the worker must register tsx itself first.
import { Worker } from 'node:worker_threads';

/** Starts `name` (a module file name without extension, in the folder of `from`) as a worker thread. */
export function startWorker(name: string, from: string, workerData?: unknown): Worker {
  const fromSource = from.endsWith('.ts');
  const entry = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, from);
  const options = workerData === undefined ? {} : { workerData };
  return fromSource
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true, ...options })
    : new Worker(entry, options);
}
