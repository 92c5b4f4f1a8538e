// Why this file exists: stop 55 (nm55)'s two rules on a person's name cut after its first word. First, a given name
// whose surname the place rules read as a town before a state or an organisation ("Dr. Lamar Whitlock, Virginia Heart
// Specialists", "Adjuster: Meredith Quattlebaum, Texas Mutual", "Employee: Dwayne Washington"): the surname went to the
// place's span and the person kept the given name alone. Second, a surname written first in a tracker's row, a list's
// item or a label, its given name after the comma unread when that word is an English word or no dictionary's ("0305
// T19   DUFFY, ROSE   5N-30", "CLIENT: HAKIZIMANA, ESPERANCE   DOB", "518 | trombley, august | 101"). Called from
// detect.ts's span() and flush(); reads bytes only, allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit, lettersStart, wordIndex } from "../scanners/util";
import { firstStr, placeStr, tierOf, CAPS_FINITE_VERBS, KIN_WORDS, MODAL_WORDS, NAME_FUNCTION_WORDS, OCCUPATIONS, R_CUE, R_COLUMN_NAME, R_TITLE, pEnd, pReason, pStart, shape45b } from "./detect";
import { F_COUNTRY, F_CRED, F_CUE, F_DIRECTION, F_FACILITY, F_LOC_CUE, F_PLACE_SUFFIX, F_STATE, F_STREET, F_STREET_ABBR, F_TITLE, F_UNIT } from "./flags";
import { rangeData } from "./table";
import { rowGiven60 } from "./r60_nm60";

// (nm55) the words of a place's, a street's, a credential's or a title's kind that never end a person's name
const PLACE_PREPS55 = "\u0002on\u0002at\u0002in\u0002to\u0004from\u0004near\u0003via\u0002of\u0004into";
const NOT_NAME_FLAGS55: u32 = F_PLACE_SUFFIX | F_STREET | F_STREET_ABBR | F_FACILITY | F_UNIT | F_DIRECTION | F_CRED | F_TITLE | F_CUE | F_LOC_CUE;

/** The end of the word at i: ASCII letters, a hyphen or an apostrophe between two letters ("Achebe-Whitlock", "O'Dea"), up to `lim`. */
function nameWordEnd55(i: u32, lim: u32): u32 {
  let e = i;
  while (e < lim) {
    const c = byteAt(e);
    if (isAlpha(c)) e++;
    else if ((c == 0x2d || c == 0x27) && (e > i && (e + 1 < lim && isAlpha(byteAt(e + 1))))) e++;
    else break;
  }
  return e;
}

/**
 * (stop 55, nm55) A place's span [start, end) decided one blank after the person's name pending, that name one word, a
 * given name the dictionaries know, its first word W in the name's letter case and W the whole span or followed by the
 * span's comma: W is the person's surname ("Dr. Lamar [Whitlock, Virginia Heart Specialists]", "Pt May [Rosewood], 42F",
 * "commissioner Arlene [Cisco].", "Photographer Kiana [Whitebear, MA]"). The pending name grows over W (detect.ts's
 * pEnd is returned for the caller to set); returns the byte where the place's own words begin after the comma, or
 * inLen + 1 when nothing of the place is left. -1: no such span. Not a town list's ("Medical Center, Greenwood [Delta,
 * MS]": a comma or a digit before the given name), a place's head ("Myrtle [Bay, SC]", "LINCOLN [PLAZA]"), a town of two
 * words ("ANNE [ARUNDEL COUNTY]": W not followed by the comma), nor a state after a name the dictionaries guessed ("Paris
 * [Texas]": a state's word needs a title's or a cue's name).
 */
