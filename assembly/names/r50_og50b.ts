// Why this file exists: stop 50b (og50b) reads the place after an organisation's "of" that org45's join (orgOfJoin45(),
// which needs the place decided as one span right after " of " or " of the ") does not reach: a region before a state
// ("YMCA of Southwestern Indiana"), a state in lower case ("delta dental of utah"), "the Valley" and the like, and a
// hospice named by "Hospice of" and its place in any case. Kept out of detect.ts (its call sites stay there); reads bytes
// of the input and the token ring only, allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { lettersEnd, lettersStart, wordIndex } from "../scanners/util";
import { F_STATE } from "./flags";
import { ENTITY_LOCATION } from "../abi";
import { R_ORGANIZATION, exists, placeStr, rd, spanDone, tData, tEnd, tStart, tight, unknownWord, wordIn } from "./detect";
import { hotIn62 } from "./r62_sc62";

// the fifty states' names (two words with their blank), and Puerto Rico and New England, which the fixtures' agencies
// name as they name a state ("Mothers' Milk Bank of New England")
const STATES50B = "\u0007alabama\u0006alaska\u0007arizona\u0008arkansas\u000acalifornia\u0008colorado\u000bconnecticut\u0008delaware\u0007florida\u0007georgia\u0006hawaii\u0005idaho\u0008illinois\u0007indiana\u0004iowa\u0006kansas\u0008kentucky\u0009louisiana\u0005maine\u0008maryland\u000dmassachusetts\u0008michigan\u0009minnesota\u000bmississippi\u0008missouri\u0007montana\u0008nebraska\u0006nevada\u0004ohio\u0008oklahoma\u0006oregon\u000cpennsylvania\u0009tennessee\u0005texas\u0004utah\u0007vermont\u0008virginia\u000awashington\u0009wisconsin\u0007wyoming\u000dnew hampshire\u000anew jersey\u000anew mexico\u0008new york\u000enorth carolina\u000cnorth dakota\u000esouth carolina\u000csouth dakota\u000dwest virginia\u000crhode island\u000bpuerto rico\u000bnew england";
// the words of a region that stand before a state ("Central Ohio", "Southeast Alabama", "Greater Providence") or alone
// after "the" ("of the Northeast", "of the South")
const REGIONS50B = "\u0007central\u0008southern\u0008northern\u0007eastern\u0007western\u0005north\u0005south\u0004east\u0004west\u0009southeast\u000csoutheastern\u0009southwest\u000csouthwestern\u0009northeast\u000cnortheastern\u0009northwest\u000cnorthwestern\u0007greater\u0005upper\u0005lower\u0006middle";
// the words after "of the" that name no place ("hospice of the patient's choice" stops at its apostrophe; "of the week",
// "of the family", "center of the lesion")
const NOT_PLACE50B = "\u0003her\u0003his\u0005their\u0003its\u0002my\u0004your\u0003our\u0007patient\u0008patients\u0006family\u0004week\u0003day\u0005month\u0004year\u0004time\u0004past\u0006future\u0004same\u0005other\u0005above\u0009following\u0006choice\u0004home\u0008hospital\u0008facility\u0004unit\u0004area\u0006region\u0006county\u0004city\u0005state\u0004town\u0009community\u0006lesion\u0005wound\u0004body\u0007disease\u0007illness\u0009treatment\u0007program\u0004team\u0005staff\u0005world\u0006nation\u0007country\u0005visit\u0004note\u0004plan\u0004care\u0006record\u0005chart";

// the words before "hospice" that frame its name rather than open it ("referred to Hospice of the Valley", "agency:
// hospice of ...", "with the hospice of ...")
const FRAMES50B = "\u0002to\u0004from\u0004with\u0002at\u0002by\u0003via\u0003the\u0003and\u0003for\u0003per\u0005refer\u0008referred\u0008enrolled\u0008admitted\u0004call\u0006called\u0007contact\u0006agency\u0008provider";

/** The three letters at a are "the" (any case). */
function isThe50b(a: u32): bool {
  return (byteAt(a) | 0x20) == 0x74 && ((byteAt(a + 1) | 0x20) == 0x68 && (byteAt(a + 2) | 0x20) == 0x65);
}

