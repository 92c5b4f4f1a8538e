// Why this file exists: the word table probe of the name/place detector: hash a case-folded token (two 32-bit hashes,
// mirrored by scripts/build-dictionaries.mjs and src/dictionaries/hash.ts) and look it up in the open-addressing table
// that JavaScript copied into linear memory (layout in src/dictionaries/layout.ts).

import { byteFrom, inPtr } from "../input";

const WT_MAGIC: u32 = 0x44524f57;
const WT_VERSION: u32 = 2;
const WT_HEADER_BYTES: usize = 32;

let slotsPtr: usize = 0;

// A direct-mapped cache of recent lookups in static data (128 KB, L2-resident): clinical text is Zipfian, so most
// tokens hit here instead of missing the CPU caches (and TLB) on the 2 MB table. A slot keeps the fingerprint and the
// data; the slot index is 14 bits of the first hash, so a hit matches 46 hash bits. Cleared when a table is installed.
// (64 KB -> 128 KB: whole-text mtsamples name pass -3%; 256 KB gained little more for twice the memory.)
const CACHE_SLOTS: u32 = 16384;
const cache: usize = memory.data(<i32>CACHE_SLOTS * 8);
let mask: u32 = 0;
let ready: bool = false;

/** Installs the table at `ptr`; 0 on success, 4 bad magic, 5 bad version. */
export function setTable(ptr: usize): u32 {
  ready = false;
  if (ptr == 0) return 0;
  if (load<u32>(ptr) != WT_MAGIC) return 4;
  if (load<u32>(ptr, 4) != WT_VERSION) return 5;
  mask = (<u32>1 << load<u32>(ptr, 8)) - 1;
  memory.fill(cache, 0, <usize>CACHE_SLOTS * 8);
  slotsPtr = ptr + WT_HEADER_BYTES;
  ready = true;
  return 0;
}

export function tableReady(): bool {
  return ready;
}

// @ts-ignore: decorator
@inline function fmix(h: u32): u32 {
  h ^= h >>> 16;
  h *= 0x85ebca6b;
  h ^= h >>> 13;
  h *= 0xc2b2ae35;
  h ^= h >>> 16;
  return h;
}

/** Hashes of the last hashRange() / combine() call. */
export let h1: u32 = 0;
export let h2: u32 = 0;

/** Initial states and one four-byte step of the two token hashes (the tokeniser inlines them to hash as it scans). */
export const HASH_A0: u32 = 0x811c9dc5;
export const HASH_B0: u32 = 0x2545f491;
// @ts-ignore: decorator
@inline export function hashStepA(a: u32, w: u32): u32 {
  a = (a ^ w) * 0x01000193;
  return a ^ (a >>> 13);
}
// @ts-ignore: decorator
@inline export function hashStepB(b: u32, w: u32): u32 {
  b = (b ^ w) * 0x5bd1e995;
  return b ^ (b >>> 15);
}

/** Four ASCII bytes case-folded. */
// @ts-ignore: decorator
@inline export function foldAscii4(w: u32): u32 {
  // four ASCII bytes: set 0x20 in each byte in A-Z (b + 0x3f has its top bit set from 0x41 up, b + 0x25 from 0x5b up)
  return w | ((((w + 0x3f3f3f3f) & ~(w + 0x25252525)) & 0x80808080) >>> 2);
}

/** Folds four bytes one by one (ASCII capitals, and Latin-1 capitals: 0xc3 followed by 0x80-0x9e except 0x97). */
function foldBytes4(w: u32, prev: u32): u32 {
  let out: u32 = 0;
  for (let s: u32 = 0; s < 32; s += 8) {
    let x = (w >>> s) & 0xff;
    if (x >= 0x41 && x <= 0x5a) x |= 0x20;
    else if (prev == 0xc3 && (x >= 0x80 && (x <= 0x9e && x != 0x97))) x += 0x20;
    prev = x;
    out |= x << s;
  }
  return out;
}

/**
 * Hashes input bytes [start, end) case-folded (ASCII and Latin-1 capitals in UTF-8), four bytes at a time: the folded
 * bytes, zero-padded to a multiple of four, read as little-endian u32 words (twins: src/dictionaries/hash.ts and
 * scripts/build-dictionaries.mjs). Reads up to three bytes past `end` (masked off): the input region is always
 * followed by the output region.
 */
export function hashRange(start: u32, end: u32): void {
  const base = inPtr;
  let a = HASH_A0;
  let b = HASH_B0;
  for (let i = start; i < end; i += 4) {
    let w = load<u32>(base + <usize>i, 0, 1); // unaligned (alignment 1: see the tokeniser)
    const left = end - i;
    if (left < 4) w &= (<u32>0xffffffff) >>> ((4 - left) << 3);
    w = (w & 0x80808080) == 0 ? foldAscii4(w) : foldBytes4(w, i > start ? byteFrom(base, i - 1) : 0);
    a = hashStepA(a, w);
    b = hashStepB(b, w);
  }
  finishHash(a, b, end - start);
}

/** Finishes hashes accumulated four bytes per step exactly like hashRange() over a token of `len` bytes. */
// @ts-ignore: decorator
@inline export function finishHash(a: u32, b: u32, len: u32): void {
  h1 = fmix(a ^ len);
  h2 = fmix(b + len);
}

/** Combines hashes (a1, a2) with (b1, b2) into h1/h2: the key of a multi-word entry. */
export function combine(a1: u32, a2: u32, b1: u32, b2: u32): void {
  h1 = fmix((a1 ^ rotl<u32>(b1, 13)) + 0x9e3779b9);
  h2 = fmix((a2 ^ rotl<u32>(b2, 7)) + 0x7f4a7c15);
}

/** Data word of the word table's entry for input bytes [start, end) (hashRange() then probe()), or 0 when absent. */
export function rangeData(start: u32, end: u32): u32 {
  hashRange(start, end);
  return probe(h1, h2);
}

/** Data word of the entry keyed by (h1, h2), or 0 when absent. */
export function probe(k1: u32, k2: u32): u32 {
  if (!ready) return 0;
  const fp = k2 | 1;
  // (stop 60, sq60: the cache's address as the accesses' constant offset, no add for it)
  const c = <usize>((k1 >>> 7) & (CACHE_SLOTS - 1)) << 3;
  if (load<u32>(c, cache) == fp) return load<u32>(c, cache + 4);
  const v = probeTable(k1, fp);
  store<u32>(c, fp, cache);
  store<u32>(c, v, cache + 4);
  return v;
}

function probeTable(k1: u32, fp: u32): u32 {
  let i = k1 & mask;
  while (true) {
    const p = slotsPtr + (<usize>i << 3);
    const f = load<u32>(p);
    if (f == fp) return load<u32>(p, 4);
    if (f == 0) return 0;
    i = (i + 1) & mask;
  }
  return 0;
}
