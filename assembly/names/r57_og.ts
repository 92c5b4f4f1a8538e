// Why this file exists: stop 57 (og57) keeps its two rules out of detect.ts (call sites in step(), beside og56's health
// rule): a house of worship named by a head English has no other use for (worship57(): "Masjid As-Salaam", "Gurdwara
// Sahib of Eastvale", "Dar Al-Hijrah Mosque", "Shree Radha Krishna Mandir", "Congregation Anshei Sfard"), and an employer named by its words and a work head after an employment frame, in ALL CAPS and lower case, where the
// older rules refused its first word because English has it ("works nights at cardinal glass in moorhead", "lost job at
// green mountain power in december", "TRUCK DRIVER FOR OLD DOMINION FREIGHT LINE", "formerly roofer with sun city
// roofing", "at work at target corporation"). Read at the head's word, the name's words walked back with og55's walk
// (tradeWord40(), at most three, already pushed); reads two tokens ahead, allocates nothing.
import { tradeClose54, tradeStrength54 } from "./r54_og54b";
import { ENTITY_LOCATION } from "../abi";
import { F_FAC_MOD, F_FACILITY } from "./flags";
import {
  CAPS_EMPLOYER_STOPS, G_COLON, G_HYPHEN, MODE_MIXED, NAME_DETERMINERS, OCCUPATIONS, R_ORGANIZATION, SH_CAP, SH_LOWER, SH_UPPER,
  SUFFIX40, afterWorkCue, ampGap, count, exists, modeAt, nameStr, pEnd, pType, placeStr, rd, spanDone, tData, tDone, tEnd, tGap,
  tShape, tStart, textShape, tierOf, tight, tradeHeads40, tradeWord40, wordIn
} from "./detect";

// work heads stop 40's trade list lacks: a utility, a glazier, a carrier, a dairy's creamery, a mill, a refinery
// ("Green Mountain Power", "Cardinal Glass", "Averitt Express", "Swift Transportation", "Cass Clay Creamery")
export const HEADS57 = "\u0005power\u0005glass\u0007express\u000etransportation\u0008creamery\u0007sawmill\u0008refining\u0007hauling\u0007cartage";
// legal endings that close an employer's name by themselves ("target corporation", "TREE TOP INC."); not "company",
// which English puts after a kind ("works for the cable company")
export const LEGAL57 = "\u000bcorporation\u0004corp\u0003inc\u0003llc";
// a carrier's "line" or "lines" after its kind ("Old Dominion Freight Line", "Delta Air Lines", "Atlas Van Lines",
// "Carnival Cruise Line"); "line" alone is a catheter's or a queue's
const LINE_KINDS57 = "\u0007freight\u0003air\u0006cruise\u0003van\u0003bus\u0009steamship";
// workers named before "for" or "at" besides stop 28's occupations ("ranch hand for ...", "forklift operator at ...")
const HANDS57 = "\u0004hand\u0005hands\u0008operator\u0006bolter";
// words after the name that end it in the text's case, besides CAPS_EMPLOYER_STOPS ("... in december", "... part-time",
// "... now", "... since 2080"); a plant after the name is the employer's ("jim bridger power plant")
const AFTER57 = "\u0003now\u0005still\u0004also\u0005again\u0006before\u0005since\u0003ago\u0005years\u0003but\u0004when\u0005while\u0004says\u0003who";

/** (step()'s gate) A token of `len` letters opening with byte b may be a head of HEADS57 or LEGAL57, or "line(s)". */
// @ts-ignore: decorator
@inline export function workGate57(b: u32, len: u32): bool {
  const c = b | 0x20;
  return c == 0x6c ? len - 3 <= 2 : c == 0x70 ? len == 5 : c == 0x67 ? len == 5 : c == 0x65 ? len == 7 :
    c == 0x74 ? len == 14 : c == 0x63 ? len == 8 || len == 11 || len == 4 || len == 7 : c == 0x73 ? len == 7 :
    c == 0x72 ? len == 8 : c == 0x68 ? len == 7 : c == 0x69 && len == 3;
}

/** (og57) Token f opens an employer's name after a work's frame: afterWorkCue() ("works at", "job at", "employer:",
 * "truck driver for"), or a worker's noun right before "with", "for" or "at" whatever the name's first word
 * ("roofer with sun city roofing", "ranch hand for milk river ...", "driver for old dominion ..."): the head after the
 * name vouches for it. */
function workFrame57(f: u32): bool {
  if (afterWorkCue(f)) return true;
  if (f < 2 || (!exists(f - 2) || (!tight(f) || !tight(f - 1)))) return false;
  const p = f - 1;
  const v = p - 1;
  const vs = rd(tShape, v);
  if (vs != SH_LOWER && vs != SH_UPPER) return false;
  // (a hand's "with" is an injury's: "cut hand with broken window glass")
  if (wordIn(p, "\u0004with")) return wordIn(v, OCCUPATIONS);
  return wordIn(p, "\u0003for\u0002at") && (wordIn(v, OCCUPATIONS) || wordIn(v, HANDS57));
}

