// Why this file exists: stop 54's places round (pl54): a town of one to three words, English words among them, written
// between a facility's (an organisation's, a street's) separator and its state's two-letter code, "AZALEA GARDENS MEMORY
// CARE, MOBILE AL — MAR 14", "EASTERN STATE HOSPITAL, MEDICAL LAKE WA - WARD 3", "CENTRACARE ST. CLOUD HOSPITAL   ST.
// CLOUD MN", "COACHELLA PALMS CAMPUS · INDIO WELLS, CA ·", was left whole or in part in ALL CAPS and lower case (and in
// mixed case where the town is an English word): the older rules want a listed or unknown word, a comma before the
// code, or a ZIP. Kept out of detect.ts (its call site stays in step()). Reads tokens and bytes of the input only,
// allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import {
  R_ADDRESS, R_CITY, R_FACILITY, R_ORGANIZATION, TOWN_OPENERS44, TOWN_SUFFIXES, facilitySep39, flush, nameStr, placeStr, tData, tierOf, pEnd, pReason, pType, rd, spanDone, tDone,
  tEnd, tShape, tStart, textShape, tight, townWord39, wordIn, wr,
} from "./detect";
import { codeCloses53 } from "./r53_fy53";

/**
 * (stop 54, pl54) What stands between the pending place (ending at pEnd) and token k's start s0: facilitySep39()'s ", "
 * (a facility's, an organisation's or a street's) or spaced dash (a facility's or an organisation's); for a facility or
 * an organisation also a spaced middle dot, " · ", or a column's gap of two to eight blanks; for a facility one blank.
 */
function sepBefore54(s0: u32): bool {
  if (facilitySep39(s0)) return true;
  if (s0 <= pEnd || (s0 - pEnd > 8 || (pReason != R_FACILITY && pReason != R_ORGANIZATION))) return false;
  const g = s0 - pEnd;
  // (one blank after a facility's name, "SUMNER COUNTY HOSPITAL WELLINGTON, KS.")
  if (g == 1) return byteAt(pEnd) == 0x20 && pReason == R_FACILITY;
  if (g == 4 && (byteAt(pEnd) == 0x20 && (byteAt(pEnd + 1) == 0xc2 && (byteAt(pEnd + 2) == 0xb7 && byteAt(pEnd + 3) == 0x20)))) return true;
  if (g < 2) return false;
  for (let i = pEnd; i < s0; i++) if (byteAt(i) != 0x20) return false;
  return true;
}

/**
 * (stop 54, pl54) Token n, undecided, is a state's two-letter code that closes a town of one to three words no older
 * rule took, between the pending facility's, organisation's or street's separator (sepBefore54()) and the code
 * (codeCloses53() with a middle dot: one blank or ", " before the code, no credential or word code, the
 * field's end after it): "AZALEA GARDENS MEMORY CARE, MOBILE AL — MAR 14", "CORRIGAN-MERRILL MEDICAL CENTER - GREAT
 * FALLS MT   MARCH 23RD", "CENTRACARE ST. CLOUD HOSPITAL   ST. CLOUD MN     CASE". Read at the code, after the town's
 * own turns: a town an older rule took ("Mayo Clinic, Rochester, MN") keeps its reading. The words are in the text's
 * case, tight, one blank apart, three letters or more, and pass townWord39() (not done, no title, cue, credential,
 * month, unit, facility word, function word, determiner, word of where, service, specialty, occupation or medical
 * shape); a saint's, a mount's or a fort's word and its period may open the town ("ST. CLOUD"). Not "Mercy Clinic,
 * Jackson MD" (a credential), "Mercy Hospital, Shelby IN ED" (a word code), "Memorial Hospital, Dean NE 3 days" (the
 * field goes on), "Mercy Hospital - Anterior MI" (a town wants one word a place's, a name's or one no list has, the last a
 * town's feature word, or a saint's word). Writes the town alone, a finding of its own after the facility's (the code is no town's: marked done).
 */
export function stateTown54(n: u32, mode: u32): bool {
  if (pReason != R_FACILITY && (pReason != R_ORGANIZATION && pReason != R_ADDRESS)) return false;
  const m = n - 1;
  if (rd(tEnd, m) > pEnd + 40) return false;
  const sh = textShape(mode);
  // the town's first word: back over at most three words, one blank apart, to the one right after the separator, or to a
  // saint's, a mount's or a fort's word (and its period) there ("ST. CLOUD")
  let k = m;
  let words = 0;
  // (one word a place's, a name's or one no list has, the last a town's feature word, or a saint's word: not "MERCY
  // HOSPITAL - ANTERIOR MI", "... OLD MI")
  let named = wordIn(m, TOWN_SUFFIXES);
  for (;;) {
    if (rd(tEnd, k) - rd(tStart, k) < 3 || !townWord39(k, sh, false)) return false;
    const d = rd(tData, k);
    if (placeStr(d) > 0 || (nameStr(k) > 0 || tierOf(d) == 0)) named = true;
    words++;
    if (sepBefore54(rd(tStart, k))) break;
    if (k == 0) return false;
    const o = k - 1;
    const e = rd(tEnd, o);
    const ks = rd(tStart, k);
    if (wordIn(o, TOWN_OPENERS44) && (rd(tShape, o) == sh && (rd(tDone, o) == 0 && (sepBefore54(rd(tStart, o)) &&
      (ks == e + 1 && byteAt(e) == 0x20 || ks == e + 2 && (byteAt(e) == 0x2e && byteAt(e + 1) == 0x20)))))) {
      k = o;
      named = true;
      break;
    }
    if (words == 3 || (!tight(k) || ks != e + 1)) return false;
    k = o;
  }
  if (!townWord39(k, sh, true) && !wordIn(k, TOWN_OPENERS44)) return false;
  if (!named || !codeCloses53(m, mode, true)) return false;
  if (pType != 0 && pReason != R_ADDRESS) flush();
  spanDone(rd(tStart, k), rd(tEnd, m), ENTITY_LOCATION, 700, R_CITY, k, m);
  wr(tDone, n, 0xff);
  return true;
}
