// Why this file exists: stop 60 (nm60)'s rule on a given name the older rules left after a surname written first (stop
// 59's reverted nameTail59(), retried where a rule already fired): a tracker's, a census's or a log's row "SURNAME,
// GIVEN" whose field closes with a digit after one blank ("0305  T19   DUFFY, ROSE 5N-30", "bed 9 ngata, wiremu 47m",
// "- fairweather, hope 2:00 - no show"), or whose second given name follows the first ("res 3  bezold, edna mae   101 f").
// Called from r55_nm55.ts's invertedGiven55() when its given name's field does not close there, and from r56_nm56.ts's
// givenSurname56() for a pending name holding its comma (once per name, never per token); reads bytes only, allocates
// nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit, wordIndex } from "../scanners/util";
import { SIGN_NOT_INITIALS45, firstStr, shape45b } from "./detect";
import { fieldEnd55 } from "./r55_nm55";
import { fieldOpen59, refusedLead59 } from "./r59_nm59";
import { rangeData } from "./table";

/** Word [s, e) is a given name of the lists (a strong one when under four letters) and none of the refused lists' words. */
function givenWord60(s: u32, e: u32): bool {
  const d = rangeData(s, e);
  const f = firstStr(d);
  return f > 1 || (f == 1 && e - s >= 4) ? !refusedLead59(s, e, d) : false;
}

/** Byte e closes a row's given name softly: one blank and a digit ("ROSE 5N-30", "wiremu 47m", "ARIE 04/11/1970"). */
function digitClose60(e: u32): bool {
  return e + 1 < inLen && (byteAt(e) == 0x20 && isDigit(byteAt(e + 1)));
}

/**
 * The end of a second given name one blank after the given name ending at e, in the letter case sh (shape45b()), before
 * `limit`, a given name of the lists closing the field (fieldEnd55() or a digit's blank): "edna mae   101 f", "ROSE MAE
 * 5N-30". Returns e when there is none.
 */
function secondGiven60(e: u32, sh: u32, limit: u32): u32 {
  if (!(e + 3 < inLen && (byteAt(e) == 0x20 && isAlpha(byteAt(e + 1))))) return e;
  const s = e + 1;
  let x = s;
  while (x < inLen && isAlpha(byteAt(x))) x++;
  if (x > limit || (x - s < 3 || shape45b(s) != sh)) return e;
  if (sh != 1) {
    // (the whole word in the name's case: capitals throughout, or lower case throughout)
    for (let i = s + 1; i < x; i++) if ((byteAt(i) >= 0x61) != (sh == 0)) return e;
  }
  if (!(fieldEnd55(x) || digitClose60(x))) return e;
  // (a clinical, route or dose abbreviation that is also a given name stays a word: "SMITH, JOHN ASA 81 MG DAILY")
  if (wordIndex(SIGN_NOT_INITIALS45, s, x) >= 0) return e;
  return givenWord60(s, x) ? x : e;
}

/**
 * (stop 60, nm60) invertedGiven55() read the surname [start, ...) alone, its comma, and the given name [s, e) in its
 * letter case sh, and found no field's end at e. The row's given name is the surname's still when the surname opens its
 * field (fieldOpen59(): a line's start, a tab, two blanks, a label's colon, a bullet's dash, a date's or a list's number)
 * and the given name is one of the lists (no month, no function word, verb, kin's, trade's, title's or place's word),
 * then either one blank and a digit close it ("DUFFY, ROSE 5N-30", "ngata, wiremu 47m") or a second given name of the
 * lists does (secondGiven60(): "BEZOLD, EDNA MAE   101 F"). Returns the name's new end, or 0 when nothing joins.
 */
export function rowGiven60(start: u32, s: u32, e: u32, sh: u32, limit: u32): u32 {
  if (e + 1 >= inLen || byteAt(e) != 0x20) return 0;
  const digit = isDigit(byteAt(e + 1));
  if (!digit && !isAlpha(byteAt(e + 1))) return 0;
  if (!fieldOpen59(start) || !givenWord60(s, e)) return 0;
  if (digit) return e;
  const x = secondGiven60(e, sh, limit);
  return x == e ? 0 : x;
}

/**
 * (stop 60, nm60) givenSurname56()'s pending name [start, end) holds a comma: "surname, given" (one word each, one
 * blank after the comma), the surname opening its field; a second given name of the lists one blank after it closes
 * the field ("res 3  bezold, edna mae   101 f", "pt: pridgen, hazel mae   96 yo"). Returns the name's new end, or end.
 */
export function commaGiven60(start: u32, end: u32, limit: u32): u32 {
  let c: u32 = start;
  while (c < end && isAlpha(byteAt(c))) c++;
  if (c - start < 2 || (c + 2 >= end || (byteAt(c) != 0x2c || byteAt(c + 1) != 0x20))) return end;
  const g = c + 2;
  for (let i = g; i < end; i++) if (!isAlpha(byteAt(i))) return end;
  const sh = shape45b(g);
  if (end - g < 3 || (shape45b(start) != sh || !fieldOpen59(start))) return end;
  const x = secondGiven60(end, sh, limit);
  return x == end || !givenWord60(g, end) ? end : x;
}
