// Why this file exists: stop 51 (dt51): two forms of an age over 89 that fixtures 1-42 missed, kept out of age.ts's long
// body: a list's row "LAST, GIVEN" with a nickname in quotes or a bracket (a room, an identifier) between the name and
// ", 91:" ("LANDRY, EUGENIA \"GENIE\" (RM 9), 100: R HEEL DTI", "DIMAGGIO, SALVATORE \"SAL\", 99, ROOM 3-WEST"), and the
// age alone in brackets with an exclamation after a listed name ("ms. agathe romero (100!), 2207 johnston st").
// scanAge (age.ts) asks rowNameAge51 and bangBracket51 over 89 only.

import { isAlpha } from "../input";
import { ANALYTES42, reading49 } from "./age";
import { listedBefore50 } from "./age50";
import { at, before, isWordish, wordIndex } from "./util";

/** The start of the name's word ending at e: letters, a hyphen or an apostrophe between letters ("pierre-louis", "o'neil"). */
function nameWordStart51(e: u32): u32 {
  let s = e;
  while (s > 0 && (isAlpha(before(s)) || (before(s) == 0x2d || before(s) == 0x27) && (s > 1 && isAlpha(before(s - 1))))) s--;
  return s;
}

/** The word [s, e) may be a name's: two letters or more, no reading (a vital sign, a temperature) and no analyte. */
function nameWordOk51(s: u32, e: u32): bool {
  return e - s >= 2 && (!reading49(s, e) && wordIndex(ANALYTES42, s, e) < 0);
}

/**
 * (stop 51) ", " right before the age [ts, a) and ',', ':' or ';' right after it; before the comma a nickname in double
 * quotes or a bracket (or both, the nickname first), one blank before each, and before them a list's "LAST, GIVEN": a
 * surname, a comma and one blank, one to four given names (particles among them, "MARIA DE LOS ANGELES"), one of the
 * words a listed given name or surname (moderate or strong, no English word), none a reading or an analyte:
 * "1. BOUDREAUX, OTIS JOSEPH (RM 22, BT-10447), 91: SACRUM", "2. landry, eugenia \"genie\" (rm 9), 100: r heel",
 * "VICTIM: ORTEGA, MARIA DE LOS ANGELES \"NENA\", 96, 1804 N MESQUITE ST". A lab list has no listed name ("Sodium,
 * Potassium (mmol/L), 95:"), a dose has its unit after the number ("Smith, John (RM 9), 100 mg").
 */
export function rowNameAge51(ts: u32, a: u32): bool {
  const c = at(a);
  if (c != 0x2c && (c != 0x3a && c != 0x3b)) return false;
  if (ts < 12 || (before(ts) != 0x20 || before(ts - 1) != 0x2c)) return false;
  let k = ts - 2;
  let framed: u32 = 0;
  for (let n = 0; n < 2; n++) {
    const b = before(k);
    if (b == 0x29 && (n == 0 || framed == 0)) {
      // a bracket: back to its '(' (34 bytes at most, no line break, no other bracket)
      let o = k - 1;
      const lim = k > 36 ? k - 36 : 0;
      while (o > lim && (before(o) != 0x28 && (before(o) != 0x29 && before(o) != 0x0a))) o--;
      if (before(o) != 0x28 || (o < 3 || before(o - 1) != 0x20)) return false;
      k = o - 2;
      framed++;
    } else if (b == 0x22) {
      // a nickname in quotes: letters and blanks (20 bytes at most)
      let q = k - 1;
      const lim = k > 22 ? k - 22 : 0;
      while (q > lim && (isAlpha(before(q)) || before(q) == 0x20)) q--;
      if (q == k - 1 || (before(q) != 0x22 || (q < 3 || before(q - 1) != 0x20))) return false;
      k = q - 2;
      framed++;
    } else break;
  }
  if (framed == 0) return false;
  // the given names back to the comma, then the surname
  let listed = false;
  for (let n = 0; n < 4; n++) {
    const s = nameWordStart51(k);
    if (!nameWordOk51(s, k)) return false;
    if (!listed && listedBefore50(k)) listed = true;
    if (s < 4 || before(s) != 0x20) return false;
    if (before(s - 1) == 0x2c) {
      const e2 = s - 2;
      const s2 = nameWordStart51(e2);
      if (!nameWordOk51(s2, e2) || isWordish(before(s2))) return false;
      return listed || listedBefore50(e2);
    }
    if (!isAlpha(before(s - 1))) return false;
    k = s - 1;
  }
  return false;
}

/**
 * (stop 51) The age alone in brackets with one to three exclamation marks before ')', "(100!)", after a listed given
 * name or surname and one blank (no reading, no analyte): "sat 1000-1400 ms. agathe romero (100!), 2207 johnston st".
 * "Glucose (100!)" and "Temp (103!!)" name no person.
 */
export function bangBracket51(ts: u32, a: u32): bool {
  if (ts < 4 || (before(ts) != 0x28 || (before(ts - 1) != 0x20 || at(a) != 0x21))) return false;
  let p = a;
  while (p < a + 3 && at(p) == 0x21) p++;
  if (at(p) != 0x29) return false;
  const k = ts - 2;
  const s = nameWordStart51(k);
  return nameWordOk51(s, k) && listedBefore50(k);
}
