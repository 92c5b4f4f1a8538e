// Why this file exists: stop 52 (og52) keeps its two rules out of detect.ts: a device maker's cell in an implant log's
// row, between the item's cell and the catalog number that a lot's or a serial's cell follows ("FEMORAL CR SZ 4   STRYKER
// 5510-F-401   MHRK4471", "PEDICLE SCREW 6.5 X 45 (X4)   GLOBUS MEDICAL  1197.6545   GM0448211"); and the word glued by a
// hyphen before an organisation's span, a joint body's first town ("Lincoln-Lancaster County Health Department",
// "CLARKSVILLE-MONTGOMERY COUNTY EMA", "Ark-La-Tex Nephrology", "ALL-CARE STAFFING").
import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import {
  G_FAR, MAKERS39, MODE_LOWER, MODE_MIXED, NOT_PERSON49, R_ORGANIZATION, SH_CAP, SH_LOWER, SH_UPPER, count, lineStart,
  medicalShape, modeAt, pEnd, pType, rd, spanDone, tData, tDone, tEnd, tGap, tShape, tStart, tierOf, wordIn
} from "./detect";
import { ENTITY_LOCATION } from "../abi";
import { isDigit, wordIndex } from "../scanners/util";

/** Labels that open a lot's or a serial's cell after the catalog number ("5510-F-501     LOT 2K7HX4", "SN 44718AXQ"). */
const LOT_LABELS52 = "\u0003lot\u0002sn\u0003ref\u0006serial\u0003udi";

/** Token k's shape fits the text's case: capitals or capitalised in mixed case, capitals in ALL CAPS, lower case in
 * lower-case text. */
function makerShape52(k: u32, mode: u32): bool {
  const sh = rd(tShape, k);
  if (mode == MODE_MIXED) return sh == SH_UPPER || sh == SH_CAP;
  return sh == (mode == MODE_LOWER ? SH_LOWER : SH_UPPER);
}

/** Bytes [s, e) are letters only. */
function lettersOnly52(s: u32, e: u32): bool {
  for (let i = s; i < e; i++) if (!isAlpha(byteAt(i))) return false;
  return true;
}

/**
 * A catalog number opening at byte i: letters, digits, '-' and '.', at least two digits, a '-' or a '.' between two
 * letters or digits ("5510-F-401", "1197.6545", "CREST-1015", "DBX-05"), then a column's gap (two blanks or a tab) and a
 * lot's or a serial's cell: a label of LOT_LABELS52 or a code of letters and digits ("MHRK4471", "GM0448211",
 * "MTF-2209-44815"). Returns true when the row goes on so.
 */
function catalogLot52(i: u32): bool {
  let j = i;
  let digits: u32 = 0;
  let joins: u32 = 0;
  while (j < inLen) {
    const b = byteAt(j);
    if (isDigit(b)) digits++;
    else if (b == 0x2d || b == 0x2e) {
      if (j == i || !(j + 1 < inLen && isAlnum(byteAt(j + 1)))) return false;
      joins++;
    } else if (!isAlpha(b)) break;
    j++;
  }
  if (j - i < 4 || (digits < 2 || joins == 0)) return false;
  // the column's gap: two blanks or a tab
  let n: u32 = 0;
  while (j < inLen && (byteAt(j) == 0x20 || byteAt(j) == 0x09)) {
    if (byteAt(j) == 0x09) n++;
    n++;
    j++;
  }
  if (n < 2 || j >= inLen) return false;
  // the lot's cell: a label word, or a run of letters, digits and hyphens with a letter and a digit
  const s = j;
  let letters: u32 = 0;
  digits = 0;
  while (j < inLen) {
    const b = byteAt(j);
    if (isDigit(b)) digits++;
    else if (isAlpha(b)) letters++;
    else if (b != 0x2d) break;
    j++;
  }
  if (letters > 0 && digits > 0) return true;
  return digits == 0 && (j - s >= 2 && (j - s <= 6 && wordIndex(LOT_LABELS52, s, j) >= 0));
}

/**
 * (stop 52, og52) Token k, after a column's two blanks and a cell on its line, is a device maker's cell in an implant
 * log's row: one or two words of letters in the text's case (the second one blank after the first: "GLOBUS MEDICAL",
 * "MTF BIOLOGICS"), then blanks and a catalog number that a column's gap and a lot's or a serial's cell follow
 * (catalogLot52()). The first word is a maker of MAKERS39 ("STRYKER", which the name list holds as a surname) or a word
 * no core or common English list holds, no name's context (a title, a cue, a credential, a street, a state, a month) and
 * no medical word: "ROOM 22-W  PHCC-1187", "CLAIM 7720418-99  14MAR2099" are a table's labels. Writes the maker's
 * organisation (score 800) and returns true.
 */
