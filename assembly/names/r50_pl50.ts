// Why this file exists: stop 50's place rules (pl50), kept out of detect.ts: a named camp or reservation, "Camp
// Leatherneck", "Nyarugusu camp", "Beldangi II camp", "Wind River Reservation" (docs/names-rounds.md, "Stop 50, pl50").
import { byteAt, inLen } from "../input";
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { F_TITLE, F_CUE, F_CRED, F_STREET, F_STREET_ABBR, F_UNIT, F_FACILITY, F_STATE, F_MONTH, F_COUNTRY, F_NOT_NAME, F_LOC_CUE, F_BY, F_VERB_BY } from "./flags";
import {
  rd, wr, count, tStart, tEnd, tData, tShape, tDone, tMw2, pType, pReason, pStart, pEnd, flushedEnd, SH_LOWER, SH_CAP, SH_UPPER,
  MODE_MIXED, MODE_CAPS, MODE_LOWER, R_CITY, R_FACILITY, R_DICTIONARY, R_CAPITALISED, R_NEIGHBOUR, tierOf, tight, exists,
  wordIn, span, modeAt, lineStart, medicalShape,
} from "./detect";

// (pl50) the words before a named camp's or reservation's name that frame a place: prepositions of where and "the"
const FRAME50 = "\u0002in\u0002on\u0002at\u0002to\u0004from\u0004near\u0003via\u0004into\u0004onto\u0003the";
// (pl50) a numeral of a camp's name ("Beldangi II camp")
const ROMAN50 = "\u0002ii\u0003iii\u0002iv";
// flags of a word that names no camp or reservation here
// (F_NOT_NAME is no test here: "Mae" of "Mae La camp" is one, an abbreviation's word)
const NOT_PLACE50: u32 = F_TITLE | F_CUE | F_CRED | F_STREET | F_STREET_ABBR | F_UNIT | F_FACILITY | F_MONTH | F_COUNTRY |
  F_LOC_CUE | F_BY | F_VERB_BY;

/** (pl50) Token w is a word no English list has or a rare one (tier 0 or 3): a proper name's own word. */
function ownWord50(w: u32): bool {
  const t = tierOf(rd(tData, w));
  return t == 0 || t == 3;
}

/** (pl50) The word's shape fits the text's case: capitalised (or an acronym) in mixed case, capitals, lower case. */
function caseFits50(w: u32, mode: u32): bool {
  const s = rd(tShape, w);
  return mode == MODE_MIXED ? s == SH_CAP || s == SH_UPPER : mode == MODE_CAPS ? s == SH_UPPER : mode == MODE_LOWER && s == SH_LOWER;
}

/** (pl50) Token f opens a place's frame: the line's start, a bracket, a comma, a semicolon, or a frame word (FRAME50). */
function framed50(f: u32): bool {
  if (f == 0 || lineStart(f)) return true;
  const s = rd(tStart, f);
  const c = byteAt(s - 1);
  if (c == 0x28 || (c == 0x20 && (s >= 2 && (byteAt(s - 2) == 0x2c || byteAt(s - 2) == 0x3b)))) return true;
  return tight(f) && (exists(f - 1) && wordIn(f - 1, FRAME50));
}

/** (pl50) Token h ends its field: the input's or the line's end, or a bracket, comma, semicolon, period or colon after it. */
function closes50(h: u32): bool {
  const e = rd(tEnd, h);
  if (e >= inLen) return true;
  const c = byteAt(e);
  return c == 0x29 || (c == 0x2c || (c == 0x3b || (c == 0x2e || (c == 0x3a || (c == 0x0a || c == 0x0d)))));
}

/**
 * (stop 50, pl50) "Camp" and one word of the text's case one blank after it that no English list has or a rare one
 * (no title, cue, month, state, country, street or facility word; no multi-word entry of the gazetteer, "Camp Verde",
 * "Camp Hill" are towns), "camp" framed (line's start, a bracket, a comma, a semicolon, a preposition of where): a
 * military camp or a camp's name, "MCB Hawaii; Camp Leatherneck, Afghanistan", "Djibouti (Camp Lemonnier)", "arrived
 * from Kabul via Camp Atterbury". In mixed case "Camp" is capitalised ("employer camp Colonia Nogales" stays).
 */
function campName50(k: u32, mode: u32): bool {
  const n = k + 1;
  if (n >= count || (!tight(n) || rd(tStart, n) != rd(tEnd, k) + 1)) return false;
  if (rd(tDone, n) != 0 || (!caseFits50(k, mode) || (!caseFits50(n, mode) || rd(tShape, n) != rd(tShape, k)))) return false;
  const nd = rd(tData, n);
  if ((nd & (NOT_PLACE50 | F_STATE | F_NOT_NAME)) != 0 || (!ownWord50(n) || (rd(tEnd, n) - rd(tStart, n) < 3 || medicalShape(n)))) return false;
  if (rd(tMw2, n) != 0 || (n + 1 < count && rd(tMw2, n + 1) != 0)) return false;
  if (!framed50(k)) return false;
  span(rd(tStart, k), rd(tEnd, n), ENTITY_LOCATION, 800, R_FACILITY);
  wr(tDone, k, 0xff);
  wr(tDone, n, 0xff);
  return true;
}