export function surnameTown55(start: u32, end: u32): i32 {
  const n = pEnd - pStart;
  if (n < 2 || n > 12) return -1;
  for (let i = pStart; i < pEnd; i++) if (!isAlpha(byteAt(i))) return -1;
  if (pStart >= 2 && (byteAt(pStart - 1) == 0x20 && (byteAt(pStart - 2) == 0x2c || isDigit(byteAt(pStart - 2))))) return -1;
  const e = nameWordEnd55(start, end);
  if (e - start < 2 || (e < end && byteAt(e) != 0x2c)) return -1;
  if (shape45b(start) != shape45b(pStart) || (n == 2 && shape45b(pStart) != 2)) return -1;
  const g = rangeData(pStart, pEnd);
  if (firstStr(g) == 0 || (g & NOT_NAME_FLAGS55) != 0) return -1;
  // (in lower case only a title's or a cue's name: "to: dr. leah bowstring, red lake"; not "route 12\nclayton shoals, ny")
  if (shape45b(pStart) == 0 && !(pReason == R_TITLE || pReason == R_CUE)) return -1;
  // (a word before the given name, one blank before it, is no place's preposition, "on Lake Vermilion", "from Fort
  // Aldridge, GA"; a guessed name needs such a word or a label's colon: "commissioner Arlene Cisco", "Adjuster: Meredith
  // Quattlebaum"; not "Rodney Parham Rd · Little Rock, AR")
  if (pStart >= 2 && byteAt(pStart - 1) == 0x20) {
    const we = pStart - 1;
    const ws = lettersStart(we);
    if (ws < we && wordIndex(PLACE_PREPS55, ws, we) >= 0) return -1;
    if (ws == we && (byteAt(we - 1) != 0x3a && !(pReason == R_TITLE || pReason == R_CUE))) return -1;
  } else if (!(pReason == R_TITLE || pReason == R_CUE)) return -1;
  const d = rangeData(start, e);
  if ((d & NOT_NAME_FLAGS55) != 0 || ((d & (F_STATE | F_COUNTRY)) != 0 && !(pReason == R_TITLE || pReason == R_CUE))) return -1;
  if (wordIndex(NAME_FUNCTION_WORDS, start, e) >= 0) return -1;
  // (the given name no place's preposition a cue's guess took: "INTERPRETER VIA PROPIO, ID ON FILE")
  if (wordIndex(PLACE_PREPS55, pStart, pEnd) >= 0) return -1;
  surnameEnd55 = e;
  let s = e + 1;
  while (s < end && byteAt(s) == 0x20) s++;
  return s >= end ? <i32>inLen + 1 : <i32>s;
}

/** The end byte surnameTown55() gave the pending name (read by the caller right after a call that returned >= 0). */
export let surnameEnd55: u32 = 0;

// (nm55) words that follow a surname's comma without being a given name: a chat's and a letter's words, the clinical
// words a list of surnames is followed by ("Smith, ok", "Jones, thanks", "Garcia, resolved", "Lee, pending")
const NOT_GIVEN55 = "\u0002ok\u0004okay\u0006thanks\u0005thank\u0003thx\u0003yes\u0002no\u0003bye\u0002hi\u0005hello\u0003hey\u0006please\u0003pls\u0003sir\u0004maam\u0002md\u0002do\u0002rn\u0002np\u0002pa\u0002jr\u0002sr\u0003iii\u0002ii\u0002iv\u0002et\u0002al\u0003etc\u0004done\u0007pending\u0008resolved\u0006stable\u0005today\u0009yesterday\u0008tomorrow\u0007tonight\u0003now\u0004here\u0005there\u0004same\u0005again\u0003pcp\u0004also\u0003too\u0003sig\u0006signed\u0005noted\u0005aware\u0008notified\u0006called\u0007present\u0006absent\u0004none\u0003unk\u0007unknown\u0003atc\u0003aud\u0003nrp\u0004cnmt\u0003lat\u0003ccc\u0004ccht\u0003cnm\u0003emt\u0003lpn\u0003lvn\u0003cna\u0003cma\u0002ot\u0002pt\u0003slp\u0002rd\u0003rrt\u0004crna\u0002ma\u000ascheduling\u0007billing\u0006intake\u0006triage\u0005admin\u000aadmissions\u000cregistration\u0008pharmacy\u0003lab\u0009radiology\u0007nursing\u0008security";
// (nm55) the small words allowed one blank before a surname written first: a patient's label, a preposition
const BEFORE_SURNAME55 = "\u0002pt\u0007patient\u0002on\u0002to\u0003for\u0002by\u0004from\u0002re\u0006client\u0006member\u0004name\u0002of";

/**
 * (stop 55, nm55) The name pending is a surname alone (one word: letters, a hyphen or an apostrophe between letters; no
 * title's name: "Dr. Patel, Cardiology") and right after it a comma, at most one blank and one word W in the surname's
 * letter case close a field: the input's end, a line's end, two blanks (a tracker's columns), " (", " |", " —", " -", a
 * comma, a semicolon, a quote. W is the given name the rules left unread ("0305 T19   DUFFY, ROSE   5N-30", "Pt Kvamme,
 * Oddvar, 98 y/o", "518 | trombley, august | 101", "KLEINSCHMIDT, O 5S-22": an initial in capitals before two blanks or a
 * unit code). Returns the name's new end, or `end` unchanged. Not a function word, a modal, a verb, a relation, a trade,
 * NOT_GIVEN55's words, a credential's, a title's, a street's or a place's word, a state or a country ("Chen, MA").
 */
