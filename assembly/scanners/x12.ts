// Why this file exists: the elements of an ASC X12 healthcare transaction (837 claims, 270/271 eligibility, 835
// remittances, pasted into notes, work queues and tickets) read by their place in a segment, as HL7's are by theirs:
// "NM1*IL*1*MCCRAY*DESMOND*L" names a person (entity type 1), "N4*IRMO*SC*29063" a town and its ZIP, "N3*118 DREHER
// SHOALS RD" a street, "DMG*D8*19640812" and "DTP*472*D8*20990302" dates. Woken by a digit run right after '*'
// (dispatch.ts onDigit); reads at most one segment's bytes (a segment ends at '~' or a line break).

import { ENTITY_DATE, ENTITY_LOCATION, ENTITY_NAME, ENTITY_ZIP, NONE, REASON_RECORD_FIELD, SCAN_DATE, SCAN_NAMES, SCAN_ZIP } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { emit } from "../matches";
import { isDigit, lower, numValue } from "./util";
import { dateOk } from "./validators";

/** The longest segment read back from a digit run (bytes). */
const SEG_MAX: u32 = 160;

// Segment ids, each packed as its three bytes lower-cased (two-byte ids with a blank third): nm1 n4 n3 dmg dtp dtm
const SEG_NM1: u32 = 0x6e6d31;
const SEG_N4: u32 = 0x6e3420;
const SEG_N3: u32 = 0x6e3320;
const SEG_DMG: u32 = 0x646d67;
const SEG_DTP: u32 = 0x647470;
const SEG_DTM: u32 = 0x64746d;

/** A segment's or an element's end: '*', '~' or a line break (or the input's end). */
// @ts-ignore: decorator
@inline function isDelim(c: u32): bool {
  return c == 0x2a || (c == 0x7e || (c == 0x0a || c == 0x0d));
}

/** End of the element that starts at p: the next '*', '~', line break or the input's end (at most 60 bytes; NONE past). */
function elemEnd(p: u32): u32 {
  let e = p;
  while (e < inLen && !isDelim(byteAt(e))) {
    if (e - p >= 60) return NONE;
    e++;
  }
  return e;
}

// The segment the last x12Element44() call found: its first byte and its id (SEG_*), or NONE.
let segAt: u32 = NONE;

/**
 * The id of the segment holding ts (SEG_*, 0: none): its first byte after '~', a line break or the input's start (blanks
 * skipped), at most SEG_MAX bytes back, then two or three letters and digits and '*'. Leaves its start in segAt.
 */
function segmentOf(ts: u32): u32 {
  let s = ts;
  const lim = ts > SEG_MAX ? ts - SEG_MAX : 0;
  while (s > 0) {
    const c = byteAt(s - 1);
    if (c == 0x7e || (c == 0x0a || c == 0x0d)) break;
    if (s == lim) return 0;
    s--;
  }
  while (s < ts && byteAt(s) == 0x20) s++;
  segAt = s;
  const a = lower(byteAt(s));
  const b = lower(byteAt(s + 1));
  const c = byteAt(s + 2);
  if (c == 0x2a) return (a << 16) | (b << 8) | 0x20;
  if (byteAt(s + 3) != 0x2a) return 0;
  return (a << 16) | ((b << 8) | lower(c));
}

/** The element's rank of ts in the segment at segAt (the id is element 0): the '*' between them, counted. */
function rankOf(ts: u32): u32 {
  let n: u32 = 0;
  for (let k = segAt; k < ts; k++) if (byteAt(k) == 0x2a) n++;
  return n;
}

/** Start of the element before the one that starts at ts (ts right after its '*'). */
function prevElem(ts: u32): u32 {
  let p = ts - 1;
  while (p > segAt && byteAt(p - 1) != 0x2a) p--;
  return p;
}

/**
 * Eight digits at ts..ts+8 are a CCYYMMDD date (years 1800-2199, a day of the month's calendar: dateOk, as the date
 * scanner reads one; stop 45: "20990231" is none, as "2/31/2099" is none).
 */
function ccyymmdd(ts: u32): bool {
  for (let k = ts; k < ts + 8; k++) if (!isDigit(byteAt(k))) return false;
  const y = numValue(ts, ts + 4);
  const m = numValue(ts + 4, ts + 6);
  const d = numValue(ts + 6, ts + 8);
  return y >= 1800 && (y <= 2199 && dateOk(y, m, d));
}

