// Why this file exists: the PHONE/FAX scanner (pagers report as PHONE): NANP with every separator, "+1", parentheses,
// extensions; international numbers with "+"; grouped national numbers; bare digit runs only when cued. FAX when a fax
// cue ("Fax:", "f:", "facsímil") precedes or "fax" follows the number.

import { faxContext55 } from "./id55";
import {
  ENTITY_FAX, ENTITY_ID, ENTITY_PHONE, REASON_FAX_CUE, REASON_RECORD_FIELD, REASON_PAGER_CUE, REASON_PHONE_CUE, REASON_PHONE_EXTENSION,
  REASON_PHONE_FORMAT, REASON_PHONE_INTL, REASON_PHONE_NANP,
} from "../abi";
import { byteAt, isAlpha } from "../input";
import { emit } from "../matches";
import { unitAfter } from "./date";
import { extCloses54 } from "./id54";
import { stopsAt60a } from "./fa60";
import { claimLetter63, claimShape63, claimWordBefore63, fiveSteps63 } from "./id63";
import { cueEnd, tightGap } from "./context";
import { at, before, cleanEnd, digitsEnd, numValue, punctAfter, punctAt, punctBefore, isDigit, isWordish, lettersEnd, skipBlanks, skipBlanksBack, startsWith, eqWord, wordEndsAt, lettersStart, wordIndex } from "./util";

/** How the candidate was cued: 0 none, 1 phone, 2 fax, 3 pager. */
export const PHONE_CUE_NONE: u32 = 0;
export const PHONE_CUE_PHONE: u32 = 1;
export const PHONE_CUE_FAX: u32 = 2;
export const PHONE_CUE_PAGER: u32 = 3;

// group statistics of the last parse
let groups: u32 = 0;
let digits: u32 = 0;
let firstLen: u32 = 0;
let minLen: u32 = 0;
let maxLen: u32 = 0;
let g0: u32 = 0; // lengths of the first four groups
let g1: u32 = 0;
let g2: u32 = 0;
let g3: u32 = 0;
let parens: bool = false;
let seps: u32 = 0; // bit set of separators used: 1 space, 2 '-', 4 '.', 8 '/'

/** End of an extension after e (" ext. 123", "x1234", " #12", ", ext. 2", ", x204", " x5-5678"), or e. */
function extensionAfter(e: u32): u32 {
  // after a comma only a word or an x names an extension ("617-555-0100, ext. 2"; not ", #12", a list's next item)
  // (the comma glued or written apart: "617-555-0100 , ext. 2")
  const comma = punctAfter(e) == 0x2c;
  let p = skipBlanks(comma ? punctAt(e) + 1 : e, 1);
  let w = p;
  if (startsWith(p, "extension")) w = p + 9;
  else if (startsWith(p, "ext")) w = p + 3;
  else if ((at(p) | 0x20) == 0x78) w = p + 1;
  else if (comma) return e;
  else if (at(p) == 0x23) w = p + 1;
  else return e;
  if (at(w) == 0x2e) w++;
  w = skipBlanks(w, 1);
  let d = digitsEnd(w);
  if (d - w < 1 || d - w > 6) return e;
  // a hospital extension in its hyphenated form after the number: "617-555-0100 x5-5678" (its last four digits
  // would be left in the text otherwise)
  if (at(d) == 0x2d && (d - w <= 2 && isDigit(at(d + 1)))) {
    const d2 = digitsEnd(d + 1);
    if (d2 - d - 1 >= 3 && (d2 - d - 1 <= 5 && !isWordish(at(d2)))) d = d2;
  }
  if (isWordish(at(d))) return e;
  // ", x2" is more often a count than an extension
  if (comma && (d - w < 2 && w == p + 1)) return e;
  return d;
}

