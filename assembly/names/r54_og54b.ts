// Why this file exists: stop 54 (og54b) keeps its rule out of detect.ts (one call site in step(), beside stop 40's trade
// words): a home medical equipment (DME) or oxygen vendor named by its trade's two-word head, "Medical Supply", "Home
// Medical", "Respiratory Supply" ("DME: BLACK HILLS MEDICAL SUPPLY PICK UP BED", "picked up by Big Bend Home Medical
// 3/16", "dme vendor big sky medical supply to deliver"), in mixed case, ALL CAPS and lower case, which the older rules
// left when the field did not close after the head or no word of the name was rare. Read at the head's last word, the
// name's words walked back (at most three, already pushed); reads one token ahead, allocates nothing.
import { punctBefore } from "../scanners/util";
import { ENTITY_LOCATION } from "../abi";
import {
  FRAME40, G_COLON, G_HYPHEN, TRANSPORT_KINDS, TRANSPORT_LABELS, tGap, MODE_MIXED, R_ORGANIZATION, SH_CAP, SH_UPPER, SUFFIX40, ampGap, columnGap, count, exists, modeAt, nameStr, pEnd,
  pStart, pType, placeStr, rd, spanDone, tData, tDone, tEnd, tShape, tStart, textShape, tierOf, tight, tradeNaming40, tradeWord40,
  wordIn
} from "./detect";

// the head's last words: "supply", "supplies", "equipment" after a kind below ("Medical Supply", "Respiratory Supply",
// "Home Medical Equipment"); "medical" after "home" ("Home Medical")
export const LAST54 = "\u0006supply\u0008supplies\u0009equipment";
// the kinds before them ("medical", "respiratory", "oxygen", "surgical", "diabetic")
const KIND54 = "\u0007medical\u000brespiratory\u0006oxygen\u0008surgical\u0008diabetic";
// a vendor's labels, before the name with or without a colon ("DME: ...", "dme vendor ...", "SUPPLIER ...", "(VENDOR
// ...")
const LABELS54 = "\u0003dme\u0006vendor\u0008supplier\u0007company";
// words that say what kind of vendor, not which: no name before the head is of them alone ("from home medical supply",
// "durable medical equipment", "the hospital's medical supply", "a local medical supply store"; a verb's "be", "will")
const NOT_NAME54 = "\u0004home\u0007durable\u0007medical\u0006oxygen\u000brespiratory\u0008hospital\u0006retail\u0005local\u0006online\u0005store\u0003new\u0008approved\u0008contract\u000acontracted\u0009preferred\u0007outside\u0004same\u0003dme\u0004some\u0002be\u0004will\u0004been";

/** (step()'s gate) A token of `len` letters opening with byte b may close a vendor's head: "supply" (6), "supplies" (8),
 * "medical" (7), "equipment" (9), "respiratory" (11); or a transport provider's: "ambulance", "transport" (9). */
// @ts-ignore: decorator
@inline export function dmeGate54(b: u32, len: u32): bool {
  const c = b | 0x20;
  return c == 0x73 ? len == 6 || len == 8 : c == 0x6d ? len == 7 : c == 0x65 ? len == 9 : c == 0x72 ? len == 11 :
    c == 0x61 ? len == 9 : c == 0x74 && len == 9;
}

