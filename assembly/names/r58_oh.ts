// Why this file exists: stop 58 (oh58) keeps its organisation rule out of detect.ts: in lower-case text a county's own
// body or agency after the county's name and head ("tulsa county public defender", "oneida county mental health",
// "rapides parish sheriff's office", "el paso county adult probation", "wood county adult drug court", "otero county
// processing center"), which the capitalised county rule joins to its county by the capitals (decide()'s "Calvert
// County" branch: agencyEnd27(), countyBodyEnd(), countyAgency51()) but lowerCounty45() left to "the older rules" that
// read no lower case, so the county's first word was guessed a town or a surname and the body's words stayed words.
// Read at the county's head (lowerCounty45() has found the county's word and its head), the body's words within the
// look-ahead; allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { F_DIRECTION, F_FACILITY, F_ORG } from "./flags";
import {
  COUNTY_BODY_2, COUNTY_BODY_END, NAME_DETERMINERS, NAME_FUNCTION_WORDS, R_ORGANIZATION, SH_LOWER, WHERE_FRAMES, count, countyBodyEnd, exists,
  flush, flushedEnd, pEnd, pStart, pType, rd, spanDone, tData, tEnd, tShape, tStart, tight, wordAfter27, wordIn
} from "./detect";
import { blankBefore51, countyAgency51 } from "./r51_og51";

// (oh58) words that qualify a county's body before its last word (COUNTY_BODY_END's: "court", "services", "center",
// "office") besides the older COUNTY_BODY_2's ("public", "juvenile", "detention"): "adult drug court", "community
// services", "behavioral health", "emergency services", "circuit court", "probate court"
const BODY_MIDS58H = "\u0005adult\u0004drug\u0009community\u000abehavioral\u0009emergency\u0007circuit\u0008superior\u0009municipal\u0007probate";
// (oh58) last words of a county's body besides COUNTY_BODY_END's: "probation", "health" (after a word of
// BODY_MIDS58H or COUNTY_BODY_2 only: "public health", "behavioral health")
const BODY_ENDS58H = "\u0009probation\u0006health";

/** (oh58) Token m, one blank after the token before it, is a lower-case word of a county's body. */
function bodyWord58h(m: u32): bool {
  return m < count && (blankBefore51(m) && rd(tShape, m) == SH_LOWER);
}

/**
 * (oh58) The last token of a county's body that the walk reads after the head h (lower case, one blank apart, within
 * h + 3): qualifiers of BODY_MIDS58H or COUNTY_BODY_2, then a last word of COUNTY_BODY_END or BODY_ENDS58H ("adult drug
 * court", "adult detention center", "public health"); "health" only after a qualifier. 0 when none.
 */
function bodyWalk58h(h: u32): u32 {
  let m = h + 1;
  let mids: u32 = 0;
  while (m <= h + 3 && bodyWord58h(m)) {
    if (wordIn(m, COUNTY_BODY_END) || (wordIn(m, BODY_ENDS58H) && (mids > 0 || !wordIn(m, "\u0006health")))) return m;
    if (!wordIn(m, BODY_MIDS58H) && !wordIn(m, COUNTY_BODY_2)) return 0;
    mids++;
    m++;
  }
  return 0;
}

/**
 * (oh58) Lower-case text: the county whose name opens at token k and whose head ("county", "parish") is token h (found
 * by lowerCounty45()) has its own body or agency right after the head: the capitalised rule's reads in lower case
 * (countyBodyEnd(): "sheriff's office", "public defender", "processing center"; countyAgency51(): "mental health",
 * "adult probation", "dss") or bodyWalk58h()'s ("adult drug court", "community services", "public health").
 * A facility's or an organisation's head right after the body leaves the wider name to the older rules ("hennepin county
 * public health clinic"). Writes the county with its body as an organisation and returns true; false when there is none.
 * "the county jail", "home county", "a county court" have no county word before the head (lowerCounty45() asks it).
 */
export function lowerCountyOrg58h(k: u32, h: u32): bool {
  // (the county's word opens the name: the line's start, a mark, or a word of where, a function word or a determiner
  // before it; another word tight before it may be the county's first, "crow wing county community services", which the
  // walk back from the body's head reads whole; a direction's word names a branch, "(east county office")
  if (k >= 1 && (exists(k - 1) && (tight(k) && !(wordIn(k - 1, WHERE_FRAMES) || (wordIn(k - 1, NAME_FUNCTION_WORDS) ||
    wordIn(k - 1, NAME_DETERMINERS)))))) return false;
  if ((rd(tData, k) & F_DIRECTION) != 0) return false;
  let e = countyBodyEnd(h, SH_LOWER);
  if (e == 0) e = countyAgency51(h, SH_LOWER);
  if (e == 0) e = bodyWalk58h(h);
  if (e == 0) return false;
  // (a second last word goes on: "adult probation department", "public health department")
  const n = e + 1;
  if (n <= h + 3 && (bodyWord58h(n) && wordIn(n, COUNTY_BODY_END))) e = n;
  // (a hospital is the facility rules': "ellsworth county medical center")
  for (let m = h + 1; m <= e; m++) if (wordIn(m, "\u0007medical\u0008hospital")) return false;
  // (the name must close after its body: a facility's or an organisation's head after it is a wider name's, "hennepin
  // county public health clinic"; past the look-ahead, the bytes: a mark, the line's end, or a function word or a word of
  // where, "rapides parish sheriff's office on an order"; "kern county public health laboratory" stays the older rules')
  const a = rd(tEnd, e);
  // (nor an '&' after it: the name goes on, "quillon township fire & rescue")
  if (a < inLen && (byteAt(a) == 0x2d || byteAt(a) == 0x27) || a + 1 < inLen && (byteAt(a) == 0x20 && byteAt(a + 1) == 0x26)) return false;
  if (e + 1 < count) {
    if (bodyWord58h(e + 1) && (rd(tData, e + 1) & (F_FACILITY | F_ORG)) != 0) return false;
  } else if (a + 1 < inLen && (byteAt(a) == 0x20 && isAlpha(byteAt(a + 1)))) {
    if (!(wordAfter27(a, SH_LOWER, NAME_FUNCTION_WORDS) || wordAfter27(a, SH_LOWER, WHERE_FRAMES))) return false;
  }
  const s = rd(tStart, k);
  if (s < flushedEnd || pType != 0 && (pEnd > s && pStart < s)) return false;
  // (a pending town before it with a comma between is written first, or span() would join them, "hillsboro, marion county
  // ems"; any other pending span goes out through span(), which first reads its tails, "sardis lake")
  if (pType != 0 && pEnd <= s) {
    for (let i = pEnd; i < s; i++) {
      if (byteAt(i) == 0x2c) {
        flush();
        break;
      }
    }
  }
  spanDone(s, a, ENTITY_LOCATION, 800, R_ORGANIZATION, k, e);
  // (written now: a town after its comma is no part of it, "otero county processing center, chaparral")
  flush();
  return true;
}
