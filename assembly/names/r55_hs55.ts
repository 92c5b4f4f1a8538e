// Why this file exists: stop 55's facility rule (hs55), kept out of detect.ts: a place or a name found by an older rule
// and a hospital's head words right after it that no rule took, "OUTER BANKS HOSPITAL ED", "chiloquin family clinic",
// "PALO VERDE BEHAVIORAL HEALTH BED", "tahoma general nursery", "FORT BELKNAP IHS", "cincinnati children's":
// in ALL CAPS and lower case the older facility rules read no name before the head (the case tells nothing), the town's
// rule takes the town and leaves the head (docs/names-rounds.md, "Stop 55, hs55").
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit, lettersEnd, lettersStart, wordIndex } from "../scanners/util";
import { LEVEL_ACRONYMS44, pType, pReason, pStart, pEnd, R_FACILITY, R_CITY, R_CITY_STATE, R_COUNTY, R_STATE, R_COUNTRY, R_ORGANIZATION,
  R_DICTIONARY, shape45b } from "./detect";

// (hs55) the words that close a hospital's name after a place or a name: its heads, the adjectives a hospital's name
// ends in ("Tahoma General", "Roanoke Memorial", "Littleton Regional", "Kern Medical"; not "Community", which closes a
// charity's name as often, "Brockton Interfaith Community"), a system's
// "Health", the children's hospital's possessive ("Dayton Children's") and the federal sites' initials (0-1: "Syracuse
// VA", "Pine Ridge IHS", in capitals after a capitalised town too; not "VAMC", which test/places-52c.test.ts leaves to
// the older rules, vaSite34(), after a comma's unit: "bedford vamc, bldg 7")
const CLOSE55 = "\u0002va\u0003ihs\u0008hospital\u0009hospitals\u0006center\u0006centre\u0007centers\u0006clinic\u0007clinics\u0008regional\u0008memorial\u0007general\u0009infirmary\u0009institute\u0006health\u000ahealthcare\u0007medical\u0008children\u0009childrens\u0006system";
// (hs55) words that may stand between the place and the closing word: a hospital's kind or its service line ("Chiloquin
// Family Clinic", "Palo Verde Behavioral Health", "Providence Community Health Centers", "Xavier Teaching Hospital")
const MOD55 = "\u0006family\u0009community\u0008regional\u0008memorial\u0007general\u0007medical\u000abehavioral\u0006health\u0008children\u0009childrens\u0005women\u0006womens\u000erehabilitation\u0005rehab\u0008surgical\u0009specialty\u0006cancer\u0005heart\u0003eye\u0005sleep\u0008dialysis\u000aorthopedic\u000borthopaedic\u0006urgent\u0004care\u0009pediatric\u000bpsychiatric\u0008veterans\u0002va\u0008teaching\u000auniversity";
// (hs55) a facility's or an organisation's last word after which more head words are a department or a second body
// ("HIGHLAND HOSPITAL BEHAVIORAL HEALTH", "MEDICAL CENTER SLEEP CLINIC", "COUNTY HEALTH DEPARTMENT CLINIC")
const LASTHEAD55 = "\u0008hospital\u0009hospitals\u0006center\u0006centre\u0007centers\u0006clinic\u0007clinics\u000adepartment\u0004dept\u0009institute\u0004unit";
// (hs55) a word that may follow the closed name: a unit, a department or a bed of the hospital ("OUTER BANKS HOSPITAL ED",
// "TAHOMA GENERAL NURSERY", "marshall health id clinic", "ROANOKE MEMORIAL  BED 11"), or a small word that opens the
// sentence's next phrase ("NEVILLE CENTER WHO WAS FOUND", "MISSOURI VALLEY COMMUNITY THEN ROTOR"); any other word in the
// same case may go on with a body's name ("INDIAN HEALTH SERVICE", "IOWA MEDICAL AND CLASSIFICATION", "BOSTON CENTER FOR
// REFUGEE HEALTH", "TEXAS HEALTH STEPS", "EL PASO HEALTH CARD")
const AFTER55 = "\u0002ed\u0002er\u0003icu\u0004nicu\u0004picu\u0004micu\u0004sicu\u0003ccu\u0004pacu\u0002or\u0007nursery\u0006clinic\u0003bed\u0004beds\u0006campus\u0005floor\u0003lab\u0009radiology\u0007imaging\u0009audiology\u000acardiology\u0008oncology\u0009emergency\u0008employee\u0002id\u0008infusion\u0008dialysis\u000atransplant\u0004cath\u0002at\u0002in\u0002on\u0003who\u0005where\u0004from\u0002to\u0003via\u0002by\u0004then\u0002vs\u0005since\u0005after\u0006before\u0005today\u0009yesterday";

/**
 * (hs55) The name closes at byte e: the input's end, a byte no letter, digit, apostrophe or "&" (a bracket, a comma, a
 * period, a dash, a line's end), two blanks, or one blank and a byte no letter or digit, or one blank and a word of
 * AFTER55.
 */
