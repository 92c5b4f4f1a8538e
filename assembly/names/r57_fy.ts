// Why this file exists: stop 57, fy57 (clinical round 57 from fixture 56, rural, tribal and community health): a rural
// grid road's address, a house number right before "Road"/"Rd" and the road's number, "44175 ROAD 815, 11 MI N OF
// ANSELMO", "home: 2318 road 14, durham ks" (the county and section-line roads of the Plains and the West), which the
// street walker reads only with a name's word between the number and the type; and a
// collective, an alliance or a growers' firm named by one to three words and that head alone, "Doula: Gentle Arrivals
// Doula Collective", "GRANT: DELTA HEALTH ALLIANCE", "DONOR: TEXAS ORGAN SHARING ALLIANCE NOTIFIED", "from the Somali
// Doula Collective", "grader, Wayne County Growers)", in the three letter cases, which the older rules read only as a
// capitalised facility after a word of where (doula collectives, donor and health alliances, growers' associations recur
// in the fixtures of births, transplants, farm work and community health). Kept out of detect.ts (one call site in
// step(), beside og56's "Health" rule); the name's words walked back with og55's walk (tradeWord40()) and a few words such
// names hold inside (INNER57Y: "health", "doula", "organ", "blood"); reads one token
// ahead, allocates nothing.
import { byteAt, inLen } from "../input";
import { punctBefore } from "../scanners/util";
import { ENTITY_LOCATION } from "../abi";
import {
  FRAME40, G_COLON, G_HYPHEN, MODE_MIXED, R_ADDRESS, R_ORGANIZATION, SH_NUM, SH_CAP, SH_UPPER, ampGap, columnGap, count, exists, lineStart,
  modeAt, pEnd, pType, rd, span, tDone, tEnd, tGap, tShape, tStart, textShape, tight, tradeNaming40, tradeWord40, wordIn
} from "./detect";

// the heads: a collective, an alliance, a growers' firm
export const HEADS57Y = "\u0008alliance\u000acollective\u0007growers";
// words that say what kind of alliance or collective, not whose: the name's first word is none of them ("therapeutic
// alliance", "working alliance", "a treatment alliance", "collective", "strong alliance")
export const KINDS57Y = "\u000btherapeutic\u0007working\u0009treatment\u0006strong\u0004weak\u0004good\u0004poor\u0007therapy\u0008clinical\u0006family\u0007patient\u0006parent\u0008parental\u0009political\u0006global\u0005local\u0006social";
// words right after the head that belong to the clause or the firm's record, not to the name ("ALLIANCE NOTIFIED", "growers
// id 4471", "collective on mondays")
const AFTER57Y = "\u0002id\u0002on\u0002in\u0002at\u0003for\u0002to\u0003and\u0003via\u0005today\u0003was\u0002is\u0003has\u0004will\u0008notified\u0006called\u0005faxed\u0004sent\u0002re\u0007contact\u0005phone\u0003tel\u0004crew\u0004case\u0006member\u0005staff\u0002rn";

// words the firm walk (tradeWord40()) stops at as cues or trades that such names hold inside ("Delta Health Alliance",
// "Gentle Arrivals Doula Collective", "Texas Organ Sharing Alliance", "Cumberland Plateau Blood Alliance", "Diamond Fruit
// Growers"): taken in the name's case, never the name's only naming word
const INNER57Y = "\u0006health\u0005doula\u0006doulas\u0005birth\u0005organ\u0005blood\u0005donor\u0005fruit\u0006potato\u0005apple\u0004farm\u0007farmers\u0009community";

/** (stop 57, fy57) Token j, in the name's case, is a word of a collective's or an alliance's name. */
function nameWord57y(j: u32, sh: u32, mode: u32): bool {
  if (tradeWord40(j, sh, mode)) return true;
  const js = rd(tShape, j);
  return (js == sh || mode == MODE_MIXED && js == SH_UPPER) && wordIn(j, INNER57Y);
}

/** (step()'s gate) A token of `len` letters opening with byte b may be a head: "alliance" (8), "collective" (10), "growers" (7). */
// @ts-ignore: decorator
@inline export function collGate57y(b: u32, len: u32): bool {
  const c = b | 0x20;
  return len == 8 && c == 0x61 || (len == 10 && c == 0x63 || len == 7 && c == 0x67);
}

/**
 * (stop 57, fy57) Token k, a head (HEADS57Y) in the text's letter case (sh, textShape()), closes one to three name words
 * before it (tradeWord40(): no cue, title, function word, determiner, facility head), one of them naming
 * (tradeNaming40()), the first of them no kind (KINDS57Y: "therapeutic alliance"). The frame right before the name: a
 * label's colon (no column's gap), a word of where, whom for or through whom (FRAME40), "the" after one, an opening
 * bracket, a comma or the line's start. The name closes after the head: in mixed case no capitalised word after it, in
 * ALL CAPS and lower case no word in the text's case but a clause's or a record's (AFTER57Y), no "&" or hyphen. Writes
 * the organisation (score 550, below every facility's, the words undecided: a facility or a name the older rules find on
 * them types the span as before) and returns true. "therapeutic alliance strong", "a collective decision", "the
 * growers" stay words.
 */
