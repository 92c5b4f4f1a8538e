// Why this file exists: stop 52's place rules (pl52), kept out of detect.ts: in lower case and ALL CAPS a street named
// without a house number right after a shop, its branch ("cvs on president ave.", "rite aid national rd.", "meijer
// pharmacy alpine ave.", "cvs #2179, main st, andover", "HARDEE'S ON S LAKE DR (HIS PICK)"), and in lower case a county's
// or state's numbered route after a house number ("home, 4417 county route 12, madrid") (docs/names-rounds.md, "Stop
// 52, pl52").
import { byteAt, inLen } from "../input";
import { isDigit } from "../scanners/util";
import { ENTITY_LOCATION } from "../abi";
import { F_DIRECTION, F_CRED, F_UNIT, F_MONTH, F_CUE } from "./flags";
import {
  rd, count, tStart, tEnd, tData, tShape, tDone, tGap, G_NEWLINE, G_SENT, G_COMMA, G_OTHER, G_FAR, G_HYPHEN, G_COLON, SH_LOWER,
  SH_UPPER, SH_NUM, SH_INITIAL, MODE_CAPS, MODE_LOWER, R_ADDRESS, R_ORGANIZATION, R_FACILITY, pType, pStart, pEnd, pReason, tight, exists,
  wordIn, firstStr, spanDone, flush, dropPending52, CHAINS32,
} from "./detect";

// (pl52) the chains and shops a branch's street follows beside detect.ts's CHAINS32 ("meijer", "wegmans"; "rite aid" in
// shopEnd52()); "pharmacy" and "drug" close a shop's own name ("meijer pharmacy", "harbor drug")
const SHOPS52 = "\u0006meijer\u0007wegmans\u0008pharmacy\u0004drug\u0005drugs";

/** (pl52) Token q is a chain's or a shop's head: a word of CHAINS32 or SHOPS52. */
function shop52(q: u32): bool {
  return wordIn(q, CHAINS32) || wordIn(q, SHOPS52);
}
// (pl52) the street types the rule reads; "way", "ct", "pl" and "sq" are left out ("on its way")
const TYPES52 = "\u0002st\u0006street\u0003ave\u0006avenue\u0002rd\u0004road\u0004blvd\u0002dr\u0005drive\u0004pike\u0003hwy\u0007highway\u0004pkwy\u0007parkway\u0002ln\u0004lane";
// (pl52) the types a period and the next sentence may not follow: a doctor's "dr.", a lymph node's "ln."
const TYPES_NO_PERIOD52 = "\u0002dr\u0002ln";
// (pl52) words that name no street before its type: function words, determiners and pronouns ("cvs on the main road")
const NOT_STREET52 = "\u0003the\u0001a\u0002an\u0003and\u0002or\u0003for\u0004with\u0004from\u0002to\u0002at\u0002on\u0002in\u0002by\u0003per\u0003his\u0003her\u0002my\u0004your\u0005their\u0003our\u0003its\u0004this\u0004that\u0003was\u0002is\u0004will\u0003new\u0003old\u0004same\u0005other";
// (pl52) words after the type that close the branch's phrase ("labcorp brookline ave psc", "mission blvd store")
const CLOSE52 = "\u0005store\u0008location\u0006branch\u0003psc\u0008entrance\u0006office\u0002in\u0004near\u0006around\u0002by\u0003and\u0002at";
// (pl52) words after "st." that make it an ECG's ST segment or a saint's name, not a street
const ST_NEXT52 = "\u0009elevation\u000adepression\u0007segment\u0007changes\u0006change";

/** (pl52) Token q (its byte after it an apostrophe) is a possessive's stem: "casey's", "hardee's" (tEnd excludes the "'s"). */
function possessive52(q: u32): bool {
  const e = rd(tEnd, q);
  return e + 1 < inLen && (byteAt(e) == 0x27 && (byteAt(e + 1) | 0x20) == 0x73);
}