/**
 * (og57) Token k, a work head in the text's letter case (ALL CAPS or lower case only; the mixed-case employer rules read
 * capitalised names): a word of stop 40's trade list or HEADS57, a legal ending (LEGAL57), or "line"/"lines" after a
 * carrier's kind (LINE_KINDS57), closes one to three name words before it (tradeWord40(): no cue, title, function word,
 * determiner, kind's word, facility head) after a work's frame (workFrame57()). The words: two that may name a firm or one
 * that tells it from English (tradeStrength54(): "cardinal", "dominion"), one naming word before a legal ending. A legal
 * ending or "plant" after the head goes with it. The name closes there: the text's end, punctuation, a bracket, or a word
 * of CAPS_EMPLOYER_STOPS or AFTER57 ("in", "as", "part", "now"); "&" or a hyphen after it goes on (the older rules').
 * "works at full power", "employed at the glass plant", "works on the assembly line", "works for the cable company" stay
 * words. Writes the organisation (tradeClose54(): covers a name or a place found on its words) and returns true.
 */
export function workHead57(k: u32, sh: u32, len: u32): bool {
  const mode = modeAt(k);
  if (mode == MODE_MIXED || (sh != textShape(mode) || (k < 2 || (!exists(k - 1) || !tight(k))))) return false;
  // the head: its first token h and its kind
  let h = k;
  let legal = false;
  if (wordIn(k, "\u0004line\u0005lines")) {
    if (!tight(k) || (rd(tShape, k - 1) != sh || !wordIn(k - 1, LINE_KINDS57))) return false;
    h = k - 1;
  } else if (wordIn(k, LEGAL57)) legal = true;
  else if (!wordIn(k, HEADS57) && !(len - 5 <= 8 && wordIn(k, tradeHeads40(len)))) return false;
  // the name's words before the head
  let f = h;
  while (f + 3 > h && (f >= 2 && (exists(f - 1) && ((tight(f) || (rd(tGap, f) == G_HYPHEN || ampGap(f))) && tradeWord40(f - 1, sh, mode))))) f--;
  if (f == h || (!exists(f - 1) || !workFrame57(f))) return false;
  // the words' strength
  const st = tradeStrength54(f, h);
  if (st == 0 || (!legal && (st < 4 && (st & 1) == 0))) return false;
  // a legal ending or a plant after the head, then the close
  let last = k;
  let n = k + 1;
  if (!legal && (n < count && (tight(n) && (rd(tShape, n) == sh && (wordIn(n, SUFFIX40) || wordIn(n, "\u0005plant")))))) {
    last = n;
    n++;
  }
  if (n < count) {
    if (ampGap(n) || rd(tGap, n) == G_HYPHEN) return false;
    if (tight(n) && (rd(tShape, n) == sh && (!wordIn(n, CAPS_EMPLOYER_STOPS) && !wordIn(n, AFTER57)))) return false;
  }
  return tradeClose54(rd(tStart, f), f, k, last);
}

// ---- houses of worship (og57) ----

// heads before the name: words English has for nothing else ("Masjid Al-Noor", "Gurdwara Sahib"), and "congregation",
// which needs a frame and a word no English list has after it ("rabbi of Congregation Anshei Sfard")
export const WORSHIP_FIRST57 = "\u0006masjid\u0008gurdwara\u000ccongregation";
// heads after the name ("Dar Al-Hijrah Mosque", "Radha Krishna Mandir", "Beth Shalom Synagogue", "Sri Ganesha Temple");
// "temple" is a head's side too ("right temple"): it needs a frame and a word no English list has
export const WORSHIP_LAST57 = "\u0006mosque\u0006mandir\u0009synagogue\u0006temple";
// the frames before a name that "congregation" or "temple" head: where, whose, whom from ("of", "at", "from", "attends")
const WORSHIP_FRAMES57 = "\u0002of\u0002at\u0004from\u0002to\u0004with\u0007attends\u0006attend\u0008attended\u0006member\u0007members\u0002in";

/** (step()'s gate) A token of `len` letters opening with byte b may be a head of WORSHIP_FIRST57 or WORSHIP_LAST57. */
// @ts-ignore: decorator
@inline export function worshipGate57(b: u32, len: u32): bool {
  const c = b | 0x20;
  return c == 0x6d ? len == 6 : c == 0x67 ? len == 8 : c == 0x63 ? len == 12 : c == 0x73 ? len == 9 : c == 0x74 && len == 6;
}

/** Token m, in the name's case, may be a word of a house of worship's name: tradeWord40()'s, or an Arabic article of two
 * letters glued by a hyphen to the next word ("Al-Noor", "AS-SALAAM"). */
function worshipWord57(m: u32, sh: u32, mode: u32): bool {
  if (tradeWord40(m, sh, mode)) return true;
  const ms = rd(tShape, m);
  return rd(tEnd, m) - rd(tStart, m) == 2 && ((ms == sh || mode == MODE_MIXED && ms == SH_UPPER) && (m + 1 < count &&
    rd(tGap, m + 1) == G_HYPHEN));
}

