// Why this file exists: stop 56 (nm56)'s rule on a person's name cut after its given name: the surname one blank after
// it is a word the neighbour rule refuses (an English word, an eponym of the not-name list, a particle: "Dentist Quang
// Do, DDS", "neighbour Jimmy Deaver help", "Scribe: Kylie Pfannenstiel", "REV. AMOS KETTLE OF", "by Tamsin Roux;") or
// a word before a label's colon ("PT Bryce Kettelhut: 100 ft", "RN Yevgenia Pashkova: pastor"), and a chat's handle, a
// given name and its surname's initial ("marcus t: all good", "bethany k (rn) 07:12", "charge is keisha b.;"). Called
// from detect.ts's flush(); reads bytes only, allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit, wordIndex } from "../scanners/util";
import { firstStr, lastStr, placeStr, tierOf, CAPS_FINITE_VERBS, KIN_WORDS, MODAL_WORDS, NAME_FUNCTION_WORDS, OCCUPATIONS, SPECIALTY_WORDS, R_COLUMN_NAME, R_CREDENTIAL, R_CUE, R_NEIGHBOUR, R_TITLE, pReason, shape45b } from "./detect";
import { F_COUNTRY, F_CRED, F_CUE, F_DIRECTION, F_EPONYM_HEAD, F_FACILITY, F_LOC_CUE, F_MONTH, F_NOT_NAME, F_ORG, F_PARTICLE, F_PLACE_SUFFIX, F_STATE, F_STREET, F_STREET_ABBR, F_TITLE, F_UNIT } from "./flags";
import { rangeData } from "./table";
import { commaGiven60 } from "./r60_nm60";

// (nm56) a word of these kinds never is the surname after a given name
const NOT_SURNAME56: u32 = F_PLACE_SUFFIX | F_STREET | F_STREET_ABBR | F_FACILITY | F_UNIT | F_DIRECTION | F_CRED | F_TITLE | F_CUE |
  F_LOC_CUE | F_STATE | F_COUNTRY | F_MONTH | F_EPONYM_HEAD;
// (nm56) English words that follow a given name in a note's sentence and that the surname lists also hold
const AFTER_GIVEN56 = "\u0002re\u0004well\u0005given\u0006states\u0004work\u0003boy\u0004girl\u0004baby\u0004home\u0005today\u0004here\u0005there\u0003now\u0005again\u0004only\u0004just\u0003too\u0004both\u0005alone\u0003ate\u0004went\u0004fell\u0005asked\u0004told\u0004knew\u0006stated\u0004seen\u0003saw\u0003did\u0003got\u0004gets\u0005needs\u0005wants\u0005likes\u0005loves\u0006agrees\u0003the\u0002to\u0002at\u0004with\u0004from\u0002by\u0002an\u0002no\u0003yes\u0002ok\u0006thanks\u0002hi\u0003who\u0004that\u0004this\u0004care\u0005nurse\u0002jr\u0002sr";

/**
 * (stop 56, nm56) The name pending [start, end) ends in a given name G (its last word; a dictionary's strong given name,
 * or any one word a title or a cue decided) and one blank after it a word W in G's letter case that no rule took, before
 * the span decided next (`limit`). W is G's surname when it closes the name: a field's end follows (the input's or a
 * line's end, two blanks, a comma, a semicolon, a colon, a closing bracket or quote, a period before a blank or a line's
 * end, " (", " |", a spaced dash), or, in mixed case, a word in lower case ("Jimmy Deaver help"), or, in capitals, a
 * preposition or a finite verb ("AMOS KETTLE OF MANITO", "CORNELIUS BATTLE NOTIFIED"). W is a surname of the lists or no
 * common English word; a common English word only before a field's end. Not a place's, a street's, a facility's, a
 * title's, a cue's or a credential's word, a state, a month, a specialty's ("Dr. Brown Oncology note", the merge of stop
 * 56 after orgs-round-45b's hard negative), an eponym's head ("Jimmy Foley catheter"), a function word
 * or a verb. A single letter is an initial in a chat's handle or a list: the given name opens its line and the letter is
 * followed by a colon, " (" or a clock ("marcus t: ok", "carlos r 07:41:"), or by a period and a field's end ("charge is
 * keisha b.;"). Returns the name's new end, or `end` unchanged.
 */
