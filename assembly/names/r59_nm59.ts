// Why this file exists: stop 59 (nm59)'s rule on a person's name found without its first words (stop 58's nm58 round,
// retried): the older rules found the surname, or the given name, and left what stands before it, most of all in
// lower-case text where no capital marks a name: an initial's letter and period ("ENTRY BY H. VAN DER BERG", "REVIEWED
// 3/15 L. BRYAN", "copy to p. r. cantrell", "TRIAGE RN: K. ST. GERMAIN"), and a surname written first, before the comma
// of the given name found ("trainee: natkong, lydia", "3/10 whitefoot, cheyenne (cmh-10587)", "3. queen, loretta mae").
// Called from detect.ts's flush() for a person's span with a period's or a comma's blank before it (once per name, never
// per token); the byte tests come before any dictionary lookup; reads bytes only, allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit, wordIndex } from "../scanners/util";
import { firstStr, lastStr, tierOf, shape45b, CAPS_FINITE_VERBS, KIN_WORDS, MODAL_WORDS, NAME_FUNCTION_WORDS, OCCUPATIONS, SPECIALTY_WORDS } from "./detect";
import { F_COUNTRY, F_CRED, F_CUE, F_DIRECTION, F_EPONYM_HEAD, F_FACILITY, F_LOC_CUE, F_MONTH, F_NOT_NAME, F_ORG, F_PARTICLE, F_PLACE_SUFFIX, F_STATE, F_STREET, F_STREET_ABBR, F_TITLE, F_UNIT } from "./flags";
import { rangeData } from "./table";

// (nm59) a word of these kinds never is a name's first word
const NOT_LEAD59: u32 = F_PLACE_SUFFIX | F_STREET | F_STREET_ABBR | F_FACILITY | F_UNIT | F_DIRECTION | F_CRED | F_TITLE | F_CUE |
  F_LOC_CUE | F_STATE | F_COUNTRY | F_MONTH | F_EPONYM_HEAD | F_PARTICLE;
// (nm59) words a letter and a period follow that are no initial ("vitamin d. smith", "hepatitis b. jones", "plan a.")
const LETTER_NOUNS59 = "\u0007vitamin\u0009hepatitis\u0004type\u0004plan\u0005grade\u0005group\u0005class\u0005stage\u0004part\u0005level\u0004zone\u0004room\u0004tier\u0004unit\u0003bed\u0003pod\u0004wing\u0004exit";

/** A byte of a word's letters: an ASCII letter or a byte of a UTF-8 letter ("fermín", "graça"). */
function wordByte59(c: u32): bool {
  return isAlpha(c) || c >= 0x80;
}

/**
 * The start of the word ending at e (letters, an apostrophe or a hyphen between letters), not before floor. Not
 * util.ts's lettersStart(): that one stops at a UTF-8 letter's byte ("fermín") and at a hyphen or an apostrophe
 * ("kessler-obuya", "o'neil"), which a surname written first holds.
 */
function wordStart59(e: u32, floor: u32): u32 {
  let a = e;
  while (a > floor) {
    const c = byteAt(a - 1);
    if (wordByte59(c)) a--;
    else if ((c == 0x2d || c == 0x27) && (a > floor + 1 && (a < e && (wordByte59(byteAt(a - 2)) && isAlpha(byteAt(a)))))) a--;
    else break;
  }
  return a;
}

/** Word [a, e) is one of the lists' words that never open a person's name (function words, verbs, kin, trades, titles...). */
export function refusedLead59(a: u32, e: u32, d: u32): bool {
  if ((d & NOT_LEAD59) != 0 || (d & F_ORG) == F_ORG) return true;
  return wordIndex(NAME_FUNCTION_WORDS, a, e) >= 0 || (wordIndex(MODAL_WORDS, a, e) >= 0 || (wordIndex(CAPS_FINITE_VERBS, a, e) >= 0 ||
    (wordIndex(KIN_WORDS, a, e) >= 0 || (wordIndex(OCCUPATIONS, a, e) >= 0 || wordIndex(SPECIALTY_WORDS, a, e) >= 0))));
}

