// Why this file exists: stop 60's places round (pl60): two shapes of a place below a state that the older rules left,
// each read where an older rule's gate already opened (no new per-token call site):
// - a numbered road whose prefix is a state's code or a state highway's letter, or a road code after a word of where
//   the older road rules do not list: "lives off KY 40", "crash on NY 17 near exit 4", "off
//   N-59 (mail ...)", "22 mi down FM 170 past", "..., KY 40 up the creek rd" (roadState60() from org33()'s state gate,
//   letterRoad60() and roadMore60() from places32());
// - a landmark whose head opens its name, after a word of where: "on Lake Vermilion" in mixed case (stop 32's lake rule
//   reads ALL CAPS and lower case only), "ashes to Mount Monadnock", "at camp buehring", "near Fort Xyz" (landHead60()
//   from places32(), behind its length and first two letters).
// Reads tokens and bytes of the input only, allocates nothing.
import { byteAt } from "../input";
import { isDigit } from "../scanners/util";
import { ENTITY_LOCATION } from "../abi";
import {
  DOSE_UNITS, G_COMMA, G_FAR, G_NEWLINE, G_SENT, MODE_LOWER, MODE_MIXED, R_ADDRESS, R_CITY, SH_CAP, SH_LOWER, SH_NUM, SH_UPPER, breakAfter,
  count, exists, modeAt, ownCase32, placeWord32, rd, roadSpan33, spanDone, tEnd, tGap, tShape, tStart, tight, wordIn,
} from "./detect";
import { campWord61 } from "./r61_pl61";

// (stop 60, pl60) state codes written before a state route's number that no clinical note uses before a number (not "NC"
// nasal cannula, "PA", "MD", "CA" 19-9, "CO" cardiac output, "LA" left atrium, "VA" acuity, "CT", "SD", "VT", "TX" a
// treatment, "NV" nausea): ky tn wv ny nj nh wi mn az ut wy ks
const STATE_ROADS60 = "\u0002ky\u0002tn\u0002wv\u0002ny\u0002nj\u0002nh\u0002wi\u0002mn\u0002az\u0002ut\u0002wy\u0002ks";
// (stop 60, pl60) words of where before a road: stop 33's (on off onto along near via exit) and down up past across at
const ROAD_WHERE60 = "\u0002on\u0003off\u0004onto\u0005along\u0004near\u0003via\u0004exit\u0004down\u0002up\u0004past\u0006across\u0002at";
// (stop 60, pl60) words after a road's number that go on with where it is (stop 40's RT_AFTER40's first words, and up
// down junction overpass)
export const ROAD_AFTER60 = "\u0004near\u0002at\u0007between\u0004mile\u0004exit\u0004past\u0002up\u0004down\u0008junction\u0008overpass";
// (stop 60, pl60) what a lab's or a rhythm's number has after it
const ROAD_UNITS60 = "\u0003bpm\u0005beats\u0003min\u0002ms\u0002mm\u0002cm\u0001l\u0003lpm\u0003pct";

/**
 * (stop 60, pl60) Token n, a road's number right after its prefix (one blank or '-'): one to four digits, no letter
 * glued on (stop 46's hard negative "on NY-28B", a code), no decimal, '%' or '/', and no unit or dose word after it
 * ("KY 40", "N-5010"; not "4.0", "40%", "40 mg", "72 bpm").
 */
export function roadNumber60(k: u32, n: u32): bool {
  const e = rd(tEnd, k);
  const s = rd(tStart, n);
  if (rd(tShape, n) != SH_NUM || (s != e + 1 || !(byteAt(e) == 0x20 || byteAt(e) == 0x2d))) return false;
  const ne = rd(tEnd, n);
  let d = s;
  while (d < ne && isDigit(byteAt(d))) d++;
  if (d == s || (d - s > 4 || ne > d)) return false;
  const b = byteAt(ne);
  if (b == 0x25 || (b == 0x2f || (b == 0x2e && isDigit(byteAt(ne + 1))))) return false;
  return !(n + 1 < count && (tight(n + 1) && (wordIn(n + 1, ROAD_UNITS60) || wordIn(n + 1, DOSE_UNITS))));
}

/** (stop 60, pl60) Token k (a road's prefix) follows a word of where of ROAD_WHERE60 in the same clause. */
export function roadWhere60(k: u32): bool {
  return k > 0 && (exists(k - 1) && (tight(k) && wordIn(k - 1, ROAD_WHERE60)));
}

/**
 * (stop 60, pl60) Token k, a two-letter state's code of STATE_ROADS60 in capitals (or lower case in lower-case text),
 * opens a state route by its number (roadNumber60()): after a word of where ("lives off KY 40", "crash on NY 17 near
 * exit 4", "at WV 2 and"), or after a clause's comma with a word of where it goes on (ROAD_AFTER60) or the phrase's end
 * after the number ("OVA BLANKENSHIP'S, KY 40 UP JENNYS CREEK RD", "NO. 4 MINE, KY-1835|"). Called from org33(), behind
 * org33Gate()'s state flag and the number's shape. Not "K 4.0", "HR 40", "NC 2L", "VA 20/40", "MN 40 mg". Writes the
 * road (the address tail may take its town) and returns true.
 */
export function roadState60(k: u32, sh: u32): bool {
  const n = k + 1;
  if (!(sh == SH_UPPER || sh == SH_LOWER && modeAt(k) == MODE_LOWER) || (!wordIn(k, STATE_ROADS60) || !roadNumber60(k, n))) return false;
  if (!roadWhere60(k)) {
    const g = rd(tGap, k);
    if ((g & G_COMMA) == 0 || (g & (G_NEWLINE | G_SENT | G_FAR)) != 0) return false;
    if (!(breakAfter(n) || tight(n + 1) && wordIn(n + 1, ROAD_AFTER60))) return false;
  }
  return roadSpan33(k, n);
}

