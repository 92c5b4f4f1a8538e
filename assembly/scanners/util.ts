// Why this file exists: byte-level helpers shared by the structured scanners (digit runs, case-insensitive word
// comparison against static word lists, context checks); hand-written so that detection needs no regular expressions.

import { byteAt, inLen, isAlnum, isAlpha } from "../input";

// @ts-ignore: decorator
@inline export function isDigit(b: u32): bool {
  return b - 0x30 < 10;
}

// @ts-ignore: decorator
@inline export function lower(b: u32): u32 {
  return b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
}

// @ts-ignore: decorator
@inline export function isHex(b: u32): bool {
  const l = b | 0x20;
  return b - 0x30 < 10 || (l >= 0x61 && l <= 0x66);
}

/** Byte at i, or 0 outside the input. */
// @ts-ignore: decorator
@inline export function at(i: u32): u32 {
  return i < inLen ? byteAt(i) : 0;
}

/** Byte before i, or 0 at the start. */
// @ts-ignore: decorator
@inline export function before(i: u32): u32 {
  return i > 0 ? byteAt(i - 1) : 0;
}

/**
 * The punctuation after a value ending at e, written glued ("2/8:", "102,", "(4/92)") or apart as tokenised exports
 * write it (i2b2-style text: "2/8 :", "102 ,", "( 4/92 )"): the byte at e, or after one blank ',', ';', ':', ')' or
 * '.'. Readers that ask "is ',' / ')' / ':' right after the value" ask this instead of at(e).
 */
export function punctAfter(e: u32): u32 {
  const b = at(e);
  if (b != 0x20) return b;
  const c = at(e + 1);
  return c == 0x2c || c == 0x3b || c == 0x3a || c == 0x29 || c == 0x2e ? c : b;
}

/** Where the byte punctAfter(e) read lies: e, or e + 1 past the blank. */
export function punctAt(e: u32): u32 {
  return at(e) == 0x20 && punctAfter(e) != 0x20 ? e + 1 : e;
}

/** The byte before a value starting at s, or '(' when written apart before it ("( 617 )", "( 4/92 )"). */
export function punctBefore(s: u32): u32 {
  const b = before(s);
  if (b != 0x20 || s < 2) return b;
  const c = byteAt(s - 2);
  return c == 0x28 ? c : b;
}

/** End of the run of ASCII digits starting at i. */
export function digitsEnd(i: u32): u32 {
  while (i < inLen && isDigit(byteAt(i))) i++;
  return i;
}

/** End of the run of ASCII letters starting at i. */
export function lettersEnd(i: u32): u32 {
  while (i < inLen && isAlpha(byteAt(i))) i++;
  return i;
}

/** Start of the run of ASCII letters ending at i (exclusive), not before `floor` (nm54's walk from a name back to the
 * word before it stops at the pending span's end). */
export function lettersStart(i: u32, floor: u32 = 0): u32 {
  while (i > floor && isAlpha(byteAt(i - 1))) i--;
  return i;
}

/** Value of the digits in [s, e) (callers keep e - s <= 9). */
export function numValue(s: u32, e: u32): u32 {
  let v: u32 = 0;
  for (let i = s; i < e; i++) v = v * 10 + (byteAt(i) - 0x30);
  return v;
}

/** True when [s, e) equals `w` ASCII-case-insensitively (w is lower case). */
export function eqWord(s: u32, e: u32, w: string): bool {
  const n = <u32>w.length;
  if (e - s != n || e > inLen) return false;
  for (let k: u32 = 0; k < n; k++) if (lower(byteAt(s + k)) != <u32>w.charCodeAt(<i32>k)) return false;
  return true;
}

/**
 * The word [s, e) ends in "-ed" (1, two bytes or more) or "-ing" (2, three bytes or more), in any case; 0 otherwise: a
 * verb's form no name's first word takes (stop 57's review: four rules tested these bytes each in its own way).
 */
export function edIng(s: u32, e: u32): u32 {
  if (e - s < 2) return 0;
  const y = byteAt(e - 1) | 0x20;
  const x = byteAt(e - 2) | 0x20;
  if (x == 0x65 && y == 0x64) return 1;
  return e - s >= 3 && (y == 0x67 && (x == 0x6e && (byteAt(e - 3) | 0x20) == 0x69)) ? 2 : 0;
}

/** True when the input at i starts with `w` (lower case, ASCII-case-insensitive). */
export function startsWith(i: u32, w: string): bool {
  const n = <u32>w.length;
  if (i + n > inLen) return false;
  for (let k: u32 = 0; k < n; k++) if (lower(byteAt(i + k)) != <u32>w.charCodeAt(<i32>k)) return false;
  return true;
}

