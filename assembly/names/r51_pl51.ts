// Why this file exists: stop 51's place rules (pl51), kept out of detect.ts: a town of two or three words the gazetteer
// names as one after a preposition of where, in lower case and ALL CAPS ("lives near round rock;", "HER MOTHER IN HIGH
// POINT 336-555-0188", "DRIVES OUT OF SPIRIT LAKE."), and in lower case a town named like a country or a state before
// its state's code ("lebanon nh 03766", "washington il 61571", "jordan, montana") (docs/names-rounds.md, "Stop 51, pl51").
import { byteAt } from "../input";
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { F_TITLE, F_CUE, F_CRED, F_UNIT, F_FACILITY, F_MONTH, F_STREET_ABBR, F_STATE, F_COUNTRY, F_STREET, F_NOT_NAME } from "./flags";
import {
  rd, count, tStart, tEnd, tData, tShape, tDone, tGap, tMw2, tMw3, G_NEWLINE, G_SENT, G_COMMA, G_OTHER, G_FAR, SH_LOWER,
  SH_UPPER, SH_NUM, MODE_CAPS, MODE_LOWER, R_CITY, R_CITY_STATE, G_HYPHEN, G_COLON, WORD_CODES47B, codeClosed48b, firstStr, pType, tight, exists, wordIn, placeStr, spanDone, flush,
} from "./detect";

// (pl51) prepositions of where before a town: "in", "from", "near", "outside", a move's "to" (and "out of", below)
const PREP51 = "\u0002in\u0004from\u0004near\u0007outside\u0002to";
// (pl51) words that close a town's phrase and start the next one ("near lodge grass and at the", "in sugar land before
// leaving", "in two harbors or essentia health")
const CLOSE51 = "\u0003and\u0002or\u0003but\u0006before\u0005after\u0005until\u0005since\u0004with\u0003who\u0005where\u0002on\u0002at\u0003for\u0004then\u0003now";
// (pl51) flags of a word that names no town's word here
const NOT_TOWN51: u32 = F_TITLE | F_CUE | F_CRED | F_UNIT | F_FACILITY | F_MONTH | F_STREET_ABBR;

/** (pl51) Token p (right before the town) is a preposition of where: PREP51's, or "of" after "out" ("out of"). */
function prep51(p: u32): bool {
  if (!exists(p)) return false;
  if (wordIn(p, PREP51)) return true;
  return p >= 1 && (wordIn(p, "\u0002of") && (tight(p) && (exists(p - 1) && wordIn(p - 1, "\u0003out"))));
}

/**
 * (pl51) The town's phrase closes after token t: the input's end, a line break, a sentence's mark, a comma, a bracket or
 * a far gap; a word of CLOSE51; or a telephone number ("IN HIGH POINT 336-555-0188": three digits and a dash, or "(").
 */
function closes51(t: u32): bool {
  if (t + 1 >= count) return true;
  const g = rd(tGap, t + 1);
  if ((g & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR)) != 0) {
    // (a state after the comma is the older rules' city and state, with its ZIP: "from south bend, in 46601" is one
    // address, and a town written alone would leave the ZIP out)
    if ((g & G_COMMA) != 0 && (rd(tData, t + 1) & F_STATE) != 0) return false;
    // (a bracket's phone counts, a hyphen's word does not: "in high point-of-care" goes on)
    return byteAt(rd(tEnd, t)) != 0x2d;
  }
  const n = t + 1;
  if (wordIn(n, CLOSE51)) return true;
  const s = rd(tStart, n);
  return rd(tShape, n) == SH_NUM && (rd(tEnd, n) - s == 3 && byteAt(s + 3) == 0x2d);
}

/**
 * (stop 51, pl51) In lower case or ALL CAPS, tokens k..k+1 (or k..k+2) one blank apart, all of the text's case and
 * undecided, that the gazetteer names as one town (tMw2, tMw3), right after a preposition of where ("in", "from",
 * "near", "outside", "out of", "to"), closing their phrase (closes51()): "traveled ... in sugar land before leaving",
 * "WORKS ON A RANCH NEAR LODGE GRASS AND AT", "mother folasade ogunleye in high point 336-555-0188", "cam boot from
 * hanger in port royal.", "DRIVES FOR POLARIS OUT OF SPIRIT LAKE.". residenceTown() wants a residence or travel frame
 * first; the gazetteer's several words are evidence enough when the phrase closes after them. No word may be a title,
 * cue, credential, unit, month, facility head or street abbreviation ("from south shore hospital" goes on and is the
 * facility rules'). Writes the town (location:city) as its own span, a pending one flushed first.
 */
