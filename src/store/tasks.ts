// Runs a StoreTask in whatever thread received it.
import { catchUpSearchFiles } from './sqlite/search-index.js';
import type { StoreTask } from './store.js';

export function runStoreTask(task: StoreTask): void {
  switch (task.kind) {
    case 'sqlite-search-index':
      catchUpSearchFiles(task.store, task.search, task.storeId);
      return;
  }
}