/** Token m tells a name from English: a word no list has, a rare one, a name's or a place's. */
function distinct57(m: u32): bool {
  const d = rd(tData, m);
  return tierOf(d) == 0 || (tierOf(d) == 3 || (nameStr(m) >= 2 || placeStr(d) >= 2));
}

/** The name [f, last] closes after last: the text's end, punctuation or a far gap, or a word out of the name's case, or a
 * stop word ("of", "in", "on", "and", ...). */
function worshipClosed57(last: u32, sh: u32, mode: u32): bool {
  const n = last + 1;
  if (n >= count || !tight(n)) return true;
  if (ampGap(n) || rd(tGap, n) == G_HYPHEN) return false;
  const ns = rd(tShape, n);
  if (ns == sh || mode == MODE_MIXED && ns == SH_UPPER) return wordIn(n, CAPS_EMPLOYER_STOPS) || wordIn(n, AFTER57);
  return true;
}

/**
 * (og57) Token k, a house of worship's head in the name's case (capitalised or capitals in mixed case, the text's case in
 * ALL CAPS and lower case), names it:
 * - a head before the name (WORSHIP_FIRST57): one or two words after it (worshipWord57()), the name closing there
 *   (worshipClosed57()): "Masjid As-Salaam", "gurdwara sahib of eastvale"; after "congregation" a frame before it
 *   (WORSHIP_FRAMES57 or a label's colon) and a word no English list has first ("of Congregation Anshei Sfard");
 * - a head after the name (WORSHIP_LAST57): one to three words before it, no determiner before them ("the local
 *   mosque", "his temple"), one that tells it from English (distinct57()); after "temple" a frame before them too
 *   ("pt goes to sri ganesha temple"; "right temple tenderness", "struck his left temple" stay words).
 * Writes the organisation (score 750; a name found on its words is covered, as tradeClose54() does) and returns true.
 */
export function worship57(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (mode == MODE_MIXED ? sh != SH_CAP && sh != SH_UPPER : sh != textShape(mode)) return false;
  const nsh = mode == MODE_MIXED ? SH_CAP : sh;
  if (wordIn(k, WORSHIP_FIRST57)) {
    let last = k;
    while (last < k + 2 && (last + 1 < count && ((tight(last + 1) || rd(tGap, last + 1) == G_HYPHEN) && (!wordIn(last + 1, CAPS_EMPLOYER_STOPS) &&
      worshipWord57(last + 1, nsh, mode))))) last++;
    // (an article glued by its hyphen takes its word with it: "AL-NOOR" is two tokens)
    if (last > k && (last + 1 < count && (rd(tGap, last + 1) == G_HYPHEN && (rd(tEnd, last) - rd(tStart, last) == 2 &&
      worshipWord57(last + 1, nsh, mode))))) last++;
    if (last == k || !worshipClosed57(last, nsh, mode)) return false;
    // (a facility's head among the words is a name of its own the head only precedes, as gold reads it: "gurdwara | sikh
    // center of the pacific coast")
    for (let m = k + 1; m <= last; m++) if ((rd(tData, m) & (F_FACILITY | F_FAC_MOD)) != 0 || wordIn(m, "\u0006center\u0006centre")) return false;
    if (wordIn(k, "\u000ccongregation")) {
      if (k == 0 || (!exists(k - 1) || !distinct57(k + 1))) return false;
      if (!(tight(k) && wordIn(k - 1, WORSHIP_FRAMES57) || (rd(tGap, k) & G_COLON) != 0)) return false;
    }
    for (let m = k; m <= last; m++) if (rd(tDone, m) != 0) return false;
    if (pType != 0 && pEnd > rd(tStart, k)) return false;
    spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 750, R_ORGANIZATION, k, last);
    return true;
  }
  if (!wordIn(k, WORSHIP_LAST57) || (k < 2 || !tight(k))) return false;
  let f = k;
  while (f + 3 > k && (f >= 2 && (exists(f - 1) && ((tight(f) || rd(tGap, f) == G_HYPHEN) && worshipWord57(f - 1, nsh, mode))))) f--;
  if (f == k || (!exists(f - 1) || wordIn(f - 1, NAME_DETERMINERS))) return false;
  let distinct = false;
  for (let j = f; j < k; j++) if (distinct57(j) && rd(tEnd, j) - rd(tStart, j) >= 3) distinct = true;
  if (!distinct || !worshipClosed57(k, nsh, mode)) return false;
  if (wordIn(k, "\u0006temple") && !(tight(f) && wordIn(f - 1, WORSHIP_FRAMES57) || (rd(tGap, f) & G_COLON) != 0)) return false;
  return tradeClose54(rd(tStart, f), f, k, k);
}

/** (og57) Token k, in brackets right after an employer, names the job's licence, department or claim, never the
 * employer's initials, whatever its first letter ("Cass Clay Creamery (CDL)", "Hollis Freight (HR)", "Denso (FMLA)"):
 * facInitials32()'s exception. */
export function notInitials57(k: u32): bool {
  return wordIn(k, "\u0003cdl\u0002hr\u0002wc\u0003dot\u0004fmla\u0004osha");
}
