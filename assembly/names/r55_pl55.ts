// Why this file exists: stop 55's places round (pl55): the town of a chain's branch, written one blank after the
// firm's store number with no separator, "Walgreens #4471 Columbia\n", "Rite Aid #5518 Harrisburg (tech", and a
// branch's town in brackets before its "office", "(RAPID CITY OFFICE)", was left in all three cases: the older rules
// want a separator (a comma, a spaced dash) or a state's code after the town. Kept out of
// detect.ts (its call site stays in step()). Reads tokens and bytes of the input only, allocates nothing.
import { ENTITY_ID, ENTITY_LOCATION } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import {
  R_CITY, SH_NUM, R_FACILITY, R_ORGANIZATION, TOWN_SUFFIXES, count, flush, modeAt, nameStr, pEnd, pReason, pStart, pType,
  placeStr, rd, spanDone, tData, tEnd, tMw2, tMw3, tShape, tStart, textShape, tierOf, townWord39, wordIn,
} from "./detect";
import { codeEnds53 } from "./r53_fy53";
import { oneBlank54 } from "./r54_fy54";

// the words that name a firm's branch or a service's site after its town: office, branch, campus, terminal, yard,
// depot, satellite, location, site, store, icu
const BRANCH_WORDS55 = "\u0006office\u0006branch\u0006campus\u0008terminal\u0004yard\u0005depot\u0009satellite\u0008location\u0004site\u0005store\u0003icu";

/**
 * (stop 55, pl55) The bytes after e close a field: codeEnds53()'s (the text's or the line's end, a tab, ',', ';', ')', a
 * period before a blank or the end, a column's gap, a spaced dash, a spaced middle dot), or " (".
 */
function fieldCloses55(e: u32): bool {
  // (codeEnds53()'s field ends with its middle dot, and one blank before '(': "Walgreens #4471 Columbia (drive-thru)")
  return codeEnds53(e, true) || e + 1 < inLen && (byteAt(e) == 0x20 && byteAt(e + 1) == 0x28);
}

/** (stop 55, pl55) Token m + 1 is a branch's word (BRANCH_WORDS55) one blank after token m, in its shape. */
function branchNext55(m: u32, sh: u32): bool {
  const n = m + 1;
  return n < count && (rd(tShape, n) == sh && (oneBlank54(rd(tEnd, m), rd(tStart, n)) && wordIn(n, BRANCH_WORDS55)));
}

/**
 * (stop 55, pl55) Tokens k..m are a town's name: one word a place's of strength two or more (a town's that is no common
 * English word); two words a listed place's pair, or a
 * town's feature word (TOWN_SUFFIXES) after a place's, a name's or an unlisted word ("Harpers Landing"); three words a
 * listed place's.
 */
function townNamed55(k: u32, m: u32): bool {
  if (m == k) {
    const d = rd(tData, k);
    return placeStr(d) >= 2;
  }
  if (m == k + 1) {
    if (placeStr(rd(tMw2, m)) > 0) return true;
    const d = rd(tData, k);
    return wordIn(m, TOWN_SUFFIXES) && (placeStr(d) > 0 || (nameStr(k) > 0 || tierOf(d) == 0));
  }
  return placeStr(rd(tMw3, m)) > 0;
}

/**
 * (stop 55, pl55) Token k, undecided, opens a branch's town right after its firm's store number: the older rule typed
 * the number an ID after the firm's name and " #" ("Walgreens #4471 Columbia", "walgreens #11842 columbia   "), or a
 * scanner typed it while the firm's name is pending ("Rite Aid #5518 Harrisburg"); or k follows '(' and the town is
 * followed by a branch's word ("(RAPID CITY OFFICE)"). One to three words, one blank apart, in the text's case, three
 * letters or more, passing townWord39() (no title, cue, credential, month, unit, facility word, function word,
 * determiner, word of where, service, specialty, occupation or medical shape) and named (townNamed55()); then the field
 * closes (fieldCloses55()) or a branch's word follows ("Gulf Breeze office"; after '(' only a branch's word). The
 * longest such town is taken. Not "Walgreens #4471 today." (no town), "Walgreens #4471 Mobile" (a common English word is
 * no town here), "(home office)", "(main office)". A firm's or a facility's name alone one blank before the town is
 * left to the older rules: they often read the town as the name's branch ("Sanford Medical Center Fargo"), and an early
 * try that split those names moved recall down on seven files (/tmp/pl55/ev2). Writes the town, a finding of its own.
 */
export function branchTown55(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode)) return false;
  const s0 = rd(tStart, k);
  const bracket = byteAt(s0 - 1) == 0x28;
  if (!bracket) {
    if (byteAt(pEnd) != 0x20) return false;
    if (pEnd + 1 != s0) {
      // the store number a scanner typed after the firm's name and " #": "Rite Aid #5518 Harrisburg"
      if (k < 1 || (rd(tShape, k - 1) != SH_NUM || (pEnd + 3 != rd(tStart, k - 1) || (byteAt(pEnd) != 0x20 ||
        (byteAt(pEnd + 1) != 0x23 || !oneBlank54(rd(tEnd, k - 1), s0)))))) return false;
      if (pType != ENTITY_LOCATION || (pReason != R_FACILITY && pReason != R_ORGANIZATION)) return false;
    } else {
      // the store number after the firm's name and " #" (a firm's or a facility's name alone, one blank before the
      // town, is left to the older rules, which often read the town as the name's branch: "Sanford Medical Center Fargo")
      if (pType != ENTITY_ID || (pStart < 3 || (byteAt(pStart - 1) != 0x23 || (byteAt(pStart - 2) != 0x20 || !isAlpha(byteAt(pStart - 3)))))) return false;
    }
  }
  let best: u32 = 0xffffffff;
  let m = k;
  for (;;) {
    if (m >= count || (rd(tEnd, m) - rd(tStart, m) < 3 || !townWord39(m, sh, m == k))) break;
    if (m > k && !oneBlank54(rd(tEnd, m - 1), rd(tStart, m))) break;
    if (townNamed55(k, m)) {
      const branch = branchNext55(m, sh);
      if (branch || !bracket && fieldCloses55(rd(tEnd, m))) best = m;
    }
    if (m == k + 2) break;
    m++;
  }
  if (best == 0xffffffff) return false;
  if (pType != 0) flush();
  spanDone(s0, rd(tEnd, best), ENTITY_LOCATION, 700, R_CITY, k, best);
  return true;
}
