// Facts in the order a reader should meet them: disputes first, then figures that moved, then what several
// reports agree on.
import type { FactStatus } from '../model.js';

export const STATUS_ORDER: Record<FactStatus, number> = { conflict: 0, updated: 1, corroborated: 2, 'single-source': 3 };
