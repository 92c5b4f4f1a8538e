// Why this file exists: stop 62, ni62's date and identifier rules for the structured scanners: a range of years closed
// by two digits or crossing into 2100 ("Served US Army 1969-71", "School year 2099-2100"), and the quantity a bare
// cue's number can be ("subjects 18-65 years", "donor 1500 cells": no subject's or donor's ID).

import { ENTITY_DATE, REASON_DATE_YEAR } from "../abi";
import { emit } from "../matches";
import { AGE_WORDS } from "./age";
import { unitAfter } from "./date";
import { at, cleanEnd, digitsEnd, isWordish, numValue, skipBlanks, wordBefore, wordIndex } from "./util";

/**
 * Highest second year of a range of two four-digit years whose first year is v1: 2199 when v1 is 2060-2099 (its last
 * two digits no clock minute, so "2099-2100" is no time range: a school or program year as date-shifted records write
 * it), else 2099, the older limit ("2130-2145" stays a clock range).
 */
export function rangeYearLimit62(v1: u32): u32 {
  return v1 >= 2060 && v1 <= 2099 ? 2199 : 2099;
}

/** Words before a range of years closed by two digits that make it one even when both could be clock minutes. */
const YEAR_WORDS62 = "\u0004year\u0002fy";

/**
 * A range of years closed by two digits: "1969-71", "1998-99", "1999-00" (ts: the first year's digits to a; s2, b: the
 * two digits). The first year 1900-2099; the second, read in its century, later by at most 20 (or in the next century,
 * by at most 2); one of the two numbers no clock minute (60 or more), so "1930-45" (a time range) stays, unless "year"
 * or "FY" comes before ("school year 2023-24", "FY 2019-20"); nothing glued after and no unit ("1975-80 mg"). The
 * caller refuses a code's dash or letters before ts ("bid BID-2099-14"). Emits the two parts as year findings (as
 * scanYearRange does); returns the end or 0.
 */
export function shortYearRange62(ts: u32, a: u32, s2: u32, b: u32, v1: u32): u32 {
  if (v1 < 1900 || (v1 > 2099 || (!cleanEnd(b) || unitAfter(b)))) return 0;
  const yy = numValue(s2, b);
  if (v1 % 100 < 60 && (yy < 60 && !wordBefore(ts, YEAR_WORDS62))) return 0;
  let v2 = v1 - v1 % 100 + yy;
  if (v2 <= v1) v2 += 100;
  // (a range into the next century only to its first years: "1999-00", "2099-01")
  if (v2 - v1 > (yy < v1 % 100 ? 2 : 20)) return 0;
  emit(ts, a, ENTITY_DATE, REASON_DATE_YEAR, 400);
  emit(s2, b, ENTITY_DATE, REASON_DATE_YEAR, 400);
  return b;
}

/** Counted things a number before is a count of, beyond date.ts's units: "donor 1500 cells", "kit 2000 copies". */
const COUNTS62 = "\u0005cells\u0004cell\u0006copies";

/**
 * True when the cued token [s, e) (digits only) is a quantity: a range of two short numbers (1-3 digits each, one '-'
 * between) or a number of at most five digits, that an age word or a unit of two or more letters (or '%') follows:
 * "subjects 18-65 years", "donor 1500 cells", "Subject 2000 mg": no subject's, donor's or kit's ID. A single letter
 * after the number is no unit here ("MRN 4471820 D": a roster's column).
 */
export function quantity62(s: u32, e: u32): bool {
  const a = digitsEnd(s);
  if (a == s) return false;
  if (a != e) {
    if (a - s > 3 || at(a) != 0x2d) return false;
    const b = digitsEnd(a + 1);
    if (b != e || (b - a - 1 > 3 || b == a + 1)) return false;
  } else if (e - s > 5) return false;
  if (at(e) == 0x25) return true;
  const w = skipBlanks(e, 2);
  if (at(w) == 0x25) return true;
  let x = w;
  while (x < w + 12 && isWordish(at(x))) x++;
  return x >= w + 2 && (unitAfter(e) || (wordIndex(AGE_WORDS, w, x) >= 0 || wordIndex(COUNTS62, w, x) >= 0));
}
