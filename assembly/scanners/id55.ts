// Why this file exists: stop 55 (id55): identifier, fax and age shapes of hospital lists and fax traffic that the older
// scanners found under another type or not at all. (1) A record number after a row's "LAST, First" whose surname has two
// words or whose given name a hyphen or an accent marks ("Soto Maldonado, Héctor (CMH-10612)", "Kim, Seo-yeon
// (MHS0448117)"), written without brackets ("SVOBODA, MILAN  PCH-30418  DOB"), or after '#' ("LAFLEUR, GASTON
// #5501947", "BWH # 12345678"), and the record number opening an i2b2-style header ("881203457 FMC\n"): the patient's
// chart (MRN), not an id of another kind; matches.ts's emit() asks chart55() beside fx54's bracketChart54(). (2) A phone
// number that a fax's sentence or header carries ("faxed to Fairfield County Department of Public Health (203)
// 555-0190", "FROM: MAPLEWOOD PEDIATRICS  978 555 0102  P. 001/003", letterhead "T 859-555-0147 F 859-555-0148"):
// phone.ts's scanPhone() asks faxContext55() for an uncued number. (3) An age over
// 89 glued to its sex or year letter after a census row's "LAST, First" and a column gap ("PETRAKIS, DESPINA
// 101F", "MCALLISTER, EDNA 96Y (4E 408)"): age.ts asks rowAge55().

import { byteAt, inLen, isAlpha } from "../input";
import { at, before, digitsEnd, isDigit, isWordish, lettersEnd, lettersStart, wordIndex } from "./util";

/** A byte of a name's word: an ASCII letter or any byte of a non-ASCII letter ("Héctor", "Nguyễn"). */
// @ts-ignore: decorator
@inline function nameByte55(b: u32): bool {
  return isAlpha(b) || b >= 0x80;
}

/** Start of a name's word ending at e: letters (non-ASCII too), '-' or an apostrophe between them ("Seo-yeon", "O'Neil"). */
function nameWordStart55(e: u32): u32 {
  let q = e;
  while (q > 0 && (nameByte55(before(q)) || ((before(q) == 0x2d || before(q) == 0x27) && (q > 1 && nameByte55(before(q - 1)))))) q--;
  return q;
}

/**
 * (stop 55, id55) Start of a row's "LAST, First" ending at k (k the byte after the given names), or 0xffffffff: one or
 * two given names (the last may be an initial and its period), ", ", one or two surname words of two letters or more,
 * and the row's opening before the surname: the text's or a line's start, a tab, or a blank after a column's gap, a
 * cell's '|', a field's colon, a list's number and period, a ';', a date's or a clock's digit or a dash.
 */
export function rowName55(k: u32): u32 {
  const NO: u32 = 0xffffffff;
  let q = k;
  if (before(q) == 0x2e) q--;
  let words: u32 = 0;
  let len: u32 = 0;
  while (true) {
    const w = q;
    q = nameWordStart55(q);
    len = w - q;
    if (len == 0) return NO;
    words++;
    if (before(q) == 0x20 && before(q - 1) == 0x2c) break;
    if (before(q) != 0x20 || words == 2) return NO;
    q--;
  }
  if (len < 2) return NO;
  // the surname: one or two words
  let p = q - 2;
  let sw: u32 = 0;
  while (true) {
    const w = p;
    p = nameWordStart55(p);
    if (w - p < 2 || !isAlpha(at(p)) && at(p) < 0x80) return NO;
    sw++;
    if (p == 0) return 0;
    const b = before(p);
    if (b == 0x0a || (b == 0x0d || b == 0x09)) return p;
    if (b != 0x20 || p < 2) return NO;
    const b2 = before(p - 1);
    if (b2 == 0x20 || (b2 == 0x7c || (b2 == 0x3a || (b2 == 0x3b || ((b2 == 0x2e && isDigit(before(p - 2))) || (isDigit(b2) || b2 == 0x2d)))))) return p;
    if (sw == 2 || !nameByte55(b2)) return NO;
    p--;
  }
  return NO;
}

