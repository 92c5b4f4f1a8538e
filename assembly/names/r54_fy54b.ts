// Why this file exists: stop 54's second round on fixture 50's misses (fy54b): a street named without a house number
// that names a site right after it, the street as a modifier of "site", "office", "entrance", "house", "store"...
// ("booked you both at our archer rd site", "he's at the manning dr entrance", "papers from the desk at the Kimball Ave
// house", "FIRST SESSION AT THE KALISTE SALOOM RD OFFICE", "deboning line, Berry St plant", "Medical Park Dr bldg C");
// kept out of detect.ts (its call site stays in decide()'s street walk, after pharmacyStreet54()). Reads tokens and
// bytes of the input only, allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import { F_CRED, F_CUE, F_DIRECTION, F_MONTH, F_TITLE, F_UNIT } from "./flags";
import {
  FRAMED_TYPES30, G_COLON, G_COMMA, G_FAR, G_NEWLINE, MODE_CAPS, MODE_LOWER, MODE_MIXED, R_ADDRESS, SH_CAP, SH_INITIAL,
  SH_LOWER, SH_NUM, SH_UPPER, count, exists, medicalShape, nameStr, ordinalAt, placeStr, rd, spanDone, tData, tEnd, tGap,
  tShape, tierOf, tStart, wordIn,
} from "./detect";
import { oneBlank54 } from "./r54_fy54";

// the site a street names: site office entrance house address location campus store branch building bldg garage plant
// clinic lot
const SITE_WORDS54B = "\u0004site\u0006office\u0008entrance\u0005house\u0007address\u0008location\u0006campus\u0005store\u0006branch\u0008building\u0004bldg\u0006garage\u0005plant\u0006clinic\u0003lot";
// the abbreviated types read in ALL CAPS and lower case (a spelled-out type there is a word: "the side street entrance",
// "THE MAIN ROAD ENTRANCE"; "ln" is a lymph node, "the axillary ln site"): st ave rd blvd hwy pkwy tpke
const ABBR_TYPES54B = "\u0002st\u0003ave\u0002rd\u0004blvd\u0003hwy\u0004pkwy\u0004tpke";
// "dr" and "drive" (not in FRAMED_TYPES30; "dr" is a doctor too, so never before "office", "house" or "clinic": "the eye
// dr office")
const DRIVE54B = "\u0002dr\u0005drive";
// the words the street opens after (one blank before its first word): the our their his her my your at to on near from
// of by off in
const ANCHORS54B = "\u0003the\u0003our\u0005their\u0003his\u0003her\u0002my\u0004your\u0002at\u0002to\u0002on\u0004near\u0004from\u0002of\u0002by\u0003off\u0002in";
// the words that never name the street here: a, an, and, this, that, same, new, old, former, other, current, previous,
// usual, side, back, front, via, for ("the side st entrance", "the same st address"), and a clinic's: peds, ped, pt, ot,
// op, outpt ("the peds st clinic", speech therapy's)
const NOT_STREET54B = "\u0001a\u0002an\u0003and\u0004this\u0004that\u0004same\u0003new\u0003old\u0006former\u0005other\u0007current\u0008previous\u0005usual\u0004side\u0004back\u0005front\u0003via\u0003for\u0004peds\u0003ped\u0002pt\u0002ot\u0002op\u0005outpt";

/**
 * (stop 54, fy54b) Token k, a street type ("St", "Ave", "Rd", "Blvd", "Dr"...), closes a street named without a house
 * number that names the site right after it, one blank away (a period of the type's between allowed, "Ridgely St.
 * garage"): a word of SITE_WORDS54B ("site", "office", "entrance", "house", "store", "bldg"...). Before the type one to
 * three words in the text's case (capitalised in mixed case, in capitals in ALL CAPS, lower case in lower-case text; an
 * ordinal, "12th", or a direction's letter, "W", "e.", too), no title, cue, credential, month or unit, none of
 * NOT_STREET54B, no word of medical shape (medicalShape()), each one blank apart; before them an anchor word of
 * ANCHORS54B ("at the", "at our", "to"), one blank away, or a comma or a colon ("deboning line, Berry St plant", "best parking: Ridgely St. garage"). In ALL CAPS and
 * lower case only an abbreviated type (ABBR_TYPES54B or "dr"), and before "st" or "rd" a word of the street a name, a
 * place, no common word, or an ordinal (as framedStreet30's "named"). "dr"/"drive" never before "office", "house" or
 * "clinic" (the eye dr office).
 * Writes the street (not the site word) and returns true.
 */
