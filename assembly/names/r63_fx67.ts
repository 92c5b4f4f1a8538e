// Why this file exists: stop 63 (fx67) keeps its rule out of detect.ts: an organisation's span that ends in a
// hospital's own head ("... Hospital", "... Medical Center", "... Cancer Center", "... Cancer Institute", "... Health
// System", "... Health Care System") is the hospital's facility, whichever rule found it as an organisation (an
// academic medical center opening with "University of", a cancer institute's "Institute"). Called once per emitted
// span whose reason is already the organisation's; allocates nothing.
import { byteAt, isAlpha } from "../input";
import { lettersStart, wordIndex } from "../scanners/util";
import { OCCUPATIONS, WORK_VERBS } from "./detect";

// (fx67) a hospital's last word alone, and the words before it that make it an animal's ("Animal Hospital")
const HOSP_ALONE63 = "\u0008hospital\u0009hospitals";
const HOSP_NOT63 = "\u0006animal\u000aveterinary\u0003pet\u0006equine";
// (fx67) a last word a hospital's head shares with other bodies, told by the word before it
const CENTER63 = "\u0006center\u0006centre\u0007centers";
const CENTER_BEFORE63 = "\u0007medical\u0006cancer";
const SYSTEM_BEFORE63 = "\u0006health\u000ahealthcare";

/** The letters of the word that ends at byte i (exclusive), one blank before [s, i); returns its start, or i. */
function wordBefore63(a: u32, s: u32): u32 {
  if (s < a + 2 || (byteAt(s - 1) != 0x20 || !isAlpha(byteAt(s - 2)))) return s;
  const p = lettersStart(s - 1, a);
  return p;
}

/**
 * (stop 63, fx67) The organisation's span [a, e) ends in a hospital's head: "hospital(s)" (not after "animal",
 * "veterinary", "pet", "equine"), "medical center", "cancer center", "cancer institute", "health system", "healthcare
 * system" or "health care system", in any case: "University of Vermont Medical Center", "HUNTSMAN CANCER INSTITUTE",
 * "university of kansas health system", "University of New Mexico Hospital". Every older fixture labels such a name
 * the hospital's (HOSPITAL: 736 of 743 "Medical Center" labels, 24 of 25 "Cancer Institute", 58 of 63 "Health
 * System" and its forms); the span is unchanged, only its type. Not "Prairie Heart Institute", "Hereditary Cancer
 * Registry", "Banfield Pet Hospital", "Hospital Aid".
 */
export function hospitalTail63(a: u32, e: u32): bool {
  if (e < a + 8 || !isAlpha(byteAt(e - 1))) return false;
  if (employerBefore63(a)) return false;
  const s = lettersStart(e, a);
  if (wordIndex(HOSP_ALONE63, s, e) >= 0) {
    const p = wordBefore63(a, s);
    return p == s || wordIndex(HOSP_NOT63, p, s - 1) < 0;
  }
  const p = wordBefore63(a, s);
  if (p == s) return false;
  if (wordIndex(CENTER63, s, e) >= 0) return wordIndex(CENTER_BEFORE63, p, s - 1) >= 0;
  if (e - s == 9 && wordIndex("\u0009institute", s, e) >= 0) return wordIndex("\u0006cancer", p, s - 1) >= 0;
  if (e - s != 6 || wordIndex("\u0006system", s, e) < 0) return false;
  if (wordIndex(SYSTEM_BEFORE63, p, s - 1) >= 0) return true;
  // "health care system": "care" after "health"
  if (wordIndex("\u0004care", p, s - 1) < 0) return false;
  const q = wordBefore63(a, p);
  return q != p && wordIndex("\u0006health", q, p - 1) >= 0;
}

/**
 * (stop 63, the merge) The span at a follows a job's frame, "<occupation or work verb> at|for|by": "She was a housekeeper
 * at Holy Family Hospital", "She works at Skunk River Regional Medical Center". The fixtures label an employer's hospital
 * an organisation (fixture 2, and the older tables of clinical round 23 and names.test.ts), so such a span keeps its type.
 */
function employerBefore63(a: u32): bool {
  const p = wordBefore63(0, a);
  if (p == a || wordIndex("\u0002at\u0003for\u0002by", p, a - 1) < 0) return false;
  const v = wordBefore63(0, p);
  return v != p && (wordIndex(WORK_VERBS, v, p - 1) >= 0 || wordIndex(OCCUPATIONS, v, p - 1) >= 0);
}
