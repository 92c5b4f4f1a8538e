// Why this file exists: stop 57, fy57 (clinical round 57 from fixture 56, rural, tribal and community health): a
// collective, an alliance or a growers' firm named by one to three words and that head alone, "Doula: Gentle Arrivals
// Doula Collective", "GRANT: DELTA HEALTH ALLIANCE", "DONOR: TEXAS ORGAN SHARING ALLIANCE NOTIFIED", "from the Somali
// Doula Collective", "grader, Wayne County Growers)", in the three letter cases, which the older rules read only as a
// capitalised facility after a word of where (doula collectives, donor and health alliances, growers' associations recur
// in the fixtures of births, transplants, farm work and community health). Kept out of detect.ts (one call site in
// step(), beside og56's "Health" rule); the name's words walked back with og55's walk (tradeWord40()) and a few words such
// names hold inside (INNER57Y: "health", "doula", "organ", "blood"); reads one token
// ahead, allocates nothing.
import { punctBefore } from "../scanners/util";
import { ENTITY_LOCATION } from "../abi";
import {
  FRAME40, G_COLON, G_HYPHEN, MODE_MIXED, R_ORGANIZATION, SH_CAP, SH_UPPER, ampGap, columnGap, count, exists, lineStart,
  modeAt, pEnd, pType, rd, span, tDone, tEnd, tGap, tShape, tStart, textShape, tight, tradeNaming40, tradeWord40, wordIn
} from "./detect";

// the heads: a collective, an alliance, a growers' firm
const HEADS57Y = "\u0008alliance\u000acollective\u0007growers";
// words that say what kind of alliance or collective, not whose: the name's first word is none of them ("therapeutic
// alliance", "working alliance", "a treatment alliance", "collective", "strong alliance")
const KINDS57Y = "\u000btherapeutic\u0007working\u0009treatment\u0006strong\u0004weak\u0004good\u0004poor\u0007therapy\u0008clinical\u0006family\u0007patient\u0006parent\u0008parental\u0009political\u0006global\u0005local\u0006social";
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
