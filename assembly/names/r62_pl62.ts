// Why this file exists: stop 62 (pl62)'s names rule: a surname of two or three words written first, before the
// comma of a given name the older rules found ("PT: LITTLE THUNDER, ROMAN JAMES   DOB", "1) EAGLE ELK, VIOLET 94",
// "patient: van nostrand, cornelius ·", "pt van der hoeven, cornelis   90 yrs"), and a one-word surname written first
// after a person's cue word with no colon: stop 59's nameLead59() reads one word opening its field only. Called from
// detect.ts's flush() for a person's span with a comma's blank before it, only when nameLead59() left the span as it
// was (once per name, never per token); the byte tests come before any dictionary lookup; reads bytes only, allocates
// nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit } from "../scanners/util";
import { firstStr, lastStr, tierOf, shape45b } from "./detect";
import { F_CUE, F_NOT_NAME, F_PARTICLE } from "./flags";
import { rangeData } from "./table";
import { fieldOpen59, listAfter59, refusedLead59 } from "./r59_nm59";

/** A byte of a word's letters: an ASCII letter or a byte of a UTF-8 letter ("quiñones"). */
export function letter62(c: u32): bool {
  return isAlpha(c) || c >= 0x80;
}

/** The start of the word ending at e (letters, a hyphen or an apostrophe between letters), not before floor. */
export function wordStart62(e: u32, floor: u32): u32 {
  let a = e;
  while (a > floor) {
    const c = byteAt(a - 1);
    if (letter62(c)) a--;
    else if ((c == 0x2d || c == 0x27) && (a > floor + 1 && (a < e && (letter62(byteAt(a - 2)) && isAlpha(byteAt(a)))))) a--;
    else break;
  }
  return a;
}

/**
 * (stop 62, pl62) The name's end e closes its field: the input's or the line's end, a tab, a comma, a semicolon, a
 * bracket; or one blank and a bracket, a bar, a second blank (a column), a digit (an age, "VIOLET 94"), a dash, a middle
 * dot, an angle bracket or a quote. Not a word after it ("Plan: follow up, Grace to call").
 */
function closes62(e: u32): bool {
  if (e >= inLen) return true;
  const a = byteAt(e);
  if (a == 0x0a || (a == 0x0d || (a == 0x09 || (a == 0x2c || (a == 0x3b || a == 0x29))))) return true;
  if (a != 0x20 || e + 1 >= inLen) return false;
  const b = byteAt(e + 1);
  return b == 0x28 || (b == 0x7c || (b == 0x20 || (isDigit(b) || (b == 0x2d || (b == 0xc2 || (b == 0xe2 || (b == 0x3c || b == 0x22)))))));
}

/**
 * (stop 62, pl62) The word at a follows a list's number and its bracket or period opening the line ("1) EAGLE ELK,
 * VIOLET", "3. couch, willa").
 */
export function listParen62(a: u32): bool {
  if (a < 3 || (byteAt(a - 1) != 0x20 || (byteAt(a - 2) != 0x29 && byteAt(a - 2) != 0x2e))) return false;
  let i = a - 2;
  while (i > 0 && isDigit(byteAt(i - 1))) i--;
  if (i == a - 2 || a - 2 - i > 2) return false;
  return i == 0 || byteAt(i - 1) == 0x0a;
}

/**
 * (stop 62, pl62) A person's cue word (the lists' cue bit: "pt", "patient", "inmate") stands before the word at f, one
 * blank or its label's colon and blank between ("PT: LITTLE", "pt van der hoeven").
 */
export function cueBefore62(f: u32, floor: u32): bool {
  if (f < floor + 3 || byteAt(f - 1) != 0x20) return false;
  let ce = f - 1;
  if (byteAt(ce - 1) == 0x3a) ce--;
  const ca = wordStart62(ce, floor);
  return ca < ce && (rangeData(ca, ce) & F_CUE) != 0;
}

/**
 * (stop 62, pl62) Word [a, e) may be a surname's word written first: three letters or more in the name's letter case
 * (sh, shape45b()), no word the lists refuse as a name's first (refusedLead59(): function words, verbs, kin, trades,
 * titles, cues, places' and streets' words, months), no word that is never a name (F_NOT_NAME).
 */
export function surnameWord62(a: u32, e: u32, sh: u32): bool {
  if (e - a < 3 || (!isAlpha(byteAt(a)) || shape45b(a) != sh)) return false;
  const d = rangeData(a, e);
  return (d & F_NOT_NAME) == 0 && !refusedLead59(a, e, d);
}

