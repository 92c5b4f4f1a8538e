// Why this file exists: stop 57's facility rule (hs57), kept out of detect.ts (one call site in step(), beside og56's
// health rule): a clinician's affiliation, the hospital, clinic or practice named right after the clinician's
// credential, specialty or name and a comma ("Lucinda Romero, MD, Holy Cross Hospital", "REFERRED BY T. LEFLORE, FNP,
// DELTA HEALTH CENTER (MOUND BAYOU)", "DR. LEUNG-MCCARTHY, COVENANT HEALTHCARE", "ONCOLOGY, UNM COMPREHENSIVE CANCER
// CENTER"), which the older facility rules read only after a word of where ("seen at Holy Cross Hospital"), a label's
// colon or a line's start, so a name made of English words and a head stayed unfound there in every case
// (docs/names-rounds.md, "Stop 57, hs57"). Read at the head's word, the name's words walked back (already pushed);
// reads one token ahead, allocates nothing.
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { F_CRED, F_MONTH, F_TITLE } from "./flags";
import {
  G_COMMA, G_HYPHEN, MODE_MIXED, R_FACILITY, R_TITLE, SH_LOWER, pReason, SH_UPPER, SPECIALTY_WORDS, ampGap, count, exists, modeAt, pEnd, pType,
  flushedEnd, genericModifier, rd, span, tData, tDone, tEnd, tGap, tShape, tStart, textShape, tight, tradeNaming40, tradeWord40,
  wordIn, wr
} from "./detect";

// (hs57) the heads that close a facility's or a practice's name, read as the rule's last word ("Hospital", "Medical
// Center", "Health Center", "Healthcare", "Cancer Institute", "Medical Partners", "Primary Care", "Health System")
const HEADS57 = "\u0008hospital\u0006center\u0006centre\u0006clinic\u0006health\u000ahealthcare\u0009institute\u0004care\u0008partners\u000aassociates\u0006system\u0007systems\u0007hospice";

// (hs57) words that say a facility's kind, not which one, beyond tradeNaming40()'s generic, department and practice
// words: a name made of them and heads alone is a department or a kind ("Dr. Ames, MD, Internal Medicine Clinic",
// "NP, Memorial Hospital" is a kind of name the older rules leave, orgs-round-35)
const KIND57 = "\u0008transfer\u0006device\u0006access\u0006intake\u000aadmissions\u0008memorial\u000auniversity\u0006united\u000achildren's\u0007women's\u0008teaching\u0007academy\u0005acute\u000bspecialists";

/** (step()'s gate) A token of `len` letters opening with byte b may be a head of HEADS57. */
// @ts-ignore: decorator
@inline export function affilGate57(b: u32, len: u32): bool {
  const c = b | 0x20;
  if (c == 0x68) return len == 8 || (len == 6 || (len == 10 || len == 7));
  if (c == 0x63) return len == 6 || len == 4;
  return c == 0x69 && len == 9 || (c == 0x70 && len == 8 || (c == 0x61 && len == 10 || c == 0x73 && (len == 6 || len == 7)));
}

/**
 * (hs57) Token j may be a word of the affiliation's name in the text's case `sh` (in mixed case an initialism in
 * capitals too, "UNM Cancer Center"): a head of HEADS57 ("Community Health Center", "Hospital Wound Center"), a kind's
 * or a service's word (genericModifier(), KIND57: "Comprehensive Cancer Center", "Holy Cross Memorial Hospital") or a
 * firm's word (tradeWord40(): no title, credential, month, function word, determiner, clinical word or occupation).
 * Decided words may be taken (a quiet word is done too): the span is refused over a span pending or written.
 */
function nameWord57(j: u32, sh: u32, mode: u32): bool {
  const js = rd(tShape, j);
  if (!(js == sh || mode == MODE_MIXED && js == SH_UPPER)) return false;
  if ((rd(tData, j) & (F_TITLE | F_CRED | F_MONTH)) != 0) return false;
  return wordIn(j, HEADS57) || (genericModifier(j) || (wordIn(j, KIND57) || tradeWord40(j, sh, mode)));
}

