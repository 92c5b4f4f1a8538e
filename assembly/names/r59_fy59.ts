// Why this file exists: stop 59, fy59 (clinical round 59 from fixture 60, obstetrics and perinatal care): two shapes of a
// newborn's name that nurseries, delivery notes and hand-offs print and the older newborn rules left: (1) a surname
// before its comma and "Twin A"/"Twin B", as hand-offs and census rows list twins ("3) Oyelaran, Twin A and Twin B —
// MRNs", "OYELARAN, TWIN B"), beside stop 42's "GARZA-VILLARREAL, BABY BOY" (surnameBeforeBaby42()), called from the
// same comma branch of main42(); (2) after "BABY BOY"/"baby girl" in ALL CAPS or lower case, a listed surname that is
// also a core English word when the birth weight follows ("BABY BOY KING 8 LB 11 OZ", "baby girl young 3,340 g"),
// which babySurname38() and newbornSurname() took only at a field's end. No new per-token call site: (1) sits behind
// main42()'s comma gate, (2) inside the two rules' branches after their own tests. Reads the token ring and the input
// bytes only, allocates nothing.
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit } from "../scanners/util";
import {
  R_CUE, SH_LOWER, count, gluedHalf42, nameWord41, ownShape42, rd, span, tDone, tEnd, tShape, tStart, tight, wordIn, wr,
} from "./detect";

/**
 * (stop 59, fy59) Token k, in the text's own shape for a person's word and undecided, is a listed name or a word no
 * list has (nameWord41()), and a comma, "Twin" (capitalised, capitals or the text's lower case) and one letter A to C
 * follow, one blank each: a twin's surname as nurseries list it ("Oyelaran, Twin A", "MWAMBA, TWIN B", "oyelaran, twin
 * a"). The caller tested the comma and the next word's length. "Vertex, Twin A", "presentation, twin b" keep their words
 * (English words, no names). Writes the surname (and the half a hyphen glues before it) alone.
 */
export function twinSurname59(k: u32, sh: u32, mode: u32): bool {
  const t = k + 1;
  const l = k + 2;
  if (l >= count || (!wordIn(t, "\u0004twin") || (!tight(l) || rd(tEnd, l) - rd(tStart, l) != 1))) return false;
  const c = byteAt(rd(tStart, l)) | 0x20;
  if (c < 0x61 || c > 0x63) return false;
  // (the letter closes its word: "Twin A and", "TWIN B —", "twin a)"; not "Twin A1c")
  const e = rd(tEnd, l);
  if (e < inLen && (isAlpha(byteAt(e)) || isDigit(byteAt(e)))) return false;
  if (!ownShape42(sh, mode) || (rd(tDone, k) != 0 || (!nameWord41(k) || rd(tShape, t) == SH_LOWER && sh != SH_LOWER))) return false;
  let a = gluedHalf42(k);
  if (rd(tDone, a) == ENTITY_LOCATION) a = k;
  span(rd(tStart, a), rd(tEnd, k), ENTITY_NAME, 750, R_CUE);
  for (let m = a; m <= k; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

/**
 * (stop 59, fy59) A birth weight follows the word ending at byte e: an optional comma, one blank, a number (digits,
 * commas, a period) and a weight's unit, one blank or none between ("KING 8 LB 11 OZ", "young, 3,340 g", "KING 3340G",
 * "king 7 lbs"): lb, lbs, oz, g, gm, gms, gr, gram, grams, kg. "BOY BORN 8 LB" is the caller's to refuse (a verb).
 */
export function weightAfter59(e: u32): bool {
  let i = e;
  if (i < inLen && byteAt(i) == 0x2c) i++;
  if (i >= inLen || byteAt(i) != 0x20) return false;
  i++;
  const d0 = i;
  while (i < inLen && (isDigit(byteAt(i)) || (byteAt(i) == 0x2c || byteAt(i) == 0x2e) && i > d0)) i++;
  if (i == d0 || !isDigit(byteAt(i - 1))) return false;
  if (i < inLen && byteAt(i) == 0x20) i++;
  const u0 = i;
  while (i < inLen && isAlpha(byteAt(i))) i++;
  const n = i - u0;
  if (n == 0 || n > 5) return false;
  const a = byteAt(u0) | 0x20;
  const b = n > 1 ? byteAt(u0 + 1) | 0x20 : 0;
  const c = n > 2 ? byteAt(u0 + 2) | 0x20 : 0;
  // lb, lbs
  if (a == 0x6c) return b == 0x62 && (n == 2 || n == 3 && c == 0x73);
  // oz
  if (a == 0x6f) return n == 2 && b == 0x7a;
  // kg
  if (a == 0x6b) return n == 2 && b == 0x67;
  if (a != 0x67) return false;
  // g, gm, gms, gr, gram, grams
  if (n == 1) return true;
  if (b == 0x6d) return n == 2 || n == 3 && c == 0x73;
  if (b != 0x72) return false;
  if (n == 2) return true;
  return c == 0x61 && (n >= 4 && ((byteAt(u0 + 3) | 0x20) == 0x6d && (n == 4 || (byteAt(u0 + 4) | 0x20) == 0x73)));
}
