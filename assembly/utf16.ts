// Why this file exists: converts UTF-8 byte offsets into UTF-16 indices in bulk, inside the core. Done in JavaScript it
// was a string walk (~7 ns per character) plus a sort of every offset; here it is one counting pass over the bytes,
// 4 at a time, and a short look-up per offset. 32-bit words and a multiply, not i64 and popcnt: wasm2js (the JS
// fallback engine) emulates every i64 operation, and the u64 version made that engine a third slower.
//
// A UTF-16 index is a count of code units before a byte offset: one unit per character start (any byte that is not a
// continuation byte 10xxxxxx) and one more per 4-byte lead 11110xxx (a surrogate pair). The count is taken at every
// UTF16_BLOCK-th byte into a checkpoint table (scratch memory the host provides), so an offset costs at most one block;
// the table is filled only as far as the offsets reach, and an ASCII block costs one OR per 16 bytes.

import { UTF16_BLOCK_SHIFT, UTF16_OFFSET_PAST_INPUT } from "./abi";

const HIGH_BITS: u32 = 0x80808080;
const BLOCK: u32 = 1 << UTF16_BLOCK_SHIFT;

/**
 * UTF-16 units that start in the 4 bytes of `w`. Bit 7 of each byte of `lead` marks a byte that is not 10xxxxxx (it
 * starts a character), of `four` a byte 1111xxxx (a 4-byte lead: one more unit). Each byte of the sum is 0-2, so the
 * multiply adds the four bytes into the top one without a carry.
 */
// @ts-ignore: decorator
@inline function units4(w: u32): u32 {
  const lead = (~w | (w << 1)) & HIGH_BITS;
  const four = w & (w << 1) & (w << 2) & (w << 3) & HIGH_BITS;
  return (((lead >> 7) + (four >> 7)) * 0x01010101) >> 24;
}

// @ts-ignore: decorator
@inline function units1(b: u32): u32 {
  return ((b & 0xc0) != 0x80 ? 1 : 0) + (b >= 0xf0 ? 1 : 0);
}

// @ts-ignore: decorator
@inline function isContinuation(p: usize): bool {
  return (<u32>load<u8>(p) & 0xc0) == 0x80;
}

/**
 * UTF-16 units in the bytes [p, q), q - p < 2^32. Reads nothing at or past q. Words are read at 4-byte aligned
 * addresses only: wasm2js compiles a 4-byte load as an aligned one (HEAP32[p >> 2]).
 */
function unitsIn(p: usize, q: usize): u32 {
  let n: u32 = 0;
  while ((p & 3) != 0 && p < q) {
    n += units1(<u32>load<u8>(p));
    p++;
  }
  while (p + 4 <= q) {
    const w = load<u32>(p);
    n += (w & HIGH_BITS) == 0 ? 4 : units4(w); // ASCII: 4 units
    p += 4;
  }
  while (p < q) {
    n += units1(<u32>load<u8>(p));
    p++;
  }
  return n;
}

/** UTF-16 units in the BLOCK bytes at p: one OR per 16 bytes when they are ASCII (clinical text nearly always is). */
function blockUnits(p: usize): u32 {
  let any: u32 = 0;
  for (let k: usize = 0; k < <usize>BLOCK; k += 16) {
    any |= load<u32>(p + k) | load<u32>(p + k + 4) | load<u32>(p + k + 8) | load<u32>(p + k + 12);
  }
  if ((any & HIGH_BITS) == 0) return BLOCK;
  let n: u32 = 0;
  for (let k: usize = 0; k < <usize>BLOCK; k += 4) n += units4(load<u32>(p + k));
  return n;
}

/**
 * Moves each of `count` u32 byte offsets at `ptr` to a character boundary of the input (a start down to its
 * character's first byte, an end up past its last byte) and returns the largest, or NONE-like 0xffffffff when one lies
 * past the input.
 */
function snap(inPtr: usize, inLen: u32, ptr: usize, count: u32, up: bool): u32 {
  let max: u32 = 0;
  for (let i: u32 = 0; i < count; i++) {
    const a = ptr + (<usize>i << 2);
    let b = load<u32>(a);
    if (b > inLen) return 0xffffffff;
    if (up) {
      while (b < inLen && isContinuation(inPtr + b)) b++;
    } else {
      while (b > 0 && (b < inLen && isContinuation(inPtr + b))) b--;
    }
    store<u32>(a, b);
    if (b > max) max = b;
  }
  return max;
}

// Checkpoints known so far: table[0..filled] (filled on demand, as far as the offsets reach).
let filled: u32 = 0;

/**
 * UTF-16 index of the boundary byte offset b: the checkpoint of its block (the table filled up to that block first)
 * plus the units from the block start.
 */
function unitsTo(inPtr: usize, b: u32, table: usize): u32 {
  const block = b >> UTF16_BLOCK_SHIFT;
  // block `filled` ends at or before b (filled < block), so filling reads only input bytes
  while (filled < block) {
    const t = table + (<usize>filled << 2);
    store<u32>(t + 4, load<u32>(t) + blockUnits(inPtr + (<usize>filled << UTF16_BLOCK_SHIFT)));
    filled++;
  }
  const from = <usize>(block << UTF16_BLOCK_SHIFT);
  return load<u32>(table + (<usize>block << 2)) + unitsIn(inPtr + from, inPtr + <usize>b);
}

/**
 * Replaces the `count` boundary byte offsets at `starts` and at `ends` by their UTF-16 indices. An end close after its
 * row's start (a finding is a few bytes long) counts on from the start's index, fewer bytes than from its block start:
 * units are additive over ranges, so the result is the same.
 */
function convert(inPtr: usize, starts: usize, ends: usize, count: u32, table: usize): void {
  for (let i: u32 = 0; i < count; i++) {
    const a = starts + (<usize>i << 2);
    const z = ends + (<usize>i << 2);
    const sb = load<u32>(a);
    const eb = load<u32>(z);
    const su = unitsTo(inPtr, sb, table);
    store<u32>(a, su);
    const eu = eb >= sb && eb - sb < (eb & (BLOCK - 1)) ? su + unitsIn(inPtr + <usize>sb, inPtr + <usize>eb) : unitsTo(inPtr, eb, table);
    store<u32>(z, eu);
  }
}

/**
 * Converts UTF-8 byte offsets into the input (`inLen` bytes of valid UTF-8 at `inPtr`, as TextEncoder writes it) to
 * UTF-16 indices, in place: `count` u32 starts at `starts` round down to their character's first unit, `count` u32 ends
 * at `ends` round up past their character's last unit (never inwards). `table` is scratch memory of
 * 4 * ((inLen >> UTF16_BLOCK_SHIFT) + 1) bytes, 4-byte aligned. Returns 0, or UTF16_OFFSET_PAST_INPUT (offsets then
 * partly converted: discard them).
 */
export function utf16Offsets(inPtr: usize, inLen: u32, starts: usize, ends: usize, count: u32, table: usize): u32 {
  const maxStart = snap(inPtr, inLen, starts, count, false);
  const maxEnd = snap(inPtr, inLen, ends, count, true);
  if (maxStart == 0xffffffff || maxEnd == 0xffffffff) return UTF16_OFFSET_PAST_INPUT;
  // checkpoints only as far as the offsets reach, each block counted once
  store<u32>(table, 0);
  filled = 0;
  convert(inPtr, starts, ends, count, table);
  return 0;
}