/**
 * (stop 50, pl50) Token h is "camp" or "reservation" after one to three words of its name, one blank apart, in the
 * text's case (mixed case: capitalised words, the head capitalised or a lower-case "camp"), framed before (framed50):
 * "22 YRS IN MAE LA CAMP, TAK PROVINCE", "9 years in Nyarugusu camp, Tanzania", "from tanzania (nyarugusu camp)", "18
 * years in Beldangi II camp near Damak", "on the Wind River Reservation;", "home: mission (rosebud reservation)". A
 * camp's words are no English words but a numeral ("ii") or a short word after the first ("Mae La"): "deer camp",
 * "Dadaab refugee camp", "summer camp", "uncle remy's camp" stay. A reservation's words may be English words when the
 * text is mixed case and all are capitalised, or when "reservation" closes its field after a bracket or after "the"
 * behind a preposition ("on the wind river reservation;"): "made a dinner reservation", "with some reservation" stay.
 * Words a town's span holds just found (pending, a city's) are joined ("Nyarugusu" read as a town in mixed case).
 */
function namedHead50(h: u32, mode: u32, camp: bool): bool {
  const hs = rd(tShape, h);
  if (!(caseFits50(h, mode) || camp && (mode == MODE_MIXED && hs == SH_LOWER))) return false;
  let f = h;
  let core = false;
  let pend = false;
  let w = h - 1;
  let words: u32 = 0;
  while (words < 3) {
    if (!exists(w) || (!tight(w + 1) || rd(tStart, w + 1) != rd(tEnd, w) + 1)) break;
    if (!caseFits50(w, mode) || wordIn(w, FRAME50)) break;
    const wd = rd(tData, w);
    if ((wd & NOT_PLACE50) != 0 || (medicalShape(w) || rd(tEnd, w) < inLen && byteAt(rd(tEnd, w)) == 0x27)) return false;
    if (rd(tDone, w) != 0) {
      // (a town's span just found holds the word: the name grows from its start; a word another rule read and left,
      // outside every span, is free: "LA" of "MAE LA CAMP" read as a state's code)
      // (or a person's name guessed from the dictionaries or its shape, "Mae" of "Mae La camp": the place's span takes it)
      if (pType != 0 && (rd(tEnd, w) <= pEnd && rd(tStart, w) >= pStart)) {
        if (!(pType == ENTITY_LOCATION && pReason == R_CITY || pType == ENTITY_NAME && (pReason == R_DICTIONARY ||
          (pReason == R_CAPITALISED || pReason == R_NEIGHBOUR)))) return false;
        pend = true;
      } else if (rd(tStart, w) < flushedEnd || (pType != 0 && rd(tStart, w) < pEnd)) return false;
    }
    if (!ownWord50(w)) {
      if (camp && !(wordIn(w, ROMAN50) || rd(tEnd, w) - rd(tStart, w) <= 2)) return false;
      core = true;
    }
    f = w;
    words++;
    if (pend && rd(tStart, w) == pStart) break;
    if (w == 0) break;
    w--;
  }
  if (words == 0) return false;
  // (not before a street's, a facility's or a unit's word: "Wolf Creek Reservation Road" is the street rules')
  const n = h + 1;
  if (n < count && (tight(n) && (rd(tData, n) & (F_STREET | F_STREET_ABBR | F_FACILITY | F_UNIT)) != 0)) return false;
  // (the first word of a camp's name is its own, a short word or a numeral may follow it: "Mae La", "Beldangi II")
  if (camp && !ownWord50(f)) return false;
  if (!pend && !framed50(f)) return false;
  if (pend && (rd(tStart, f) > pStart && pType == ENTITY_NAME || !(framed50(f) || rd(tStart, f) == pStart))) return false;
  if (core && !camp) {
    const caps = mode == MODE_MIXED && hs == SH_CAP;
    const p = f - 1;
    const bracket = f > 0 && byteAt(rd(tStart, f) - 1) == 0x28;
    const theFrame = f >= 2 && (exists(p - 1) && (tight(f) && (wordIn(p, "\u0003the") && (tight(p) && wordIn(p - 1, FRAME50)))));
    if (!caps && !((bracket || theFrame) && closes50(h))) return false;
  }
  span(rd(tStart, f), rd(tEnd, h), ENTITY_LOCATION, 800, R_FACILITY, true);
  for (let m = f; m <= h; m++) wr(tDone, m, 0xff);
  return true;
}

/**
 * (stop 50, pl50) Token k, of four or eleven letters (the caller's test), is "camp" or "reservation", not decided: a
 * named camp or reservation around it (campName50(), namedHead50()). Called from step() before the quiet exits: both
 * heads are core English words.
 */
export function settlement50(k: u32, sh: u32): bool {
  if (rd(tDone, k) != 0 || !(sh == SH_LOWER || (sh == SH_CAP || sh == SH_UPPER))) return false;
  const mode = modeAt(k);
  if (wordIn(k, "\u0004camp")) {
    if (campName50(k, mode)) return true;
    return k > 0 && namedHead50(k, mode, true);
  }
  return k > 0 && (wordIn(k, "\u000breservation") && namedHead50(k, mode, false));
}