/** The word [a, e) is "valley" or "valleys" (any case). */
function isValley50b(a: u32, e: u32): bool {
  const n = e - a;
  if (n != 6 && !(n == 7 && (byteAt(a + 6) | 0x20) == 0x73)) return false;
  return (byteAt(a) | 0x20) == 0x76 && ((byteAt(a + 1) | 0x20) == 0x61 && ((byteAt(a + 2) | 0x20) == 0x6c &&
    ((byteAt(a + 3) | 0x20) == 0x6c && ((byteAt(a + 4) | 0x20) == 0x65 && (byteAt(a + 5) | 0x20) == 0x79))));
}

/** The letter case of the word at a: 0 lower case, 1 capitalised, 2 capitals. */
export function shape50b(a: u32): u32 {
  const c = byteAt(a);
  if (c >= 0x61 && c <= 0x7a) return 0;
  const d = byteAt(a + 1);
  return d >= 0x61 && d <= 0x7a ? 1 : 2;
}

/** A word ends at e: the input's end or a byte no letter, digit, apostrophe, ampersand or hyphen. */
function boundary50b(e: u32): bool {
  if (e >= inLen) return true;
  const b = byteAt(e);
  return !isAlpha(b) && (!(b >= 0x30 && b <= 0x39) && (b != 0x27 && (b != 0x26 && b != 0x2d)));
}

/**
 * The phrase closes at e: the input's end, a byte no letter, digit, blank, apostrophe, ampersand or hyphen ("the
 * Valley,", "the bluegrass (hazard"), or one blank and a byte no letter, digit or blank ("the valleys — admission",
 * "hospice of acadiana · log"; not "the valley floor").
 */
export function strong50b(e: u32): bool {
  if (e >= inLen) return true;
  const b = byteAt(e);
  if (b != 0x20) return boundary50b(e);
  if (e + 1 >= inLen) return true;
  const c = byteAt(e + 1);
  return !isAlpha(c) && (!(c >= 0x30 && c <= 0x39) && (c != 0x20 && (c != 0x26 && c != 0x27)));
}

/** The word at [a, e) is a state's name, or it and the next one are: the state's end, or 0. */
function stateEnd50b(a: u32, e: u32, sh: u32): u32 {
  if (byteAt(e) == 0x20) {
    const b = e + 1;
    const f = lettersEnd(b);
    if (f > b && (shape50b(b) == sh && wordIndex(STATES50B, a, f) >= 0)) return f;
  }
  return wordIndex(STATES50B, a, e) >= 0 ? e : 0;
}

/**
 * The place after an organisation's "of", from byte i (the byte after "of "), every word in the letter case sh (0 lower
 * case, 1 capitalised, 2 capitals; "of" and "the" in any): a state's name ("of Wisconsin", "of new mexico"), a region's
 * word and a state's name ("of Southwestern Indiana", "OF SOUTHEAST ALABAMA", "of central new mexico"), "the" and a
 * region's word strongly closed ("of the Northeast."), or "the" and one to three words, the last "valley" or "valleys"
 * ("of the Valley", "of the Fox Valley") or, when any is set, any words none of NOT_PLACE50B strongly closed ("of the
 * Bluegrass (Hazard", "of the big bend,"). Returns the place's end, or 0.
 */
export function ofPlaceEnd50b(i: u32, sh: u32, any: bool): u32 {
  let a = i;
  let e = lettersEnd(a);
  let the = false;
  if (e == a + 3 && (byteAt(e) == 0x20 && isThe50b(a))) {
    the = true;
    a = e + 1;
    e = lettersEnd(a);
  }
  if (e == a || shape50b(a) != sh) return 0;
  let s = stateEnd50b(a, e, sh);
  if (s != 0) return !the && boundary50b(s) ? s : 0;
  if (wordIndex(REGIONS50B, a, e) >= 0) {
    if (byteAt(e) == 0x20) {
      const b = e + 1;
      const f = lettersEnd(b);
      if (f > b && shape50b(b) == sh) {
        s = stateEnd50b(b, f, sh);
        if (s != 0) return boundary50b(s) ? s : 0;
      }
    }
    return the && strong50b(e) ? e : 0;
  }
  if (!the) return 0;
  for (let n = 0; n < 3; n++) {
    if (e < a + 3 || wordIndex(NOT_PLACE50B, a, e) >= 0) return 0;
    if (isValley50b(a, e) && boundary50b(e)) return e;
    if (any && strong50b(e)) return e;
    if (byteAt(e) != 0x20) return 0;
    a = e + 1;
    e = lettersEnd(a);
    if (e == a || shape50b(a) != sh) return 0;
  }
  return 0;
}

