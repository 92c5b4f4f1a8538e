// Why this file exists: stop 50 (og50) keeps its rules out of detect.ts: a pharmacy's name typed as the organisation
// the fixtures label it (every "... Pharmacy" span of fixtures 1-40 is ORGANIZATION), whichever rule found it.
import { byteAt, isAlpha } from "../input";
import { anyWordIn, lettersStart, wordIndex } from "../scanners/util";

/** A hospital's or a clinic's head before "pharmacy": the hospital's own pharmacy, a department ("Cooley Dickinson
 * Hospital Pharmacy", "Fred Hutchinson Cancer Center IDS Pharmacy": the fixtures label the hospital, a place). */
const HOSPITAL_HEADS50 = "\u0008hospital\u0006center\u0006centre\u0006clinic\u0009infirmary\u0009institute\u0007medical\u0007hospice";

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
  return !anyWordIn(HOSPITAL_HEADS50, a, h);
}

/** Words that may stand right before a known organisation's name that ends in a head: a frame of where or whose
 * ("serologies to donor alliance", "team from DONOR ALLIANCE"), never a word of a wider name ("Chesapeake Donor
 * Alliance") nor an article or a preposition of prose ("the exact sciences", "a degree in exact sciences"). */
const HEADED_FRAMES50 = "\u0002to\u0004from\u0002at\u0004with\u0002by\u0003via\u0003for\u0002of\u0003per";

/**
 * (og50) A name of og48's word table whose last word is a head (ORG_HEADED50: "Donor Alliance", "GEO Group") opens here:
 * the word before [ps, pe) is not joined to it (`joined`: the same line with only blanks between and the text's case), or
 * it is a frame or a function word. Else the older head rules read the wider name.
 */
export function headedOpen50(joined: bool, ps: u32, pe: u32): bool {
  return !joined || wordIndex(HEADED_FRAMES50, ps, pe) >= 0;
}

/** The last words of ORG_HEADED50's names that the word table marks no facility's head ("Koch Foods", "Exact
 * Sciences", "GEO Group"): the name ends in a head all the same. */
const HEADED_LAST50 = "\u0005foods\u0008sciences\u0005group\u0009logistics\u000benterprises\u0009solutions\u0007resorts\u000ahealthcare\u0007medical\u0008alliance\u0008services\u0009institute";

/** (og50) The word [s, e) is a last word of ORG_HEADED50's names. */
export function headedLast50(s: u32, e: u32): bool {
  return wordIndex(HEADED_LAST50, s, e) >= 0;
}

/**
 * (og50) The facility span [a, e) is a pharmacy's name and its branch's town or street after one blank ("ShopRite
 * Pharmacy Vineland", "MEIJER PHARMACY ALPINE AVE": the fixtures label the pharmacy an organisation and the place a
 * place): the end of "pharmacy" when the name before it passes pharmacyOrg50() and one to three words of letters follow,
 * single blanks between them; else 0. The caller writes the two findings.
 */
export function pharmacyTail50(a: u32, e: u32): u32 {
  let i = a;
  while (i < e) {
    while (i < e && !isAlpha(byteAt(i))) i++;
    let j = i;
    while (j < e && isAlpha(byteAt(j))) j++;
    if (j - i == 8 && ((j + 1 < e && byteAt(j) == 0x20) && wordIndex("\u0008pharmacy", i, j) >= 0)) {
      if (!pharmacyOrg50(a, j)) return 0;
      let words: u32 = 1;
      for (let m = j + 1; m < e; m++) {
        const b = byteAt(m);
        if (b == 0x20) {
          if (byteAt(m + 1) == 0x20) return 0;
          words++;
        } else if (!isAlpha(b) && b != 0x27) return 0;
      }
      return isAlpha(byteAt(j + 1)) && words <= 3 ? j : 0;
    }
    i = j;
  }
  return 0;
}

/** Last words of a street's name ("Alpine Ave", "Cornell Rd"): the tail after a pharmacy is an address's, else a town's. */
const STREET_ENDS50 = "\u0003ave\u0006avenue\u0002st\u0006street\u0002rd\u0004road\u0004blvd\u0002dr\u0005drive\u0002ln\u0004lane\u0003way\u0004pkwy\u0003hwy";

/** (og50) The word that ends at e is a street's last word. */
export function streetEnd50(e: u32): bool {
  return wordIndex(STREET_ENDS50, lettersStart(e), e) >= 0;
}