/** An element [s, e) is a word run: letters, blanks, '-', '\'' and '.', a letter first, at most 35 bytes. */
function wordsElem(s: u32, e: u32): bool {
  if (e <= s || (e - s > 35 || !isAlpha(byteAt(s)))) return false;
  for (let k = s; k < e; k++) {
    const c = byteAt(k);
    if (!(isAlpha(c) || (c == 0x20 || (c == 0x2d || (c == 0x27 || c == 0x2e))))) return false;
  }
  return true;
}

/**
 * (stop 44, fx44) The digit run [ts, runEnd) opens an X12 element (right after '*'): a date after the "D8" (CCYYMMDD)
 * or "RD8" (a range, CCYYMMDD-CCYYMMDD) qualifier of a DMG or DTP segment, or DTM's second element; an N4 segment's
 * ZIP (five or nine digits after a two-letter state) and its town, the first element; an N3 segment's street line
 * opening with a number; an NM1 segment's person (the entity type "1"): its last, first and middle names, elements 3-5.
 * Emits them and returns how far the wake covers, or 0. "NM1*PR*2*BLUECROSS..." (an organisation), "2*3*4" (no
 * segment) and "DTP*472*D8*20991399" (no day) give nothing.
 */
export function x12Element44(ts: u32, runEnd: u32, scanners: u32): u32 {
  const seg = segmentOf(ts);
  if (seg == 0) return 0;
  const e = elemEnd(ts);
  if (e == NONE) return 0;
  const rank = rankOf(ts);
  if (seg == SEG_DMG || (seg == SEG_DTP || seg == SEG_DTM)) {
    if ((scanners & SCAN_DATE) == 0 || (runEnd - ts != 8 || !ccyymmdd(ts))) return 0;
    if (seg == SEG_DTM) {
      if (rank != 2 || e != runEnd) return 0;
      emit(ts, runEnd, ENTITY_DATE, REASON_RECORD_FIELD, 800);
      return runEnd;
    }
    const p = prevElem(ts);
    const q = ts - 1 - p;
    const rd8 = q == 3 && lower(byteAt(p)) == 0x72;
    if (!((q == 2 || rd8) && (lower(byteAt(ts - 3)) == 0x64 && byteAt(ts - 2) == 0x38))) return 0;
    if (rd8 && (e == ts + 17 && (byteAt(ts + 8) == 0x2d && ccyymmdd(ts + 9)))) {
      emit(ts, runEnd, ENTITY_DATE, REASON_RECORD_FIELD, 800);
      emit(ts + 9, e, ENTITY_DATE, REASON_RECORD_FIELD, 800);
      return e;
    }
    if (e != runEnd) return 0;
    emit(ts, runEnd, ENTITY_DATE, REASON_RECORD_FIELD, 800);
    return runEnd;
  }
  if (seg == SEG_N4) {
    // N4*town*ST*zip: the ZIP five or nine digits, the state two letters, the town words
    const n = runEnd - ts;
    if (rank != 3 || ((e != runEnd || (n != 5 && n != 9)) || (scanners & SCAN_ZIP) == 0)) return 0;
    const st = prevElem(ts);
    if (ts - 1 - st != 2 || (!isAlpha(byteAt(st)) || !isAlpha(byteAt(st + 1)))) return 0;
    const tw = prevElem(st);
    if ((scanners & SCAN_NAMES) != 0 && wordsElem(tw, st - 1)) emit(tw, st - 1, ENTITY_LOCATION, REASON_RECORD_FIELD, 750);
    emit(ts, runEnd, ENTITY_ZIP, REASON_RECORD_FIELD, 800);
    return runEnd;
  }
  if (seg == SEG_N3) {
    // N3*street line: a number, a blank and a word ("118 DREHER SHOALS RD")
    if (rank != 1 || ((scanners & SCAN_NAMES) == 0 || (byteAt(runEnd) != 0x20 || !isAlpha(byteAt(runEnd + 1))))) return 0;
    emit(ts, e, ENTITY_LOCATION, REASON_RECORD_FIELD, 700);
    return e;
  }
  if (seg == SEG_NM1) {
    // NM1*code*1*last*first*middle: a person (entity type "1"; "2" is an organisation)
    if (rank != 2 || ((e != ts + 1 || (byteAt(ts) != 0x31 || byteAt(e) != 0x2a)) || (scanners & SCAN_NAMES) == 0)) return 0;
    let s = e + 1;
    let last: u32 = 0;
    for (let k = 0; k < 3; k++) {
      const f = elemEnd(s);
      if (f == NONE) break;
      if (wordsElem(s, f)) {
        emit(s, f, ENTITY_NAME, REASON_RECORD_FIELD, 750);
        last = f;
      }
      if (f >= inLen || byteAt(f) != 0x2a) break;
      s = f + 1;
    }
    return last != 0 ? last : 0;
  }
  return 0;
}