/** Parses digit groups from s (the first digit or '('); returns the end of the last group. */
function parseGroups(s: u32): u32 {
  groups = 0;
  digits = 0;
  minLen = 99;
  maxLen = 0;
  g0 = 0; g1 = 0; g2 = 0; g3 = 0;
  parens = false;
  seps = 0;
  let p = s;
  let end = s;
  let prevSep: u32 = 0; // (stop 60, fa60) the separator bits before the last group
  while (groups < 8) {
    let closeParen = false;
    if (at(p) == 0x28) {
      p++;
      // (written apart, as tokenised exports write it: "( 617 ) 555-0129")
      if (at(p) == 0x20) p++;
      closeParen = true;
    }
    let d = digitsEnd(p);
    const n = d - p;
    if (n == 0) break;
    if (closeParen) {
      if (punctAfter(d) != 0x29) break;
      d = punctAt(d);
      parens = true;
    }
    groups++;
    digits += n;
    if (groups == 1) g0 = n;
    else if (groups == 2) g1 = n;
    else if (groups == 3) g2 = n;
    else if (groups == 4) g3 = n;
    if (n < minLen) minLen = n;
    if (n > maxLen) maxLen = n;
    end = closeParen ? d + 1 : d;
    // a separator: up to two of ' ' '-' '.' '/', then a digit or '('
    let q = end;
    let k: u32 = 0;
    let sepBits: u32 = 0;
    while (k < 2) {
      const b = at(q);
      if (b == 0x20) sepBits |= 1;
      else if (b == 0x2d) sepBits |= 2;
      else if (b == 0x2e) sepBits |= 4;
      else if (b == 0x2f) sepBits |= 8;
      else break;
      q++;
      k++;
    }
    if (k == 0 && (at(q) != 0x28 && !closeParen)) break;
    if (!(isDigit(at(q)) || (at(q) == 0x28 && isDigit(at(q + 1))))) break;
    // (stop 60, fa60) a NANP number written with its separators ends at its line: the group a blank after it is a date's,
    // a time's or the next field's ("214-555-0129 11/05/2099 15:20")
    if (groups >= 3 && stopsAt60a(groups, g0, g1, g2, g3, prevSep, sepBits)) break;
    prevSep = sepBits;
    seps |= sepBits;
    p = q;
  }
  return end;
}

/**
 * The groups at s open a numeric date: a day and a month of one or two digits in either order (g0 and g1 digits), then
 * the year's group, each after the same '/', '.' or '-'.
 */
function numericDate(s: u32, g0: u32, g1: u32): bool {
  if (g0 > 2 || g1 > 2) return false;
  const sep = at(s + g0);
  if (!(sep == 0x2f || (sep == 0x2e || sep == 0x2d)) || at(s + g0 + 1 + g1) != sep) return false;
  const a = numValue(s, s + g0);
  const b = numValue(s + g0 + 1, s + g0 + 1 + g1);
  return a >= 1 && (b >= 1 && (a <= 12 && b <= 31 || b <= 12 && a <= 31));
}

/**
 * (stop 57) The number [s, e) ends in a numeric date written with '/' (a day and a month of one or two digits, then a
 * year of four or two) and holds a group before it: "0355 03/14/2099", "99453 10/09/2099".
 */
function dateTail57(s: u32, e: u32): bool {
  let i = e;
  while (i > s && isDigit(at(i - 1))) i--;
  const y = e - i;
  if (!(y == 4 || y == 2) || (i < s + 5 || at(i - 1) != 0x2f)) return false;
  let j = i - 1;
  while (j > s && isDigit(at(j - 1))) j--;
  const g1 = i - 1 - j;
  if (g1 == 0 || (g1 > 2 || (j < s + 3 || at(j - 1) != 0x2f))) return false;
  let k = j - 1;
  while (k > s && isDigit(at(k - 1))) k--;
  const g0 = j - 1 - k;
  return k > s && (g0 > 0 && numericDate(k, g0, g1));
}

/** "fax" (or "(fax)", "-Fax") right after the number. */
function faxAfter(e: u32): bool {
  let p = e;
  if (at(p) == 0x2d || at(p) == 0x28) p++;
  p = skipBlanks(p, 1);
  if (at(p) == 0x28) p++;
  const w = lettersEnd(p);
  if (!eqWord(p, w, "fax")) return false;
  // "Fax:" after a number labels the next number, not this one
  // (stop 41, fx29: and so does "FAX" with a number or its '#' right after it, as a letterhead's line runs "PHONE
  // FAX": "419-555-0116 FAX 419-555-0117", "555-0100 fax # 555-0101"; "555-0100 (fax)" and "555-0100 fax," stay FAX)
  const n = skipBlanks(w, 1);
  const c = at(n);
  return c != 0x3a && !(n > w && (isDigit(c) || (c == 0x23 || (c == 0x28 && isDigit(at(n + 1)) || c == 0x2b))));
}

