// Why this file exists: stop 61 (fx64, fixture 64's clinical round: pediatric subspecialty care and school health) keeps
// its rules out of detect.ts (one call from laterRounds(), behind a possessive's apostrophe right after the token or a
// span pending right before it: no new per-token call site in step()): a children's hospital named as staff name it,
// "Children's" and its state or town after it ("ED at Children's Wisconsin", "MRI at Children's Hospital
// Colorado") or its own word before it where the older rule (childrensHospital20()) wants a place
// ("Nicklaus Children's day hospital", read as a surname alone); and a school district written as its town and "ISD"
// ("District: Houston ISD", "GAINES COUNTY ISD"). Reads at most three tokens after the possessive; allocates nothing.
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { F_CRED, F_CUE, F_MONTH, F_STATE, F_TITLE } from "./flags";
import {
  G_COMMA, R_FACILITY, R_ORGANIZATION, SH_CAP, SH_NUM, SH_LOWER, SH_UPPER, SPECIALTY_WORDS, count, exists, pEnd, pReason, pScore,
  headingDash31, pStart, pType, placeStr, possessiveEnd, rd, span, spanDone, tData, tEnd, tGap, tShape, tStart, tight, whereOrWhereThe, wordIn
} from "./detect";
import { distinct60 } from "./r60_hs60";
import { hospitalOf62 } from "./r62_fc62";

// (fx64) the words between "Children's" and its place: "Children's of Alabama", "Children's Hospital Colorado"
const CHILDRENS_LINKS61 = "\u0002of\u0008hospital";
// (fx64) a school district's short head after its town: Texas' (consolidated) independent and California's unified
// school districts, Kansas' unified ones
const DISTRICT_HEADS61 = "\u0003isd\u0004cisd\u0003usd\u0007unified";

/** (fx64) Token q is no title, cue, credential or month: a word that may be a place's or a hospital's own. */
function plain61(q: u32): bool {
  return (rd(tData, q) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) == 0;
}

/**
 * (stop 61, fx64) Token k, "Children's" (k is "children", its apostrophe right after it: the caller tested it), names a
 * children's hospital without a head:
 * - in mixed case or ALL CAPS, after a word of its own (distinct60(): a word no list has, a name's or a place's) in the
 *   case of "Children's" that no rule took, and no capitalised word after: "Huddle — Phoenix Children's, Phoenix",
 *   "stimulation test at Nicklaus Children's day hospital" (a name's word just found there is retyped);
 * - opening the name (after a word of where, a mark, or a word in another case), before its state, or "of" or
 *   "Hospital" and its state or a town of the word table, in the case of "Children's" (in lower case a state only):
 *   "ED at Children's Wisconsin", "Children's of Mississippi sickle cell clinic",
 *   "PHYSICIAN: DR. OLUWOLE, CHILDREN'S HOSPITAL COLORADO NEUROLOGY".
 * Not "Children's Tylenol", "children's motrin 5 ml", "Department of Children's Services", "Children's Hospital" alone,
 * "her children's school". Writes the facility and returns true.
 */
