// Why this file exists: stop 58, fy58 (clinical round 58 from fixture 58, occupational medicine and workers'
// compensation): an occupational-health practice named by its words before "Occupational Health" or "Occupational
// Medicine" and a clinic's word after that head, "Dennis Whitby, MD · Banner Occupational Health Clinic · 1111 E
// McDowell Rd", "REFERRED TO OZARK OCCUPATIONAL HEALTH CLINIC FOR A DOT EXAM", "to ozark occupational health clinic",
// which og52b's rule (r52_og52b.ts) left to the facility rules (a word of the head's case after it) and they, with
// "Health" a facility head of its own inside the name, did not take. Called from one place, og52b's branch in
// occPhys52b() that finds a word after the head: no new per-token call site. Reads the token ring only, allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { R_FACILITY, SH_LOWER, count, exists, flush, rd, spanDone, tDone, tEnd, tShape, tStart, tight, wordIn } from "./detect";
import { nameBefore52 } from "./r52_fx52";

// a clinic's word that closes an occupational-health practice's name after its head
const CLINIC58Y = "\u0006clinic\u0007clinics\u0006center\u0006centre";
// in lower case, the sentence's words that may follow the name (og52b's call site reads it too)
export const AFTER58Y = "\u0003and\u0003for\u0005since\u0005until\u0001x\u0002is\u0003was";

/**
 * (stop 58, fy58) Token t closes the head "Occupational Health" or "Occupational Medicine" in the text's case sh (og52b
 * tested it and the head's first word), and token t + 1, one blank after it in the same case and undecided, is a
 * clinic's word (CLINIC58Y); the name ends there (no word of its case one blank after, but a lower-case sentence's
 * AFTER58Y). Before the head, og52b's walk (nameBefore52(): one to three words of the case, none generic, framed where a
 * name begins). Writes the facility from the name's first word to the clinic's word and returns true; "occupational
 * health clinic" alone, "the Occupational Health Clinic", "Employee Occupational Health Clinic" stay words.
 */
export function occClinic58y(t: u32, sh: u32, mode: u32, floor: u32): bool {
  const c = t + 1;
  if (c >= count || (!exists(c) || (!tight(c) || (rd(tShape, c) != sh || (rd(tDone, c) != 0 || !wordIn(c, CLINIC58Y)))))) return false;
  const n = c + 1;
  if (n < count && (exists(n) && (tight(n) && rd(tShape, n) == sh))) {
    if (sh != SH_LOWER || !wordIn(n, AFTER58Y)) return false;
  }
  const f = nameBefore52(t - 1, sh, mode, floor, true);
  if (f == 0) return false;
  spanDone(rd(tStart, f - 1), rd(tEnd, c), ENTITY_LOCATION, 700, R_FACILITY, f - 1, c);
  flush();
  return true;
}
