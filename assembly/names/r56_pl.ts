// Why this file exists: stop 56's places round (pl56): a town's or a water's feature word one blank after a place the
// older rules found, "Salisbury Neck, MD", "LATTA CROSSROADS, SC", "near Fort Peck Lake.", "in jamaica flats.", "lake
// linden bay mi", was left out of the place's span (in all three cases): the feature rules read it only right after a
// town they decide themselves, or after an address's comma. Kept out of detect.ts (its call site stays in span()).
// Reads bytes of the input only, allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { lettersEnd, lettersStart, numValue, wordIndex } from "../scanners/util";
import { F_STATE } from "./flags";
import { rangeData, tableReady } from "./table";
import { ENTITY_LOCATION } from "../abi";
import { R_ADDRESS, TOWN_FEATURES44, TOWN_SUFFIXES, TOWN_SUFFIXES_27, shape45b } from "./detect";

// (stop 56, pl56) feature words that end a place's name which the older lists leave out: crossroads, barrens, park,
// island, canyon
const FEATURES56 = "\u000acrossroads\u0007barrens\u0004park\u0006island\u0006canyon";

/** (stop 56, pl56) The letters a..e are a feature word that ends a place's name. */
function feature56(a: u32, e: u32): bool {
  return wordIndex(TOWN_SUFFIXES, a, e) >= 0 || (wordIndex(TOWN_SUFFIXES_27, a, e) >= 0 ||
    (wordIndex(TOWN_FEATURES44, a, e) >= 0 || wordIndex(FEATURES56, a, e) >= 0));
}

/**
 * (stop 56, pl56) The place's phrase closes at byte e: the input's end, a byte no letter, digit, apostrophe or '&', or one
 * blank and a byte no letter or digit (a ZIP's five digits excepted: "Harper Falls 54830"); "Lake Bay 4", "Boston
 * Lake's" go on.
 */
function closes56(e: u32): bool {
  if (e >= inLen) return true;
  const b = byteAt(e);
  if (b != 0x20) return !isAlpha(b) && (!(b >= 0x30 && b <= 0x39) && (b != 0x27 && b != 0x26));
  if (e + 1 >= inLen) return true;
  const c = byteAt(e + 1);
  if (c >= 0x30 && c <= 0x39) {
    let q = e + 1;
    while (q < inLen && (byteAt(q) >= 0x30 && byteAt(q) <= 0x39)) q++;
    return q - e - 1 == 5 && (q >= inLen || !isAlpha(byteAt(q)));
  }
  return !isAlpha(c) && (c != 0x26 && c != 0x20);
}

/**
 * (stop 56, pl56) The pending place (a town, state or country the older rules found) ends at byte e0 and one or two
 * feature words (TOWN_SUFFIXES, TOWN_SUFFIXES_27, TOWN_FEATURES44, FEATURES56) follow it one blank apart, in its last
 * word's case, before `limit` (the next span's start: every older rule has read them and taken none), and the phrase
 * closes after them (closes56()), or a state's code follows in the note's case (after a blank or ", ") and closes it:
 * "Salisbury Neck, MD", "LATTA CROSSROADS, SC", "NEAR FORT PECK LAKE.", "in jamaica flats.", "lake linden bay mi",
 * "Salt Lake City —". Returns the grown span's end, or 0. Not "Boston Bluffs clinic" (the phrase goes on), "Denver bay 4"
 * (a number after it), "Boston neck pain".
 */
export function townFeature56(e0: u32, limit: u32): u32 {
  const a0 = lettersStart(e0);
  if (a0 == e0) return 0;
  const sh = shape45b(a0);
  let i = e0;
  let got: u32 = 0;
  for (let w = 0; w < 2; w++) {
    if (i >= inLen || byteAt(i) != 0x20) break;
    const a = i + 1;
    const e = lettersEnd(a);
    if (e - a < 3 || (e > limit || (shape45b(a) != sh || !feature56(a, e)))) break;
    i = e;
    got = e;
  }
  if (got == 0) return 0;
  if (closes56(got)) return got;
  // (a state's code after it, "Crossville Knob, TN", "lake linden bay mi": capitals unless the note is in lower case)
  let w = got + 1;
  if (byteAt(got) == 0x2c) w++;
  if (w + 2 > inLen || (byteAt(w - 1) != 0x20 || lettersEnd(w) != w + 2)) return 0;
  const up = byteAt(w) <= 0x5a;
  if (up != (sh != 0) || (byteAt(w + 1) <= 0x5a) != up) return 0;
  return tableReady() && ((rangeData(w, w + 2) & F_STATE) != 0 && closes56(w + 2)) ? got : 0;
}