/**
 * (stop 62, pl62) The person's name pending starts at s, ", " before it (flush() tests those bytes), and ends at end;
 * floor is the last finding's end. The name is one to three words, the first a given name of the lists of three letters
 * or more, no list of names follows it (listAfter59()) and it closes its field (closes62()). Returns the name's new
 * start, s when nothing joins:
 * - two or three words before the comma, each one blank apart: the last a surname's word (surnameWord62()), the ones
 *   before a surname's word (a common English word only as a listed surname or before another common word: "visitor
 *   bezold" is a role's word) or a particle ("van", "de", "der": the lists' particle bit, any letter case), the first
 *   after a person's cue word and its label's colon (cueBefore62(): "PT: LITTLE THUNDER, ROMAN JAMES   DOB",
 *   "patient: van nostrand, cornelius ·", "pt van der hoeven, cornelis   90") or a list's number opening the line
 *   (listParen62(): "1) EAGLE ELK, VIOLET 94");
 * - one word before the comma one blank after a person's cue word with no colon (nameLead59() reads the colon's): a
 *   surname of the lists or a word no list has, never a common English word ("inmate redbird, lance (").
 * Not "thank you, miguel" (a line's start opens no field here), "PEA      CPR STARTED, LUCAS 3.1" (a column),
 * "49007 - attn andrology, gloria" (a dash), "preliminary read: vrad teleradiology, jonathan" (no person's label),
 * "Plan: follow up, Grace to call" (the field goes on), "Sincerely, Vanessa" (no cue, no list's number).
 */
export function surnameLead62(s: u32, floor: u32, end: u32): u32 {
  if (s < floor + 6 || !closes62(end)) return s;
  // the name's words: one to three, letters, hyphens, apostrophes and periods
  let words: u32 = 1;
  for (let i = s; i < end; i++) {
    const c = byteAt(i);
    if (c == 0x20) words++;
    else if (!(letter62(c) || (c == 0x2d || (c == 0x27 || c == 0x2e)))) return s;
  }
  if (words > 3) return s;
  let ge = s;
  while (ge < end && letter62(byteAt(ge))) ge++;
  if (ge - s < 3 || firstStr(rangeData(s, ge)) == 0) return s;
  if (listAfter59(end)) return s;
  const sh = shape45b(s);
  // the last word before the comma
  const e = s - 2;
  const a = wordStart62(e, floor);
  if (a == e || !surnameWord62(a, e, sh)) return s;
  // the words before it: up to two more, each one blank apart
  let f = a;
  let n: u32 = 1;
  while (n < 3 && (f >= floor + 3 && (byteAt(f - 1) == 0x20 && letter62(byteAt(f - 2))))) {
    if (fieldOpen59(f)) break;
    const pe = f - 1;
    const pa = wordStart62(pe, floor);
    if (pa == pe) break;
    const pd = rangeData(pa, pe);
    if ((pd & F_PARTICLE) != 0 && pe - pa <= 3) {
      f = pa;
      n++;
      continue;
    }
    if ((pd & F_CUE) != 0 || !surnameWord62(pa, pe, sh)) break;
    // (a common English word joins a surname's word only as a surname of the lists or beside another common word, a
    // two-word surname of English words, "LITTLE THUNDER", "EAGLE ELK": not a role's word, "visitor bezold, randall")
    if (tierOf(pd) == 1 && (lastStr(pd) == 0 && tierOf(rangeData(a, e)) != 1)) break;
    f = pa;
    n++;
  }
  // the first word follows a person's cue word (and its label's colon) or a list's number opening the line: a line's
  // start, a column or a dash opens no name's field here ("thank you, miguel", "PEA      CPR STARTED, LUCAS", "49007 -
  // attn andrology, gloria")
  if (!(cueBefore62(f, floor) || listParen62(f))) return s;
  // (one word: only after a cue with no colon, which nameLead59() does not read; a surname of the lists or a word no
  // list has, never a common English word)
  if (n == 1) {
    if (byteAt(f - 2) == 0x3a) return s;
    const d = rangeData(a, e);
    const t = tierOf(d);
    if (!(t == 0 && e - a >= 4 || lastStr(d) > 0 && t != 1)) return s;
  }
  // (a particle never closes the surname: "van, cornelis" is none)
  return f;
}