/**
 * Token k closes a vendor's trade head in the text's letter case (sh, textShape()): "<kind> supply|supplies|equipment"
 * (KIND54, "home" before it joins: "Penn Home Medical Supply"; "respiratory & medical supply"), "home medical" (not when
 * "supply" or "equipment" follows: that word's turn reads it), or after a vendor's label a kind alone ("VENDOR NORTHERN
 * PLAINS RESPIRATORY", "DME NORCO MEDICAL"). One to three words before the head name it (tradeWord40(): no cue, title,
 * function word, determiner or kind's word; NOT_NAME54's vendor kinds neither), one of them naming (tradeNaming40()), or,
 * after a label with a kind alone, one that tells it from English (a rare word, a name's or a place's), and no word in
 * the text's case right after the kind. A frame right
 * before the name: a word of where or whom through (FRAME40: "from", "by", "via", "with", "to", "at", "through", "for"),
 * a vendor's label (LABELS54), "is" or "be" ("your supplier of record is Gopher State Medical Supply"), a colon after a label
 * ("SUPPLIER: BLACK HILLS RESPIRATORY SUPPLY NPI"), or an opening bracket. A legal ending after the head joins it; in
 * mixed case a capitalised word after it (the name goes on) stops the rule. Not "from home medical supply", "the medical
 * supply", "durable medical equipment", "a local medical supply store" (no name), "DME: home oxygen" (no head). Writes
 * the organisation and returns true; a name or place found on its words is covered (score 950, as tradeFirmOrg40()).
 * The second form, a transport provider: "ambulance" (with "service" after it) or "medical transport", after "by", "via",
 * "from", "through" or a transport's label (TRANSPORT_LABELS, its colon or not, no column's gap) or an opening bracket,
 * no kind of transport among the name's words (TRANSPORT_KINDS: "by private ambulance", "via air ambulance"), and
 * before "ambulance" alone two naming words or one that tells it from English ("by volunteer ambulance" stays words):
 * "transport: gold cross ambulance 13:00", "SENT BY: MIDLANDS AMBULANCE SERVICE UNIT 22". Mixed case's are mostly
 * transportOrg()'s, which asks capitalised words.
 */
export function dmeVendor54(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode) || (k < 2 || (!exists(k - 1) || !tight(k)))) return false;
  let hs: u32 = 0;
  let single = false;
  let ride = false;
  if (wordIn(k, "\u0009ambulance\u0009transport")) {
    // (stop 54, og54b's second form: a transport provider, "transport: gold cross ambulance 13:00", "sent by: midlands
    // ambulance service", "transport: coastline medical transport"; mixed case's are transportOrg()'s, read first)
    if (wordIn(k, "\u0009transport") && !wordIn(k - 1, "\u0007medical")) return false;
    hs = wordIn(k, "\u0009transport") ? k - 1 : k;
    ride = true;
  } else if (wordIn(k, LAST54)) {
    if (!wordIn(k - 1, KIND54) || wordIn(k - 1, "\u0004home")) return false;
    hs = k - 1;
    if (k >= 3 && exists(k - 2)) {
      // ("Penn Home Medical Supply", "tri-state respiratory & medical supply")
      if (tight(k - 1) && wordIn(k - 2, "\u0004home")) hs = k - 2;
      else if (ampGap(k - 1) && wordIn(k - 2, KIND54)) hs = k - 2;
    }
  } else if (wordIn(k, "\u0007medical\u000brespiratory")) {
    // (the head goes on: "Home Medical Supply", "Home Medical Equipment" are the next word's)
    if (k + 1 < count && (tight(k + 1) && wordIn(k + 1, LAST54))) return false;
    if (wordIn(k - 1, "\u0004home") && wordIn(k, "\u0007medical")) hs = k - 1;
    else {
      hs = k;
      single = true;
    }
  } else return false;
  // the name's words before the head
  let f = hs;
  while (f + 3 > hs && (f >= 2 && (exists(f - 1) && ((tight(f) || (rd(tGap, f) == G_HYPHEN || ampGap(f))) &&
    (!wordIn(f - 1, LABELS54) && (!wordIn(f - 1, NOT_NAME54) && (!(ride && (wordIn(f - 1, TRANSPORT_KINDS) ||
    wordIn(f - 1, TRANSPORT_LABELS))) && tradeWord40(f - 1, sh, mode)))))))) f--;
  if (f == hs || !exists(f - 1)) return false;
  // the frame
  const a = rd(tStart, f);
  const p = f - 1;
  let label = false;
  if (ride) {
    // (a carrier's frame: "by", "via", "from", "through", a transport's label, with its colon or not ("TRANSPORT YELLOW
    // AMBULANCE 6/3"), "by" with a colon ("SENT BY: ..."), or an opening bracket ("MODE: EMS (LIFEGUARD AMBULANCE")
    const fr = wordIn(p, "\u0002by\u0003via\u0004from\u0007through") || wordIn(p, TRANSPORT_LABELS);
    // (not across a column's gap: "CRITICAL CARE TRANSPORT   GOLD CROSS AMBULANCE" is a header's cell, then the provider)
    if (!(tight(f) || (rd(tGap, f) & G_COLON) != 0 ? fr && !columnGap(f) : punctBefore(a) == 0x28)) return false;
  } else if (tight(f)) {
    label = wordIn(p, LABELS54);
    if (!label && (!wordIn(p, FRAME40) && !wordIn(p, "\u0002is\u0002be"))) return false;
  } else if ((rd(tGap, f) & G_COLON) != 0) {
    if (!wordIn(p, LABELS54)) return false;
    label = true;
  } else if (punctBefore(a) != 0x28) return false;
  if (single && !label) return false;
  // the words' strength
  const st = tradeStrength54(f, hs);
  const named = st != 0;
  const distinct = (st & 1) != 0;
  const names = st >> 1;
  if (!named || (single && !distinct)) return false;
  // (an ambulance's one core word may say what kind: "by volunteer ambulance"; "gold cross", "lifeguard" name it)
  if (ride && (hs == k && (names < 2 && !distinct))) return false;
  // a legal ending, then the close
  let last = k;
  const n0 = k + 1;
  // ("MIDLANDS AMBULANCE SERVICE")
  if (ride && (hs == k && (n0 < count && (tight(n0) && (rd(tShape, n0) == sh && wordIn(n0, "\u0007service")))))) last = n0;
  else if (n0 < count && (tight(n0) && ((rd(tShape, n0) == sh || mode == MODE_MIXED && rd(tShape, n0) == SH_UPPER) && wordIn(n0, SUFFIX40)))) last = n0;
  const n = last + 1;
  // (a kind alone closes its name: "DME NORCO MEDICAL 208-555-0114"; "SUPPLIER WILL BE PANHANDLE RESPIRATORY SERVICES" goes
  // on)
  if (single && (n < count && (tight(n) && rd(tShape, n) == sh))) return false;
  if (n < count && (mode == MODE_MIXED && (tight(n) && rd(tShape, n) == SH_CAP))) return false;
  return tradeClose54(a, f, k, last);
}

