// Why this file exists: stop 54 (fx54, clinical round 52): a record number in brackets right after a log's or a table's
// "LAST, First" is the patient's chart (MRN), not an id of another kind. (Round 52's first form, an extension "x4417"
// closing a tracker's or a page log's field by a column gap or a colon, was written the same hour by id54 too: the merge
// kept id54's extCloses54() in assembly/scanners/id54.ts, which also reads "x4000:", and dropped fx54's fieldGapClose54().)
// The chart's rows: "07/05/2099 | Brannen, Shelby (MHS0447182) | 7/2 | urine",
// "5/12 0915    Meeks, Ora (C4471820)", "3/10 Espinoza, Arnulfo (CMH-10441) —": matches.ts's emit() asks
// bracketChart54() of an ID or a licence.

import { isAlpha } from "../input";
import { at, before, isDigit } from "./util";

/**
 * (stop 54, fx54) The id [s, e) stands alone in brackets right after a row's "LAST, First" (one blank before the '('):
 * a surname of two letters or more (hyphens and apostrophes inside), a comma and one blank, a given name of two letters
 * or more and at most one more word or initial; before the surname the text's or a line's start, a tab, or a blank
 * after a column's gap, a cell's '|', a field's colon, a date's or a clock's digit or a dash ("5/12 0915    Meeks, Ora
 * (C4471820)", "| Brannen, Shelby (MHS0447182) |", "from ed: ojibway, darlene (e4471820)"). In fixtures 1-48 every
 * number so placed (19, all found as ids or licences) is the patient's chart. A clinician's practice in brackets after
 * "Name, MD" is no id; an age in brackets is no id either.
 */
export function bracketChart54(s: u32, e: u32): bool {
  if (s < 8 || (before(s) != 0x28 || (at(e) != 0x29 || before(s - 1) != 0x20))) return false;
  // the given names: one or two words (the last may be an initial, with its period)
  let q = s - 2;
  if (before(q) == 0x2e) q--;
  let words: u32 = 0;
  let len: u32 = 0;
  while (true) {
    const w = q;
    while (q > 0 && isAlpha(before(q))) q--;
    len = w - q;
    if (len == 0) return false;
    words++;
    if (before(q) == 0x20 && before(q - 1) == 0x2c) break;
    if (before(q) != 0x20 || words == 2) return false;
    q--;
  }
  // (the given name next to the comma has two letters or more)
  if (len < 2) return false;
  // the surname
  const se = q - 2;
  let p = se;
  while (p > 0 && (isAlpha(before(p)) || (before(p) == 0x2d || before(p) == 0x27) && (p > 1 && isAlpha(before(p - 1))))) p--;
  if (se - p < 2 || !isAlpha(at(p))) return false;
  // the row's opening before it
  if (p == 0) return true;
  const b = before(p);
  if (b == 0x0a || (b == 0x0d || b == 0x09)) return true;
  if (b != 0x20 || p < 2) return false;
  const b2 = before(p - 1);
  return b2 == 0x20 || (b2 == 0x7c || (b2 == 0x3a || (isDigit(b2) || b2 == 0x2d)));
}
