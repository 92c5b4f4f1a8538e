// Why this file exists: stop 61's places round (pl61): shapes of a place the older rules left, each read where an older
// rule's gate or cue already fired (no new per-token call site):
// - a state road by a one-letter prefix and its number, Michigan's "M-28" and Kansas's "K-10", after a word of where,
//   read at the number (letterRoad61() from numberRules34(), behind the '-' glued before the number);
// - a public land's designation after a feature's head, "near Silver Falls State Park" (parkPair61() from featureLoc41());
// - a lake named head last after a word of where in ALL CAPS and lower case, "INTERNED AT TULE LAKE", "camp on moosehead
//   lake" (lakeLast61() from places32(), behind "lake"'s bytes);
// - a town in brackets after a relative's word and a comma or a dash, "Marjorie Lindeman (mother, Corvallis)", which the
//   kin word's cue made a name (kinTown61() from decide(), where a town competes with a cue's name);
// - a lower-case street by its house number and an abbreviated type with nothing after it, "lives in a trailer behind
//   1109 yazoo st.", "moved from 22 quarry st" (quietStreet61() from addressOrFacility()'s lower-case branch).
// Reads tokens and bytes of the input only, allocates nothing.
import { byteAt, inLen } from "../input";
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { F_CRED, F_FACILITY, F_MONTH, F_NOT_NAME, F_ORG, F_TITLE } from "./flags";
import {
  CONTEXT_WORDS, G_COMMA, G_FAR, G_NEWLINE, G_SENT, MODE_LOWER, MODE_MIXED, NAME_DETERMINERS, NAME_FUNCTION_WORDS, R_ADDRESS, R_CITY, SH_CAP, SH_NUM,
  KIN_WORDS, breakAfter, count, exists, medicalShape, modeAt, pEnd, pType, rd, spanDone, tData, tDone, tEnd, tGap, tMw2, tMw3, tShape,
  tStart, textShape, tight, wordIn,
} from "./detect";
import { ROAD_AFTER60, roadNumber60, roadWhere60 } from "./r60_pl60";
import { streetWord51b, PREP51B, TYPES51B } from "./r51_lo51b";

// (pl61) words before "K-" and its number that make it a scale's score, not Kansas's road: "scored 24 on K-10."
const SCORE_WORDS61 = "\u0006scored\u0005score\u0006scores\u0007scoring";

/**
 * (stop 61, pl61) Token k, a number of two to four digits (roadNumber60(): nothing glued on, no decimal, no unit after),
 * glued by '-' to a one-letter token "M" or "K" (Michigan's and Kansas's state roads; stop 60 read "N-" at the letter,
 * where "M" and "K" would have opened letterRules34() at every "M" and "K"), after a word of where (roadWhere60()), then
 * the phrase's end or a word of where goes on (ROAD_AFTER60): "snow, delayed at M-28 junction", "lives off K-10.", "ON
 * M-35, NEAR". The letter in capitals, or in lower case in lower-case text. Not "M-2 receptor", "vitamin K-2" (one
 * digit), "K-12 school", "K-10 score" (a word after), "scored 24 on K-10." (a score before). Called from numberRules34()
 * behind the '-' before the number. Writes the road and returns true.
 */
export function letterRoad61(k: u32): bool {
  if (k < 2) return false;
  const l = k - 1;
  const s = rd(tStart, l);
  if (rd(tEnd, l) != s + 1) return false;
  const c = byteAt(s);
  if (!(c == 0x4d || (c == 0x4b || (c == 0x6d || c == 0x6b) && modeAt(l) == MODE_LOWER))) return false;
  if (rd(tDone, l) != 0 || (pType != 0 && pEnd > s)) return false;
  if (!roadWhere60(l) || (!roadNumber60(l, k) || rd(tEnd, k) - rd(tStart, k) < 2)) return false;
  if (!(breakAfter(k) || tight(k + 1) && wordIn(k + 1, ROAD_AFTER60))) return false;
  // (a scale's score: "scored 24 on K-10.", "K-10 score 30 on ...")
  if ((c | 0x20) == 0x6b && (l >= 2 && (exists(l - 2) && (wordIn(l - 2, SCORE_WORDS61) || rd(tShape, l - 2) == SH_NUM)))) return false;
  spanDone(s, rd(tEnd, k), ENTITY_LOCATION, 800, R_ADDRESS, l, k);
  return true;
}

// (pl61) a public land's designation's first word after a feature's head: state national
const LAND_DESIG61 = "\u0005state\u0008national";

