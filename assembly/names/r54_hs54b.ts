// Why this file exists: stop 54's hospital initialism rules (hs54b), kept out of detect.ts: the facility fields of an
// HL7 v2 message, which name the hospital by its initialism or its short name in every case style ("MSH|^~\&|EPICADT|
// WMC|...", "PID|1||E2241907^^^WMC^MR|", "PV1|1|I|3W^312^A^WMC|"), and the bracketed acronym right after a facility's
// name ("Piedmont Ridge Medical Center (PRMC - Hickory campus)") (docs/names-rounds.md, "Stop 54, hs54b").
import { ENTITY_LOCATION } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit } from "../scanners/util";
import { F_NOT_NAME } from "./flags";
import {
  rd, tStart, tEnd, tDone, tData, count, R_FACILITY, spanDone, hl7Segment, pType, pStart, pEnd, pReason, SH_UPPER, SH_LOWER, MODE_LOWER,
  tierOf, CONTEXT_WORDS, wordIn,
} from "./detect";

const HL7_MSH54: u32 = 0x6d7368; // "msh" (hl7Segment folds the segment's name to lower case)
const HL7_PID54: u32 = 0x706964; // "pid"
const HL7_PV154: u32 = 0x707631; // "pv1"

// (hs54b) one-word values of those fields that name a record's kind or a receiving system, no place: an identifier's
// type ("^^^MRN^MR"), a health information exchange, a record system
const NOT_HL7_54 = "\u0003mrn\u0002mr\u0002pi\u0002pn\u0002ss\u0003ssn\u0003hie\u0003ehr\u0003emr\u0003lis\u0003ris\u0004pacs\u0003his";

/**
 * (stop 54, hs54b) Token k opens a facility field's value of an HL7 v2 segment: MSH-4 or MSH-6 (the sending and the
 * receiving facility, HD's first component, right after '|'), the fourth component of PID-3 (CX's assigning authority,
 * "E2241907^^^WMC^MR") or of PV1-3 (PL's facility, "3W^312^A^WMC"), or PV1-39 (the servicing facility). The value runs
 * to the next '|' or '^' on its line: two to forty bytes of letters, digits, blanks, '.', '-', '&' or '\'', two letters
 * at least. Written as a facility; returns true when it wrote. The caller has read '|' or '^' right before the token.
 */
export function hl7Facility54(k: u32): bool {
  if (rd(tDone, k) != 0) return false;
  const s = rd(tStart, k);
  const seg = hl7Segment(s);
  if (seg == 0) return false;
  const name = seg >> 8;
  const field = seg & 0xff;
  const b = byteAt(s - 1);
  if (name == HL7_MSH54) {
    // (MSH-1 is the field separator itself: the third and the fifth '|' open MSH-4 and MSH-6)
    if (b != 0x7c || (field != 3 && field != 5)) return false;
  } else if (name == HL7_PID54 || name == HL7_PV154) {
    if (field == 39 && name == HL7_PV154) {
      if (b != 0x7c) return false;
    } else {
      if (field != 3 || b != 0x5e) return false;
      // (the fourth component: three '^' since the field's '|')
      let carets: u32 = 0;
      let i = s;
      while (i > 0 && byteAt(i - 1) != 0x7c) {
        if (byteAt(i - 1) == 0x5e) carets++;
        i--;
      }
      if (carets != 3) return false;
    }
  } else return false;
  let e = s;
  let letters: u32 = 0;
  while (e < inLen && e - s <= 40) {
    const c = byteAt(e);
    if (c == 0x7c || (c == 0x5e || (c == 0x0a || c == 0x0d))) break;
    if (isAlpha(c)) letters++;
    else if (!(isDigit(c) || (c == 0x20 || (c == 0x2e || (c == 0x2d || (c == 0x26 || c == 0x27)))))) return false;
    e++;
  }
  if (e - s < 2 || (e - s > 40 || (letters < 2 || byteAt(e - 1) == 0x20))) return false;
  if (e < inLen && (byteAt(e) != 0x7c && (byteAt(e) != 0x5e && (byteAt(e) != 0x0a && byteAt(e) != 0x0d)))) return false;
  let last = k;
  while (last + 1 < count && rd(tStart, last + 1) < e) last++;
  // (a value of one word that names a record or a system, not a place: "^^^MRN^MR", "|SCRIBE|HIE|")
  if (last == k && wordIn(k, NOT_HL7_54)) return false;
  spanDone(s, e, ENTITY_LOCATION, 850, R_FACILITY, k, last);
  return true;
}

// (hs54b) clinical initialisms a facility's name may be followed by in brackets ("Mercy Hospital (ED)"), whatever its
// letters: a unit, a department, a service
const NOT_BRACKET54 = "\u0002ed\u0002er\u0002or\u0003icu\u0004micu\u0004sicu\u0004nicu\u0004picu\u0003ccu\u0004pacu\u0003snf\u0003ltc\u0004ltac\u0003irf\u0003opd\u0003ipd\u0002gi\u0002ob\u0002pt\u0002ot";

/**
 * (stop 54, hs54b) Token k, an initialism of two to six letters in the text's own capitals (or lower case in a
 * lower-case text) that no list has, opens the brackets right after a facility just found (pending, ending one blank
 * or nothing before '('), and its first two letters open two of the facility's words, in order: the acronym the note names the
 * hospital by ("Piedmont Ridge Medical Center (PRMC - Hickory campus)", "ST. BENEDICT'S (SBMC - JASPER)",
 * "Mercy Regional Medical Center (MRMC)"). The span runs to the closing ')' when only words, blanks, '-' and '.' (32 bytes
 * at most) lie between, else the ')' must follow the initialism.
 */
export function bracketInit54(k: u32, sh: u32, mode: u32): bool {
  if (pType != ENTITY_LOCATION || (pReason != R_FACILITY || rd(tDone, k) != 0)) return false;
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (e - s < 2 || e - s > 6) return false;
  if (!(pEnd + 1 == s || pEnd + 2 == s && byteAt(pEnd) == 0x20)) return false;
  if (!(sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER)) return false;
  const d = rd(tData, k);
  if (tierOf(d) != 0 || ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || wordIn(k, NOT_BRACKET54))) return false;
  // (the initialism's first two letters open two of the facility's words, in order: "Piedmont Ridge ..." for "PRMC",
  // not "Actividad Clínica (CAS)")
  let want = byteAt(s) | 0x20;
  let n: u32 = 0;
  for (let i = pStart; i < pEnd && n < 2; i++) {
    if ((byteAt(i) | 0x20) == want && (i == pStart || !isAlpha(byteAt(i - 1)) && byteAt(i - 1) != 0x27)) {
      n++;
      want = byteAt(s + 1) | 0x20;
    }
  }
  if (n < 2) return false;
  // (the closing bracket: right after, or after a branch's words)
  let c = e;
  while (c < inLen && c - e <= 32) {
    const b = byteAt(c);
    if (b == 0x29) break;
    if (!(isAlpha(b) || (b == 0x20 || (b == 0x2d || (b == 0x2e || b == 0x27))))) return false;
    c++;
  }
  if (c >= inLen || byteAt(c) != 0x29) return false;
  let last = k;
  while (last + 1 < count && rd(tStart, last + 1) < c) last++;
  spanDone(s, c, ENTITY_LOCATION, 800, R_FACILITY, k, last);
  return true;
}
