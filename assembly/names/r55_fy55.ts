// Why this file exists: stop 55's round on fixture 52's misses (fy55): in lower-case text, the town of an address
// written after the street with no comma (or after a direction's or a type's comma) and closed by its ZIP code, a
// state's code between allowed ("we moved to 2205 wingfield hills rd sparks 89436", "home 6211 w ustick rd meridian
// 83646.", "updated to 212 e 7th st superior wi 54880 per pt", "2240 leonard st nw, walker 49534"): towns that are
// English words ("sparks", "meridian", "superior", "walker") the gazetteer's lower-case tail rules refuse without the
// ZIP. Kept out of detect.ts (its call site stays in continueTail(), the address tail, after mwTownTail49()). Reads
// tokens and bytes of the input only, allocates nothing.
import { byteAt } from "../input";
import { F_DIRECTION, F_STATE, F_STREET, F_STREET_ABBR } from "./flags";
import {
  DOSE_UNITS, G_FAR, G_NEWLINE, G_OTHER, G_SENT, SH_LOWER, SH_NUM, TIME_UNITS_21, count, lowerTownWord, rd, stateZip32,
  tData, tEnd, tGap, tShape, tStart, tight, wordIn, zipAfter38,
} from "./detect";

/**
 * (stop 55, fy55) Token k, lower case, right after an address's street (the token before it a street type, its
 * abbreviation or a direction: "rd", "st", "nw"), one blank or a comma away on the same line, opens a town of one to
 * three lower-case words (lowerTownWord(): three letters or more, no function, title, cue, credential, month, unit or
 * clinical word; no dose's or time's unit either, "st units 10000"), each one blank apart, closed by a ZIP of five
 * digits that ends its phrase (zipAfter38(): "sparks 89436\n", "meridian 83646.") or by a state's code and a ZIP
 * ("superior wi 54880 per pt": the code and the ZIP are the address's own, whatever follows). Returns the ZIP's last
 * token (the town, its state's code and its ZIP join the address), or 0. A clinical word, a unit or a count is no town
 * ("st apt 12345", "rd given 10000 units").
 */
export function townZip55(k: u32): u32 {
  if (k == 0 || (rd(tGap, k) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) != 0) return 0;
  if ((rd(tData, k - 1) & (F_STREET | F_STREET_ABBR | F_DIRECTION)) == 0) return 0;
  for (let m = k; m < count && m <= k + 2; m++) {
    if (m > k && (!tight(m) || rd(tShape, m) != SH_LOWER)) return 0;
    // (a state's code, then its ZIP: "superior wi 54880")
    if (m > k && ((rd(tData, m) & F_STATE) != 0 && stateZip32(m))) return zipEnd55(m + 1);
    if (!lowerTownWord(m) || (wordIn(m, DOSE_UNITS) || wordIn(m, TIME_UNITS_21))) return 0;
    if (zipAfter38(m)) return zipEnd55(m + 1);
  }
  return 0;
}

/** The last token of the ZIP at token z: z, or its four digits after "-" ("54880-1204" read as two tokens). */
function zipEnd55(z: u32): u32 {
  const n = z + 1;
  if (n < count && (rd(tShape, n) == SH_NUM && (rd(tStart, n) == rd(tEnd, z) + 1 && (byteAt(rd(tEnd, z)) == 0x2d &&
    rd(tEnd, n) - rd(tStart, n) == 4)))) return n;
  return z;
}