/**
 * Called at the first digit `ts` of a clean numeric token. `cue` says which phone cue precedes (PHONE_CUE_*).
 * Emits one PHONE or FAX finding and returns its end, or returns 0.
 */
export function scanPhone(ts: u32, cueIn: u32): u32 {
  let cue = cueIn;
  let s = ts;
  let plus = false;
  // "(617) 555-...": the parenthesis belongs to the number only when it closes the first group ("(602.555.0188)" does not)
  if (punctBefore(s) == 0x28 && punctAfter(digitsEnd(s)) == 0x29) s = before(s) == 0x28 ? s - 1 : s - 2;
  let k = s;
  if (before(k) == 0x20) k--;
  if (before(k) == 0x2b) {
    plus = true;
    s = k - 1;
  }
  // (stop 63, id63: a claim file's letter and '-' before the digits, "VA file # C-28 441 870": claimLetter63(), and
  // below only the claim's grouping)
  const dashClaim = s > 0 && (before(s) == 0x2d && claimLetter63(s) != 0xffffffff);
  if (s > 0 && (isWordish(before(s)) || (before(s) == 0x2d && !dashClaim || before(s) == 0x2f))) return 0;
  const e0 = parseGroups(plus && at(s) == 0x2b ? (at(s + 1) == 0x20 ? s + 2 : s + 1) : s);
  if (groups == 0 || !isDigit(at(e0 - 1)) && at(e0 - 1) != 0x29) return 0;
  if (isWordish(at(e0)) && !((at(e0) | 0x20) == 0x78)) return 0;
  if ((at(e0) == 0x2e || (at(e0) == 0x2d || at(e0) == 0x2f)) && isDigit(at(e0 + 1))) return 0;
  // a pager number is often a 4-6 digit hospital extension ("pager 32145", "beeper #4-1234"): only right after the cue
  // a hospital extension "5-1234" right after a phone cue too ("call 5-1234")
  // (or after a hospital's name and a comma: "at Zaidale Memorial Hospital, 6-8194.")
  const extensionShape = groups == 2 && (g0 <= 2 && (g1 == 4 && seps == 2));
  const shortPager = ((cue == PHONE_CUE_PAGER && (digits >= 4 && (digits < 7 && groups <= 2))) ||
    (cue == PHONE_CUE_PHONE && extensionShape)) && (tightGap(cueEnd, s, 1) || timeThenTo(cueEnd, s)) ||
    (extensionShape && (facilityComma(s) || g0 == 1 && bareExtension47b(s, e0)));
  if ((digits < 7 && !shortPager) || digits > 15) return 0;
  // (stop 63, id63) a VA claim file's number, 2-3-3 digits apart by blanks, no phone's cue, after its letter or a claim
  // file's word: "C-FILE: C 28 447 193", "VA file 32 118 447", "File number 29 044 718" (claimShape63,
  // claimWordBefore63); its letter 'C' (or an A-number's 'A') opens it. "not answering at 78 651 450" stays a phone
  // (a unit after the groups is a dose, stop 33's rule: "file C-44 817 220 mg")
  const claim = claimShape63(s, groups, g0, g1, g2, seps) && ((claimLetter63(s) != 0xffffffff || claimWordBefore63(s)) && !unitAfter(e0));
  if (dashClaim && !(claim && cue == PHONE_CUE_NONE)) return 0;
  if (claim && (cue == PHONE_CUE_NONE && (!plus && (!parens && cleanEnd(e0))))) {
    const l = claimLetter63(s);
    emit(l != 0xffffffff ? l : s, e0, ENTITY_ID, REASON_RECORD_FIELD, 500);
    return e0;
  }
  // (stop 32) a numeric date and the clock time after it, "03/02/2026 14:07", read as groups 2-2-4-2 when the date
  // scanner is off (with it on, the date's finding wins the overlap)
  if (groups >= 3 && (g2 == 4 && (!plus && (!parens && numericDate(s, g0, g1))))) return 0;
  // (stop 57) nor a number whose last three groups are a numeric date after '/': a clock time or a billing code, then
  // the date ("RN AT 0355 03/14/2099", "BILLING: 99453 10/09/2099"); the date scanner finds the date
  if (groups >= 3 && dateTail57(s, e0)) return 0;
  const first = byteAt(parens && at(s) == 0x28 ? (at(s + 1) == 0x20 ? s + 2 : s + 1) : (plus ? (at(s + 1) == 0x20 ? s + 2 : s + 1) : s));

  // a trailing "-Fax" / "(fax)" label cues the number it follows
  if (cue == PHONE_CUE_NONE && faxAfter(extensionAfter(e0))) cue = PHONE_CUE_FAX;
  let reason: u32 = 0;
  let score: u32 = 0;
  // NANP: [1] NXX NXX XXXX
  let nanp = false;
  if (digits == 10 && (groups == 1 || ((groups == 2 && (g0 == 3 && g1 == 7)) || (groups == 3 && (g0 == 3 && g1 == 3))))) {
    nanp = first >= 0x32;
  } else if (digits == 11 && (first == 0x31 && (groups == 1 || (groups == 4 && (g0 == 1 && (g1 == 3 && g2 == 3)))))) {
    nanp = true;
  }
  if (nanp && (groups == 1 && !plus)) {
    // ten bare digits: plausible, but also an id; the exchange must not start with 0 or 1
    const ex = at(ts + (digits == 11 ? 4 : 3));
    if (ex < 0x32) nanp = false;
  }
  if (nanp) {
    reason = REASON_PHONE_NANP;
    score = groups == 1 ? 600 : 900;
  } else if (plus && digits >= 8) {
    reason = REASON_PHONE_INTL;
    score = 900;
  } else if (cue == PHONE_CUE_NONE && unitAfter(e0)) {
    return 0; // "800-1000 ml/día": a range of quantities
  } else if (digits == 7 && (groups == 2 && (g0 == 3 && ((seps & 6) != 0 && first >= 0x32)))) {
    reason = REASON_PHONE_FORMAT; // local NANP 555-1234 ("370 3911" is more often a street number)
    score = 600;
  } else if (groups == 2 && (g0 >= 2 && (g0 <= 4 && (g1 >= 6 && (g1 <= 8 && (seps != 8 && seps != 4)))))) {
    reason = REASON_PHONE_FORMAT; // area code + subscriber: "0961-7596216", "99 668472"
    score = 500;
  } else if (!(groups >= 4 && (maxLen == 2 && fiveSteps63(s, e0))) && ((groups >= 3 || (groups == 2 && first == 0x30)) && (digits >= 8 && (minLen >= 2 && (maxLen <= 5 && (seps != 8
    && (seps != 4
    && (!(groups == 3 && (g0 == 3 && (g1 == 2 && g2 == 4))) && (!(groups == 2 && (g0 == 5 && g1 == 4))
    && (!(groups == 3 && (g0 == 4 && (g1 == 2 && (g2 == 2 && seps != 1))))
    && !(groups == 2 && (g0 == 4 && (g1 == 4 && (hhmm(s) && hhmm(digitAfter(s + 4)))))))))))))))) {
    // (nor two 24-hour times: the shift "0700-1900")
    // (not the SSN shape 3-2-4, ZIP+4 or yyyy-mm-dd, which failed their own validators when they reach here)
    // (stop 63, id63: nor a run of small numbers in steps of five, an audiogram's thresholds "R: 25 30 45 60 70":
    // fiveSteps63, tested first)
    reason = REASON_PHONE_FORMAT; // grouped national numbers: "0490 75 40 81", "967 597 100"
    score = 550;
  } else if (cue != PHONE_CUE_NONE && ((groups == 1 || (minLen >= 2 || shortPager)) && seps != 8)) {
    reason = REASON_PHONE_CUE;
    score = 800;
  } else if (shortPager) {
    reason = REASON_PHONE_EXTENSION; // a hospital's extension after its name ("Memorial Hospital, 6-8194")
    score = 700;
  } else return 0;

  let type = ENTITY_PHONE;
  const e = extensionAfter(e0);
  // (stop 43) two digits, '-' and six or seven, no phone's cue: a year-led case's, a docket's or a dispatch's serial
  // ("CASE 99-0400418", "CAD 99-007182", "ICR 96-551204", "(WEDSS) 99-4418207"), never a phone number in the 92
  // evaluation files (15 of 15 gold IDs); a two-digit area code is written with a blank ("99 668472")
  if (cue == PHONE_CUE_NONE && (!plus && (!parens && (groups == 2 && (g0 == 2 && (seps == 2 && (g1 >= 6 && (g1 <= 7 && e == e0)))))))) {
    emit(s, e, ENTITY_ID, REASON_RECORD_FIELD, 500);
    return e;
  }
  // (stop 44, id44) three groups of four digits apart by single blanks, no phone's cue: a parcel's tracking number
  // ("SHIPPED VIA FEDEX 7749 2210 4471", "FEDEX PRIORITY 7718 2044 7102"), 12 digits that no national plan groups so
  // (all 9 PHONE findings of this shape over the 95 files were gold IDs); with '+' or a cue it stays a phone
  if (cue == PHONE_CUE_NONE && (!plus && (!parens && (groups == 3 && (g0 == 4 && (g1 == 4 && (g2 == 4 && (seps == 1 && e == e0)))))))) {
    emit(s, e, ENTITY_ID, REASON_RECORD_FIELD, 500);
    return e;
  }
  // (stop 55, id55) or, uncued, a fax's clause or header carries it: "faxed to ... Utilization Management 1-855-555-0139"
  if (cue == PHONE_CUE_FAX || ((cue != PHONE_CUE_PHONE && faxAfter(e)) || (cue == PHONE_CUE_NONE && faxContext55(s, e)))) {
    type = ENTITY_FAX;
    reason = REASON_FAX_CUE;
    score = 950;
  } else if (cue == PHONE_CUE_PAGER) {
    reason = REASON_PAGER_CUE;
    score = 950;
  } else if (cue == PHONE_CUE_PHONE) {
    reason = REASON_PHONE_CUE;
    score = 950;
  }
  emit(s, e, type, reason, score);
  return e;
}