/**
 * (pl52) Token s ends a shop's name: a chain's or a shop's head (shop52()) or "rite aid"; with `on` (the branch's "on" after
 * it) also the pending place's span that the older rules typed an organisation or a facility ("hanger clinic on s.
 * georgia st"), or a possessive ("casey's on commercial st", "fred's on broadway dr"). Without "on" an organisation's
 * span is no shop: a maker's name before its product, "(bard ventralight st, lot ...)".
 */
function shopEnd52(s: u32, on: bool): bool {
  if (!exists(s)) return false;
  if (shop52(s)) return true;
  // ("rite aid", which the organisation rules take as a pair)
  if (wordIn(s, "\u0003aid") && (s > 0 && (exists(s - 1) && (tight(s) && wordIn(s - 1, "\u0004rite"))))) return true;
  if (on && (pType == ENTITY_LOCATION && ((pReason == R_ORGANIZATION || pReason == R_FACILITY) && pEnd == rd(tEnd, s)))) return true;
  return on && possessive52(s);
}

/**
 * (pl52) Token q, of shape sh, may be a word of the street's name: three letters or more, no function word, credential,
 * unit, month, cue or direction, no shop's or street type's word; undecided, or decided by the pending span alone (a
 * surname's or a town's guess the street replaces: "seargent prentiss dr", "labcorp brookline ave").
 */
function streetWord52(q: u32, sh: u32): bool {
  if (!exists(q) || (rd(tShape, q) != sh || rd(tEnd, q) - rd(tStart, q) < 3)) return false;
  if (rd(tDone, q) != 0 && !(pType != 0 && (pStart <= rd(tStart, q) && pEnd >= rd(tEnd, q)))) return false;
  return (rd(tData, q) & (F_CRED | F_UNIT | F_MONTH | F_CUE | F_DIRECTION)) == 0 && (!wordIn(q, NOT_STREET52) && (!shop52(q) &&
    !wordIn(q, TYPES52)));
}

/** (pl52) Token q is a direction's letter or two opening the street ("s lake dr", "E SPEEDWAY BLVD"), undecided. */
function dir52(q: u32, sh: u32): bool {
  const qs = rd(tShape, q);
  return exists(q) && ((rd(tData, q) & F_DIRECTION) != 0 && (rd(tEnd, q) - rd(tStart, q) <= 2 && ((qs == sh || qs == SH_INITIAL) &&
    rd(tDone, q) == 0)));
}

/**
 * (pl52) A shop's name ends right before token k, the street's first word: the shop itself, tight before it
 * (shopEnd52()); its '#' number and a comma ("cvs #2179, main st"); or "on" after the shop, its '#' number or a
 * possessive ("cvs on president ave", "walgreens #4471 on e speedway blvd", "casey's on commercial st").
 */
function shopBefore52(k: u32): bool {
  if (k < 2 || !exists(k - 2)) return false;
  const p = k - 1;
  const g = rd(tGap, k);
  if (tight(k)) {
    if (!wordIn(p, "\u0002on")) return shopEnd52(p, false);
    const q = p - 1;
    // (a possessive's "'s " before "on" is no tight gap)
    if ((tight(p) || (possessive52(q) && rd(tStart, p) == rd(tEnd, q) + 3)) && shopEnd52(q, true)) return true;
    return rd(tShape, q) == SH_NUM && (q > 0 && (exists(q - 1) && (byteAt(rd(tStart, q) - 1) == 0x23 && shopEnd52(q - 1, true))));
  }
  if ((g & (G_NEWLINE | G_SENT | G_OTHER | G_FAR | G_HYPHEN)) != 0 || ((g & G_COMMA) == 0 || rd(tStart, k) - rd(tEnd, p) != 2)) return false;
  return rd(tShape, p) == SH_NUM && (byteAt(rd(tStart, p) - 1) == 0x23 && shopEnd52(p - 1, true));
}