/**
 * (stop 56's review: shared by og54b's vendors and og55's pharmacies, which held two copies) The strength of a trade
 * name's words [f, e): 0 when none names a firm (tradeNaming40()); else the count of naming words shifted left by one,
 * bit 0 set when one of them tells the name from English (a word no list has, a rare one, a name's or a place's).
 */
export function tradeStrength54(f: u32, e: u32): u32 {
  let names: u32 = 0;
  let distinct: u32 = 0;
  for (let j = f; j < e; j++) {
    if (!tradeNaming40(j)) continue;
    names++;
    const jd = rd(tData, j);
    if (tierOf(jd) == 0 || (tierOf(jd) == 3 || (nameStr(j) >= 2 || placeStr(jd) >= 2))) distinct = 1;
  }
  return names == 0 ? 0 : names << 1 | distinct;
}

/**
 * (stop 56's review: shared by og54b and og55) Writes the organisation of tokens [f, last] (its head k, its first byte a)
 * and returns true, unless a name begun before it goes on over it; a name or a place found on its words is covered
 * (score 950, as tradeFirmOrg40()), or refused when the word before the name was decided too.
 */
export function tradeClose54(a: u32, f: u32, k: u32, last: u32): bool {
  // (a name begun before it stays as it is; one found on its words is covered)
  if (pType != 0 && (pStart < a && pEnd > a)) return false;
  let behind = false;
  for (let m = f; m < k; m++) if (rd(tDone, m) != 0) behind = true;
  if (behind && (tight(f) && rd(tDone, f - 1) != 0)) return false;
  spanDone(a, rd(tEnd, last), ENTITY_LOCATION, behind ? 950 : 750, R_ORGANIZATION, f, last);
  return true;
}
