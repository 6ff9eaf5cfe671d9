// B-cubed precision and recall (Bagga and Baldwin, 1998): per item, the share of its predicted cluster
// that shares its gold label, and the share of its gold cluster that shares its prediction, averaged.
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const items = [...gold.keys()].filter((id) => predicted.has(id));
  if (!items.length) return { precision: 0, recall: 0, f1: 0 };
  const pairCount = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const id of items) {
    const p = predicted.get(id) as string;
    const g = gold.get(id) as string;
    const key = `${p}\u0000${g}`;
    pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const id of items) {
    const p = predicted.get(id) as string;
    const g = gold.get(id) as string;
    const both = pairCount.get(`${p}\u0000${g}`) ?? 0;
    precision += both / (predSize.get(p) ?? 1);
    recall += both / (goldSize.get(g) ?? 1);
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
