// A pool of worker threads running extract + analyze, so that on a machine with more than one core the
// expensive, independent part of ingestion runs beside the sequential matching.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { RawDocument } from './model.js';
import type { Prepared } from './prepare.js';
import { type WirePrepared, fromWire } from './prepare-wire.js';
import { startWorker } from './util/worker.js';

/** Workers to use by default: every core but the one that matches and stores. */
export function defaultWorkers(): number {
  return Math.max(0, availableParallelism() - 1);
}

export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (p: Prepared) => void; origin: string }>();
  private nextId = 0;
  private turn = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker('prepare-worker', import.meta.url);
      worker.on('message', (m: WirePrepared & { id: number }) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve(fromWire(m));
      });
      worker.on('error', (e) => {
        // A crashed worker fails what it held; the import goes on with the others.
        for (const [id, p] of this.pending) {
          this.pending.delete(id);
          p.resolve({ ok: false, origin: p.origin, reason: `internal error: ${e.message}` });
        }
      });
      this.workers.push(worker);
    }
  }

  prepare(doc: RawDocument): Promise<Prepared> {
    const id = this.nextId++;
    const worker = this.workers[this.turn++ % this.workers.length] as Worker;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, origin: doc.origin });
      worker.postMessage({ id, doc });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