export function givenSurname56(start: u32, end: u32, limit: u32): u32 {
  if (pReason == R_COLUMN_NAME || (end + 2 >= inLen || end - start < 2)) return end;
  // G: the pending span, one word of letters (a hyphen between letters)
  for (let i = start; i < end; i++) {
    const c = byteAt(i);
    // (stop 60, nm60: a name holding its comma, "bezold, edna" before "mae": commaGiven60() in r60_nm60.ts)
    if (!(isAlpha(c) || (c == 0x2d && (i > start && isAlpha(byteAt(i + 1)))))) return c == 0x2c ? commaGiven60(start, end, limit) : end;
  }
  const sh = shape45b(start);
  if (!(firstStr(rangeData(start, end)) >= 2 || (pReason == R_TITLE || pReason == R_CUE))) return end;
  // W: letters, an apostrophe after its first letter ("O'Dea"), a hyphen between parts of three and two letters or
  // more ("Marsh-Tall"; not "PA-C", "e-mail", "RE-SIGNED"), in G's letter case
  const ws = end + 1;
  let we = ws;
  let part = ws;
  while (we < inLen) {
    const c = byteAt(we);
    if (isAlpha(c)) we++;
    else if (c == 0x27 && (we == ws + 1 && (we + 2 < inLen && (isAlpha(byteAt(we + 1)) && isAlpha(byteAt(we + 2)))))) we++;
    else if (c == 0x2d && (we - part >= 3 && (we + 2 < inLen && (isAlpha(byteAt(we + 1)) && isAlpha(byteAt(we + 2)))))) { we++; part = we; }
    else break;
  }
  if (we == ws || we > limit) return end;
  if (we < inLen && (byteAt(we) >= 0x80 || (byteAt(we) == 0x2d || byteAt(we) == 0x27))) return end;
  const n = we - ws;
  if (n == 1) return initial56(start, ws, sh, end);
  // (in capitals or lower case only a name that context decided: not "DEL TRATAMIENTO", "ORA SERRATA")
  if (sh != 1 && !(pReason == R_TITLE || (pReason == R_CUE || (pReason == R_NEIGHBOUR || pReason == R_CREDENTIAL)))) return end;
  if (shape45b(ws) != sh) return end;
  if (sh != 0) {
    for (let i = ws + 1; i < we; i++) {
      const c = byteAt(i);
      if (sh == 2 ? (c >= 0x61 && c <= 0x7a) : (c >= 0x41 && (c <= 0x5a && (byteAt(i - 1) != 0x2d && byteAt(i - 1) != 0x27)))) return end;
    }
  }
  if (wordIndex(AFTER_GIVEN56, ws, we) >= 0 || (wordIndex(NAME_FUNCTION_WORDS, ws, we) >= 0 || (wordIndex(MODAL_WORDS, ws, we) >= 0 ||
    (wordIndex(CAPS_FINITE_VERBS, ws, we) >= 0 || (wordIndex(KIN_WORDS, ws, we) >= 0 || (wordIndex(OCCUPATIONS, ws, we) >= 0 ||
    wordIndex(SPECIALTY_WORDS, ws, we) >= 0)))))) return end;
  const d = rangeData(ws, we);
  if ((d & NOT_SURNAME56) != 0 || (d & F_ORG) == F_ORG) return end;
  const t = tierOf(d);
  const ls = lastStr(d);
  // (an eponym's head after it: "Jimmy Foley catheter", "Rosa Roux-en-Y")
  if (we + 2 < inLen && (byteAt(we) == 0x20 && isAlpha(byteAt(we + 1)))) {
    let he = we + 1;
    while (he < inLen && isAlpha(byteAt(he))) he++;
    if ((rangeData(we + 1, he) & F_EPONYM_HEAD) != 0) return end;
  }
  // (the not-name list's words: an eponym that is a surname too, "Deaver", "Roux"; not an abbreviation, "NEG", "CVICU")
  if ((d & F_NOT_NAME) != 0 && ls == 0) return end;
  const fe = fieldEnd56(we);
  if (sh == 1) {
    // (capitalised mid-sentence: a word no English list has, a rare one, or a common one the surname lists hold
    // before a field's end that is no label's colon: not "Jimmy Walked", "Bill Payment:")
    if (t == 3 && (ls == 0 && placeStr(d) > 0)) return end;
    if (t == 1 || t == 2) return ls > 0 && (fe && byteAt(we) != 0x3a) ? we : end;
    if (fe) return we;
    // (a word in lower case after it: "Jimmy Deaver help with stairs"; not a particle's, "Keira Mac an Bhaird", the
    // older particle rule's)
    if ((d & F_PARTICLE) != 0) return end;
    return we + 2 < inLen && (byteAt(we) == 0x20 && (byteAt(we + 1) >= 0x61 && byteAt(we + 1) <= 0x7a)) ? we : end;
  }
  // (in capitals or lower case: a surname of the lists that is no common English word)
  if (ls == 0 || (t == 1 || t == 2)) return end;
  if (fe) return we;
  if (sh == 0 || (we + 2 >= inLen || (byteAt(we) != 0x20 || !isAlpha(byteAt(we + 1))))) return end;
  let ne = we + 1;
  while (ne < inLen && isAlpha(byteAt(ne))) ne++;
  // (in capitals, a preposition or a finite verb after it: "RN AMOS KETTLEHUT OF MANITO", "DR. IDA BRANDVOLD NOTIFIED")
  return wordIndex(NAME_FUNCTION_WORDS, we + 1, ne) >= 0 || wordIndex(CAPS_FINITE_VERBS, we + 1, ne) >= 0 ? we : end;
}