/**
 * (pl52) The street's phrase closes after its type t: the input's end, a line break, a comma, a bracket or other
 * punctuation (not a hyphen's word), a sentence's period after a type no doctor or node shares (after "st." no given name
 * and no ECG word), a telephone number ("hendersonville rd 828-555-0150") or a word of CLOSE52.
 */
function closes52(t: u32): bool {
  if (t + 1 >= count) return true;
  const n = t + 1;
  const g = rd(tGap, n);
  if ((g & (G_NEWLINE | G_COMMA | G_FAR)) != 0) return true;
  if ((g & G_HYPHEN) != 0) return false;
  if ((g & G_SENT) != 0) {
    if (byteAt(rd(tEnd, t)) != 0x2e) return true;
    if (wordIn(t, TYPES_NO_PERIOD52)) return false;
    return !(wordIn(t, "\u0002st") && (firstStr(rd(tData, n)) > 0 || wordIn(n, ST_NEXT52)));
  }
  if ((g & G_OTHER) != 0) return true;
  if (wordIn(n, CLOSE52)) return true;
  // (a telephone number's three digits and dash, whatever its token holds)
  const s = rd(tStart, n);
  return s + 3 < inLen && (isDigit(byteAt(s)) && (isDigit(byteAt(s + 1)) && (isDigit(byteAt(s + 2)) && byteAt(s + 3) == 0x2d)));
}

/**
 * (stop 52, pl52) In lower case or ALL CAPS (the text's mode), token t is a street type (TYPES52) closing its phrase
 * (closes52()) after one or two words of a street's name (a direction's letter may open them: "s lake dr", "e speedway
 * blvd") that follow a shop, the street its branch's (shopBefore52()):
 * - the shop's name itself (a chain, "pharmacy", or the pending organisation's span): "cvs mass ave.", "rite aid
 *   national rd.", "meijer pharmacy alpine ave.", "labcorp brookline ave psc";
 * - the shop's '#' number and a comma: "cvs #2179, main st, andover", "walgreens #10422, seargent prentiss dr, by";
 * - "on" after the shop, its '#' number or a possessive: "cvs on president ave.", "walgreens #4471 on e speedway blvd.",
 *   "casey's on commercial st (food", "hardee's on s lake dr (his pick)".
 * The shop is the evidence the street's words lack: core words ("national", "president", "commercial") are quiet and
 * reach no rule, and a surname's or a town's guess ("prentiss", "brookline") is the pending span, which the street
 * replaces. Read at the type, whose word reaches decide(). Writes the street (location:address) as its own span.
 */
function shopStreet52(t: u32, sh: u32, mode: u32): bool {
  if (!((sh == SH_LOWER && mode == MODE_LOWER) || (sh == SH_UPPER && mode == MODE_CAPS))) return false;
  if (t < 3 || (!tight(t) || (rd(tDone, t) != 0 || !wordIn(t, TYPES52)))) return false;
  if (!streetWord52(t - 1, sh) || !closes52(t)) return false;
  let first = t - 1;
  if (tight(t - 1) && dir52(t - 2, sh)) first = t - 2;
  else if (tight(t - 1) && (streetWord52(t - 2, sh) && shopBefore52(t - 2))) first = t - 2;
  else if (tight(t - 1) && (t >= 4 && (dir52(t - 3, sh) && (tight(t - 2) && streetWord52(t - 2, sh))))) first = t - 3;
  if (!shopBefore52(first)) return false;
  // (a guess pending over the street's words is replaced; one reaching before them stays, and so does the rule)
  if (pType != 0 && pEnd > rd(tEnd, first - 1)) {
    if (pStart < rd(tStart, first)) return false;
    dropPending52();
  }
  if (pType != 0) flush();
  // (a chain's name tight before the street and undecided is its own finding, as the street's span covered it before:
  // "AT CVS MASS AVE.")
  const c = first - 1;
  if (rd(tDone, c) == 0 && (tight(first) && (shop52(c) && rd(tShape, c) == sh))) {
    spanDone(rd(tStart, c), rd(tEnd, c), ENTITY_LOCATION, 700, R_ORGANIZATION, c, c);
    flush();
  }
  spanDone(rd(tStart, first), rd(tEnd, t), ENTITY_LOCATION, 800, R_ADDRESS, first, t);
  return true;
}

