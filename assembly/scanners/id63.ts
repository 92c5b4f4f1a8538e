// Why this file exists: stop 63, id63's rules for the structured scanners, kept out of phone.ts, ids.ts and
// dispatch.ts: a VA claim file's number written in spaced groups 2-3-3 and its letter ("C-FILE: C 28 447 193", "VA
// file # C-28 441 870"), an audiogram's thresholds that are no phone ("PURE TONE (DB) R: 25 30 45 60 70"), a list's
// next numbers after one cued number ("subjects 109-0012 and 109-0015", "Rx# 6044718, 6044722"), and the letter and
// four digits after a last-four cue ("Last4: T0417", "Last 4 K1182"). Allocates nothing.

import { ENTITY_ID, REASON_ID_CUE } from "../abi";
import { isAlpha } from "../input";
import { emit } from "../matches";
import { at, before, cleanEnd, digitsEnd, isDigit, isWordish, lettersStart, wordIndex } from "./util";

/**
 * (stop 63, id63) A claim number's letter before the digits at s: 'C' (a VA claim file, "C 28 447 193", "C-28 441
 * 870", "c 33 447 021") or 'A' (an alien registration number), alone (no word byte before it), then one blank or
 * '-'. Returns the letter's byte, or 0xffffffff when there is none.
 */
export function claimLetter63(s: u32): u32 {
  if (s < 2) return 0xffffffff;
  const sep = before(s);
  const l = at(s - 2) | 0x20;
  if ((sep != 0x20 && sep != 0x2d) || (l != 0x63 && l != 0x61)) return 0xffffffff;
  return s == 2 || !isWordish(at(s - 3)) ? s - 2 : 0xffffffff;
}

/**
 * (stop 63, id63) The number at s follows a claim file's word: "file" or "claim", then "no" or "number" or not, the
 * marks '#', ':' or '.' and blanks between ("VA file # 29 118 447", "File number 29 044 718", "VA claim: 28 447 106").
 */
export function claimWordBefore63(s: u32): bool {
  let k = s;
  for (let w = 0; w < 2; w++) {
    let q = k;
    while (q > 0 && (k - q < 4 && (before(q) == 0x20 || (before(q) == 0x23 || (before(q) == 0x3a || before(q) == 0x2e))))) q--;
    if (q == k) return false;
    const ws = lettersStart(q);
    if (ws == q || isWordish(before(ws))) return false;
    if (wordIndex("\u0004file\u0005claim", ws, q) >= 0) return true;
    if (w == 1 || wordIndex("\u0002no\u0006number", ws, q) < 0) return false;
    k = ws;
  }
  return false;
}

/**
 * (stop 63, id63) A number of three groups of 2, 3 and 3 digits apart by single blanks (the caller's parse: groups,
 * their lengths, its separators): the grouping of a VA claim file's number ("28 447 193", "VA file 32 118 447"), which
 * no national telephone plan writes (NANP 3-3-4, a local 3-4, Spain 3-3-3). A leading zero is a trunk prefix, a phone.
 */
export function claimShape63(s: u32, groups: u32, g0: u32, g1: u32, g2: u32, seps: u32): bool {
  return groups == 3 && (g0 == 2 && (g1 == 3 && (g2 == 3 && (seps == 1 && at(s) != 0x30))));
}

/**
 * (stop 63, id63) The groups [s, e) are a run of small numbers, no phone: four or more groups of two digits, each a
 * multiple of five, as an audiogram's thresholds in decibels ("PURE TONE (DB) R: 25 30 45 60 70; L: 20 25 40 55 65")
 * or a series of readings in steps of five. A national number of two-digit groups ("04 90 75 40 81") has digits of
 * every kind; "99 44 71 82" stays a number.
 */
export function fiveSteps63(s: u32, e: u32): bool {
  let n: u32 = 0;
  let p = s;
  while (p < e) {
    if (!isDigit(at(p)) || (!isDigit(at(p + 1)) || (at(p + 1) != 0x30 && at(p + 1) != 0x35))) return false;
    n++;
    p += 2;
    if (p >= e) break;
    if (at(p) != 0x20) return false;
    p++;
  }
  return n >= 4;
}

/** Byte classes for the list's shape test: a digit, a letter, or the byte itself. */
function shapeClass63(b: u32): u32 {
  return isDigit(b) ? 1 : isAlpha(b) ? 2 : b + 3;
}

/**
 * (stop 63, id63) After a cued identifier [s, e) (five digits or more), the list goes on: ", ", " and ", ", and " or
 * " & " and a value of the same shape (digits for digits, letters for letters, the same marks, the same length) and
 * the same first byte, nothing glued after it: "subjects 109-0012 and 109-0015", "Rx# 6044718, 6044722", "rx #
 * 6611820 and 6611821", "Subjects 6610-003, 6610-005 ... and 6610-008" (up to four more). Emits each as the first's
 * type was (ID findings of the cue, `type`, `reason`); returns the last one's end, or e. Not "MRN 4471920, 12 mg",
 * "ID 2099-0412 and 3/14/2099" (another shape).
 */
export function listNext63(s: u32, e: u32, type: u32, reason: u32): u32 {
  const n = e - s;
  let end = e;
  for (let k = 0; k < 4; k++) {
    let p = end;
    const comma = at(p) == 0x2c;
    if (comma) p++;
    if (at(p) != 0x20) break;
    p++;
    const a = at(p) | 0x20;
    if (a == 0x61 && ((at(p + 1) | 0x20) == 0x6e && ((at(p + 2) | 0x20) == 0x64 && at(p + 3) == 0x20))) p += 4;
    else if (a == 0x26 && at(p + 1) == 0x20) p += 2;
    else if (!comma) break;
    if (at(p) != at(s) || isWordish(before(p))) break;
    let j: u32 = 1;
    while (j < n && shapeClass63(at(p + j)) == shapeClass63(at(s + j))) j++;
    if (j < n || !cleanEnd(p + n)) break;
    emit(p, p + n, type, reason, 900);
    end = p + n;
  }
  return end;
}

/**
 * (stop 63, id63) A letter and four digits right after a last-four cue ("Last4: T0417", "last4 t4471", "Last 4
 * K1182"): the VA's short identifier, the surname's initial and the SSN's last four digits (ts: the letter, i: the
 * first digit). Emits ID; returns its end, or 0. "Last 4 weeks", "last 4 h2o" stay (no letter and four digits).
 */
export function lastInitial63(ts: u32, i: u32): u32 {
  const e = digitsEnd(i);
  if (i != ts + 1 || (e - i != 4 || !cleanEnd(e))) return 0;
  emit(ts, e, ENTITY_ID, REASON_ID_CUE, 900);
  return e;
}