/**
 * Between a pager cue ending at c and the number at s only a clock time after "at"/'@' and then "to": "paged at 1945
 * to 4-5678", "paged @ 19:45 to 41234" (the time says when, "to" whom).
 */
function timeThenTo(c: u32, s: u32): bool {
  let p = skipBlanks(c, 2);
  if (at(p) == 0x40) p++;
  else if (eqWord(p, lettersEnd(p), "at")) p += 2;
  else return false;
  p = skipBlanks(p, 2);
  const h = digitsEnd(p);
  let e = h;
  if (h - p == 4) {
    if (!hhmm(p)) return false;
  } else if (h - p >= 1 && (h - p <= 2 && (at(h) == 0x3a && digitsEnd(h + 1) == h + 3))) e = h + 3;
  else return false;
  const t = skipBlanks(e, 2);
  return t > e && (eqWord(t, lettersEnd(t), "to") && (skipBlanks(t + 2, 2) == s && s > t + 2));
}

/** Four digits at p read as a 24-hour time HHMM (00-24, 00-59). */
function hhmm(p: u32): bool {
  const h = (at(p) - 0x30) * 10 + (at(p + 1) - 0x30);
  const m = (at(p + 2) - 0x30) * 10 + (at(p + 3) - 0x30);
  return h <= 24 && m <= 59;
}