export function childrens61(k: u32, sh: u32): bool {
  if (!wordIn(k, "\u0008children")) return false;
  const s0 = rd(tStart, k);
  const end = possessiveEnd(k);
  const n = k + 1;
  // (a capitalised word after "Children's" in mixed case or ALL CAPS is another rule's: "Boston Children's Hospital")
  const capAfter = sh != SH_LOWER && (n < count && (tight(n) && (rd(tShape, n) == SH_CAP || rd(tShape, n) == SH_UPPER)));
  if (k > 0 && tight(k)) {
    const b = k - 1;
    if (sh != SH_LOWER && (exists(b) && (rd(tShape, b) == sh && !capAfter))) {
      if (pType == ENTITY_NAME && (pEnd == rd(tEnd, b) && pStart == rd(tStart, b))) {
        if (!distinct60(b) || !plain61(b)) return false;
        span(pStart, end, ENTITY_LOCATION, pScore + 1, R_FACILITY);
        return true;
      }
      if (pEnd < rd(tStart, b) && (plain61(b) && distinct60(b))) {
        span(rd(tStart, b), end, ENTITY_LOCATION, 800, R_FACILITY);
        return true;
      }
    }
  }
  // "Children's" before its place, opening the name (after a word of where, a mark, or a word in another case): not
  // "referred to Valley Children's Hospital Madera", whose first word the facility rules read
  if (n >= count || !tight(n)) return false;
  // (stop 62, fc62: a heading's dash before "Children's" opens the name too, "ED NOTE - CHILDREN'S HOSPITAL OF
  // WESTMARCH"; and "Hospital of" and the name's own word after it: hospitalOf62() in r62_fc62.ts)
  if (k > 0 && (tight(k) && (rd(tShape, k - 1) == sh && (!whereOrWhereThe(k - 1) && !headingDash31(k))))) return false;
  const o62 = hospitalOf62(n, sh);
  if (o62 != 0) {
    spanDone(s0, rd(tEnd, o62), ENTITY_LOCATION, 800, R_FACILITY, k, o62);
    return true;
  }
  let p = n;
  if (wordIn(n, CHILDRENS_LINKS61)) {
    // ("of" in lower case in mixed text; "Hospital" in the case of "Children's")
    if (rd(tShape, n) != sh && !(sh == SH_CAP && rd(tShape, n) == SH_LOWER)) return false;
    p = n + 1;
    if (p >= count || !tight(p)) return false;
  }
  if (!exists(p) || (rd(tShape, p) != sh || !plain61(p))) return false;
  const d = rd(tData, p);
  // (a state's two-letter code is a word too: "seen at phoenix children's in 2091")
  if ((d & F_STATE) == 0 && (sh == SH_LOWER && p == n || placeStr(d) < 2) || rd(tEnd, p) - rd(tStart, p) < 3) return false;
  // (a specialty's word after the place names the clinic, whose words the facility rules read on: "md, children's
  // nebraska endocrinology")
  if (p + 1 < count && (tight(p + 1) && wordIn(p + 1, SPECIALTY_WORDS))) return false;
  // (a word after a comma is the town that facTown48b() reads with the state: "audiology — children's hospital
  // colorado, aurora ·")
  if (p + 1 < count && ((rd(tGap, p + 1) & G_COMMA) != 0 && rd(tShape, p + 1) != SH_NUM)) return false;
  spanDone(s0, rd(tEnd, p), ENTITY_LOCATION, 800, R_FACILITY, k, p);
  return true;
}

/**
 * (stop 61, fx64) Token k, "ISD", "CISD", "USD" or "Unified" (the word after a span pending right before it, one blank
 * between: the caller tested it), closes a school district named by its town or county: "School: Lanier Middle School
 * District: Houston ISD", "GAINES COUNTY ISD", "works for Kerman Unified". The span pending must be a place (no
 * facility's or organisation's name), or a single capitalised word a name's list holds (read there as a surname:
 * "Houston"). Grows it into the organisation and returns true.
 */
export function schoolDistrict61(k: u32, sh: u32, len: u32): bool {
  if (len < 3 || (len > 7 || !wordIn(k, DISTRICT_HEADS61))) return false;
  // ("Unified" in the case of the town's last word; "ISD" in capitals, or in lower case after a town in lower case)
  if (len == 7 ? rd(tShape, k - 1) != sh : sh != SH_UPPER && (sh != SH_LOWER || rd(tShape, k - 1) != SH_LOWER)) return false;
  if (pType == ENTITY_LOCATION) {
    if (pReason == R_FACILITY || pReason == R_ORGANIZATION) return false;
  } else if (pType != ENTITY_NAME || (sh == SH_LOWER || pStart != rd(tStart, k - 1))) return false;
  spanDone(pStart, rd(tEnd, k), ENTITY_LOCATION, pScore + 1, R_ORGANIZATION, k, k, true);
  return true;
}
