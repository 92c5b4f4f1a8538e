// Why this file exists: stop 54's clinical round 53 (fy54), written from fixture 50's misses: a street named without a
// house number right after a pharmacy's or a lab's name (and its store number), the branch a note names by its street
// ("Pharmacy on file: Hy-Vee Pharmacy (1) John F Kennedy Rd", "sent to CVS Eastern Blvd", "picked up at Pic-Quick Drugs
// Amador Ave", "cvs 4471 high st", "dillons pharmacy 6th ave"); kept out of detect.ts (its call site stays in decide()'s
// street walk, after framedStreet30()). Reads tokens and bytes of the input only, allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import { F_CRED, F_CUE, F_MONTH, F_TITLE, F_UNIT } from "./flags";
import {
  FRAMED_TYPES30, MODE_LOWER, MODE_MIXED, R_ADDRESS, SH_CAP, SH_INITIAL, SH_LOWER, SH_NUM, STREET_CLOSERS, count, exists,
  ordinalAt, rd, spanDone, stCloses, startTail, tData, tEnd, tShape, tStart, wordIn,
} from "./detect";

// the words that end a pharmacy's or a lab's name (or are one): pharmacy, drugs, drug, drugstore, apothecary, cvs,
// walgreens, labcorp
const PHARMACY_WORDS54 = "\u0008pharmacy\u0005drugs\u0004drug\u0009drugstore\u000aapothecary\u0003cvs\u0009walgreens\u0007labcorp";

// the words that never open or name a street here: on off of at to in the and by from via for near
const FRAME_WORDS54 = "\u0002on\u0003off\u0002of\u0002at\u0002to\u0002in\u0003the\u0003and\u0002by\u0004from\u0003via\u0003for\u0004near";

/** The bytes between a and b (a < b) are one blank. */
export function oneBlank54(a: u32, b: u32): bool {
  return b == a + 1 && byteAt(a) == 0x20;
}

/**
 * (stop 54, fy54) Token k, a street type of FRAMED_TYPES30 ("St", "Ave", "Rd", "Blvd"...), closes a street named without
 * a house number right after a pharmacy's or a lab's name: one to three words in the text's case (capitalised in mixed
 * case, lower case in lower-case text; an ordinal, "6th", or a middle initial, "John F Kennedy", too), no title, cue,
 * credential, month or unit, and before them, one blank away, a word of PHARMACY_WORDS54 ("Pharmacy", "Drugs", "CVS",
 * "LabCorp"), or a store number one blank after such a word, bare, after '#' or in brackets ("cvs 4471 high st",
 * "Hy-Vee Pharmacy (1) John F Kennedy Rd", "Kroger Pharmacy #427 Main St"). "St" must close its phrase. Not in ALL CAPS
 * (no fixture holds the form there), not "CVS Pharmacy Rd" (no word before the type), not "Walgreens, Main St" (a comma:
 * framedStreet30()'s), not "walgreens on grand avenue" (a preposition, an article or a conjunction of FRAME_WORDS54 stops
 * the walk: decide()'s "on" frame reads it). Writes the street and returns true.
 */
export function pharmacyStreet54(k: u32, sh: u32, mode: u32): bool {
  if (!(mode == MODE_MIXED && sh == SH_CAP || mode == MODE_LOWER && sh == SH_LOWER) || (k < 2 || !wordIn(k, FRAMED_TYPES30))) return false;
  let first = k;
  let m = k - 1;
  while (k - m <= 3 && exists(m)) {
    if (!oneBlank54(rd(tEnd, m), rd(tStart, m + 1))) break;
    const ms = rd(tShape, m);
    // (a preposition, an article or a conjunction is no street's word: "walgreens on grand avenue" is the "on" frame's)
    if (wordIn(m, PHARMACY_WORDS54) || wordIn(m, FRAME_WORDS54)) break;
    const plain = ms == sh && (rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_UNIT)) == 0;
    if (!(plain || (ordinalAt(m) || (ms == SH_INITIAL && first < k)))) break;
    first = m;
    if (m == 0) break;
    m--;
  }
  // (the street opens with a word or an ordinal, not an initial)
  if (first == k || (first == 0 || rd(tShape, first) == SH_INITIAL)) return false;
  const p = first - 1;
  const ps = rd(tStart, p);
  const pe = rd(tEnd, p);
  const fs = rd(tStart, first);
  let shop = false;
  if (wordIn(p, PHARMACY_WORDS54)) {
    shop = oneBlank54(pe, fs);
  } else if (rd(tShape, p) == SH_NUM && (p > 0 && wordIn(p - 1, PHARMACY_WORDS54))) {
    // a store number: "4471 ", "#427 ", "(1) "
    const we = rd(tEnd, p - 1);
    const bare = oneBlank54(we, ps);
    const hash = ps == we + 2 && (byteAt(we) == 0x20 && byteAt(we + 1) == 0x23);
    const paren = ps == we + 2 && (byteAt(we) == 0x20 && byteAt(we + 1) == 0x28);
    shop = paren ? fs == pe + 2 && (byteAt(pe) == 0x29 && byteAt(pe + 1) == 0x20) : (bare || hash) && oneBlank54(pe, fs);
  }
  if (!shop || !stCloses(k)) return false;
  spanDone(fs, rd(tEnd, k), ENTITY_LOCATION, 850, R_ADDRESS, first, k);
  if (!(k + 1 < count && wordIn(k + 1, STREET_CLOSERS))) startTail(k);
  return true;
}