/** The first digit at or after p (within 3 bytes: a separator). */
function digitAfter(p: u32): u32 {
  let q = p;
  while (q < p + 3 && !isDigit(at(q))) q++;
  return q;
}

/** Facility words after which a comma and a short number give the facility's extension ("Hospital, 6-8194"). */
const FACILITY_WORDS = "\u0008hospital\u0006clinic\u0006center\u0006centre\u0009infirmary";

/** A comma and a facility word come right before s ("General Hospital, x79907", "Memorial Hospital, 6-8194"). */
function facilityComma(s: u32): bool {
  const k = skipBlanksBack(s, 2);
  // (the comma glued to the name or written apart: "Hospital, 6-8194", "Hospital , 6-8194")
  return k < s && (before(k) == 0x2c && wordEndsAt(skipBlanksBack(k - 1, 1), FACILITY_WORDS));
}

/** Words after which "x" and digits is a telephone extension: "call at x4567", "paged x4567", "beeper x45678". */
const EXTENSION_WORDS = "\u0002at\u0004call\u0006called\u0004page\u0005paged\u0005pager\u0006beeper\u0005phone\u0003tel\u0002ph\u0006number\u0002or";

/** The 'x' at xs follows '(' or a call word (at most two blanks between; a colon may close the word: "tel:"). */
function extensionCue(xs: u32): bool {
  let k = skipBlanksBack(xs, 2);
  if (before(k) == 0x28 || facilityComma(xs)) return true;
  if (before(k) == 0x3a) k--;
  return wordEndsAt(k, EXTENSION_WORDS);
}