/** Words ending in 'h' before a '#' that are no hospital's code ("auth # PA99-0772184"). */
const NOT_HOSP55 = "\u0004auth\u0004path\u0004bath";

/** Words of a record's label that stand where a row's given name would ("Magnolia Health, ID MGH-771204418"). */
const NOT_GIVEN55 = "\u0002id\u0002rx\u0002dl\u0003lic\u0003dea\u0003din\u0004unit\u0004vial\u0004auth\u0005claim\u0005order\u0006permit\u0007receipt\u0008specimen\u0006number\u0006member\u0004case\u0003ref\u0003lot\u0006serial\u0003tag\u0005badge\u0006ticket\u0005group\u0006policy\u0004acct";

/**
 * (stop 55, id55) The id ending at e stands after blanks right after a census row's "LAST, First" ending at k: every
 * letter of the name in one case (capitals, or small letters in a lower-case text: a row, not a sentence's "Magnolia
 * Health, ID"), the given name no record's label (NOT_GIVEN55: "RBC LR, DIN W0415"), and the id closing a column: two
 * blanks or more, a ';' or a dash's " - " after it ("SVOBODA, MILAN  PCH-30418  DOB", "MARROQUIN, ELIDIA CRM-3318204;
 * THAO, NENG CRM-3318342; SIMONIAN, ARA CRM-3318367 - PAIN").
 */
function blankChart55(k: u32, e: u32): bool {
  const c = at(e);
  if (!(c == 0x3b || (c == 0x20 && (at(e + 1) == 0x20 || (at(e + 1) == 0x2d && at(e + 2) == 0x20))))) return false;
  const p = rowName55(k);
  if (p == 0xffffffff) return false;
  let up: u32 = 0;
  let low: u32 = 0;
  for (let q = p; q < k; q++) {
    const x = byteAt(q);
    if (x >= 0x41 && x <= 0x5a) up++;
    else if (x >= 0x61 && x <= 0x7a) low++;
  }
  if (up != 0 && low != 0) return false;
  return wordIndex(NOT_GIVEN55, lettersStart(k), k) < 0;
}

/**
 * (stop 55, id55) The id [s, e), emitted as an ID or a licence, is the patient's chart: (a) right after a row's "LAST,
 * First" (rowName55), in brackets or after one or two blanks, with a digit in it ("3/11 Soto Maldonado, Héctor
 * (CMH-10612)", "1. SVOBODA, MILAN  PCH-30418  DOB", "(CHART REVIEW): MARROQUIN, ELIDIA CRM-3318204;"); (b) after '#'
 * (one blank or ':' around it allowed) that follows such a name across two blanks or more ("LAFLEUR, GASTON  #5501947",
 * "Patient: Fitzgerald, Colleen M.  #0098823") or a hospital's code of two to four letters ending in 'h', 'mc' or 'hc' ("BWH #
 * 12345678", "(MCH # 2209413)", "URMC # 004471820"; not a credential's five, "CAOHC # C-0447182"); (c) the number opening the text before a hospital's code and the
 * line's end, an i2b2-style record header ("881203457 FMC\n2047715\n").
 */