// Per word list, a record built on the first look-up of that list (lists are static strings): a 64-entry table of u32
// masks, bit n of entry (b & 63) set when the list holds a word of length n (31: 31 or more) whose first byte is b; and
// a hash table of its words (a power of two of u32 entries, at least twice the list's words; open addressing: entry
// ((offset of the word's length char + 1) << 8) | index in the list, 0 empty; a word listed twice keeps its first
// index).
// (stop 56, sp56: the records were 16 fixed slots found by a walk over their 16 keys, so the ~150 lists the scanners and
// the name pass ask took them on first use and every later list walked the 16 keys and then its own words on every
// call: shapesOf() and wordIndex() read 21.8 M instructions of the bench's 2 MB in mixed case. Each list now finds its
// record through an open-addressed index keyed by its address, and the records are cut to the list's size in one
// static arena: every list of up to 255 words has one. A list that finds no room (the arena or the index full) or
// has more words is walked as before, so every answer is the walk's.)
const LIST_INDEX56: u32 = 512;
const LIST_INDEX_SHIFT56: u32 = 23; // 32 - log2(LIST_INDEX56)
const listIndex56: usize = memory.data(<i32>LIST_INDEX56 * 8);
const ARENA56: u32 = 160 * 1024;
const arena56: usize = memory.data(<i32>ARENA56);
let arenaUsed56: u32 = 0;
const REC_MASK56: usize = 0; // the hash table's size minus one
const REC_SHAPES56: usize = 4; // 64 u32 masks
const REC_SLOTS56: usize = 260; // the hash table

// @ts-ignore: decorator
@inline function hashStep(h: u32, b: u32): u32 {
  return (h ^ b) * 16777619; // FNV-1a
}

/** Char k of a list (a string: two bytes per char). */
// @ts-ignore: decorator
@inline function listChar(base: usize, k: u32): u32 {
  return <u32>load<u16>(base + (<usize>k << 1));
}

/** The record of a list (see above), built on first use; 0 when it has none (then wordIndex walks the whole list). */
function shapesOf(base: usize, L: u32): usize {
  let h = (<u32>base * 0x9e3779b1) >>> LIST_INDEX_SHIFT56;
  let e: usize = 0;
  for (let n: u32 = 0; n < LIST_INDEX56; n++) {
    e = listIndex56 + (<usize>h << 3);
    const key = load<u32>(e);
    if (key == <u32>base) return <usize>load<u32>(e, 4);
    if (key == 0) break;
    h = (h + 1) & (LIST_INDEX56 - 1);
  }
  if (load<u32>(e) != 0) return 0; // the index is full: walk
  store<u32>(e, <u32>base);
  let words: u32 = 0;
  for (let k: u32 = 0; k < L; k += listChar(base, k) + 1) words++;
  let slots: u32 = 8;
  while (slots < words * 2) slots <<= 1;
  const size = <u32>REC_SLOTS56 + (slots << 2);
  // (more than 255 words: the index no longer fits its byte; no room left: walk)
  if (words > 255 || arenaUsed56 + size > ARENA56) {
    store<u32>(e, 0, 4);
    return 0;
  }
  const t = arena56 + <usize>arenaUsed56;
  arenaUsed56 += size;
  store<u32>(e, <u32>t, 4);
  store<u32>(t, slots - 1, REC_MASK56);
  const ht = t + REC_SLOTS56;
  let k: u32 = 0;
  let idx: u32 = 0;
  while (k < L) {
    const len = listChar(base, k);
    const slot = t + REC_SHAPES56 + (<usize>(listChar(base, k + 1) & 63) << 2);
    store<u32>(slot, load<u32>(slot) | (<u32>1 << (len < 31 ? len : 31)));
    let h: u32 = 2166136261;
    for (let m: u32 = 0; m < len; m++) h = hashStep(h, listChar(base, k + 1 + m));
    let j = h & (slots - 1);
    while (true) {
      const entry = load<u32>(ht + (<usize>j << 2));
      if (entry == 0) {
        store<u32>(ht + (<usize>j << 2), ((k + 1) << 8) | idx);
        break;
      }
      // the same word again: the first index stays
      const o = (entry >> 8) - 1;
      if (listChar(base, o) == len) {
        let m: u32 = 0;
        while (m < len && listChar(base, o + 1 + m) == listChar(base, k + 1 + m)) m++;
        if (m == len) break;
      }
      j = (j + 1) & (slots - 1);
    }
    k += len + 1;
    idx++;
  }
  return t;
}

/**
 * Index of [s, e) in `list`, or -1. A list is a string of length-prefixed lower-case words (each word preceded by a
 * char whose code is its length: "\u0003jan\u0003feb"); non-ASCII letters appear as their UTF-8 bytes, one char per
 * byte. Comparison is ASCII-case-insensitive; a word listed twice answers its first index.
 */