/**
 * A hospital extension written "x4-5678" or "x12-3456" (`xs` at the 'x'): 1-2 digits, a hyphen, 4 digits, nothing
 * glued after. The 'x' keeps it from reading as a range ("4-5678" alone is left alone).
 */
export function scanExtension(xs: u32): u32 {
  const d = xs + 1;
  const e1 = digitsEnd(d);
  if (e1 - d >= 4 && (e1 - d <= 5 && (extensionCue(xs) || (signatureExtension(xs, e1) || phraseExtension22(xs, e1))))) {
    // "call at x4567", "(x45678)": 4-5 digits after a call word or a parenthesis
    if (isWordish(at(e1)) || ((at(e1) == 0x2d || (at(e1) == 0x2f || at(e1) == 0x2e)) && isDigit(at(e1 + 1)))) return 0;
    emit(xs, e1, ENTITY_PHONE, REASON_PHONE_EXTENSION, 700);
    return e1;
  }
  if (e1 - d < 1 || (e1 - d > 2 || at(e1) != 0x2d)) return 0;
  const e2 = digitsEnd(e1 + 1);
  if (e2 - e1 - 1 != 4 || isWordish(at(e2))) return 0;
  if ((at(e2) == 0x2d || (at(e2) == 0x2f || at(e2) == 0x2e)) && isDigit(at(e2 + 1))) return 0;
  emit(xs, e2, ENTITY_PHONE, REASON_PHONE_EXTENSION, 700);
  return e2;
}

// ---- Fifteenth clinical round (fixture 12): a pager glued to its "p", an extension closing a signature line
// (self-contained: scanGluedPager, signatureExtension) ----

/**
 * A pager number glued to a lower-case "p" (`ps` at the 'p'), as residents sign notes and sign-out lists: 4-5 digits,
 * inside parentheses ("(p71432)") or after a comma and a blank, closing its phrase ("Leah Ostrowski, p21198."): ')',
 * ',', ';', a sentence's period or the line's end after it. Only the digits are reported. "p53", "(p16)" (proteins)
 * have too few digits, "p0.05" and "(p 0.03)" are decimals, "P2Y12" has letters, ", p1234 times" goes on.
 */
export function scanGluedPager(ps: u32): u32 {
  const d = ps + 1;
  const e = digitsEnd(d);
  if (e - d < 4 || e - d > 5) return 0;
  const b = before(ps);
  const c = at(e);
  if (b == 0x28) {
    if (c != 0x29) return 0;
  } else if (b != 0x20 || (before(ps - 1) != 0x2c || !(c == 0 || (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b ||
    (c == 0x29 || (c == 0x2e && !isDigit(at(e + 1))))))))))) return 0;
  emit(d, e, ENTITY_PHONE, REASON_PAGER_CUE, 800);
  return e;
}

/**
 * "x" and 4-5 digits at xs..e closing a signature line: a column gap (a tab or two blanks) or ", " before the 'x', and
 * only blanks before the line's end after the digits ("Nora Keough, LICSW  x4471", "J. Ruiz, RN, x5521"). The
 * clinician's extension; a lab's multiplier is glued to its unit ("x1000/uL") and a count has fewer digits ("x2").
 */
function signatureExtension(xs: u32, e: u32): bool {
  const t = skipBlanks(e, 4);
  const c = at(t);
  if (!(c == 0 || (c == 0x0a || c == 0x0d))) return false;
  const b = before(xs);
  if (b == 0x09) return true;
  return b == 0x20 && (before(xs - 1) == 0x20 || (before(xs - 1) == 0x2c && isWordish(before(xs - 2))));
}

// ---- Stop 31, clinical round 22 (fx19): an extension after a person or a bracket, a blank after its "x" ----

