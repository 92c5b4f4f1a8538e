// Why this file exists: stop 57's clinical round from fixture 55 (end of life and after death, fx57): a hospice agency's
// name found as a facility is typed the organisation every fixture labels it ("Golden Meadow Hospice", "Hospice of the
// Western Reserve", "Tullis Point Hospice and Palliative Care"; a hospice house or an inpatient unit stays the
// place), and a cemetery's name that no older rule found before its head ("Holy Cross Cemetery", "burial at
// resurrection cemetery", "BURIED MAPLELAWN PARK CEMETERY") is the place it names. Kept out of detect.ts (its calls
// stay in flush() and decide()). Reads bytes of the input and the token table only, allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { eqWord, lettersEnd, wordIndex } from "../scanners/util";
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import {
  R_CAPITALISED, R_COUNTY, R_DICTIONARY, R_NEIGHBOUR, SH_CAP, SH_LOWER, SH_UPPER, exists, pEnd, pReason, pScore,
  pStart, pType, rd, span, tDone, tEnd, tShape, tStart, tight, wordIn, wr,
} from "./detect";

/** (fx57) Words that make a hospice's name a place a patient stays in, not the agency: a hospice house, an inpatient
 * unit, a hospital's or a care centre's hospice ("Hospice House of the Ozarks", "Hospice of Washington County
 * Inpatient Unit", "Kona Community Hospital Hospice"). */
const HOSPICE_PLACES57 = "\u0005house\u0004unit\u0009inpatient\u0008hospital\u0006center\u0006centre\u0006clinic\u0007medical\u0009residence\u0009infirmary\u0006campus\u0005manor\u0004home\u0005homes";

/** (fx57) The span [a, e) holds the word "hospice" and none of HOSPICE_PLACES57 ("home" only as "home health" or "home
 * care": "Frontier Home Health and Hospice"), within it or right after it, no comma (a town joined to it), and no
 * "Location:" label stands right before it (a note's place of service, "Location: Nilgate Hospice, 1873 Elm Rd"). */
export function hospiceOrg57(a: u32, e: u32): bool {
  if (e < a + 7) return false;
  let got = false;
  let i = a;
  while (i < e) {
    if (!isAlpha(byteAt(i))) {
      // (a town joined after a comma stays the place's: "Hospice of the Valley, Visalia")
      if (byteAt(i) == 0x2c) return false;
      // (and after a spaced dash: "AMEDISYS HOSPICE - HATTIESBURG")
      if (byteAt(i) == 0x2d && (i > a && byteAt(i - 1) == 0x20)) return false;
      i++;
      continue;
    }
    const w = lettersEnd(i);
    const n = w - i;
    if (n == 7 && wordIndex("\u0007hospice", i, w) >= 0) {
      got = true;
      // (a word after a last word's "hospice" other than "of", "and" or "&" is a town's or a branch's joined to the
      // agency's name: "BAYADA HOSPICE HAGERSTOWN")
      if (i > a && (w + 2 < e && (byteAt(w) == 0x20 && (isAlpha(byteAt(w + 1)) &&
        wordIndex("\u0002of\u0003and", w + 1, lettersEnd(w + 1)) < 0)))) return false;
    }
    else if (n >= 4 && wordIndex(HOSPICE_PLACES57, i, w) >= 0) {
      // ("home" before "health" or "care": the agency's service words)
      if (!(n == 4 && (w + 5 < e && (byteAt(w) == 0x20 && wordIndex("\u0006health\u0004care\u000ahealthcare", w + 1, lettersEnd(w + 1)) >= 0)))) return false;
    }
    i = w;
  }
  if (!got) return false;
  // (nor with a place's word right after it that no rule took: "David Simpson Hospice House")
  if (e + 4 < inLen && (byteAt(e) == 0x20 && (isAlpha(byteAt(e + 1)) && wordIndex(HOSPICE_PLACES57, e + 1, lettersEnd(e + 1)) >= 0))) return false;
  // ("Location: " right before the span)
  if (a >= 10 && (byteAt(a - 1) == 0x20 && byteAt(a - 2) == 0x3a)) {
    let s = a - 2;
    while (s > 0 && isAlpha(byteAt(s - 1))) s--;
    if (wordIndex("\u0008location", s, a - 2) >= 0) return false;
  }
  return true;
}

/** (fx57) Words before a cemetery's head that end its name's walk back: function words, and the cues of a burial. */
const CEMETERY_STOPS57 = "\u0002at\u0002in\u0002to\u0002of\u0003the\u0001a\u0002an\u0003and\u0003for\u0004from\u0004with\u0002on\u0002by\u0003his\u0003her\u0005their\u0003our\u0002my\u0004your\u0003its\u0004this\u0004that\u0006buried\u0006burial\u0009interment\u0008interred\u0004plot\u0004near\u0008cemetery\u0004next\u0006beside";