/**
 * (stop 60, pl60) Token k, the letter "N" (the Navajo Nation's highway letter; "M-28" and "K-10", Michigan's and Kansas's,
 * would open letterRules34() at every "M" and "K": ALL CAPS cost +1.7 M a pass) joined by '-' to its number, after a
 * word of where: "off N-59 (mail",
 * "on n-5010, turn at"; two digits at least ("ON M-1 EMERGENCY" is a hold's form), then the phrase's end or a word of
 * where (not "on K-12 school"); not a respirator's class, "fit-tested on N-95" (N-95, N-99, N-100). In capitals, or
 * lower case in lower-case text. Not "I-131" (no such letter), "K 4.0" (no hyphen), "on N-acetylcysteine" (no number). Called from places32() behind its one-letter gate. Writes the road.
 */
export function letterRoad60(k: u32): bool {
  const s = rd(tStart, k);
  const c = byteAt(s);
  const up = c < 0x61;
  const l = c | 0x20;
  if (l != 0x6e || (byteAt(s + 1) != 0x2d || !up && modeAt(k) != MODE_LOWER)) return false;
  // (two digits at least: "ON M-1 EMERGENCY" is a hold's form)
  const n = k + 1;
  if (!roadWhere60(k) || (!roadNumber60(k, n) || rd(tEnd, n) - rd(tStart, n) < 2)) return false;
  // (a respirator's class is no road, "fit-tested on N-95"; the phrase ends after the number or a word of where goes on:
  // "on K-12 school" stays)
  const ns = rd(tStart, n);
  if (l == 0x6e && (byteAt(ns) == 0x39 && (rd(tEnd, n) == ns + 2 && (byteAt(ns + 1) == 0x35 || byteAt(ns + 1) == 0x39)) || byteAt(ns) == 0x31 && (rd(tEnd, n) == ns + 3 &&
    (byteAt(ns + 1) == 0x30 && byteAt(ns + 2) == 0x30)))) return false;
  if (!(breakAfter(n) || tight(n + 1) && wordIn(n + 1, ROAD_AFTER60))) return false;
  // (no address tail: "AT M-28 JUNCTION 25 MIN" would take the junction's word)
  spanDone(rd(tStart, k), rd(tEnd, n), ENTITY_LOCATION, 800, R_ADDRESS, k, n);
  return true;
}

/**
 * (stop 60, pl60) Token k, "US", "CR" or "FM" (stop 33's road codes, not "SR", a sinus rhythm), after a word of where
 * stop 33 does not read, "down", "up", "past", "across": "22 MI DOWN FM 170 PAST TERLINGUA", "past CR 12". In capitals,
 * or lower case in lower-case text. Called from places32() after the older road rules. Writes the road.
 */
export function roadMore60(k: u32, sh: u32): bool {
  if (!(sh == SH_UPPER || sh == SH_LOWER && modeAt(k) == MODE_LOWER) || !wordIn(k, "\u0002us\u0002cr\u0002fm")) return false;
  if (!(k > 0 && (exists(k - 1) && (tight(k) && wordIn(k - 1, "\u0004down\u0002up\u0004past\u0006across"))))) return false;
  if (!roadNumber60(k, k + 1)) return false;
  return roadSpan33(k, k + 1);
}

// (stop 60, pl60) words of where before a landmark whose head opens its name: on off along near from to at via by in
const LAND_WHERE60 = "\u0002on\u0003off\u0005along\u0004near\u0004from\u0002to\u0002at\u0003via\u0002by\u0002in";

/**
 * (stop 60, pl60) Token k, a landmark's head that opens its name ("lake" capitalised in mixed case, which stop 32's
 * framedPlace32() leaves to the name rules; "mount", "camp", "fort" in every case), after a word of where, then one or
 * two words of the head's shape that may name a place (stop 32's placeWord32(): a word no list has, or a listed town
 * that is no core word): "I want to see the ice go out on Lake Vermilion one more time", "ashes to Mount Monadnock.",
 * "OUTREACH AT CAMP BUEHRING,", "near fort yates". The head in the text's own case. Not "a Lake of fluid", "to mount the
 * device", "held the fort", "at camp this week" (no name's word after the head). Writes the place and returns true.
 */
export function landHead60(k: u32, sh: u32): bool {
  const n = k + 1;
  if (n >= count || (!tight(k) || (!tight(n) || (!exists(k - 1) || !wordIn(k - 1, LAND_WHERE60))))) return false;
  if (!wordIn(k, "\u0004lake\u0005mount\u0004camp\u0004fort")) return false;
  const ns = rd(tShape, n);
  if (ns != sh || !ownCase32(k, sh)) return false;
  // ("lake" in ALL CAPS and lower case is framedPlace32()'s; here only capitalised in mixed case)
  if (wordIn(k, "\u0004lake") && !(sh == SH_CAP && modeAt(k) == MODE_MIXED)) return false;
  let last = k;
  // (stop 61, pl61: or, after "Camp" or "Fort" in mixed case, a capitalised core word or name, "near Fort Liberty": campWord61())
  for (let m = n; m < count && m <= k + 2 && (m == n || tight(m)) && rd(tShape, m) == sh && (placeWord32(m) || campWord61(k, m, sh)); m++) last = m;
  if (last == k) return false;
  // (a lower-case word after it in lower case or ALL CAPS, a name's next word: the phrase ends, or a word that is no
  // place's follows)
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 700, R_CITY, k, last);
  return true;
}