/** A single letter at ws after the given name at gs: the surname's initial in a chat's handle or a list (see givenSurname56()). */
function initial56(gs: u32, ws: u32, sh: u32, end: u32): u32 {
  const c = byteAt(ws);
  const lower = c >= 0x61 && c <= 0x7a;
  if (sh == 0 ? !lower : lower) return end;
  const e = ws + 1;
  if (e >= inLen) return end;
  const b = byteAt(e);
  // "keisha b.;": a period, then a field's end
  if (b == 0x2e) return e + 1 < inLen && (isCloser56(byteAt(e + 1)) && byteAt(e + 1) != 0x0a) ? e + 1 : end;
  // the handle opens its line
  if (!(gs == 0 || byteAt(gs - 1) == 0x0a)) return end;
  if (b == 0x3a) return e;
  if (b != 0x20 || e + 1 >= inLen) return end;
  const d = byteAt(e + 1);
  if (d == 0x28) return e;
  // a clock after it: "carlos r 07:41:", "amy k 7:05"
  if (!isDigit(d) || e + 4 >= inLen) return end;
  return byteAt(e + 2) == 0x3a || (isDigit(byteAt(e + 2)) && byteAt(e + 3) == 0x3a) ? e : end;
}

function isCloser56(c: u32): bool {
  return c == 0x0a || (c == 0x3b || (c == 0x2c || (c == 0x29 || (c == 0x22 || c == 0x0d))));
}

/** Byte e closes a name's field: the input's or a line's end, a comma, a semicolon, a colon, a bracket or a quote closing, a period before a blank or a line's end, two blanks, or one blank and "(", "|" or a spaced dash. */
function fieldEnd56(e: u32): bool {
  if (e >= inLen) return true;
  const c = byteAt(e);
  if (isCloser56(c) || (c == 0x3a || c == 0x09)) return true;
  if (c == 0x2e) return e + 1 >= inLen || (byteAt(e + 1) == 0x20 || byteAt(e + 1) == 0x0a);
  if (c != 0x20 || e + 1 >= inLen) return false;
  const d = byteAt(e + 1);
  if (d == 0x20 || (d == 0x28 || d == 0x7c)) return true;
  if (d == 0x2d) return e + 2 < inLen && byteAt(e + 2) == 0x20;
  return d == 0xe2 && (e + 3 < inLen && (byteAt(e + 2) == 0x80 && (byteAt(e + 3) == 0x94 || byteAt(e + 3) == 0x93)));
}
