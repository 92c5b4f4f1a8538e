// Why this file exists: stop 52b (og52b) keeps its rule out of detect.ts (its call site stays in step()): a practice
// named by its own words before a service's two-word head "Occupational Medicine", "Occupational Health" or "Physical
// Therapy", with no facility word after it, that no older rule decided on the head's turn ("Examiner: ..., DO, Sierra
// Occupational Medicine.", "(Acadiana Occupational Medicine, COC ...)", "WorkWell Occupational Medicine, Green Bay",
// "CROSSROADS OCCUPATIONAL HEALTH - DOT", "PT at ProMotion Physical Therapy", "pro sports physical therapy."). Reads the
// token ring only, allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import {
  G_COMMA, MODE_CAPS, MODE_LOWER, MODE_MIXED, R_ORGANIZATION, SH_CAP, SH_LOWER, SH_NUM, SH_UPPER, count, exists, flush, genericModifier, lineStart, placeStr,
  rd, spanDone, tData, tDone, tGap, tEnd, tShape, tStart, tierOf, tight, wordIn
} from "./detect";
import { GENERIC52, STOP52 } from "./r52_fx52";

// the head's first word, and its second after each
const OCC52B = "\u000coccupational";
const OCC_LAST52B = "\u0008medicine\u0006health";
const PHYS52B = "\u0008physical";
const PHYS_LAST52B = "\u0007therapy";

// words no name of the form holds, beside r52_fx52.ts's STOP52 (articles, prepositions, pronouns, a note's verbs, a
// patient's and a family's words): a note's verbs of care and order and a course's words; the walk back stops at them ("referred to physical therapy", "START PHYSICAL THERAPY", "board
// certified in occupational medicine", "continue physical therapy")
const STOP52B = "\u0005start\u0007started\u0005begin\u0006resume\u0007resumed\u0009recommend\u0005order\u0007ordered\u0006attend\u0007attends\u0004will\u0004more\u0004some\u0003any\u0004plan\u0004post\u0005after\u0006before\u0006during\u0002rx\u0004home\u0003new\u0005other\u0004each\u0006formal\u0007further\u000aaggressive\u0007intense\u0009intensive\u0007routine\u0008standard\u0007ongoing\u0004have\u0003has\u0003had\u0003did\u0005doing\u0004does\u0004done\u0006failed\u0004fail\u0005trial\u0005using\u0004used\u0008schedule\u0009scheduled\u0005daily\u0006weekly\u0005twice\u0008declines\u0007refuses\u0007desires\u0005wants";
// words that say what kind of care, not whose, beside r52_fx52.ts's GENERIC52 and detect.ts's genericModifier() (which
// hold "community", "county", "outpatient", "pediatric", "sports", "employee", "home", ...): a name's first word is none
// of them
const GENERIC52B = "\u0005board\u0005basic\u0006onsite\u0006mobile\u0005group\u0003dot\u0004osha\u0005acute\u0007general\u0007primary";
// in ALL CAPS and lower case, where no capital marks a name, the words right before one that say where
const FRAMES52B = "\u0002to\u0004from\u0002at\u0004with\u0002by\u0003via\u0002of\u0003and\u0003the\u0002in";

/** Token m is a word in the letter case sh (a capitalised head's name may hold an acronym of four letters at most, "ATI
 * Physical Therapy"), not decided yet. */
function word52b(m: u32, sh: u32): bool {
  if (!exists(m) || rd(tDone, m) != 0) return false;
  const ms = rd(tShape, m);
  return ms == sh || (sh == SH_CAP && (ms == SH_UPPER && rd(tEnd, m) - rd(tStart, m) <= 4));
}

/** Token q may open the name in mode `mode`: no generic word, no word ending "ed" or "ing", and where a name begins
 * (the line's or the text's start, after a mark, after a word of STOP52 or STOP52B or a lower-case word in mixed case, after one
 * of FRAMES52B in ALL CAPS and lower case). In ALL CAPS and lower case, a common English word at the line's start or
 * after a mark also needs a place's strength or no English list's word ("REDWOOD", "athletico"). */
function opens52b(q: u32, mode: u32): bool {
  if (wordIn(q, GENERIC52B) || (wordIn(q, GENERIC52) || genericModifier(q))) return false;
  const e = rd(tEnd, q);
  const b1 = byteAt(e - 1) | 0x20;
  const b2 = byteAt(e - 2) | 0x20;
  if ((b1 == 0x64 && b2 == 0x65) || (b1 == 0x67 && (b2 == 0x6e && (byteAt(e - 3) | 0x20) == 0x69))) return false;
  if (q == 0 || (!exists(q - 1) || !tight(q))) {
    if (mode == MODE_MIXED) return true;
    const d = rd(tData, q);
    return !lineStart(q) || (placeStr(d) > 0 || (tierOf(d) == 0 || tierOf(d) == 3));
  }
  if (mode == MODE_MIXED) return wordIn(q - 1, STOP52) || (wordIn(q - 1, STOP52B) || rd(tShape, q - 1) == SH_LOWER);
  return wordIn(q - 1, FRAMES52B);
}

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
 * not decided and not before `floor` (the pending span's end), none of STOP52 or STOP52B; the furthest that may open the name (opens52b()) is its first. Writes the organisation's span (the
 * fixtures label such practices organisations) and returns true, or returns false.
 */
export function occPhys52b(t: u32, sh: u32, mode: u32, floor: u32): bool {
  if (!(mode == MODE_MIXED ? sh == SH_CAP : mode == MODE_CAPS ? sh == SH_UPPER : mode == MODE_LOWER && sh == SH_LOWER)) return false;
  if (t < 2 || (!tight(t) || (rd(tShape, t - 1) != sh || rd(tDone, t - 1) != 0))) return false;
  const h = t - 1;
  if (!(wordIn(t, OCC_LAST52B) ? wordIn(h, OCC52B) : wordIn(t, PHYS_LAST52B) && wordIn(h, PHYS52B))) return false;
  // (the name ends at the head: a word of its case right after it is a heading's, a job's or a longer name's)
  if (t + 1 < count && exists(t + 1)) {
    if (tight(t + 1) && rd(tShape, t + 1) == sh) {
      if (sh != SH_LOWER || !wordIn(t + 1, "\u0003and\u0003for\u0005since\u0005until\u0001x\u0002is\u0003was")) return false;
    }
    // (a letterhead's name and its street address after the comma is the facility rule's, "IRON RANGE OCCUPATIONAL
    // HEALTH, 1130 E HOWARD ST")
    if ((rd(tGap, t + 1) & G_COMMA) != 0 && rd(tShape, t + 1) == SH_NUM) return false;
  }
  let f: u32 = 0;
  let m = h;
  for (let n = 0; n < 3; n++) {
    if (m == 0 || (!tight(m) || !word52b(m - 1, sh))) break;
    const q = m - 1;
    if (rd(tStart, q) < floor || (wordIn(q, STOP52) || (wordIn(q, STOP52B) || rd(tEnd, q) - rd(tStart, q) < 2))) break;
    if (opens52b(q, mode)) f = q + 1;
    m = q;
  }
  if (f == 0) return false;
  spanDone(rd(tStart, f - 1), rd(tEnd, t), ENTITY_LOCATION, 700, R_ORGANIZATION, f - 1, t);
  // (the practice's branch town after its comma is a place of its own, "ProMotion Physical Therapy, Eden Prairie
  // clinic", "ATI Physical Therapy, Evansville": the span is written now, so that the town does not join it)
  flush();
  return true;
}