/**
 * The word at a opens a field: a line's start, a tab, a quote, a label's colon, a bar, two blanks, a bullet's blank, a
 * date's or a time's blank, a list number's ("3. couch"); a dash's blank only at a line's start or after a time's digit
 * ("- couch, willa", "0015 — wren"): a spaced dash after a word joins two words of one field ("chw - kreyòl, marcos").
 */
export function fieldOpen59(a: u32): bool {
  if (a == 0) return true;
  const b = byteAt(a - 1);
  if (b == 0x0a || (b == 0x09 || b == 0x22)) return true;
  if (b != 0x20 || a < 2) return false;
  const c = byteAt(a - 2);
  // a dash ("- ", or an em or en dash's last byte): its blank before, then a line's start or a digit
  let p: u32 = 0xffffffff;
  if (c == 0x2d) p = a - 2;
  else if ((c == 0x94 || c == 0x93) && (a >= 4 && (byteAt(a - 3) == 0x80 && byteAt(a - 4) == 0xe2))) p = a - 4;
  if (p != 0xffffffff) {
    if (p == 0) return true;
    const q = byteAt(p - 1);
    if (q == 0x0a || q == 0x09) return true;
    return q == 0x20 && (p >= 2 && (byteAt(p - 2) == 0x0a || isDigit(byteAt(p - 2))));
  }
  // ": ", "| ", "  ", "· " (its UTF-8's last byte), a digit's "3/10 whitefoot", "3. couch"
  return c == 0x3a || (c == 0x7c || (c == 0x20 || (c == 0xb7 && (a >= 3 && byteAt(a - 3) == 0xc2) || (isDigit(c) || c == 0x2e && listNumber59(a - 2)))));
}

/** The period at p closes a list's number that opens its line ("3. couch, willa mae"; not "anc 1,420. vincristine"). */
function listNumber59(p: u32): bool {
  let i = p;
  while (i > 0 && isDigit(byteAt(i - 1))) i--;
  if (i == p || p - i > 2) return false;
  while (i > 0 && byteAt(i - 1) == 0x20) i--;
  return i == 0 || byteAt(i - 1) == 0x0a;
}

/**
 * (stop 59, nm59) The person's name pending starts at s, a blank and a period or a comma before it (flush() tests those
 * bytes), and ends at end; floor is the last finding's end. Returns the name's new start, s when nothing joins:
 * - one or two initials before it, a letter and a period in the name's letter case, the letter after a blank, a line's
 *   start, a colon, a comma, a semicolon, a bracket or a slash, and no "vitamin d.", "type b.", "raynaud's." ("signed
 *   m. ashdown-pike", "ENTRY BY H. VAN DER BERG", "copy to p. r. cantrell", "K. ST. GERMAIN");
 * - a surname written first, before the comma of a name of one or two words opening with a given name of the lists
 *   (of four letters or more, or a strong one), that word opening its field (fieldOpen59(): "trainee: natkong, lydia",
 *   "3/10 whitefoot, cheyenne", "3. queen, loretta mae"), a surname of the lists (a common English word only so), or a
 *   word in no list of three letters or more with a vowel; never a function word, a modal, a finite verb, a kin's, a
 *   trade's, a specialty's, a title's, a cue's, a credential's or a place's word, and no list of names after the given
 *   name ("founders: white, willis and hoffman").
 */
export function nameLead59(s: u32, floor: u32, end: u32): u32 {
  if (s < floor + 3) return s;
  if (byteAt(s - 2) == 0x2e) return initials59(s, floor);
  // (a saint's name is a place's: "Providence St. Aidan")
  if ((byteAt(s) | 0x20) == 0x73 && ((byteAt(s + 1) | 0x20) == 0x74 && (byteAt(s + 2) == 0x2e || (byteAt(s + 2) | 0x20) == 0x61))) return s;
  // the name's words: one or two
  let words: u32 = 1;
  for (let i = s; i < end; i++) {
    const c = byteAt(i);
    if (c == 0x20) words++;
    else if (!(wordByte59(c) || (c == 0x2d || (c == 0x27 || c == 0x2e)))) return s;
  }
  if (words > 2) return s;
  return invertedLead59(s, floor, end);
}

