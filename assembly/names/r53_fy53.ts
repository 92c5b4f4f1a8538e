// Why this file exists: stop 53's clinical round 51 (fy53), written from fixture 48's misses: a town the name lists also
// hold ("RICHMOND", "CHARLESTON", "BILLINGS", "Montgomery"), written right after a facility's comma or spaced dash and
// before its state's two-letter code, is the facility's town, not a person ("VCU MEDICAL CENTER, RICHMOND VA", "ST.
// VINCENT REGIONAL HOSPITAL - BILLINGS MT", "Jackson Hospital, Montgomery AL — 3 North"); kept out of detect.ts (its
// call site stays in decide()). Reads tokens and bytes of the input only, allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt, inLen } from "../input";
import { F_CRED, F_STATE } from "./flags";
import {
  MODE_LOWER, R_FACILITY, R_ORGANIZATION, SH_LOWER, SH_UPPER, count, facilitySep39, pEnd, pReason, pType, placeStr, rd, tData,
  tEnd, tShape, tStart, wordIn,
} from "./detect";

// states' codes that are English words in any case ("JACKSON IN ED", "... OR"): in or me ok hi oh
const WORD_CODES53 = "\u0002in\u0002or\u0002me\u0002ok\u0002hi\u0002oh";
// and in lower case the codes that are words or clinical abbreviations there too (loc45's WORD_STATES45 and loc44's
// WORD_STATES44): de id co ms ct dc sc ga pr nm
const LOWER_CODES53 = "\u0002de\u0002id\u0002co\u0002ms\u0002ct\u0002dc\u0002sc\u0002ga\u0002pr\u0002nm";

/**
 * (stop 53, fy53) Token k (starting at s0), a listed place that the name dictionaries also hold, is a town between a
 * facility just found and its state's code:
 * - the pending span is a facility or an organisation (location:facility or location:organization) and ", " or a
 *   spaced dash ("-", "–", "—") separates it from k (facilitySep39());
 * - token k + 1, one blank or ", " after k, is a state's two-letter code in the text's capitals (lower case in lower-case
 *   text), no credential ("MD", "PA"), and no code that is an English word ("IN", "OR", "ME", "OK", "HI", "OH"; in lower
 *   case also "de", "id", "co", "ms", "ct", "dc", "sc", "ga", "pr", "nm");
 * - the code closes its field: the text's or the line's end, a tab or a column's gap, a spaced dash, or '.', ',', ';',
 *   ')' right after it.
 * "VCU MEDICAL CENTER, RICHMOND VA\n", "DAVID LEE CANCER CENTER, CHARLESTON WV\n", "ST. VINCENT REGIONAL HOSPITAL -
 * BILLINGS MT\n", "Jackson Hospital, Montgomery AL — 3 North". Not "Mercy Clinic, Jackson MD" (a credential), "Mercy
 * Hospital, Jordan said" (no code), "Mercy Hospital, Shelby IN ED" (a word), "Memorial Hospital, Dean NE 3 days" (the
 * field goes on).
 */
export function facilityTownState53(k: u32, s0: u32, mode: u32): bool {
  const n = k + 1;
  if (k == 0 || (n >= count || (pType != ENTITY_LOCATION || (pReason != R_FACILITY && pReason != R_ORGANIZATION)))) return false;
  if (placeStr(rd(tData, k)) == 0 || !facilitySep39(s0)) return false;
  return codeCloses53(k, mode, false);
}

/**
 * Token k + 1, one blank or ", " after token k (a town's last word), is a state's two-letter code in the text's capitals
 * (lower case in lower-case text), no credential ("MD", "PA"), and no code that is an English word ("IN", "OR", "ME",
 * "OK", "HI", "OH"; in lower case also "de", "id", "co", "ms", "ct", "dc", "sc", "ga", "pr", "nm"); and the code closes
 * its field: the text's or the line's end, a tab or a column's gap, a spaced dash, or '.', ',', ';', ')' right after it.
 * With more (stop 54, pl54's stateTown54() in r54_pl54.ts) a spaced middle dot ("INDIO WELLS, CA · 2099.03.14") closes
 * it too (a ZIP after the code is the older rules': "green bay wi 54301.5" is no address). Shared by facilityTownState53() and stateTown54().
 */
export function codeCloses53(k: u32, mode: u32, more: bool): bool {
  const n = k + 1;
  if (n >= count) return false;
  // the code: two letters, a state's, no credential, in the text's capitals (lower case in lower-case text)
  const ns = rd(tStart, n);
  const e = rd(tEnd, n);
  const dn = rd(tData, n);
  const lower = mode == MODE_LOWER;
  if (e - ns != 2 || ((dn & F_STATE) == 0 || ((dn & F_CRED) != 0 || rd(tShape, n) != (lower ? SH_LOWER : SH_UPPER)))) return false;
  if (wordIn(n, WORD_CODES53) || (lower && wordIn(n, LOWER_CODES53))) return false;
  // one blank or ", " between the town and the code
  const e0 = rd(tEnd, k);
  if (!(ns == e0 + 1 && byteAt(e0) == 0x20 || ns == e0 + 2 && (byteAt(e0) == 0x2c && byteAt(e0 + 1) == 0x20))) return false;
  return codeEnds53(e, more);
}

/**
 * The state's code ending at byte e closes its field (codeCloses53()'s last test, shared with stop 55's
 * facilityTownCred55() in r55_fx55.ts): the text's or the line's end, a tab or a column's gap, a spaced dash, or '.',
 * ',', ';', ')' right after it; with more also a spaced middle dot.
 */
export function codeEnds53(e: u32, more: bool): bool {
  if (e >= inLen) return true;
  const a = byteAt(e);
  if (a == 0x0a || (a == 0x0d || (a == 0x09 || (a == 0x2c || (a == 0x3b || a == 0x29))))) return true;
  if (a == 0x2e) return e + 1 >= inLen || (byteAt(e + 1) == 0x20 || (byteAt(e + 1) == 0x0a || byteAt(e + 1) == 0x0d));
  if (a != 0x20 || e + 1 >= inLen) return false;
  const b = byteAt(e + 1);
  if (b == 0x20 || (b == 0x09 || (b == 0x0a || b == 0x0d))) return true;
  // (with more: a spaced middle dot, "· ")
  if (more && b == 0xc2) return e + 3 < inLen && (byteAt(e + 2) == 0xb7 && byteAt(e + 3) == 0x20);
  // a spaced dash: " - ", " – ", " — "
  if (b == 0x2d) return e + 2 < inLen && byteAt(e + 2) == 0x20;
  return b == 0xe2 && (e + 4 < inLen && (byteAt(e + 2) == 0x80 && ((byteAt(e + 3) == 0x93 || byteAt(e + 3) == 0x94) && byteAt(e + 4) == 0x20)));
}