export function wordIndex(list: string, s: u32, e: u32): i32 {
  const n = e - s;
  if (n == 0) return -1;
  const base = changetype<usize>(list);
  const L = <u32>list.length;
  const first = lower(byteAt(s));
  // most look-ups miss ("5 mg" asks whether "mg" is a month): a (first byte, length) filter answers those at once
  const rec = shapesOf(base, L);
  if (rec != 0) {
    if ((load<u32>(rec + REC_SHAPES56 + (<usize>(first & 63) << 2)) & (<u32>1 << (n < 31 ? n : 31))) == 0) return -1;
    // then a probe of the list's hash table
    const ht = rec + REC_SLOTS56;
    const mask = load<u32>(rec, REC_MASK56);
    let h: u32 = 2166136261;
    for (let m: u32 = 0; m < n; m++) h = hashStep(h, lower(byteAt(s + m)));
    let j = h & mask;
    while (true) {
      const entry = load<u32>(ht + (<usize>j << 2));
      if (entry == 0) return -1;
      const o = (entry >> 8) - 1;
      if (listChar(base, o) == n) {
        let m: u32 = 0;
        while (m < n && lower(byteAt(s + m)) == listChar(base, o + 1 + m)) m++;
        if (m == n) return <i32>(entry & 0xff);
      }
      j = (j + 1) & mask;
    }
  }
  let idx: i32 = 0;
  let k: u32 = 0;
  while (k < L) {
    const len = listChar(base, k);
    if (len == n && listChar(base, k + 1) == first) {
      let m: u32 = 1;
      while (m < n && lower(byteAt(s + m)) == listChar(base, k + 1 + m)) m++;
      if (m == n) return idx;
    }
    idx++;
    k += len + 1;
  }
  return -1;
}

/** Whether some word of [s, e) (a run of ASCII letters, cut at e) is in `list` (wordIndex's list form). */
export function anyWordIn(list: string, s: u32, e: u32): bool {
  let i = s;
  while (i < e) {
    while (i < e && !isAlpha(byteAt(i))) i++;
    let w = i;
    while (w < e && isAlpha(byteAt(w))) w++;
    if (w > i && wordIndex(list, i, w) >= 0) return true;
    i = w;
  }
  return false;
}

/** Skips spaces and tabs (not newlines) from i, at most `max` bytes; returns the new index. */
export function skipBlanks(i: u32, max: u32): u32 {
  const lim = i + max < inLen ? i + max : inLen;
  while (i < lim && (byteAt(i) == 0x20 || byteAt(i) == 0x09)) i++;
  return i;
}

/** Skips spaces and tabs leftwards from i (exclusive end), at most `max` bytes. */
export function skipBlanksBack(i: u32, max: u32): u32 {
  let n: u32 = 0;
  while (i > 0 && (n < max && (byteAt(i - 1) == 0x20 || byteAt(i - 1) == 0x09))) {
    i--;
    n++;
  }
  return i;
}

/** The word of letters ending at k (nothing glued before it) is one of `list` (packed, as wordIndex reads it). */
export function wordEndsAt(k: u32, list: string): bool {
  const ws = lettersStart(k);
  return ws < k && (!isWordish(before(ws)) && wordIndex(list, ws, k) >= 0);
}

/** The word right before ts (blanks between; a whole word, nothing glued before it) is one of `list` (packed). */
export function wordBefore(ts: u32, list: string): bool {
  const k = skipBlanksBack(ts, 2);
  return k < ts && wordEndsAt(k, list);
}

/**
 * True when "at" or '@' comes right before ts: a four-digit value there that reads as a 24-hour clock time ("due at
 * 2000", "@ 1930") is a time of day, not a year (a year after "at" is rare).
 */
export function timeCueBefore(ts: u32): bool {
  const k = skipBlanksBack(ts, 2);
  return before(k) == 0x40 || ((k < ts && wordEndsAt(k, "\u0002at")) || timeLabelBefore(k));
}

/**
 * (twelfth round) A field label with "time" as its last or next-to-last word ends in a colon right at k: "TIME CALLED:
 * 1915", "Time: 2015", "Arrival time: 1930" (a transfer form's or flowsheet's clock time, no year).
 */
function timeLabelBefore(k: u32): bool {
  if (k == 0 || byteAt(k - 1) != 0x3a) return false;
  let e = skipBlanksBack(k - 1, 2);
  for (let n: u32 = 0; n < 2; n++) {
    let s = e;
    while (s > 0 && isAlpha(byteAt(s - 1))) s--;
    if (s == e) return false;
    if (eqWord(s, e, "time")) return true;
    e = skipBlanksBack(s, 1);
    if (e == s) return false;
  }
  return false;
}