export function streetSite54b(k: u32, sh: u32, mode: u32): bool {
  const caps = mode == MODE_CAPS && sh == SH_UPPER;
  const lower = mode == MODE_LOWER && sh == SH_LOWER;
  if (!(mode == MODE_MIXED && sh == SH_CAP || (caps || lower)) || (k < 2 || k + 1 >= count)) return false;
  const drive = wordIn(k, DRIVE54B);
  if (!drive && !(caps || lower ? wordIn(k, ABBR_TYPES54B) : wordIn(k, FRAMED_TYPES30) && !wordIn(k, "\u0002ln"))) return false;
  // the site word, one blank after the type (or its period and a blank)
  const n = k + 1;
  const ke = rd(tEnd, k);
  const ns = rd(tStart, n);
  if (!(oneBlank54(ke, ns) || ns == ke + 2 && (byteAt(ke) == 0x2e && byteAt(ke + 1) == 0x20))) return false;
  if (!wordIn(n, SITE_WORDS54B) || drive && wordIn(n, "\u0006office\u0005house\u0006clinic")) return false;
  // the street's words, back to an anchor
  let first = k;
  let m = k - 1;
  let anchored = false;
  let named = false;
  while (k - m <= 3 && exists(m)) {
    const me = rd(tEnd, m);
    const next = rd(tStart, m + 1);
    // (one blank, or an abbreviated direction's period and a blank: "e. 25th st")
    const dotted = next == me + 2 && ((byteAt(me) == 0x2e && byteAt(me + 1) == 0x20) && ((rd(tData, m) & F_DIRECTION) != 0 &&
      me - rd(tStart, m) <= 2));
    if (!(oneBlank54(me, next) || dotted)) break;
    if (wordIn(m, ANCHORS54B)) {
      anchored = first < k;
      break;
    }
    const ms = rd(tShape, m);
    const plain = ms == sh && (((rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_UNIT)) == 0 && !wordIn(m, NOT_STREET54B)) &&
      !medicalShape(m));
    const dir = (rd(tData, m) & F_DIRECTION) != 0 && (me - rd(tStart, m) <= 2 && ms != SH_NUM);
    if (!(plain || (ordinalAt(m) || dir && first < k))) break;
    const md = rd(tData, m);
    if (tierOf(md) == 0 || (placeStr(md) > 0 || (nameStr(m) >= 2 || ordinalAt(m)))) named = true;
    first = m;
    if (m == 0) break;
    m--;
  }
  if (first == k || rd(tShape, first) == SH_INITIAL && (rd(tData, first) & F_DIRECTION) == 0) return false;
  if (!anchored) {
    // (or a comma or a colon right before the first word: "line, Berry St plant", "parking: Ridgely St. garage")
    const g = rd(tGap, first);
    anchored = (g & (G_COMMA | G_COLON)) != 0 && (g & (G_NEWLINE | G_FAR)) == 0;
  }
  if (!anchored || rd(tShape, first) == SH_NUM && !ordinalAt(first)) return false;
  // (in ALL CAPS and lower case, before "st" or "rd", a word of the street must be a name, a place or no common word,
  // or an ordinal: "the renal rd office", "OUTPATIENT ST CLINIC", "THE INFERIOR ST SITE" are a dietitian's, a speech
  // therapist's and an ECG's)
  if ((caps || lower) && (!named && wordIn(k, "\u0002st\u0002rd"))) return false;
  spanDone(rd(tStart, first), ke, ENTITY_LOCATION, 850, R_ADDRESS, first, k);
  return true;
}