/**
 * (og50b, rule 1) The pending organisation or facility ends at byte e and " of " follows: the end of its place read by
 * ofPlaceEnd50b() (no "any" words: a facility's "of the" and a common word stay the older rules'), or 0. The words after
 * "of" take the case of the span's last word; after a word in capitals in mixed-case text ("YMCA of Southwestern
 * Indiana") they may be capitalised.
 */
export function orgOfPlace50b(e: u32): u32 {
  if (byteAt(e) != 0x20 || ((byteAt(e + 1) | 0x20) != 0x6f || ((byteAt(e + 2) | 0x20) != 0x66 || byteAt(e + 3) != 0x20))) return 0;
  const a = lettersStart(e);
  if (a == e) return 0;
  let sh = shape50b(a);
  const i = e + 4;
  if (i >= inLen || !isAlpha(byteAt(i))) return 0;
  // (the case of the first word after "of" that is not "the")
  let j = i;
  if (lettersEnd(i) == i + 3 && (byteAt(i + 3) == 0x20 && isThe50b(i))) j = i + 4;
  if (sh == 2 && shape50b(j) == 1) sh = 1;
  return ofPlaceEnd50b(i, sh, false);
}

/**
 * (og50b, rule 2) Token k is "hospice" (in the case of its text: capitalised, capitals or lower case), "of" right after
 * it, and a place after "of": ofPlaceEnd50b() with any words after "the" ("Hospice of the Valley", "HOSPICE OF THE
 * BLUEGRASS (HAZARD, KY)", "hospice of the alleghenies", "hospice of northwest ohio"), or one word strongly closed that
 * is a listed town or a word no list has ("hospice of acadiana —"). Writes the organisation from "hospice" (the words
 * before it, "Community", "Ohio Living", are their own rules') and returns true. Not "hospice of her choice", "hospice
 * of the patient's choosing", "benefits of hospice".
 */
export function hospiceOf50b(k: u32, sh: u32): bool {
  if (sh > 2 || (!exists(k + 2) || (!tight(k + 1) || (!tight(k + 2) || (!hotIn62(k, "\u0007hospice") || !wordIn(k + 1, "\u0002of")))))) return false;
  // ("hospice" opens the name: no word of its case right before it but a frame's; "Ohio Living Hospice of Northwest
  // Ohio", "heartland hospice of the ozarks" are the facility rules', read at a later token)
  if (k > 0 && (exists(k - 1) && (tight(k) && (shape50b(rd(tStart, k - 1)) == sh && !wordIn(k - 1, FRAMES50B))))) return false;
  const o = rd(tEnd, k + 1);
  if (byteAt(o) != 0x20) return false;
  let e = ofPlaceEnd50b(o + 1, sh, true);
  if (e == 0) {
    const w = k + 2;
    const we = rd(tEnd, w);
    const d = rd(tData, w);
    if (shape50b(rd(tStart, w)) != sh || (rd(tStart, w) != o + 1 || (!strong50b(we) || (d & F_STATE) != 0))) return false;
    if (!(unknownWord(w) || placeStr(d) != 0) || wordIndex(NOT_PLACE50B, rd(tStart, w), we) >= 0) return false;
    e = we;
  }
  // (a comma and a word after it: the branch's town, which the older rules read with the name, "Hospice of the Valley,
  // Visalia", "hospice of the big bend, alpine, tx": left to them)
  if (e + 2 < inLen && (byteAt(e) == 0x2c && (byteAt(e + 1) == 0x20 && isAlpha(byteAt(e + 2))))) return false;
  let last = k + 1;
  while (exists(last + 1) && rd(tEnd, last + 1) <= e) last++;
  spanDone(rd(tStart, k), e, ENTITY_LOCATION, 750, R_ORGANIZATION, k, last);
  return true;
}