function closes55(e: u32): bool {
  if (e >= inLen) return true;
  const c = byteAt(e);
  if (c == 0x26 || (c == 0x27 || (isAlpha(c) || isDigit(c)))) return false;
  // (a dash or a bullet's three bytes close it; a curly apostrophe or another letter does not)
  if (c >= 0x80) return c == 0xe2 && (byteAt(e + 1) == 0x80 && byteAt(e + 2) != 0x99);
  if (c != 0x20) return true;
  if (e + 1 >= inLen) return true;
  const d = byteAt(e + 1);
  if (d == 0x26 || isDigit(d)) return false;
  if (d >= 0x80) return d == 0xe2;
  if (!isAlpha(d)) return true;
  return wordIndex(AFTER55, e + 1, lettersEnd(e + 1)) >= 0;
}

/**
 * (stop 55, hs55) The pending span is a town's, a county's, a state's or a country's (a place), a name guessed from the
 * dictionaries or its shape (no title, cue or credential), a facility's or an organisation's, and one blank after it up
 * to three words follow in its last word's case (VA and IHS in capitals after a capitalised word too), each a
 * hospital's kind (MOD55) or a closing word (CLOSE55), the last one taken a closing word after which the name closes
 * (closes55()). Returns the end of the grown facility, or 0. Not:
 * - after a name's guess other than a dictionary's name of one or two words, nor "General" or "Medical" after one
 *   ("AURELIAN MEDICAL", a firm's letterhead);
 * - after a facility or an organisation whose last word is a head already (LASTHEAD55: the words after it name a
 *   department, "Highland Hospital Behavioral Health"); after a facility or an organisation, only "Hospital(s)",
 *   "Children's" or a system's "System" ("Carle Foundation Hospital", "Loma Linda University Children's", "Ridge
 *   Behavioral Health System"; not "Teladoc Health", "Peak Vista Community Health Centers");
 * - "Children" or "Women" without the possessive; "System" but after "Health", "Healthcare" or "Care".
 */
export function facilityTail55(): u32 {
  let kind: u32 = 0;
  if (pType == ENTITY_LOCATION) {
    if (pReason == R_CITY || (pReason == R_STATE || (pReason == R_COUNTY || (pReason == R_COUNTRY || pReason == R_CITY_STATE)))) kind = 1;
    else if (pReason == R_FACILITY) kind = 3;
    else if (pReason == R_ORGANIZATION) kind = 4;
    else return 0;
  } else if (pType == ENTITY_NAME) {
    // (a dictionary's name of one or two words: a guess by shape or a neighbour's may run over English words, "OUTSIDE
    // ED SALINE", "Hyperbaric")
    if (pReason != R_DICTIONARY) return 0;
    let blanks = 0;
    for (let i = pStart; i < pEnd; i++) if (byteAt(i) == 0x20) blanks++;
    if (blanks > 1) return 0;
    kind = 2;
  } else return 0;
  // (the span's last word, before its possessive: "St. Mary's")
  let w = pEnd;
  if (w >= 2 && ((byteAt(w - 1) | 0x20) == 0x73 && byteAt(w - 2) == 0x27)) w -= 2;
  const a0 = lettersStart(w, pStart);
  if (a0 == w) return 0;
  if (kind >= 3 && wordIndex(LASTHEAD55, a0, w) >= 0) return 0;
  const sh = shape45b(a0);
  // (a facility that is one word of stop 44's care levels and the article's typos, "went to teh hospital", "TO LTC
  // HOSPITAL": the head joins no such word, as acronymFound44() decides)
  if (kind == 3 && (a0 == pStart && wordIndex(LEVEL_ACRONYMS44, a0, w) >= 0)) return 0;
  let health = wordIndex("\u0006health\u000ahealthcare", a0, w) >= 0;
  let i = pEnd;
  let best: u32 = 0;
  for (let n = 0; n < 3; n++) {
    if (byteAt(i) != 0x20) break;
    const a = i + 1;
    const e = lettersEnd(a);
    if (e - a < 2) break;
    const ci = wordIndex(CLOSE55, a, e);
    const s = shape45b(a);
    if (s != sh && !(sh == 1 && (s == 2 && (ci >= 0 && ci <= 1)))) break;
    const mi = wordIndex(MOD55, a, e);
    if (ci < 0 && mi < 0) break;
    let e2 = e;
    const poss = e + 1 < inLen && (byteAt(e) == 0x27 && (byteAt(e + 1) | 0x20) == 0x73);
    if (poss) e2 = e + 2;
    // ("children" and "women" only with their possessive)
    if ((ci == 17 || (mi == 8 || mi == 10)) && !poss) break;
    let ok = ci >= 0;
    if (ci == 19) ok = health;
    if (ok && (kind == 2 && (ci == 11 || ci == 16))) ok = false;
    if (ok && (kind >= 3 && !(ci == 2 || (ci == 3 || (ci >= 17 && ci <= 19))))) ok = false;
    if (ok && closes55(e2)) best = e2;
    health = wordIndex("\u0006health\u000ahealthcare\u0004care", a, e) >= 0;
    i = e2;
  }
  return best;
}