export function implantMaker52(k: u32): bool {
  if (k + 1 >= count || (rd(tDone, k) != 0 || (lineStart(k) || (rd(tGap, k) & G_FAR) != 0))) return false;
  // (stop 63, sq63: the tests that need no mode before modeAt(), which ~1.8k calls a mixed pass paid first: a word in
  // one of the three shapes makerShape52() takes in some mode, three letters or more, and a blank after it, without
  // which no second word and no catalog's gap follow)
  const s0 = rd(tStart, k);
  let e = rd(tEnd, k);
  if (rd(tShape, k) > SH_UPPER || (e - s0 < 3 || (byteAt(e) != 0x20 || !lettersOnly52(s0, e)))) return false;
  const mode = modeAt(k);
  if (!makerShape52(k, mode)) return false;
  const d = rd(tData, k);
  if (!wordIn(k, MAKERS39) && (tierOf(d) == 1 || (tierOf(d) == 2 || ((d & NOT_PERSON49) != 0 || medicalShape(k))))) return false;
  // (a second word of letters one blank after the first, in its case: "GLOBUS MEDICAL")
  let last = k;
  const n = k + 1;
  if (byteAt(e) == 0x20 && (rd(tStart, n) == e + 1 && (makerShape52(n, mode) && lettersOnly52(e + 1, rd(tEnd, n))))) {
    last = n;
    e = rd(tEnd, n);
  }
  let i = e;
  while (i < inLen && byteAt(i) == 0x20) i++;
  if (i == e || (i >= inLen || !catalogLot52(i))) return false;
  if (pType != 0 && pEnd > s0) return false;
  spanDone(s0, e, ENTITY_LOCATION, 800, R_ORGANIZATION, k, last);
  return true;
}

/** Words glued by a hyphen before a name that make a kind of it, no part of it ("non-VA clinic", "post-Katrina FEMA",
 * "ex-Navy"). */
const HYPHEN_PREFIXES52 = "\u0003non\u0003pre\u0004post\u0004anti\u0002ex\u0002re\u0002co\u0004self\u0005inter\u0005intra\u0005multi\u0003sub\u0004semi\u0003mid";

/** The letters at w and s are of one case, and so are the ones after them when both are letters ("Lincoln-Lancaster",
 * "WHEELING-OHIO", "macon-bibb", "Ark-La-Tex"). */
function sameCase52(w: u32, s: u32): bool {
  const a = byteAt(w);
  const b = byteAt(s);
  if ((a < 0x5b) != (b < 0x5b)) return false;
  const a1 = byteAt(w + 1);
  const b1 = byteAt(s + 1);
  return !(isAlpha(a1) && isAlpha(b1)) || (a1 < 0x5b) == (b1 < 0x5b);
}

/**
 * (stop 52, og52) An organisation's span opening at byte a takes the words glued before it by a hyphen, one or two
 * (a joint body's first town, a firm's first half: "Lincoln-Lancaster County Health Department", "TOLEDO-LUCAS COUNTY
 * HEALTH DEPARTMENT", "clarksville-montgomery county ema", "Ark-La-Tex Nephrology", "ALL-CARE STAFFING", "SMART-TD LOCAL
 * 1447"): each word two to sixteen letters, in the case of the span's first word, none of HYPHEN_PREFIXES52, no letter,
 * digit, period, slash, apostrophe, "@" or "_" before it, and not before `floor` (the last finding's end: "DR ODUYA-STEIN,
 * TEXAS ORTHOPEDICS" keeps the person's "ODUYA"). Returns the span's new start.
 */
export function hyphenStart52(a: u32, floor: u32): u32 {
  let s = a;
  for (let n = 0; n < 2; n++) {
    if (s < 3 || (byteAt(s - 1) != 0x2d || !isAlpha(byteAt(s - 2)))) break;
    let w = s - 2;
    while (w > 0 && isAlpha(byteAt(w - 1))) w--;
    const len = s - 1 - w;
    if (w < floor || (len < 2 || (len > 16 || !sameCase52(w, s)))) break;
    if (w > 0) {
      const b = byteAt(w - 1);
      if (isAlnum(b) || (b >= 0x80 || (b == 0x2e || (b == 0x2f || (b == 0x27 || (b == 0x40 || b == 0x5f)))))) break;
    }
    if (wordIndex(HYPHEN_PREFIXES52, w, s - 1) >= 0) break;
    s = w;
  }
  return s;
}