/**
 * (round 22) "x" and 4-5 digits (xs at the 'x', the digits ending at e) closing their phrase (the line's or text's end,
 * ',', ';', ')', a sentence's period) after a word or a closing bracket and a blank: a person's or a team's extension
 * ("QUESTIONS: RHONDA X2204.", "page dr amato (cards fellow) x5521.", "m. oyeyemi, msw, lcsw x 3349"). A dimension or a
 * dose has a number before the 'x' or a unit after the digits ("2 x 1500", "x 1000 mL"); three zeros end a multiplier
 * ("Magnification x1000.").
 */
function phraseExtension22(xs: u32, e: u32): bool {
  const c = at(e);
  // (stop 46: or a field separator set apart, as banners and sign-out lines write them: "house sup g. blackhawk x 4410 ·
  // admit pending", "charge rn x 4417 | bed 12", "ahmed x 4471 — re heparin"; fieldClose46)
  if (!(c == 0 || (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b || (c == 0x29 || (fieldClose46(e) || c == 0x2e && !isDigit(at(e + 1)))))))))) {
    // (stop 54, id54: or a log's field closed by a colon or a column gap, "rn tracy x3318: rm 612", "KRISTY RN X4417
    // BP 188/102"; extCloses54 refuses a power of ten itself)
    if (!extCloses54(at(xs + 1) == 0x20 ? xs + 2 : xs + 1, e)) return false;
    // (a power of ten is a multiplier or a magnification: "x1000", "oil immersion x 1000.")
  } else if (at(e - 1) == 0x30 && (at(e - 2) == 0x30 && at(e - 3) == 0x30)) return false;
  const k = skipBlanksBack(xs, 2);
  if (k == xs) return false;
  const b = before(k);
  // (stop 43: or a comma after a person's title or role, "LEAD TECH, X 4417.", "RHIA, X 2207,")
  return b == 0x29 || (((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || b == 0x2c && (k >= 3 && (isAlpha(before(k - 1)) && isAlpha(before(k - 2)))));
}

/**
 * (round 22) An extension written with a blank after its "x" (`ds` at the first digit, "x " right before it, the 'x' a
 * word of its own): 4-5 digits after a call word or a bracket ("somali interp (farhiya) at x 6610 if needed"), closing a
 * signature line, or closing their phrase after a word ("lcsw x 3349"). Only the digits are reported.
 */
export function scanSpacedExtension22(ds: u32): u32 {
  const xs = ds - 2;
  let e = digitsEnd(ds);
  if (e - ds <= 2 && at(e) == 0x2d) {
    // (stop 53, fy53b) or one or two digits, a hyphen and four: a hospital's extension written apart from its "x" as
    // scanExtension() reads it glued ("call pharmacy (ahmed x 3-4471) re heparin", "RITA HAUTALA, RN CM X 2-4471"
    // closing the line), by the same cues and the same tests of what follows; a range or a date goes on ("x 3-4 days",
    // "x 1-2", "x 3-4471-2"). Only the digits are reported.
    const h = e;
    e = digitsEnd(h + 1);
    if (e - h - 1 != 4) return 0;
  } else if (e - ds < 4 || e - ds > 5) return 0;
  if (isWordish(at(e)) || (((at(e) == 0x2d || (at(e) == 0x2f || at(e) == 0x2e)) && isDigit(at(e + 1))) ||
    !(extensionCue(xs) || (signatureExtension(xs, e) || phraseExtension22(xs, e))))) return 0;
  emit(ds, e, ENTITY_PHONE, REASON_PHONE_EXTENSION, 700);
  return e;
}

// (stop 43) motions and their measures before ", ext": flex flexion extension abd abduction add adduction rot rotation
// int ext er ir rom deg degrees, and the joints: knee hip elbow wrist shoulder ankle neck trunk
const MOTION43 = "\u0004flex\u0007flexion\u0009extension\u0003abd\u0009abduction\u0003add\u0009adduction\u0003rot\u0008rotation\u0003int\u0003ext\u0002er\u0002ir\u0003rom\u0003deg\u0007degrees\u0004knee\u0003hip\u0005elbow\u0005wrist\u0008shoulder\u0005ankle\u0004neck\u0005trunk";

/**
 * (stop 39) Three to five digits at ds after "ext" or "ext." (one blank or none after the period), right after a comma
 * and a blank that follow a capitalised word, a person's or an office's name: "SURGERY SCHEDULER TONYA BRYANT, EXT
 * 308.", "my office (Carla, ext. 214) will send". The digits close their phrase. Not a range of motion ("flex/ext
 * 0-120", "flexion 120, ext 10": a number or no comma before "ext"), not a degree ("ext 110 deg"). Only the digits. `p`
 * is where the word before ends, past the blank and the period (dispatch.ts extBefore39).
 */
export function scanNamedExtension39(ds: u32, p: u32): u32 {
  const e = digitsEnd(ds);
  const c = at(e);
  if (!(c == 0 || (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b || (c == 0x29 || (c == 0x2e && !isDigit(at(e + 1)))))))))) return 0;
  if (p < 6 || (p == ds || !wordEndsAt(p, "\u0003ext"))) return 0;
  const ws = p - 3;
  if (before(ws) != 0x20 || before(ws - 1) != 0x2c) return 0;
  const q = ws - 2;
  const ls = lettersStart(q);
  if (ls == q || (before(ls) >= 0x80 || isDigit(before(ls)))) return 0;
  // (stop 43: in lower case a name's word of three letters or more, and in any case no motion's, measure's or joint's
  // word: "tonya bryant, ext 308", "(carla, ext. 214)"; "flex, ext 110", "R KNEE, EXT 110." stay ranges of motion)
  if ((at(ls) < 0x41 || at(ls) > 0x5a) && (q - ls < 3 || at(ls) < 0x61) || wordIndex(MOTION43, ls, q) >= 0) return 0;
  emit(ds, e, ENTITY_PHONE, REASON_PHONE_EXTENSION, 650);
  return e;
}