export function prepTownMw51(k: u32, sh: u32, mode: u32): bool {
  if (!((sh == SH_UPPER && mode == MODE_CAPS) || (sh == SH_LOWER && mode == MODE_LOWER))) return false;
  if (k == 0 || (k + 1 >= count || (rd(tMw2, k + 1) == 0 && (k + 2 >= count || rd(tMw3, k + 2) == 0)))) return false;
  if (!tight(k) || !prep51(k - 1)) return false;
  let last: u32 = 0;
  if (k + 2 < count && (tight(k + 1) && (tight(k + 2) && placeStr(rd(tMw3, k + 2)) > 0))) last = k + 2;
  else if (tight(k + 1) && placeStr(rd(tMw2, k + 1)) > 0) last = k + 1;
  else return false;
  for (let m = k; m <= last; m++) {
    if (rd(tShape, m) != sh || (rd(tDone, m) != 0 || (rd(tData, m) & NOT_TOWN51) != 0)) return false;
    // (one blank between the words: "in high  point" of a table's columns is no town)
    if (m > k && rd(tStart, m) != rd(tEnd, m - 1) + 1) return false;
  }
  if (!closes51(last)) return false;
  // (the town is its own span: a body's span pending before "out of" would take it by org45's " of " join, "DRIVES FOR
  // POLARIS OUT OF SPIRIT LAKE")
  if (pType != 0) flush();
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 500, R_CITY, k, last);
  return true;
}

/**
 * (stop 51, pl51) In lower case, token k is a town the gazetteer lists whose name is also a country's or a state's
 * ("lebanon", "jordan", "washington"; four letters or more, undecided), then after one blank or a comma the state's
 * two-letter code in lower case, closed by a ZIP one blank after it or by its field's end (codeClosed48b(): the line's
 * end, a column, " · ", " - "; punctuation too for a code that is no word), or after a comma a state's name closing its
 * field: "22 bank st apt 3, lebanon nh 03766.", "dartmouth cancer center, lebanon nh", "global rescue ops lebanon, nh ·
 * case", "411 w main st apt 2, washington il 61571", "critical access hospital) - jordan, montana". townCode48b() refuses
 * a state's or a country's word as the town; mixed case and ALL CAPS read the capitals. A code that is a word or a
 * credential ("in", "or", "md", "pa": WORD_CODES47B) wants its ZIP, and a credential's code is refused after a town that
 * is also a given name ("jordan, md 21201"); "dc" is the capital's own ("washington dc" stays the
 * older rules'). Not after a title, a name decided or a given name tight before it ("dr. jordan, md 12345", "michael
 * jordan, mt"). Writes the town alone (location:city-state); the ZIP is the scanner's.
 */
export function countryTown51(k: u32, sh: u32, mode: u32): bool {
  if (mode != MODE_LOWER || sh != SH_LOWER) return false;
  const d = rd(tData, k);
  const n = k + 1;
  if ((d & (F_STATE | F_COUNTRY)) == 0 || (placeStr(d) == 0 || (n >= count || rd(tEnd, k) - rd(tStart, k) < 4))) return false;
  if ((d & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_STREET)) != 0 || (rd(tDone, k) != 0 || rd(tDone, n) != 0)) return false;
  const g = rd(tGap, n);
  if ((g & (G_NEWLINE | G_SENT | G_FAR | G_OTHER | G_HYPHEN | G_COLON)) != 0 || rd(tShape, n) != SH_LOWER) return false;
  const comma = (g & G_COMMA) != 0;
  if (rd(tStart, n) - rd(tEnd, k) != (comma ? 2 : 1)) return false;
  const e = rd(tEnd, n);
  const two = e - rd(tStart, n) == 2;
  if (two) {
    if (wordIn(n, "\u0002dc")) return false;
    const zip = n + 1 < count && (rd(tShape, n + 1) == SH_NUM && (rd(tEnd, n + 1) - rd(tStart, n + 1) == 5 && rd(tStart, n + 1) == e + 1));
    const cred = (rd(tData, n) & F_CRED) != 0;
    const word = wordIn(n, WORD_CODES47B) || cred;
    if (!zip && (word || !codeClosed48b(e, true))) return false;
    // (a credential's code after a given name is a person's even before a number: "jordan, md 21201")
    if (cred && firstStr(d) > 0) return false;
  } else if (!comma || !codeClosed48b(e, true)) return false;
  // (no title, no name decided, no given name tight before the town)
  if (k > 0 && exists(k - 1)) {
    const q = k - 1;
    const qd = rd(tData, q);
    if ((qd & F_TITLE) != 0 || rd(tDone, q) == ENTITY_NAME) return false;
    if (tight(k) && (rd(tShape, q) == SH_LOWER && (firstStr(qd) > 0 && (qd & F_NOT_NAME) == 0))) return false;
  }
  if (pType != 0) flush();
  spanDone(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 800, R_CITY_STATE, k, k);
  return true;
}