/** (fx57) An article's or a possessive's word: in lower case the words after it are a common noun's phrase. */
const CEMETERY_DETERMINERS57 = "\u0003the\u0001a\u0002an\u0003his\u0003her\u0005their\u0003our\u0002my\u0004your\u0003its\u0004this\u0004that";

/** (fx57) Words that alone before "cemetery" name no place ("the family cemetery", "a national cemetery", "VETERANS
 * CEMETERY"): a cemetery named only by them is left alone. */
const CEMETERY_GENERIC57 = "\u0006family\u0003old\u0003new\u0004city\u0004town\u0006county\u0005local\u0008national\u0005state\u0008veterans\u0007veteran\u0006church\u0008catholic\u0006jewish\u0006public\u0007private\u0009municipal\u0009community\u0004same\u0006nearby\u0005small\u0005rural\u0008military\u0003pet\u0007village\u0006parish\u0008memorial\u0008hometown\u0008historic\u0005large\u0008lutheran\u0009methodist\u0007baptist";

/**
 * (fx57) Token h is "cemetery" in a cemetery's name that the older rules did not find: one to four words before it in
 * its shape (capitalised in mixed case, the text's case in ALL CAPS and lower case), one blank apart, none taken by a
 * finding, none a function word or a burial's cue (CEMETERY_STOPS57), and not all generic (CEMETERY_GENERIC57); the
 * first word opens its phrase (a stop word, punctuation or a line before it, or in mixed case a lower-case word). A
 * person's or a place's guess still pending on the words ("Highland" read as a surname) is taken over. Writes the
 * cemetery as a place (a county's reason: a named place of LOCATION-OTHER, which no facility rule grows over the words
 * before it, "BURIAL CATHEDRAL CEMETERY") and returns true: "Plot at Highland Cemetery", "Cemetery: Holy Cross Cemetery", "burial at
 * resurrection cemetery", "BURIED MAPLELAWN PARK CEMETERY". Not "the family cemetery", "National Cemetery", "the
 * cemetery".
 */
export function cemetery57(h: u32): bool {
  const sh = rd(tShape, h);
  if (!(sh == SH_CAP || (sh == SH_UPPER || sh == SH_LOWER)) || h == 0) return false;
  let first = h;
  let generic = true;
  let j = h;
  for (let w = 0; w < 4; w++) {
    if (j == 0 || !tight(j)) break;
    const m = j - 1;
    if (!exists(m)) break;
    const ms = rd(tShape, m);
    // (the name's words in the head's shape; "Cemetery" after capitals in mixed case, lower-case text's own words)
    if (ms != sh && !(sh == SH_CAP && (ms == SH_UPPER && rd(tEnd, m) - rd(tStart, m) >= 2))) break;
    if (rd(tEnd, m) + 1 != rd(tStart, j) || byteAt(rd(tEnd, m)) != 0x20) break;
    if (wordIn(m, CEMETERY_STOPS57)) break;
    if (rd(tDone, m) != 0) {
      // (a guess of a person's or a place's name still pending on it is taken over below)
      if (!(pType == ENTITY_NAME && (pEnd == rd(tEnd, m) && (pReason == R_DICTIONARY || (pReason == R_CAPITALISED || pReason == R_NEIGHBOUR))))) break;
    }
    if (!wordIn(m, CEMETERY_GENERIC57)) generic = false;
    first = m;
    j = m;
  }
  if (first == h || generic) return false;
  // (the phrase opens at the first word: not after a word of the text's own shape that the walk refused, other than a
  // stop word, and never inside a finding written before)
  const s = rd(tStart, first);
  if (first > 0 && (exists(first - 1) && (tight(first) && (rd(tShape, first - 1) == sh && !wordIn(first - 1, CEMETERY_STOPS57))))) return false;
  // (in lower case, not after an article or a possessive: "her dad cemetery visits", "the old mill cemetery"; in ALL
  // CAPS not after a possessive or "a", "HER DAD CEMETERY VISITS" (the merge of stop 57); "THE OLD MILL CEMETERY" is
  // a name there)
  if ((sh == SH_LOWER || sh == SH_UPPER) && (first > 0 && (exists(first - 1) && (wordIn(first - 1, CEMETERY_DETERMINERS57) &&
    (sh == SH_LOWER || !eqWord(rd(tStart, first - 1), rd(tEnd, first - 1), "the")))))) return false;
  if (pType != 0 && (pEnd > s && !(pType == ENTITY_NAME && pStart >= s))) return false;
  span(s, rd(tEnd, h), ENTITY_LOCATION, pType == ENTITY_NAME && pScore >= 800 ? pScore + 1 : 800, R_COUNTY, true);
  for (let m = first; m <= h; m++) wr(tDone, m, 0xff);
  return true;
}