// (stop 56, pl56) words that open an address's field before its house number: "home at 455 ...", "ADDRESS 771 ..."
const NUMBER_OPENERS56 = "\u0002at\u0007address\u0004addr\u0004home\u0009residence";

/**
 * (stop 56, pl56) The bytes q - 2 .. q - 1 open a field before a house number at q: the text's or a line's start, a tab,
 * '(' right before it, or one blank after a comma, a semicolon, a colon, a blank, '(', a dash, a middle dot, an em
 * dash or a word of NUMBER_OPENERS56.
 */
export function numberOpens56(q: u32): bool {
  if (q == 0) return true;
  const b = byteAt(q - 1);
  if (b == 0x0a || (b == 0x09 || b == 0x28)) return true;
  if (b != 0x20 || q < 2) return false;
  const c = byteAt(q - 2);
  if (c == 0x2c || (c == 0x3b || (c == 0x3a || (c == 0x20 || (c == 0x28 || (c == 0x2d || (c == 0xb7 || c == 0x94))))))) return true;
  const a = lettersStart(q - 1);
  return a < q - 1 && ((a == 0 || !isAlpha(byteAt(a - 1))) && wordIndex(NUMBER_OPENERS56, a, q - 1) >= 0);
}

/**
 * (stop 56, pl56) A street's name that the older rules took for a town or a name, its house number left before it: the
 * pending span s..e (a town's, or a name guessed from the lists or its shape) follows one blank after one to five digits
 * (no leading zero) that open a field (numberOpens56()), and the address goes on after it: a town's span that holds its
 * comma ("900 Broadway, Bangor ME"), a comma after a town's span ("455 Broadway, Everett MA"), or, after a name's guess,
 * a place's span next (`nStart`, `nType`) after ", " or after one blank when it is a town's with its state ("5618 Castle
 * Hunt, San Antonio", "220 Fellsway West, Medford", "771 E WHITTIER ST COLUMBUS OH"). Returns the number's start (the
 * span becomes the street's), or s. Not "Walgreens #4471 Columbia" ('#' before the number), "Bed 12 Lee, Boston"
 * (no field's opening before it), "12 Smith, John" (no place after it), "\n1145 HASSAN, AMIRA" (a log's time).
 */
export function streetNumber56(s: u32, e: u32, isName: bool, nStart: u32, nType: u32, nReason: u32): u32 {
  if (s < 2 || byteAt(s - 1) != 0x20) return s;
  let q = s - 1;
  while (q > 0 && (byteAt(q - 1) >= 0x30 && byteAt(q - 1) <= 0x39)) q--;
  if (q == s - 1 || (s - 1 - q > 5 || (byteAt(q) == 0x30 || !numberOpens56(q)))) return s;
  // (three or four digits opening a line that read as a clock's time are a log's, "1145 HASSAN, AMIRA")
  if ((q == 0 || byteAt(q - 1) == 0x0a) && (s - 1 - q == 3 || s - 1 - q == 4)) {
    const v = numValue(q, s - 1);
    if (v / 100 < 24 && v % 100 < 60) return s;
  }
  if (!isName) {
    if (e < inLen && byteAt(e) == 0x2c) return q;
    for (let i = s; i + 1 < e; i++) if (byteAt(i) == 0x2c && byteAt(i + 1) == 0x20) return q;
    return s;
  }
  if (nType != ENTITY_LOCATION || e >= inLen) return s;
  if (byteAt(e) == 0x2c && (nStart == e + 2 && byteAt(e + 1) == 0x20)) return q;
  return byteAt(e) == 0x20 && (nStart == e + 1 && nReason == R_ADDRESS) ? q : s;
}
