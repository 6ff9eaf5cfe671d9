// A story's profile: for each feature its reports use, the sum of their raw strengths and of their
// weighted unit values. One map from feature id to a slot, and the sums in typed arrays by slot: adding
// a report costs one map look-up per feature, where a map per sum cost two look-ups and two writes each,
// and scoring can scan the slots without any look-up at all.

export class FeatureSums {
  private readonly slots = new Map<number, number>();
  /** Feature id of each slot, and the two sums. */
  ids = new Int32Array(16);
  raw = new Float64Array(16);
  unit = new Float64Array(16);
  size = 0;

  /** Adds to a feature's sums; returns true when the feature is new to the profile. */
  add(id: number, raw: number, unit: number): boolean {
    let slot = this.slots.get(id);
    const added = slot === undefined;
    if (slot === undefined) {
      slot = this.size++;
      if (slot === this.ids.length) this.grow();
      this.slots.set(id, slot);
      this.ids[slot] = id;
    }
    this.raw[slot] = (this.raw[slot] as number) + raw;
    this.unit[slot] = (this.unit[slot] as number) + unit;
    return added;
  }

  /** Adds to a feature's unit sum only (the feature must be in the profile). */
  addUnit(id: number, unit: number): void {
    const slot = this.slots.get(id);
    if (slot !== undefined) this.unit[slot] = (this.unit[slot] as number) + unit;
  }

  slotOf(id: number): number | undefined {
    return this.slots.get(id);
  }

  rawOf(id: number): number | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.raw[slot];
  }

  unitOf(id: number): number | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.unit[slot];
  }

  /** Zeroes the unit sums, to be summed again under new weights. */
  clearUnit(): void {
    this.unit.fill(0, 0, this.size);
  }

  private grow(): void {
    const n = this.ids.length * 2;
    const ids = new Int32Array(n);
    const raw = new Float64Array(n);
    const unit = new Float64Array(n);
    ids.set(this.ids);
    raw.set(this.raw);
    unit.set(this.unit);
    this.ids = ids;
    this.raw = raw;
    this.unit = unit;
  }
}
