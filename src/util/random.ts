// A seeded generator (xorshift32): the same seed gives the same sequence on every machine, so a
// benchmark's corpus and a shuffled evaluation order can be made again exactly.
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}
