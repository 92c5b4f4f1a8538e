// Why this file exists: stop 60 (hs60) keeps its rule out of detect.ts (one call at the end of facilityOrPlace()'s
// facility branch, which runs only where a facility's head of the word table matched and no older rule wrote the name:
// no new per-token call site): a hospital, a centre, a clinic or an institute named by one to three of its own words in
// ALL CAPS and lower case ("inpatient rehab at shepherd center if", "receiving: alaska native medical center icu",
// "PT BACK TO SIPPICAN CENTER.", "pcp: dr. khalsa, northwest texas family clinic"), where no capital marks the name and
// the older caseless rules want two own words (caselessHead48()), a word of four letters no list has, or "hospital"
// alone (namedHospital37()). Reads at most the head's next token; allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import { punctAfter } from "../scanners/util";
import { F_NOT_NAME, F_STATE } from "./flags";
import { labelHead61 } from "./r61_fc61";
import {
  FOUNDER_WORDS, G_COLON, G_COMMA, G_FAR, G_NEWLINE, G_OTHER, G_SENT, HEAD_CLOSERS48, HOSPITAL_EPONYMS39, LEVEL_ACRONYMS44, MODE_MIXED, R_FACILITY, SH_NUM,
  UNIT_WORDS31, columnGap, count, credAt, exists, fieldClosed31, frame49, headingDash31, kindWord48, nameStr, ownNamer48, placeStr, rd,
  spanDone, tData, tEnd, tGap, tShape, tStart, textShape, tierOf, tight, whereOrWhereThe, wordIn
} from "./detect";

// (hs60) the heads whose name this rule reads: a hospital's, a centre's, a clinic's, an institute's ("health", a
// practice's or a home's heads are other rounds': "discharged to home health", "x health & rehab")
const HEADS60 = "\u0008hospital\u0006center\u0006centre\u0006clinic\u000ahealthcare\u0009institute\u0009infirmary";

/**
 * (hs60) Token q, an own word of the name (ownNamer48()), tells a name from English by itself: a word no list has or a
 * rare one, a name's or a place's of strength 2 or more, a state's, a founding community's ("presbyterian"), or an
 * eponym's hospital the word table keeps as an instrument's word ("lahey", "ochsner", "mayo"); a drug's or a device's
 * word is none ("coumadin clinic").
 */
export function distinct60(q: u32): bool {
  const d = rd(tData, q);
  if (wordIn(q, HOSPITAL_EPONYMS39)) return true;
  if ((d & F_NOT_NAME) != 0) return false;
  // (a service's noun in "-tion" or "-sion" names what is done there: "immunization clinic", "anticoagulation clinic")
  const e = rd(tEnd, q);
  if (e - rd(tStart, q) > 5 && (((byteAt(e - 4) | 0x20) == 0x74 || (byteAt(e - 4) | 0x20) == 0x73) && ((byteAt(e - 3) | 0x20) == 0x69 &&
    ((byteAt(e - 2) | 0x20) == 0x6f && (byteAt(e - 1) | 0x20) == 0x6e)))) return false;
  return tierOf(d) != 1 || (nameStr(q) >= 2 || (placeStr(d) >= 2 || ((d & F_STATE) != 0 || wordIn(q, FOUNDER_WORDS))));
}

/**
 * (stop 60, hs60) In ALL CAPS and lower case, the facility's head k..last (its last word of HEADS60, in the text's
 * case) follows one to three words of the name: its own (ownNamer48()) and its kind's (kindWord48(): "sleep",
 * "heart", "community"), the first an own word and one own word distinct60(). A frame must open the name, as capitals
 * would: a word of where (or one and "the": "at", "to", "from", "with", "by", "via"), a label's colon, a credential's or
 * a person's comma, a heading's dash, a field's middle dot, brackets, a column's gap, or the line's start; and the
 * clause closes after the head (the field's end, a mark, a number, a unit's word "icu", "ed", or a closing word of
 * HEAD_CLOSERS48). Not "TO SEE RIVERSIDE HOSPITAL" (a verb before the name: no frame), "admitted to the hospital",
 * "follow up at clinic", "at the medical center's" (no own word), "seen at sleep center" (a service's word), "seen at
 * coumadin clinic" (a drug's word). Returns the name's first token, or k.
 */
export function caselessName60(k: u32, last: u32, mode: u32): u32 {
  const sh = rd(tShape, k);
  if (mode == MODE_MIXED || (sh != textShape(mode) || (k < 1 || (rd(tShape, last) != sh || !wordIn(last, HEADS60))))) return k;
  let f = k;
  while (f > 0 && (exists(f - 1) && (tight(f) && (k - f < 3 && !columnGap(f))))) {
    const q = f - 1;
    // (a care level's acronym or the article's typo, LEVEL_ACRONYMS44, names no hospital: "to ltc hospital", "to teh
    // hospital"; stop 44's rules refuse them the same way)
    if ((!ownNamer48(q, sh) && !kindWord48(q, sh)) || wordIn(q, LEVEL_ACRONYMS44)) break;
    f = q;
  }
  // (the name opens with one of its own words: kind words before it are prose's, "at local heart center")
  while (f < k && !ownNamer48(f, sh)) f++;
  if (f == k || (f < 1 || !exists(f - 1))) return k;
  let distinct = false;
  let worded = false;
  for (let m = f; m < k; m++) {
    if (ownNamer48(m, sh) && distinct60(m)) {
      distinct = true;
      if (rd(tEnd, m) - rd(tStart, m) > 4 || tierOf(rd(tData, m)) != 0) worded = true;
    }
  }
  if (!distinct) return k;
  // (one short word no list has right before a clinic's or a centre's one-word head is a service's initials, a
  // department: "(chf clinic)", "dr. x, ptsd clinic", "tavr clinic"; a hospital's stays, "at unm hospital"; and a
  // clinic after a hospital's initials and its kind's words is the hospital's department, "ob at jps women's clinic",
  // where a centre's or a hospital's head names the place, "uvm cancer center", "unc children's hospital")
  if (f + 1 == k && (k == last && (!worded && !wordIn(last, "\u0008hospital\u0009infirmary")))) return k;
  if (!worded && wordIn(last, "\u0006clinic")) return k;
  const p = f - 1;
  const g = rd(tGap, f);
  let framed = false;
  if (tight(f) && whereOrWhereThe(p)) framed = true;
  else if ((g & (G_NEWLINE | G_FAR)) == 0 && ((g & G_COLON) != 0 || ((g & G_COMMA) != 0 && credAt(p, mode)))) framed = true;
  else if (headingDash31(f) || columnGap(f)) framed = true;
  else if ((g & G_NEWLINE) != 0 && fieldClosed31(last)) framed = true;
  else if (frame49(f, k, last, p, g)) framed = true;
  if (!framed) return k;
  // (stop 61, fc61: a field's label before its colon names no facility, "DONOR HOSPITAL: ATRIUM HEALTH": labelHead61())
  if (labelHead61(f, last)) return k;
  // the clause closes after the head
  if (last + 1 < count) {
    const n = last + 1;
    const b = punctAfter(rd(tEnd, last));
    const closed = fieldClosed31(last) || (b == 0x2e || (b == 0x3a || (b == 0x28 || ((rd(tGap, n) & (G_SENT | G_COMMA | G_OTHER | G_NEWLINE)) != 0 ||
      (rd(tShape, n) == SH_NUM || (wordIn(n, HEAD_CLOSERS48) || (wordIn(n, UNIT_WORDS31) || wordIn(n, "\u0002if\u0004when"))))))));
    if (!closed) return k;
  }
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 800, R_FACILITY, f, last);
  return f;
}