/** Start of an apostrophe ("'" or the UTF-8 bytes of U+2019) ending right at q, or q when there is none. */
export function apostropheBack(q: u32): u32 {
  if (before(q) == 0x27) return q - 1;
  if (q >= 3 && (before(q) == 0x99 && (before(q - 1) == 0x80 && before(q - 2) == 0xe2))) return q - 3;
  return q;
}

/** True when [ts, e) is a 24-hour clock time ("2130", "0315") right after "at" or '@': a time of day, no number. */
export function clockAfterAt(ts: u32, e: u32): bool {
  if (e - ts != 4) return false;
  const v = numValue(ts, e);
  return v % 100 < 60 && (v < 2400 && timeCueBefore(ts));
}

/** A word byte: ASCII letter or digit, or any byte of a non-ASCII character. */
// @ts-ignore: decorator
@inline export function isWordish(b: u32): bool {
  return isAlnum(b) || b >= 0x80;
}

/**
 * True when a numeric candidate may start at s: no word byte before it, and it does not continue a number
 * ("120/80": "80" does not start a candidate; "1.5": "5" neither).
 */
export function cleanStart(s: u32): bool {
  if (s == 0) return true;
  const b = byteAt(s - 1);
  if (isWordish(b)) return false;
  if ((b == 0x2f || (b == 0x2e || (b == 0x2d || (b == 0x3a || b == 0x2c)))) && (s >= 2 && isDigit(byteAt(s - 2)))) return b == 0x2c && csvRow(s - 1);
  return true;
}

/**
 * The comma at i separates the fields of a CSV row, not the groups of a number: its line holds two or more commas
 * glued on both sides with a letter or a quote on one side ("1234567,Smith,John,01/02/1950,617-555-1234"), or two or
 * more glued commas and no blank at all ("A100234,2024-01-02,55-123456"), so that a comma between two numbers on it
 * ("01/02/1950,617") is a field separator too. Runs only where a comma is glued between digits, which prose writes
 * for thousands ("150,000", "3,000 mg": no letter glued to such a line's commas, and blanks around its numbers).
 */
export function csvRow(i: u32): bool {
  let a = i;
  while (a > 0 && (i - a < 512 && (byteAt(a - 1) != 0x0a && byteAt(a - 1) != 0x0d))) a--;
  let n: u32 = 0;
  let glued: u32 = 0;
  let blank = false;
  for (let k = a; k < inLen && k < i + 512; k++) {
    const c = byteAt(k);
    if (c == 0x0a || c == 0x0d) break;
    if (c == 0x20 || c == 0x09) blank = true;
    if (c != 0x2c || (k == 0 || k + 1 >= inLen)) continue;
    const l = byteAt(k - 1);
    const r = byteAt(k + 1);
    if (l == 0x20 || (r == 0x20 || (l == 0x09 || r == 0x09))) continue;
    glued++;
    if (isAlpha(l) || (isAlpha(r) || (l == 0x22 || r == 0x22))) {
      if (++n >= 2) return true;
    }
  }
  // (or a row of values without a blank: "A100234,2024-01-02,55-123456"; prose puts blanks around its numbers)
  return glued >= 2 && !blank;
}

/**
 * True when a numeric candidate may end at e: no word byte after it, and the number does not go on
 * ("3/14/2024/5", "1.2.3.4.5").
 */
export function cleanEnd(e: u32): bool {
  if (e >= inLen) return true;
  const b = byteAt(e);
  if (isWordish(b)) return false;
  if ((b == 0x2f || (b == 0x2e || (b == 0x2d || (b == 0x3a || b == 0x2c)))) && (e + 1 < inLen && isDigit(byteAt(e + 1)))) {
    return b == 0x2c && csvRow(e);
  }
  return true;
}

/** Luhn check over the digits of [s, e) (non-digits skipped); `prefixSum` adds a precomputed prefix (NPI: 24). */
export function luhnOk(s: u32, e: u32, prefixSum: u32): bool {
  let sum = prefixSum;
  let dbl = false;
  let i = e;
  while (i > s) {
    i--;
    const b = byteAt(i);
    if (!isDigit(b)) continue;
    sum += luhnDigit(b - 0x30, dbl);
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

/** One Luhn term: the digit, doubled (minus 9 above 9) at every second position from the right. */
// @ts-ignore: decorator
@inline export function luhnDigit(d: u32, doubled: bool): u32 {
  if (!doubled) return d;
  d *= 2;
  return d > 9 ? d - 9 : d;
}