// (pl52) a county's or state's numbered route after a house number: "418 state route 374", "4417 county route 12" ("county
// road 12" is the older rules', which take the town and ZIP after it: "118 county road 41, sherman gin ms 38869")
const ROUTES52 = "\u0005route\u0003rte";
// (pl52) words before a house number that open an address ("home at 4417 county route 12", "lives 418 state route 374")
const PREP52 = "\u0002at\u0002on\u0004from\u0002to\u0004near\u0005lives";

/** (pl52) Token q is a number of at most n digits, nothing but digits. */
function digits52(q: u32, n: u32): bool {
  const len = rd(tEnd, q) - rd(tStart, q);
  if (rd(tShape, q) != SH_NUM || len > n) return false;
  for (let i = rd(tStart, q); i < rd(tEnd, q); i++) if (!isDigit(byteAt(i))) return false;
  return true;
}

/**
 * (stop 52, pl52) In lower-case text, token r is "route" or "rte" after "county" or "state" and
 * a house number of one to six digits that opens its field (a comma, a colon, a line's start) or follows a preposition
 * of where or "lives"; the road's number of one to four digits after it, and a direction's letter may follow; then the
 * field closes (the input's or line's end, a comma, a bracket or other punctuation): "location of care: home, 4417
 * county route 12, madrid", "incident location: 418 state route 374, dannemora", "|41722 county route 12|", "department,
 * 350 state route 664 n, logan falls". Mixed case and ALL CAPS read the capitals; lo51b left these. Read at the road's
 * word, which reaches decide() (the numbers never do). Writes the address (location:address).
 */
function countyRoute52(r: u32): bool {
  if (r < 2 || (r + 1 >= count || (!wordIn(r, ROUTES52) || (!tight(r) || !tight(r - 1))))) return false;
  const h = r - 2;
  if (!exists(h) || (!wordIn(r - 1, "\u0006county\u0005state") || (rd(tShape, r - 1) != SH_LOWER || (!digits52(h, 6) || rd(tDone, h) != 0)))) return false;
  const gh = rd(tGap, h);
  if (!((gh & (G_COMMA | G_NEWLINE | G_COLON)) != 0 || (h == 0 || (exists(h - 1) && (tight(h) && wordIn(h - 1, PREP52)))))) return false;
  if (!tight(r + 1) || !digits52(r + 1, 4)) return false;
  let last = r + 1;
  if (last + 1 < count && (tight(last + 1) && (rd(tShape, last + 1) == SH_LOWER && ((rd(tData, last + 1) & F_DIRECTION) != 0 &&
    rd(tEnd, last + 1) - rd(tStart, last + 1) <= 2)))) last++;
  if (last + 1 < count) {
    const g = rd(tGap, last + 1);
    if ((g & (G_NEWLINE | G_COMMA | G_OTHER | G_SENT | G_FAR)) == 0) return false;
  }
  if (pType != 0) flush();
  spanDone(rd(tStart, h), rd(tEnd, last), ENTITY_LOCATION, 800, R_ADDRESS, r - 1, last);
  return true;
}

/**
 * (stop 52, pl52) The one entry laterRounds() calls for a street's or a road's word in lower case or ALL CAPS: a county's
 * or state's numbered road after a house number (countyRoute52(), lower case), or a shop's branch's street
 * (shopStreet52()).
 */
export function street52(k: u32, sh: u32, mode: u32): bool {
  if (mode == MODE_LOWER && (sh == SH_LOWER && countyRoute52(k))) return true;
  return shopStreet52(k, sh, mode);
}