export function chart55(s: u32, e: u32): bool {
  if (s == 0) {
    // (c) the header's record number
    if (digitsEnd(0) != e || (e < 6 || at(e) != 0x20)) return false;
    const le = lettersEnd(e + 1);
    if (le - e - 1 < 2 || (le - e - 1 > 6 || (at(le) != 0x0a && at(le) != 0x0d))) return false;
    for (let q = e + 1; q < le; q++) if (byteAt(q) > 0x5a) return false;
    return true;
  }
  const b = before(s);
  let hasDigit = false;
  for (let q = s; q < e; q++) if (isDigit(byteAt(q))) hasDigit = true;
  if (!hasDigit) return false;
  if (b == 0x28) {
    // (a) in brackets: "Kim, Seo-yeon (MHS0448117)"
    if (at(e) != 0x29 || (s < 3 || before(s - 1) != 0x20)) return false;
    // (the given name one word, right after the comma's blank: not a payer's pair, "Blue Cross, Blue Shield (BCB4471820)")
    let g = s - 2;
    while (g > 0 && before(g) != 0x20) g--;
    if (g < 2 || before(g - 1) != 0x2c) return false;
    return rowName55(s - 2) != 0xffffffff;
  }
  if (b == 0x20 || (b == 0x23 || b == 0x3a)) {
    let q = s;
    while (q > 0 && (before(q) == 0x20 && s - q < 3)) q--;
    if (before(q) == 0x3a) q--;
    if (before(q) == 0x23) {
      // (b) after '#'
      q--;
      let k = q;
      while (k > 0 && (before(k) == 0x20 && q - k < 12)) k--;
      const ws = lettersStart(k);
      const n = k - ws;
      if (k < q && (n >= 2 && (n <= 4 && !isWordish(before(ws))))) {
        const last = byteAt(k - 1) | 0x20;
        let oneCase = true;
        const up = byteAt(ws) <= 0x5a;
        for (let r = ws + 1; r < k; r++) if ((byteAt(r) <= 0x5a) != up) oneCase = false;
        const prev = byteAt(k - 2) | 0x20;
        if (oneCase && ((last == 0x68 || (last == 0x63 && (prev == 0x6d || prev == 0x68))) && wordIndex(NOT_HOSP55, ws, k) < 0)) return true;
      }
      return q - k >= 2 && rowName55(k) != 0xffffffff;
    }
    // (a) after blanks, a census row's: "SVOBODA, MILAN  PCH-30418  DOB"
    if (b != 0x20 || (s - q > 2 || !isAlpha(at(s)))) return false;
    return blankChart55(q, e);
  }
  return false;
}

/** A fax's word at [q, e): fax, faxed, faxing, refax, refaxed. */
const FAX_WORDS55 = "\u0003fax\u0005faxed\u0006faxing\u0005refax\u0007refaxed";
/** A fax header's page words: "P. 001/003", "PG 1/3", "PAGE 1 OF 3". */
const PAGE_WORDS55 = "\u0001p\u0002pg\u0004page";

/** A phone number's tail ends at q: seven digits or more in a run, or three digits, a separator and four digits. */
function phoneTailAt55(q: u32): bool {
  let r = q;
  while (r > 0 && isDigit(before(r))) r--;
  const n = q - r;
  if (n >= 7) return true;
  if (n != 4 || r < 5) return false;
  const sep = before(r);
  if (sep != 0x2d && (sep != 0x2e && sep != 0x20)) return false;
  return isDigit(before(r - 1)) && (isDigit(before(r - 2)) && (isDigit(before(r - 3)) && !isDigit(before(r - 4))));
}

/**
 * (stop 55, id55) The uncued phone number [s, e) is a fax's: (1) a fax's word (fax, faxed, refax) stands before it in
 * the same clause, on the same line with no ';', '?', '!', sentence's period (a period after a word of four letters or
 * more, or after a digit) and no other phone number between ("faxed to Aetna Better Health of Kansas Utilization
 * Management 1-855-555-0139", "*** FAX RECEIVED 03/14/2099 09:47 FROM (641) 555-0133"); (2) a fax header's page count
 * follows on its line ("FROM:DELTA HEALTH CENTER 662 555 0142   TO:16625550199   P.001/003"); (3) a letterhead's "F"
 * alone stands before it after a number ("T 859-555-0147 F 859-555-0148").
 */
