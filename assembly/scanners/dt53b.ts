// Why this file exists: stop 53 (dt53b): a bare month/day small enough to read as a fraction or a score ("4/6", "3/10",
// "5/6") right after a facility's head word or "labs", closing its phrase: "LABS 4/6 (LABCORP KENNEWICK)", "Labs at
// Sonora Quest Laboratories 3/10: Hgb 12.1", "filled at Union Hospital Outpatient Pharmacy 3/10.", "colorectal surgery
// at UAMS Medical Center 5/6 (Dr. ...)", "Referral: Sovah Health Danville ED 3/8 — table-saw injury". A note dates a
// visit, an admission or a draw by the place it happened; no score, scale, count or dose takes a facility's name as its
// word (their words are "pain", "strength", "Apgars", "ADL", "bottles", "sites"). And the same pair after "out" that
// ends an event ("staples out 3/3.", "Dr. Mahmoud out 6/9)") or after a "last", "final", "next" or "first" dose ("last
// dose 3/10, told to hold"), closing its phrase. scanDate (date.ts) asks facilityDay53b and outDoseDay53b in its last
// list of date frames, after a score's word before the pair and a unit or "of" after it have refused it.

import { byAfterFx41, clauseOpensAfter, dashApart, phraseEndsAt, scoreOnLine46 } from "./date";
import { isAlpha } from "../input";
import { at, before, eqWord, isDigit, isWordish, lettersStart, skipBlanks, skipBlanksBack, wordEndsAt } from "./util";

// a facility's head and the labs drawn there: hospital hospitals center centre clinic clinics pharmacy laboratories
// laboratory lab labs ed er
const FACILITY_HEADS53B = "\u0008hospital\u0009hospitals\u0006center\u0006centre\u0006clinic\u0007clinics\u0008pharmacy\u000claboratories\u000alaboratory\u0003lab\u0004labs\u0002ed\u0002er";

/**
 * (stop 53, dt53b) The month/day [ts, b) (month va 1-12, day vb, a valid day), small enough to read as a fraction or a
 * score, stands one to three blanks after a facility's head word or "lab"/"labs" (FACILITY_HEADS53B: "Medical Center
 * 5/6", "ED 3/8", "LABS 4/6", any case), and closes its phrase: a line's end, ',', ';', ')', a sentence's '.', a colon
 * (not after "lab"/"labs": "the labs 2/8: Na 139" in a list of labelled pairs) or an opening bracket ("3/10:", "4/6 (LABCORP"), a dash set apart or an en or em dash ("3/8 — table-saw"), "by", or a
 * clause's word ("3/9 with Dr."). A tenth with "pain", "score" or "scale" earlier on its line is the score ("ER pain
 * 8/10."); a noun after the pair ("lab 2/3 tubes") leaves it out.
 */
export function facilityDay53b(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va < 1 || va > 12) return false;
  const k = skipBlanksBack(ts, 3);
  if (k == ts || !wordEndsAt(k, FACILITY_HEADS53B)) return false;
  if (vb == 10 && scoreOnLine46(ts)) return false;
  if (phraseEndsAt(b) || (clauseOpensAfter(b) || byAfterFx41(b))) return true;
  const q = skipBlanks(b, 2);
  const c = at(q);
  // a colon after a facility's day ("Laboratories 3/10: Hgb"), not after "lab"/"labs", which a list of labelled pairs
  // writes so ("the labs 2/8: Na 139" among "Motor 4/5:" and "1/2: tab", an older hard negative)
  if (c == 0x3a) return !isDigit(at(q + 1)) && k - lettersStart(k) > 4;
  if (c == 0x28) return true;
  if (q == b) return false;
  // a dash set apart, or an en or em dash
  return dashApart(q);
}

// the dose a day dates: last final next first
const DOSE_ORDINALS53B = "\u0004last\u0005final\u0004next\u0005first";

/**
 * (stop 53, dt53b) The month/day [ts, b) (month va 1-12, a valid day), small enough to read as a fraction or a score,
 * stands one blank after "out" that ends an event, one blank and a word of letters before it ("staples out 3/3.",
 * "sutures out 4/6 — ortho f/u", "Dr. Mahmoud out 6/9)"), or after "dose" or "doses" with "last", "final", "next" or
 * "first" before ("last dose 3/10, told to hold"); and closes its phrase (a line's end, ',', ';', ')', a sentence's '.',
 * a dash set apart or an en or em dash). A half, a third or a quarter is a dose ("took last dose 1/4."), a number before "out" a share ("4 out 3/4": no word), a noun or a unit
 * after the pair a count or a dose ("last dose 1/2 tab"), and a tenth with "pain", "score" or "scale" earlier on its
 * line the score.
 */
export function outDoseDay53b(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va < 1 || (va > 12 || (ts < 6 || before(ts) != 0x20))) return false;
  // the word right before the pair, one blank apart, nothing glued before it
  const k = ts - 1;
  const ws = lettersStart(k);
  if (ws == k || isWordish(before(ws))) return false;
  if (eqWord(ws, k, "out")) {
    // one blank and a word of letters before "out"
    if (ws < 3 || (before(ws) != 0x20 || !isAlpha(before(ws - 1)))) return false;
  } else if (eqWord(ws, k, "dose") || eqWord(ws, k, "doses")) {
    const j = skipBlanksBack(ws, 1);
    if (j == ws || !wordEndsAt(j, DOSE_ORDINALS53B)) return false;
  } else return false;
  // a half, a third or a quarter is the dose or the share ("took last dose 1/4.", "ran out 1/2.")
  if (va < vb && vb <= 4 || vb == 10 && scoreOnLine46(ts)) return false;
  if (phraseEndsAt(b)) return true;
  const q = skipBlanks(b, 2);
  if (q == b) return false;
  return dashApart(q);
}