/**
 * (stop 61, pl61) After a feature's head h that featureLoc41() found ("Falls", "Creek", "Lake"), the designation of a
 * public land named after it, in the head's letter case: "state" or "national" and a park's, forest's, refuge's or
 * beach's head the facility list holds two or three words long ("state park", "national forest", "national wildlife
 * refuge", "state recreation area"): "picked near Silver Falls State Park;", "CAMPING AT BEAR CREEK STATE FOREST".
 * Returns the designation's last token, or h.
 */
export function parkPair61(h: u32): u32 {
  const a = h + 1;
  if (a + 1 >= count || (!tight(a) || (!tight(a + 1) || (rd(tShape, a) != rd(tShape, h) || !wordIn(a, LAND_DESIG61))))) return h;
  const d2 = rd(tMw2, a + 1);
  if ((d2 & F_FACILITY) != 0 && (d2 & F_ORG) != F_ORG) return a + 1;
  if (a + 2 < count && tight(a + 2)) {
    const d3 = rd(tMw3, a + 2);
    if ((d3 & F_FACILITY) != 0 && (d3 & F_ORG) != F_ORG) return a + 2;
  }
  return h;
}

// (pl61) words of where before a lake named head last: on at near from in to along across off past
const LAKE_WHERE61 = "\u0002on\u0002at\u0004near\u0004from\u0002in\u0002to\u0005along\u0006across\u0003off\u0004past";
// (pl61) English words before "lake" that tell a lake's kind or whose, not its name: "swam in small lake"
const LAKE_KINDS61 = "\u0005small\u0005large\u0006nearby\u0005local\u0006frozen\u0007private\u0006public\u0007shallow\u0004deep\u0004cold\u0004same\u0005other\u0004city\u0004park\u0006county\u0005state\u0004salt\u0005their\u0004home\u0006family";

/** (pl61) Token m may be a lake's name's word: three letters at least, no context word, function word, kind or clinical term. */
function lakeWord61(m: u32): bool {
  const md = rd(tData, m);
  return rd(tEnd, m) - rd(tStart, m) >= 3 && ((md & (CONTEXT_WORDS | F_NOT_NAME | F_MONTH | F_TITLE | F_CRED)) == 0 &&
    (rd(tDone, m) == 0 && (!wordIn(m, NAME_FUNCTION_WORDS) && (!wordIn(m, NAME_DETERMINERS) && (!wordIn(m, LAKE_KINDS61) && !medicalShape(m))))));
}

/**
 * (stop 61, pl61) Token k, "lake" in ALL CAPS or lower case (the text's own case), closes a lake's name of one or two
 * words right after a word of where (LAKE_WHERE61, no article between): "HE WAS INTERNED AT TULE LAKE AS A CHILD", "his
 * brother's camp on moosehead lake", "wellness camp at big lake went well". Stop 32's framedPlace32() reads the head
 * first ("swam in lake bosomtwe"); mixed case reads the capitals. Each word lakeWord61(); the phrase ends after the
 * head, or a function word, a word of where or a number follows (not "at salt lake city", a town the older rules read).
 * Not "in the lake", "swam in small lake", "at lake" (no name), "LAKE CITY" (a word after). Called from places32()
 * behind "lake"'s bytes. Writes the place and returns true.
 */
export function lakeLast61(k: u32, sh: u32): bool {
  if (k < 2 || (sh == SH_CAP || (sh != textShape(modeAt(k)) || !tight(k)))) return false;
  let f = k - 1;
  if (rd(tShape, f) != sh || !lakeWord61(f)) return false;
  if (!exists(f - 1)) return false;
  if (!(tight(f) && wordIn(f - 1, LAKE_WHERE61))) {
    // (two words: "NEAR FARM ISLAND LAKE")
    f--;
    if (f < 1 || (!tight(f) || (!tight(f + 1) || (rd(tShape, f) != sh || (!lakeWord61(f) || (!exists(f - 1) || !wordIn(f - 1, LAKE_WHERE61))))))) return false;
  }
  if (pType != 0 && pEnd > rd(tStart, f)) return false;
  const n = k + 1;
  if (n < count && !breakAfter(k)) {
    if (!(rd(tShape, n) == SH_NUM || (wordIn(n, NAME_FUNCTION_WORDS) || (wordIn(n, LAKE_WHERE61) || (rd(tData, n) & F_MONTH) != 0)))) return false;
  }
  spanDone(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 700, R_CITY, f, k);
  return true;
}

