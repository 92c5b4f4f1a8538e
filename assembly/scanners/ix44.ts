// Why this file exists: stop 44's second identifier/age/date round (ix44), self-contained: an OCR'd date whose month's
// leading zero was read as the letter O ("O4/11/1970"), two row forms of an age over 89 ("92 Y   M" after a banner's
// birth date; a lower-case sign-out row's "fontenot, clarisse 90 f"), and a month and day between "the" and the event
// it names ("the 3/9 call").

import { ENTITY_AGE, ENTITY_DATE, REASON_AGE_FORMAT, REASON_DATE_VALID } from "../abi";
import { emit } from "../matches";
import { dateOk } from "./validators";
import {
  at, before, cleanEnd, digitsEnd, isDigit, isWordish, lettersEnd, lettersStart, numValue, skipBlanks, skipBlanksBack, wordBefore, wordIndex,
} from "./util";

/**
 * (ix44) A full numeric date whose month's leading zero an OCR pass or a hurried typist wrote as the letter O: "DOB:
 * O4/11/1970", "date of birth: o7/19/1956". At ts the letter, at ts + 1 the month's one digit (1-9), then '/' or '-',
 * the day (1-2 digits), the same separator and a year of four digits (1900-2099), nothing glued before or after. "O2/CO2",
 * "O2 4/5", "o2/3" (no year) are no dates. Returns the date's end, or 0.
 */
export function ocrDate44(ts: u32): u32 {
  if (isWordish(before(ts))) return 0;
  const sep = at(ts + 2);
  if (sep != 0x2f && sep != 0x2d) return 0;
  const m = at(ts + 1) - 0x30;
  if (m < 1 || (m > 9 || !isDigit(at(ts + 3)))) return 0;
  const b = digitsEnd(ts + 3);
  if (b - ts - 3 > 2 || at(b) != sep) return 0;
  const c = digitsEnd(b + 1);
  if (c - b - 1 != 4 || !cleanEnd(c)) return 0;
  const y = numValue(b + 1, c);
  if (y < 1900 || (y > 2099 || !dateOk(y, m, numValue(ts + 3, b)))) return 0;
  emit(ts, c, ENTITY_DATE, REASON_DATE_VALID, 800);
  return c;
}

/**
 * (ix44) An age over 89 [ts, a) written as a banner's "age, Y, sex" with blanks between: "DOB 07/30/2006   92 Y   M",
 * "92 y f". A lone 'Y' (either case) one blank after the number, one to three blanks, then a lone sex letter M or F of
 * the Y's case. "92 Y" alone, "92 yards" and "95 YR" stay as the older rules read them. Returns the sex letter's end,
 * or 0.
 */
export function ageYSex44(ts: u32, a: u32): u32 {
  if (at(a) != 0x20 || isWordish(at(a + 2))) return 0;
  const y = at(a + 1);
  if ((y | 0x20) != 0x79) return 0;
  const p = skipBlanks(a + 2, 3);
  if (p == a + 2) return 0;
  const s = at(p);
  const up = y == 0x59;
  if (up ? s != 0x4d && s != 0x46 : s != 0x6d && s != 0x66) return 0;
  if (isWordish(at(p + 1))) return 0;
  emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 650);
  return p + 1;
}

// fever febrile afebrile temp temperature tmax t max spiked chills rigors
const TEMP44 = "\u0005fever\u0007febrile\u0008afebrile\u0004temp\u000btemperature\u0004tmax\u0001t\u0003max\u0006spiked\u0006chills\u0006rigors";

/**
 * (ix44) A lower-case sign-out row's "last, first" then an age over 89 and its sex letter one blank on: "bed 6112
 * fontenot, clarisse 90 f — hip fx", "rm 12 washington, odell 98 m". Stop 38 read the capitals ("SCHROEDER, LOUISE 96 F")
 * and the lower case only after a nickname. Both words of two letters or more, all lower case; before the surname a
 * number, ':', '-', ')', '.' or a line's start (the row's bed or room); no temperature's word on either side ("rm 4:
 * fever, chills 101 f"). Returns the letter's end, or 0.
 */
export function lowerRowAge44(ts: u32, a: u32): u32 {
  if (at(a) != 0x20 || (ts < 8 || before(ts) != 0x20)) return 0;
  const c = at(a + 1);
  if ((c != 0x6d && c != 0x66) || isWordish(at(a + 2))) return 0;
  const ws2 = lettersStart(ts - 1);
  if (ts - 1 - ws2 < 2 || (ws2 < 4 || (before(ws2) != 0x20 || before(ws2 - 1) != 0x2c))) return 0;
  const we1 = ws2 - 2;
  let ws1 = lettersStart(we1);
  if (we1 - ws1 < 2) return 0;
  if (before(ws1) == 0x2d && ws1 >= 2) ws1 = lettersStart(ws1 - 1);
  for (let k = ws1; k < ts - 1; k++) {
    const b = at(k);
    if (b >= 0x41 && b <= 0x5a) return 0;
  }
  if (wordIndex(TEMP44, ws1, we1) >= 0 || wordIndex(TEMP44, ws2, ts - 1) >= 0) return 0;
  const q = skipBlanksBack(ws1, 3);
  if (q != 0) {
    const b = before(q);
    if (!(isDigit(b) || (b == 0x29 || (b == 0x3a || (b == 0x2d || (b == 0x0a || (b == 0x0d || b == 0x2e))))))) return 0;
  }
  emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 650);
  return a + 2;
}

// the events a note names by their day after "the": call calls visit visits appt appointment clinic meeting session
// note admission discharge huddle conference procedure surgery consult encounter letter message telehealth
const DAY_NOUNS44 = "\u0004call\u0005calls\u0005visit\u0006visits\u0004appt\u000bappointment\u0006clinic\u0007meeting\u0007session\u0004note\u0009admission\u0009discharge\u0006huddle\u000aconference\u0009procedure\u0007surgery\u0007consult\u0009encounter\u0006letter\u0007message\u000atelehealth";

/**
 * (ix44) A month and day [ts, b) small enough to read as a fraction, between "the" and the event it names: "Disputed:
 * the 3/9 call dropped", "covered the 3/6 clinic", "per the 2/2 note". The noun, a whole word of DAY_NOUNS44, one blank
 * after the pair; the month 1-12 and a real day. "the 1/2 tab", "the 4/5 strength", "the 2/3 majority", "the 3/10 pain"
 * name no event.
 */
export function theDayNoun44(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va < 1 || (va > 12 || (vb < 1 || (at(b) != 0x20 || !wordBefore(ts, "\u0003the"))))) return false;
  const w = b + 1;
  const we = lettersEnd(w);
  return we > w && (!isWordish(at(we)) && wordIndex(DAY_NOUNS44, w, we) >= 0);
}
