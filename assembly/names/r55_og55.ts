// Why this file exists: stop 55 (og55) keeps its rule out of detect.ts (one call site in step(), beside og54b's vendor
// rule): a retail pharmacy or drug store named alone by its head, "Pharmacy", "Apothecary", "Drug", "Drugs", "Drug Co",
// "Drug Store", "Drug Center" ("refills from smith's pharmacy on rio grande blvd", "MEDS TO ENTERPRISE DRUG CO, 210 E LEE
// ST.", "pharmacy: bixby drug on holcomb ave", "new rx sent to longs drugs #9921"), in ALL CAPS and lower case (and in
// mixed case where the facility rules left it), which the older rules read only as a capitalised facility. Read at the
// head's word, the name's words walked back (at most three, already pushed); reads two tokens ahead, allocates nothing.
import { punctBefore } from "../scanners/util";
import { tradeClose54, tradeStrength54 } from "./r54_og54b";
import { byteAt } from "../input";
import { ENTITY_LOCATION } from "../abi";
import {
  FRAME40, G_COLON, G_HYPHEN, MODE_MIXED, R_ORGANIZATION, SH_CAP, SH_UPPER, SUFFIX40, ampGap, columnGap, count, exists, modeAt,
  nameStr, possessive, pEnd, pStart, pType, placeStr, rd, spanDone, tData, tDone, tEnd, tGap, tShape, tStart, textShape, tierOf, tight,
  tradeNaming40, tradeWord40, wordIn
} from "./detect";

// the heads read at their word: "pharmacy", "apothecary", "drug", "drugs"
export const HEADS55 = "\u0008pharmacy\u000aapothecary\u0004drug\u0005drugs";
// a drug store's second word, joined after "drug" ("Drug Store", "Drug Center", "Drug Mart")
const DRUG_TAIL55 = "\u0005store\u0006center\u0004mart";
// a pharmacy's labels right before the name, with or without a colon ("pharmacy: bixby drug", "PHARMACY WATAUGA DRUG #3",
// "pharmacies: ..."); a verb's "is" frames it as FRAME40's words do ("last one on file is ...")
const LABELS55 = "\u0008pharmacy\u000apharmacies";
// words that say what kind of pharmacy or drug, not which: no name before the head is of them ("from the outpatient
// pharmacy", "a specialty pharmacy", "street drugs", "illicit drug", "over the counter drugs")
const NOT_NAME55 = "\u0006retail\u000aoutpatient\u0009inpatient\u0009specialty\u000bcompounding\u0009community\u0005local\u0004mail\u0005order\u0008hospital\u0006online\u0008clinical\u0006street\u0007illicit\u000crecreational\u0007counter\u0004same\u0003new\u0003old\u0005usual\u0009preferred\u0008contract\u0007nearest\u0008discount\u0004home\u0005study\u0008research\u0005other\u0005their\u0003his\u0003her\u0004your\u0004free\u0009antiviral\u0005sulfa\u0002iv\u0004oral\u0008narcotic\u0006opioid\u0007generic\u0005brand";

/** (step()'s gate) A token of `len` letters opening with byte b may be a pharmacy's head: "pharmacy" (8), "apothecary"
 * (10), "drug" (4), "drugs" (5). */
// @ts-ignore: decorator
@inline export function pharmGate55(b: u32, len: u32): bool {
  const c = b | 0x20;
  return c == 0x70 ? len == 8 : c == 0x64 ? len - 4 <= 1 : c == 0x61 && len == 10;
}

