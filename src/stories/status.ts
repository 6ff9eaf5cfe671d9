// Facts in the order a reader should meet them: disputes first, then what several reports agree on.
import type { FactStatus } from '../model.js';

export const STATUS_ORDER: Record<FactStatus, number> = { conflict: 0, corroborated: 1, 'single-source': 2 };
