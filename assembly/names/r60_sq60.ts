// Why this file exists: stop 60, sq60 (a speed round, no finding moved): a one-bit-per-word filter ("bloom") over a
// packed word list, keyed by the first hash pushToken() already computes for every token (tH1), so that a test asked of
// many tokens ("is this word one of the agency remit's last words?") can refuse almost all of them with one load and a
// bit test before wordIn() (a call, the list's slot lookup and three masks). Exact: a token wordIn() would match has the
// same folded bytes as the list's word, hence the same hash, hence its bit set; the filter only skips calls whose answer
// is false. Filled once per process (namesBegin() -> fillSums45()); reads no input; allocates nothing.
import { HASH_A0, HASH_B0, finishHash, h1, hashStepA, hashStepB } from "./table";

/** Bytes of one filter: 4096 bits, one per value of a token's first hash's low 12 bits. */
export const BLOOM_BYTES60: i32 = 512;

/**
 * (sq60) Sets the bit of every word of packed `list` (a length char, then the word in lower-case ASCII) in the filter at
 * `bits`: the word's first hash as pushToken() hashes a token of the same bytes (four folded bytes a step, zero-padded,
 * then the length: the twin of table.ts's hashRange() over lower-case ASCII, as indexList47b() enters a list).
 */
export function bloomAdd60(bits: usize, list: string): void {
  const total = <u32>list.length;
  let i: u32 = 0;
  while (i < total) {
    const n = <u32>list.charCodeAt(i);
    let a = HASH_A0;
    let b = HASH_B0;
    for (let j: u32 = 0; j < n; j += 4) {
      let w: u32 = 0;
      for (let q: u32 = 0; q < 4 && j + q < n; q++) w |= <u32>list.charCodeAt(i + 1 + j + q) << (q << 3);
      a = hashStepA(a, w);
      b = hashStepB(b, w);
    }
    finishHash(a, b, n);
    const p = bits + (<usize>((h1 >>> 5) & 127) << 2);
    store<u32>(p, load<u32>(p) | (<u32>1 << (h1 & 31)));
    i += n + 1;
  }
}

/** (sq60) The filter at `bits` has the bit of first hash `h` (false: no word of its lists has that hash). */
// @ts-ignore: decorator
@inline export function bloomHas60(bits: usize, h: u32): bool {
  return ((load<u32>(bits + (<usize>((h >>> 5) & 127) << 2)) >>> (h & 31)) & 1) != 0;
}
