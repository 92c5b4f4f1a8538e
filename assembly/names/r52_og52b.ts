// Why this file exists: stop 52b (og52b) keeps its rule out of detect.ts (its call site stays in step()): a practice
// named by its own words before a service's two-word head "Occupational Medicine", "Occupational Health" or "Physical
// Therapy", with no facility word after it, that no older rule decided on the head's turn ("Examiner: ..., DO, Sierra
// Occupational Medicine.", "(Acadiana Occupational Medicine, COC ...)", "WorkWell Occupational Medicine, Green Bay",
// "CROSSROADS OCCUPATIONAL HEALTH - DOT", "PT at ProMotion Physical Therapy", "pro sports physical therapy."). Reads the
// token ring only, allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import {
  G_COMMA, R_ORGANIZATION, SH_LOWER, SH_NUM, count, exists, flush, rd, spanDone, tDone, tGap, tEnd, tShape, tStart, textShape, tight,
  wordIn
} from "./detect";
import { nameBefore52 } from "./r52_fx52";
import { AFTER58Y, occClinic58y } from "./r58_fy";

// the head's first word, and its second after each
const OCC52B = "\u000coccupational";
const OCC_LAST52B = "\u0008medicine\u0006health";
const PHYS52B = "\u0008physical";
const PHYS_LAST52B = "\u0007therapy";

/** step()'s cheap test, before occPhys52b(): token k is "medicine", "health" or "therapy" by its length and first
 * letter. */
export function occMay52b(b0: u32, len: u32): bool {
  const c = b0 | 0x20;
  return (c == 0x6d && len == 8) || ((c == 0x68 && len == 6) || (c == 0x74 && len == 7));
}

/**
 * (og52b) Token t closes the head "Occupational Medicine", "Occupational Health" or "Physical Therapy" in the text's
 * letter case (capitalised in mixed case, capitals in ALL CAPS, lower case in lower-case text), no older rule decided it
 * on its own turn (step() calls this after decide()), and the name ends there: no word of the head's case one blank
 * after it ("Occupational Health Visit", "Physical Therapy Initial Evaluation"; in lower case a sentence's function word
 * may follow, "and", "for", "since", "until", "x"). Before the head, one to three words of that case, one blank apart,
 * not decided and not before `floor` (the pending span's end), none of STOP52 or STOP52B; the furthest that may open the name (r52_fx52.ts's opens52b()) is its first
 * (nameBefore52()). Writes the organisation's span (the
 * fixtures label such practices organisations) and returns true, or returns false.
 */
export function occPhys52b(t: u32, sh: u32, mode: u32, floor: u32): bool {
  if (sh != textShape(mode)) return false;
  if (t < 2 || (!tight(t) || (rd(tShape, t - 1) != sh || rd(tDone, t - 1) != 0))) return false;
  const h = t - 1;
  if (!(wordIn(t, OCC_LAST52B) ? wordIn(h, OCC52B) : wordIn(t, PHYS_LAST52B) && wordIn(h, PHYS52B))) return false;
  // (the name ends at the head: a word of its case right after it is a heading's, a job's or a longer name's)
  if (t + 1 < count && exists(t + 1)) {
    if (tight(t + 1) && rd(tShape, t + 1) == sh) {
      // (stop 58, fy58: a clinic's word after the head closes a longer name, "Banner Occupational Health Clinic":
      // occClinic58y() in r58_fy.ts)
      if (sh != SH_LOWER || !wordIn(t + 1, AFTER58Y)) return occClinic58y(t, sh, mode, floor);
    }
    // (a letterhead's name and its street address after the comma is the facility rule's, "IRON RANGE OCCUPATIONAL
    // HEALTH, 1130 E HOWARD ST")
    if ((rd(tGap, t + 1) & G_COMMA) != 0 && rd(tShape, t + 1) == SH_NUM) return false;
  }
  const f = nameBefore52(h, sh, mode, floor, true);
  if (f == 0) return false;
  spanDone(rd(tStart, f - 1), rd(tEnd, t), ENTITY_LOCATION, 700, R_ORGANIZATION, f - 1, t);
  // (the practice's branch town after its comma is a place of its own, "ProMotion Physical Therapy, Eden Prairie
  // clinic", "ATI Physical Therapy, Evansville": the span is written now, so that the town does not join it)
  flush();
  return true;
}