/** One or two initials before the name at s (see nameLead59()); the first one's start, or s. */
function initials59(s: u32, floor: u32): u32 {
  const sh = shape45b(s);
  let j = s;
  let n = 0;
  while (n < 2 && (j >= floor + 4 && (byteAt(j - 1) == 0x20 && (byteAt(j - 2) == 0x2e && isAlpha(byteAt(j - 3)))))) {
    const c = byteAt(j - 3);
    if ((c >= 0x61) != (sh == 0)) break;
    const a = j - 3;
    if (a > 0) {
      const b = byteAt(a - 1);
      if (!(b == 0x20 || (b == 0x0a || (b == 0x09 || (b == 0x3a || (b == 0x2c || (b == 0x3b || (b == 0x28 || b == 0x2f)))))))) break;
      if (b == 0x20 && a >= 2) {
        const ws = wordStart59(a - 1, floor);
        if (ws < a - 1 && wordIndex(LETTER_NOUNS59, ws, a - 1) >= 0) break;
      }
    }
    j = a;
    n++;
  }
  return j;
}

/** The surname before ", " and the name at s, the name opening with a given name (see nameLead59()); its start, or s. */
function invertedLead59(s: u32, floor: u32, end: u32): u32 {
  // the bytes first: the surname's word, its field's opening, its letter case
  const e = s - 2;
  const a = wordStart59(e, floor);
  if (e - a < 2 || (!isAlpha(byteAt(a)) || !fieldOpen59(a))) return s;
  const sh = shape45b(s);
  if (shape45b(a) != sh) return s;
  let ge = s;
  while (ge < end && (wordByte59(byteAt(ge)) || byteAt(ge) == 0x2d)) ge++;
  // (a short given name before a number is no name's: "knivsta, nan 18237")
  if (ge - s < 4 && (ge + 1 < inLen && (byteAt(ge) == 0x20 && isDigit(byteAt(ge + 1))))) return s;
  // (no list of names after it: "founders: white, willis and hoffman", "they had 6: gaetane, hannah, anthony")
  if (listAfter59(end)) return s;
  const g = firstStr(rangeData(s, ge));
  if (g == 0 || (g == 1 && ge - s < 4)) return s;
  const d = rangeData(a, e);
  if (refusedLead59(a, e, d)) return s;
  // (a common English word only as a surname of the lists: not "Sincerely, Vanessa", "Thanks, Ingrid")
  const t = tierOf(d);
  const l = lastStr(d);
  if (t == 1 || (t == 2 || (d & F_NOT_NAME) != 0)) return l > 0 ? a : s;
  if (l > 0) return a;
  // (a word in no list, of three letters or more, each hyphen's part too, a vowel among them: "trainee: natkong,
  // lydia", "4/11/2097   kessler-obuya, amara"; not "son-in-law, mark", "mmhg, ava")
  if (d != 0 || e - a < 3) return s;
  let part = a;
  for (let i = a; i <= e; i++) {
    if (i < e && byteAt(i) != 0x2d) continue;
    if (i - part < 3) return s;
    part = i + 1;
  }
  for (let i = a; i < e; i++) {
    const c = byteAt(i) | 0x20;
    if (c == 0x61 || (c == 0x65 || (c == 0x69 || (c == 0x6f || (c == 0x75 || (c == 0x79 || c >= 0x80)))))) return a;
  }
  return s;
}

/** After the name's end e: " and " or ", " and a word and a comma or " and ": a list of names ("white, willis and hoffman"). */
export function listAfter59(e: u32): bool {
  if (e + 5 < inLen && (byteAt(e) == 0x20 && ((byteAt(e + 1) == 0x61 || byteAt(e + 1) == 0x41) && ((byteAt(e + 2) | 0x20) == 0x6e && ((byteAt(e + 3) | 0x20) == 0x64 && byteAt(e + 4) == 0x20))))) return true;
  if (!(e + 3 < inLen && (byteAt(e) == 0x2c && (byteAt(e + 1) == 0x20 && isAlpha(byteAt(e + 2)))))) return false;
  let i = e + 2;
  while (i < inLen && isAlpha(byteAt(i))) i++;
  return i < inLen && (byteAt(i) == 0x2c || (i + 4 < inLen && (byteAt(i) == 0x20 && ((byteAt(i + 1) | 0x20) == 0x61 && ((byteAt(i + 2) | 0x20) == 0x6e && (byteAt(i + 3) | 0x20) == 0x64)))));
}