/**
 * (stop 57, hs57) Token k, a head of HEADS57 in the text's case (sh, textShape()), closes one to five name words before
 * it (nameWord57(), one blank or a lone "&" between them), right after a comma whose word before is a clinician's
 * credential (F_CRED: "MD", "FNP", "NP"), a specialty ("ONCOLOGY, ", "Urology, ") or the end of a title's name pending
 * ("DR. LEUNG-MCCARTHY, "; not in lower case, where the case tells no name's end). Not a service's clinic ("PCGH STROKE
 * CLINIC": the hospital's department). One of the words names it
 * (tradeNaming40(), none of KIND57, no head): "Dr. Ames, MD, Internal Medicine", "Roe, NP, Memorial Hospital", "PA,
 * Family Health Center" stay words. The name closes after the head: no word follows one blank after it in the text's
 * case (in mixed case none capitalised), no "&" or hyphen goes on with it, and the next head's word is read in its own
 * turn ("Health | Center"; a department's word after "Hospital" closes it, "HOLY CROSS HOSPITAL FAMILY MEDICINE"). In
 * lower case two words at least before the head. Writes the facility (score 700) and returns true.
 */
export function affiliation57(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode) || (k < 3 || (!exists(k - 1) || !wordIn(k, HEADS57)))) return false;
  // (stop 58, sp58: the name's comma first, before the walks below: the frame's test further down wants the gap of the
  // name's first word f, k - 5 <= f < k, to be a comma alone; most heads have none there)
  let c = k - 1;
  while (rd(tGap, c) != G_COMMA) {
    if (c + 5 == k || c == 1) return false;
    c--;
  }
  // the head's words: up to two more heads right after it ("Health | Center", "Medical | Center" is the walk's); a
  // hospital's department after "Hospital" closes the name ("HOLY CROSS HOSPITAL FAMILY MEDICINE", "... HOSPITAL
  // CARDIOLOGY": the notes' names end at the hospital), any other word in the text's case goes on with it
  let last = k;
  while (last + 1 < count && (last < k + 2 && (tight(last + 1) && (rd(tShape, last + 1) == sh && wordIn(last + 1, HEADS57))))) last++;
  const n = last + 1;
  if (n < count) {
    const ng = rd(tGap, n);
    if (tight(n)) {
      const ns = rd(tShape, n);
      if ((ns == sh || (mode == MODE_MIXED && ns == SH_UPPER)) && (wordIn(n, HEADS57) ||
        !(wordIn(last, "\u0008hospital") && (genericModifier(n) || wordIn(n, SPECIALTY_WORDS))))) return false;
    } else if ((ng & G_HYPHEN) != 0 || ampGap(n)) return false;
  }
  // the name's words before the head
  let f = k;
  while (f + 5 > k && (f >= 2 && (exists(f - 1) && ((tight(f) || ampGap(f)) && nameWord57(f - 1, sh, mode))))) f--;
  // (in lower case two words at least before the head: one is a clause's word as often, "rn, total care")
  if (f == k || (!exists(f - 1) || sh == SH_LOWER && f + 2 > k)) return false;
  // the frame: a comma right before the name, and before it a credential, a specialty or a person's name's end
  if (rd(tGap, f) != G_COMMA) return false;
  const p = f - 1;
  const cred = (rd(tData, p) & F_CRED) != 0 || wordIn(p, SPECIALTY_WORDS);
  // (a name's comma only after a title's name, "DR. LEUNG-MCCARTHY, COVENANT HEALTHCARE": a contact's name is followed by
  // an office as often, "Contact Keziah Morningstar, Educational Access Center")
  if (!cred && (sh == SH_LOWER || !(pType == ENTITY_NAME && (pReason == R_TITLE && pEnd == rd(tEnd, p))))) return false;
  // (a service's clinic after a hospital's name is its department, "PCGH STROKE CLINIC", "... DEVICE CLINIC": the notes
  // name the hospital alone)
  if (wordIn(last, "\u0006clinic") && (genericModifier(last - 1) || wordIn(last - 1, KIND57))) return false;
  // the words' strength: one names it
  // (a naming word no older rule decided: "PCGH STROKE CLINIC" keeps the hospital's initialism an older rule found, the
  // clinic its department)
  let named = false;
  for (let j = f; j < k; j++) if (rd(tDone, j) == 0 && (!wordIn(j, HEADS57) && (tradeNaming40(j) && !wordIn(j, KIND57)))) named = true;
  if (!named) return false;
  const a = rd(tStart, f);
  if (a < flushedEnd || pType != 0 && pEnd > a) return false;
  span(a, rd(tEnd, last), ENTITY_LOCATION, 700, R_FACILITY);
  for (let j = f; j <= last; j++) wr(tDone, j, 0xff);
  return true;
}