export function invertedGiven55(start: u32, end: u32, limit: u32): u32 {
  // (a title's name is the title rule's; a table's cell, "Smith,John,Boston" under "last,first,city", the column rule's)
  if (pReason == R_TITLE || (pReason == R_COLUMN_NAME || end >= inLen)) return end;
  // (a word one blank before the surname is a cue's or a place's small word, "Pt Kvamme, Oddvar", "on TREVINO, ALMA": any
  // other is the given name before a surname and its credential, "LANE OVERBYE, PA-C", "ray tenorio, nrp")
  if (start >= 2 && byteAt(start - 1) == 0x20) {
    const ws = lettersStart(start - 1);
    if (ws < start - 1 && ((rangeData(ws, start - 1) & F_CUE) == 0 && wordIndex(BEFORE_SURNAME55, ws, start - 1) < 0)) return end;
  }
  for (let i = start; i < end; i++) {
    const c = byteAt(i);
    if (!(isAlpha(c) || ((c == 0x2d || c == 0x27) && (i > start && isAlpha(byteAt(i + 1)))))) return end;
  }
  let s = end + 1;
  if (s < inLen && byteAt(s) == 0x20) s++;
  if (s >= inLen || !isAlpha(byteAt(s))) return end;
  let e = s;
  while (e < inLen && isAlpha(byteAt(e))) e++;
  if (e > limit) return end;
  const sh = shape45b(start);
  // (in lower case, a word one comma after another is a list's item, not a row's surname: "tests: thc, coc, pcp, opi,
  // amp"; in capitals a list of given names goes on, "CHILDREN IFRAH, MAHAD, UBAH")
  if (sh == 0 && (start >= 2 && (byteAt(start - 1) == 0x20 && byteAt(start - 2) == 0x2c))) return end;
  // (a surname in capitals is in capitals throughout: not "ANAs, PCR")
  if (sh == 2) { for (let i = start + 1; i < end; i++) if (byteAt(i) >= 0x61 && byteAt(i) <= 0x7a) return end; }
  // (the word's case: a given name in capitals after a surname in capitals, capitalised after a capitalised one, in
  // lower case after one in lower case; an initial only in capitals)
  if (e - s == 1 ? (sh != 2 || !(byteAt(s) >= 0x41 && byteAt(s) <= 0x5a)) : shape45b(s) != sh) return end;
  if (e - s > 1) {
    if (sh == 2) { for (let i = s + 1; i < e; i++) if (byteAt(i) >= 0x61 && byteAt(i) <= 0x7a) return end; }
    else { for (let i = s + 1; i < e; i++) if (byteAt(i) >= 0x41 && byteAt(i) <= 0x5a) return end; }
  }
  // (stop 60, nm60: no field's end after the given name, but a digit's blank or a second given name closing a row that
  // the surname opens, "DUFFY, ROSE 5N-30", "BEZOLD, EDNA MAE   101 F": rowGiven60() in r60_nm60.ts)
  let tail: u32 = 0;
  if (!fieldEnd55(e)) {
    tail = rowGiven60(start, s, e, sh, limit);
    if (tail == 0) return end;
  } else if (sh == 0 && byteAt(e) == 0x2c) return end;
  if (wordIndex(NOT_GIVEN55, s, e) >= 0 || (wordIndex(NAME_FUNCTION_WORDS, s, e) >= 0 || (wordIndex(MODAL_WORDS, s, e) >= 0 ||
    (wordIndex(CAPS_FINITE_VERBS, s, e) >= 0 || (wordIndex(KIN_WORDS, s, e) >= 0 || wordIndex(OCCUPATIONS, s, e) >= 0))))) return end;
  const d = rangeData(s, e);
  if ((d & (NOT_NAME_FLAGS55 | F_STATE | F_COUNTRY)) != 0 || (placeStr(d) > 0 && firstStr(d) == 0)) return end;
  // (a word of the lists is a given name only with a first name's strength: not "PATIENT: KELLER, MIGRAINE (CHRONIC)")
  if (firstStr(d) == 0 && tierOf(d) != 0) return end;
  return tail != 0 ? tail : e;
}

/** Byte e closes a field (read by r60_nm60.ts too): the input's end, a line's end, two blanks, a comma, a semicolon, a quote, or one blank and "(", "|", a dash or a hyphen before a blank. */
export function fieldEnd55(e: u32): bool {
  if (e >= inLen) return true;
  const c = byteAt(e);
  if (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b || c == 0x22)))) return true;
  if (c != 0x20 || e + 1 >= inLen) return false;
  const d = byteAt(e + 1);
  if (d == 0x20 || (d == 0x28 || d == 0x7c)) return true;
  if (d == 0x2d) return e + 2 < inLen && byteAt(e + 2) == 0x20;
  // (an em or en dash)
  return d == 0xe2 && (e + 3 < inLen && (byteAt(e + 2) == 0x80 && (byteAt(e + 3) == 0x94 || byteAt(e + 3) == 0x93)));
}