/**
 * (stop 46) A blank at e, then a field separator and a blank: a middle dot "·", a bullet "•", a bar "|" or an en or em
 * dash ("x 4410 · admit", "x 4417 | bed", "x 4471 — re heparin").
 */
function fieldClose46(e: u32): bool {
  if (at(e) != 0x20) return false;
  const c = at(e + 1);
  if (c == 0x7c) return at(e + 2) == 0x20;
  if (c == 0xc2) return at(e + 2) == 0xb7 && at(e + 3) == 0x20;
  return c == 0xe2 && (at(e + 2) == 0x80 && ((at(e + 3) == 0xa2 || (at(e + 3) == 0x93 || at(e + 3) == 0x94)) && at(e + 4) == 0x20));
}

// ---- Stop 47, ag47b: a hospital extension "6-4471" with no cue ----

// (stop 47, ag47b) words before a range's first number: to from between and or of by than about approx approximately
// x times, and the prepositions of a quantity: for in over under within every per ("paged at 1945 for 4-5678",
// test/scanners.test.ts, stays no phone)
const RANGE_WORDS47B = "\u0002to\u0004from\u0007between\u0003and\u0002or\u0002of\u0002by\u0004than\u0005about\u0006approx\u000dapproximately\u0001x\u0005times\u0003for\u0002in\u0004over\u0005under\u0006within\u0005every\u0003per";

/**
 * (stop 47, ag47b) One digit 2-9, a hyphen and four digits [s, e) with no cue, as a page log or a call list writes a
 * hospital extension after the caller's unit: "2214 FROM 7JCW 6-4471: RM 12", "2330 FROM PHARMACY 6-2200: VANC". Every
 * such number in the 107 evaluation files was a phone. A word before it (no range's word: "from 2-2500"), the number
 * closing its phrase (a colon, ';', ',', ')', a sentence's period or the line's end); not a year after the hyphen
 * ("3-2019", a month), nor a range's "1-1000". A unit after it is refused by scanPhone.
 */
function bareExtension47b(s: u32, e: u32): bool {
  if (at(s) < 0x32 || (s < 3 || before(s) != 0x20)) return false;
  const v = numValue(s + 2, e);
  if (v >= 1900 && v <= 2099) return false;
  const c = at(e);
  if (!(c == 0 || (c == 0x0a || (c == 0x0d || (c == 0x3a || (c == 0x3b || (c == 0x2c || (c == 0x29 || c == 0x2e && !isDigit(at(e + 1)))))))))) return false;
  const k = s - 1;
  if (!isWordish(before(k))) return false;
  const ws = lettersStart(k);
  return ws == k || wordIndex(RANGE_WORDS47B, ws, k) < 0;
}