export function collectiveOrg57y(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode) || (k < 1 || (!exists(k - 1) || !tight(k)))) return false;
  if (!wordIn(k, HEADS57Y)) return false;
  // the name's words before the head
  let f = k;
  while (f + 3 > k && (f >= 1 && (exists(f - 1) && ((tight(f) || (rd(tGap, f) == G_HYPHEN || ampGap(f))) &&
    nameWord57y(f - 1, sh, mode))))) f--;
  if (f == k || wordIn(f, KINDS57Y)) return false;
  let named = false;
  for (let j = f; j < k; j++) if (!wordIn(j, INNER57Y) && tradeNaming40(j)) named = true;
  if (!named) return false;
  // the frame
  const a = rd(tStart, f);
  let framed = f == 0 || lineStart(f);
  if (!framed && exists(f - 1)) {
    const p = f - 1;
    if (tight(f)) {
      framed = wordIn(p, FRAME40) || (wordIn(p, "\u0003the") && (p >= 1 && (exists(p - 1) && (tight(p) && wordIn(p - 1, FRAME40)))));
    } else if ((rd(tGap, f) & G_COLON) != 0) framed = !columnGap(f);
  }
  if (!framed) {
    const b = punctBefore(a);
    framed = b == 0x28 || b == 0x2c;
  }
  if (!framed) return false;
  // the close
  const n = k + 1;
  if (n < count && tight(n)) {
    const ns = rd(tShape, n);
    if (mode == MODE_MIXED && ((ns == SH_CAP || ns == SH_UPPER) && !wordIn(n, AFTER57Y))) return false;
    if (ns == sh && !wordIn(n, AFTER57Y)) return false;
  }
  if (n < count && (ampGap(n) || rd(tGap, n) == G_HYPHEN)) return false;
  // (a span pending over the name's words, or a word decided, stays as it is)
  if (pType != 0 && pEnd > a) return false;
  for (let m = f; m <= k; m++) if (rd(tDone, m) != 0) return false;
  span(a, rd(tEnd, k), ENTITY_LOCATION, 550, R_ORGANIZATION);
  return true;
}

// words of where or of an address's field right before a house number ("lives at 2318 road 14", "home 44175 Rd 815")
const BEFORE57Y = "\u0002at\u0002to\u0004from\u0002on\u0007address\u0004addr\u0004home\u0005lives\u0009residence";
// a direction after the road's number ("Road 12 N", "rd 7 nw")
const DIRS57Y = "\u0001n\u0001s\u0001e\u0001w\u0002ne\u0002nw\u0002se\u0002sw";

/** (step()'s gate) A token of `len` letters opening with byte b may be "road" (4) or "rd" (2). */
// @ts-ignore: decorator
@inline export function roadGate57y(b: u32, len: u32): bool {
  return (b | 0x20) == 0x72 && (len == 4 || len == 2);
}

/** (stop 57, fy57) The byte at e closes an address's field: the end, a newline, ',', ';', ')', a period before a blank, two blanks. */
function fieldEnd57y(e: u32): bool {
  if (e >= inLen) return true;
  const b = byteAt(e);
  if (b == 0x2c || (b == 0x3b || (b == 0x29 || (b == 0x0a || b == 0x0d)))) return true;
  if (b == 0x2e || b == 0x20) return e + 1 >= inLen || (byteAt(e + 1) == 0x20 || (byteAt(e + 1) == 0x0a || byteAt(e + 1) == 0x0d));
  return false;
}

/**
 * (stop 57, fy57) Token k, "road" or "rd" in the text's case (capitalised or capitals in mixed case), sits between a
 * house number of three to six digits right before it and the road's number of one to four digits right after it (a
 * direction may follow: "Road 12 N"), the number framed before (the line's start, a colon, comma, semicolon or bracket
 * before it, or a word of where or of an address's field, BEFORE57Y) and the field closing after the road (fieldEnd57y):
 * "LOCATION: HANSEN RANCH, 44175 ROAD 815, 11 MI N", "home: 2318 road 14, durham ks". Writes the street (score 800) and
 * returns true. "increase 120 rd 2 then", "BP 130 Road 4 miles" (no frame or no close) stay.
 */
export function gridRoad57y(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (k < 1 || (k + 1 >= count || !(sh == textShape(mode) || mode == MODE_MIXED && sh == SH_UPPER))) return false;
  if (!wordIn(k, "\u0004road\u0002rd")) return false;
  const h = k - 1;
  const n = k + 1;
  if (!exists(h) || (!tight(k) || !tight(n))) return false;
  if (rd(tShape, h) != SH_NUM || rd(tShape, n) != SH_NUM) return false;
  const hl = rd(tEnd, h) - rd(tStart, h);
  const nl = rd(tEnd, n) - rd(tStart, n);
  if (hl < 3 || (hl > 6 || (nl < 1 || nl > 4))) return false;
  // (digits only, glued to nothing: "44175", "815")
  const hs = rd(tStart, h);
  if (hs > 0 && (byteAt(hs - 1) != 0x20 && (byteAt(hs - 1) != 0x0a && (byteAt(hs - 1) != 0x09 && byteAt(hs - 1) != 0x28)))) return false;
  // the frame before the house number
  let framed = h == 0 || lineStart(h);
  if (!framed && hs >= 2) {
    const b = byteAt(hs - 1);
    const c = b == 0x20 ? byteAt(hs - 2) : b;
    framed = c == 0x3a || (c == 0x2c || (c == 0x3b || (c == 0x28 || c == 0x09)));
    if (!framed && (tight(h) && exists(h - 1))) framed = wordIn(h - 1, BEFORE57Y);
  }
  if (!framed) return false;
  // a direction after the road's number, then the field's close
  let last = n;
  if (n + 1 < count && (tight(n + 1) && wordIn(n + 1, DIRS57Y))) last = n + 1;
  if (!fieldEnd57y(rd(tEnd, last))) return false;
  if (pType != 0 && pEnd > hs) return false;
  for (let m = h; m <= last; m++) if (rd(tDone, m) != 0) return false;
  span(hs, rd(tEnd, last), ENTITY_LOCATION, 800, R_ADDRESS);
  return true;
}