export function faxContext55(s: u32, e: u32): bool {
  // (3) the letterhead's "F"
  if (s >= 5 && (before(s) == 0x20 && ((before(s - 1) | 0x20) == 0x66 && (before(s - 2) == 0x20 && isDigit(before(s - 3)))))) return true;
  // (1) a fax's word before it in the clause
  const floor: u32 = s > 110 ? s - 110 : 0;
  let q = s;
  while (q > floor) {
    const c = before(q);
    // (a line's end, ';', '?', '!', a middle dot between a letterhead's fields)
    if (c == 0x0a || (c == 0x0d || (c == 0x3b || (c == 0x3f || (c == 0x21 || (c == 0xb7 && before(q - 1) == 0xc2)))))) break;
    if (c == 0x2e && (at(q) == 0x20 || at(q) == 0x0a)) {
      if (isDigit(before(q - 1))) break;
      if ((q - 1) - lettersStart(q - 1) >= 4) break;
    }
    if (isDigit(c) && (q < s && (!isDigit(at(q)) && phoneTailAt55(q)))) break;
    if (isAlpha(c) && !isAlpha(at(q))) {
      const ws = lettersStart(q);
      // (not a label in brackets after its own number, "(fax)")
      if (!isWordish(before(ws)) && (at(q) != 0x29 && wordIndex(FAX_WORDS55, ws, q) >= 0)) return true;
      q = ws;
      continue;
    }
    q--;
  }
  // (2) a fax header's page count later on the line: "P. 001/003", "P.1/3", "PAGE 1 OF 3"
  const lim = e + 60 < inLen ? e + 60 : inLen;
  for (let p = e; p < lim; p++) {
    const c = byteAt(p);
    if (c == 0x0a || c == 0x0d) return false;
    if (!isAlpha(c) || isWordish(before(p))) continue;
    const we = lettersEnd(p);
    if (wordIndex(PAGE_WORDS55, p, we) < 0) {
      p = we;
      continue;
    }
    let r = we;
    if (at(r) == 0x2e) r++;
    while (at(r) == 0x20) r++;
    const d1 = digitsEnd(r);
    if (d1 == r || d1 - r > 3) return false;
    let r2 = d1;
    if (at(r2) == 0x2f) r2++;
    else if (at(r2) == 0x20 && ((at(r2 + 1) | 0x20) == 0x6f && ((at(r2 + 2) | 0x20) == 0x66 && at(r2 + 3) == 0x20))) r2 += 4;
    else return false;
    const d2 = digitsEnd(r2);
    return d2 > r2 && (d2 - r2 <= 3 && !isWordish(at(d2)));
  }
  return false;
}


/**
 * (stop 55, id55) The number [ts, a) (over 89: the caller asks) has a sex or a year letter glued after it ("101F",
 * "96Y", "93f") and a census row's "LAST, First" before it across a column's gap (one blank before "Y"), a quoted
 * nickname closing the name or not ("PETRAKIS, DESPINA              101F     2", "MCALLISTER, EDNA 96Y (4E 408)", `MCCRACKEN,
 * LEONA "PEACHES"     93F`).
 */
export function rowAge55(ts: u32, a: u32): bool {
  const c = at(a) | 0x20;
  if ((c != 0x66 && (c != 0x6d && c != 0x79)) || (isWordish(at(a + 1)) || before(ts) != 0x20)) return false;
  let k = ts;
  while (k > 0 && (before(k) == 0x20 && ts - k < 40)) k--;
  // (one blank before "F" or "M" is listNameAge's, and a temperature's: "fever, chills 101F")
  if (c != 0x79 && ts - k < 2) return false;
  // a quoted nickname: "PEACHES"
  if (before(k) == 0x22) {
    const qe = k - 1;
    const qs = lettersStart(qe);
    if (qs == qe || (before(qs) != 0x22 || before(qs - 1) != 0x20)) return false;
    k = qs - 2;
  }
  return rowName55(k) != 0xffffffff;
}