/**
 * Token k, a pharmacy's head (HEADS55) in the text's letter case (sh, textShape()), closes one to three name words before
 * it (tradeWord40(): no cue, title, function word, determiner, kind's word; NOT_NAME55's kinds of pharmacy or drug
 * neither), one of them telling it from English (a word no list has, a rare one, a name's or a place's: "smith's",
 * "rouses", "bixby", "longs"), after a frame right before the name: a word of where or whom through (FRAME40: "from",
 * "to", "at", "via", ...), a pharmacy's label (LABELS55) with its colon or not, or an opening bracket. After "drug" a
 * store's word joins ("Drug Store", "Drug Center"), then a legal ending ("Drug Co."); in mixed case a capitalised word
 * after it (the name goes on) stops the rule. Not "from the outpatient pharmacy", "to illicit drugs", "from street
 * drugs", "sent to the pharmacy" (no name, or a kind). Writes the organisation and returns true; a name or a place found
 * on its words is covered (score 950, as og54b's vendors).
 */
export function pharmacyAlone55(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode) || (k < 2 || (!exists(k - 1) || !tight(k)))) return false;
  if (!wordIn(k, HEADS55)) return false;
  // the name's words before the head
  let f = k;
  // (a possessive right before the head is the name's: "smith's pharmacy", "FRY'S PHARMACY")
  while (f + 3 > k && (f >= 2 && (exists(f - 1) && ((tight(f) || (rd(tGap, f) == G_HYPHEN || (ampGap(f) || f == k && possessive(f - 1)))) &&
    (!wordIn(f - 1, LABELS55) && (!wordIn(f - 1, NOT_NAME55) && (!wordIn(f - 1, HEADS55) && tradeWord40(f - 1, sh, mode)))))))) f--;
  if (f == k || !exists(f - 1)) return false;
  // the frame
  const a = rd(tStart, f);
  const p = f - 1;
  let label = false;
  if (tight(f)) {
    label = wordIn(p, LABELS55);
    if (!label && (!wordIn(p, FRAME40) && !wordIn(p, "\u0002is"))) return false;
  } else if ((rd(tGap, f) & G_COLON) != 0) {
    if (!wordIn(p, LABELS55) || columnGap(f)) return false;
    label = true;
  } else if (punctBefore(a) != 0x28) return false;
  // the words' strength: one tells the name from English
  const st = tradeStrength54(f, k);
  const named = st != 0;
  const distinct = (st & 1) != 0;
  if (!named) return false;
  // a drug store's word, a legal ending, then the close
  let last = k;
  const drug = wordIn(k, "\u0004drug");
  let n0 = k + 1;
  if (drug && (n0 < count && (tight(n0) && (rd(tShape, n0) == sh && wordIn(n0, DRUG_TAIL55))))) {
    last = n0;
    n0++;
  }
  if (n0 < count && (tight(n0) && ((rd(tShape, n0) == sh || mode == MODE_MIXED && rd(tShape, n0) == SH_UPPER) && wordIn(n0, SUFFIX40)))) last = n0;
  // ("drug" or "drugs" needs more than a frame: a pharmacy's label, a store's word or a legal ending, or a store's
  // number: "pharmacy: bixby drug", "enterprise drug co", "longs drugs #9921"; not "allergic to nsaid drugs"; a name
  // of English words only, "champion pharmacy", "enterprise drug co", wants the label, the store's word, the
  // legal ending or the number too; "to seizure drugs", "to nsaid drugs" stay words)
  const he = rd(tEnd, k);
  const closed = label || (last > k || (byteAt(he) == 0x20 && byteAt(he + 1) == 0x23));
  if (!closed && (!distinct || !wordIn(k, "\u0008pharmacy\u000aapothecary"))) return false;
  const n = last + 1;
  if (n < count && (mode == MODE_MIXED && (tight(n) && rd(tShape, n) == SH_CAP))) return false;
  // (the name closes after its head: "bixby drug on holcomb ave", "WATAUGA DRUG #3"; "... drug screen" goes on; a
  // branch's town or street after the name is the older rules' (pharmacyTail50(): "SHOPRITE PHARMACY VINELAND")
  if (n < count && (tight(n) && (rd(tShape, n) == sh && !wordIn(n, "\u0002on\u0002in\u0002at")))) return false;
  return tradeClose54(a, f, k, last);
}
