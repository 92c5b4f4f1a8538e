// Why this file exists: stop 50 (og50) keeps its rules out of detect.ts: a pharmacy's name typed as the organisation
// the fixtures label it (every "... Pharmacy" span of fixtures 1-40 is ORGANIZATION), whichever rule found it.
import { byteAt, isAlpha } from "../input";
import { wordIndex } from "../scanners/util";

/** A hospital's or a clinic's head before "pharmacy": the hospital's own pharmacy, a department ("Cooley Dickinson
 * Hospital Pharmacy", "Fred Hutchinson Cancer Center IDS Pharmacy": the fixtures label the hospital, a place). */
const HOSPITAL_HEADS50 = "\u0008hospital\u0006center\u0006centre\u0006clinic\u0009infirmary\u0009institute\u0007medical\u0008hospice";

/**
 * (og50) The facility span [a, e) is a pharmacy's name: it ends in the word "pharmacy" after one blank, a word before
 * it, and no hospital's head among the words before (those stay the hospital's facility). The caller retypes the span
 * an organisation's; its bounds do not move.
 */
export function pharmacyOrg50(a: u32, e: u32): bool {
  if (e < a + 10 || (byteAt(e - 1) | 0x20) != 0x79) return false;
  const h = e - 8;
  if (byteAt(h - 1) != 0x20 || wordIndex("\u0008pharmacy", h, e) < 0) return false;
  // (a word glued before "pharmacy" is no head's blank: "pre-pharmacy" is one word)
  if (h >= 2 && (!isAlpha(byteAt(h - 2)) && (byteAt(h - 2) != 0x27 && byteAt(h - 2) != 0x2e))) return false;
  let i = a;
  while (i < h) {
    while (i < h && !isAlpha(byteAt(i))) i++;
    let j = i;
    while (j < h && isAlpha(byteAt(j))) j++;
    if (j > i && wordIndex(HOSPITAL_HEADS50, i, j) >= 0) return false;
    i = j;
  }
  return true;
}

/** Words that may stand right before a known organisation's name that ends in a head: a frame or a function word
 * ("serologies to donor alliance", "team from DONOR ALLIANCE"), never a word of a wider name ("Chesapeake Donor
 * Alliance"). */
const HEADED_FRAMES50 = "\u0002to\u0004from\u0002at\u0004with\u0002by\u0003via\u0003for\u0003and\u0003the\u0002of\u0002in\u0003per\u0002or";

/**
 * (og50) A name of og48's word table whose last word is a head (ORG_HEADED50: "Donor Alliance", "GEO Group") opens here:
 * the word before [ps, pe) is not joined to it (`joined`: the same line with only blanks between and the text's case), or
 * it is a frame or a function word. Else the older head rules read the wider name.
 */
export function headedOpen50(joined: bool, ps: u32, pe: u32): bool {
  return !joined || wordIndex(HEADED_FRAMES50, ps, pe) >= 0;
}