/**
 * (stop 61, pl61) Token k, a town of the gazetteer decide() weighs against a name a relative's word cued (reason R_CUE),
 * names where the relative lives: the relative's word (KIN_WORDS) opens a bracket right after a person's name, and a
 * comma or a dash stands between it and the town; the town (k..last) closes the bracket or its comma follows:
 * "Marjorie Lindeman (mother, Corvallis) 406-555-0112", "Greg Kaminski (son, Wichita Falls)", "(daughter, Lewiston,
 * 207-555-0193)", "Ana Ruiz (sister - Lodi)". Not "(mother, Mary Ann)" (a word goes on), "(mother, Ana)" without a name
 * before the bracket. True when the place wins.
 */
export function kinTown61(k: u32, last: u32): bool {
  if (k < 2) return false;
  const r = k - 1;
  const rs = rd(tStart, r);
  if (rs < 2 || (byteAt(rs - 1) != 0x28 || !wordIn(r, KIN_WORDS))) return false;
  // (a comma, or a dash between blanks)
  const g = rd(tGap, k);
  if ((g & (G_NEWLINE | G_SENT | G_FAR)) != 0) return false;
  if ((g & G_COMMA) == 0) {
    const e = rd(tEnd, r);
    if (!(rd(tStart, k) == e + 3 && (byteAt(e) == 0x20 && (byteAt(e + 1) == 0x2d && byteAt(e + 2) == 0x20)))) return false;
  }
  // (a person's name right before the bracket)
  if (!exists(r - 1) || (rd(tDone, r - 1) != ENTITY_NAME && !(pType == ENTITY_NAME && pEnd == rd(tEnd, r - 1)))) return false;
  const le = rd(tEnd, last);
  if (le >= inLen) return false;
  const b = byteAt(le);
  return b == 0x29 || b == 0x2c;
}

/**
 * (stop 61, pl61) In lower-case text, the house number j and the abbreviated street type k (TYPES51B: "st", "ave",
 * "rd", ...; not "dr", "ct", "ln", a doctor, a scan, a lymph node) of a street with nothing after it: the number of two
 * to six digits after a preposition of where or "lives" (PREP51B), one to three street words between (streetWord51b()),
 * and the type closes the phrase (breakAfter()), with or without its period: "moved from 22 quarry st", "lives in a
 * trailer behind 1109 yazoo st.", "mail to 4471 garfield ave". lowerStreet51b() reads the streets whose line goes on
 * after the type. Not "on 12 lead st." (a lead's word), "to 20 units rd" (a unit), "from 2 prior ct." (no such type).
 * True when the street stands.
 */
export function quietStreet61(j: u32, k: u32): bool {
  const len = rd(tEnd, j) - rd(tStart, j);
  if (len < 2 || (len > 6 || (k < j + 2 || (k > j + 4 || (j == 0 || !exists(j - 1)))))) return false;
  if (!tight(j) || (!wordIn(j - 1, PREP51B) || (!wordIn(k, TYPES51B) || !breakAfter(k)))) return false;
  for (let q = j + 1; q < k; q++) if (!streetWord51b(q)) return false;
  // (the phrase closes: the input's or the line's end, or a period, a comma, ';' or ')' after the type)
  const e = rd(tEnd, k);
  if (e >= inLen) return true;
  const b = byteAt(e);
  return b == 0x0a || (b == 0x0d || (b == 0x2e || (b == 0x2c || (b == 0x3b || b == 0x29))));
}

/**
 * (stop 61, pl61) landHead60()'s name word after "Camp" or "Fort" in mixed case: a capitalised word (its capital, after
 * the capitalised head, says it names the place) that is a core English word or a name, which stop 32's placeWord32()
 * refuses: "near Fort Liberty", "outreach at Camp Hope encampment". Three letters at least, no context word, function
 * word or determiner. Not in ALL CAPS or lower case ("at camp this week", "AT CAMP TODAY").
 */
export function campWord61(k: u32, m: u32, sh: u32): bool {
  if (m != k + 1 || (sh != SH_CAP || (modeAt(m) != MODE_MIXED || !wordIn(k, "\u0004camp\u0004fort")))) return false;
  const md = rd(tData, m);
  return rd(tEnd, m) - rd(tStart, m) >= 3 && ((md & (CONTEXT_WORDS | F_NOT_NAME | F_TITLE | F_CRED)) == 0 &&
    (!wordIn(m, NAME_FUNCTION_WORDS) && !wordIn(m, NAME_DETERMINERS)));
}
