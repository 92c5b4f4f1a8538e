// Why this file exists: stop 62's round from fixture 66 (fx66, telehealth and patient-portal communication), kept out
// of detect.ts: a portal or record system's login written in brackets or after a comma right after the person's name
// it is made of ("from: gus papadakis (gpapadakis)", "deborah kittredge (debkitt57)", "mother maribel castañeda,
// mcastaneda74)", "TO: COLM BRANNIGAN (CBRANNIGAN)"). A login is the person's own identifier, typed ID as the other
// login rules type it (userName(), loginBy51b()). Reads the name the name pass has just found before the bracket;
// allocates nothing.
import { ENTITY_ID, ENTITY_NAME, REASON_RECORD_FIELD } from "../abi";
import { byteAt, inLen } from "../input";
import { digitsEnd } from "../scanners/util";
import { F_NOT_NAME } from "./flags";
import { CONTEXT_WORDS, count, exists, firstStr, lastStr, pEnd, pStart, pType, rd, spanDone, tDone, tEnd, tStart, tierOf } from "./detect";
import { handleCloses51b, handleLetters51b } from "./r51_id51b";
import { rangeData } from "./table";

/** An ASCII letter, either case. */
function letter62(c: u32): bool {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

/**
 * (stop 62, fx66) The login that opens at s: 4 to 16 ASCII letters of one case, up to four digits after them
 * ("debkitt57", "anandm1979", "CHARDVORAK34"), and at most one more part of letters or digits glued by '.' or '_'
 * ("ngozi.eb", "anandm_1979"). Nothing glued after it: no letter or digit, '@' (an address), '/' or '\' (a path), '-'.
 * Returns its end, or 0.
 */
function loginEnd62(s: u32): u32 {
  const le = handleLetters51b(s);
  if (le - s < 4 || le - s > 16) return 0;
  let i = digitsEnd(le);
  if (i - le > 4) return 0;
  if (i + 2 < inLen && (byteAt(i) == 0x2e || byteAt(i) == 0x5f)) {
    const j = i + 1;
    let e2 = j;
    while (e2 < inLen && (e2 - j < 12 && (letter62(byteAt(e2)) || (byteAt(e2) >= 0x30 && byteAt(e2) <= 0x39)))) e2++;
    if (e2 - j >= 2) i = e2;
  }
  if (i >= inLen) return i;
  const c = byteAt(i);
  if (letter62(c) || ((c >= 0x30 && c <= 0x39) || (c == 0x40 || (c == 0x2f || (c == 0x5c || (c == 0x2d || c == 0x5f)))))) return 0;
  return i;
}

/** The four letters opening token j (ASCII letters, either case) occur in bytes [s, e), case aside. */
function holdsStem62(j: u32, s: u32, e: u32): bool {
  const a = rd(tStart, j);
  if (rd(tEnd, j) - a < 4) return false;
  for (let m: u32 = 0; m < 4; m++) if (!letter62(byteAt(a + m))) return false;
  for (let i = s; i + 4 <= e; i++) {
    let m: u32 = 0;
    while (m < 4 && (byteAt(i + m) | 0x20) == (byteAt(a + m) | 0x20)) m++;
    if (m == 4) return true;
  }
  return false;
}

/** Token j is a person's word just found: in the pending name's span, or decided a name. */
function nameWord62(j: u32): bool {
  return (pType == ENTITY_NAME && (rd(tStart, j) >= pStart && rd(tEnd, j) <= pEnd)) || rd(tDone, j) == ENTITY_NAME;
}

/**
 * (stop 62, fx66) Token k (lower case, capitals, or letters and digits) opens a login (loginEnd62) right after '(' or
 * ", " following a person's name just found (token k - 1 its last word), and the login's field closes after it
 * (handleCloses51b: ')', ',', a line's end...). The login holds the first four letters of one of the name's words
 * (up to four words back: "gpapadakis" of "papadakis", "debkitt57" of "kittredge", "mcastaneda74" of "castañeda");
 * its letters are no word, name, context word or never-a-name word of the lists ("Katherine (Kathy)", "Robert Smith
 * (Smith)", "Jane Doe, Dr" stay what they were), and not one of the name's words itself. Writes the login typed ID
 * and returns true.
 */
export function nameLogin62(k: u32): bool {
  const p = k - 1;
  if (!exists(p) || !nameWord62(p)) return false;
  const s = rd(tStart, k);
  const b = byteAt(s - 1);
  // the gap: "(" glued to the login, or ", " with one blank (the name's end right before the comma)
  if (b == 0x28) {
    let i = s - 1;
    while (i > rd(tEnd, p) && byteAt(i - 1) == 0x20) i--;
    if (i != rd(tEnd, p)) return false;
  } else if (!(b == 0x20 && (s >= 2 && (byteAt(s - 2) == 0x2c && rd(tEnd, p) == s - 2)))) return false;
  const e = loginEnd62(s);
  if (e == 0 || !handleCloses51b(e)) return false;
  const le = handleLetters51b(s);
  const d = rangeData(s, le);
  if (tierOf(d) != 0 || ((d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || (firstStr(d) != 0 || lastStr(d) != 0))) return false;
  let held = false;
  for (let j = p; j + 4 > p; j--) {
    if (!exists(j) || !nameWord62(j)) break;
    const a = rd(tStart, j);
    // (the login is no name word written again: "DEBORAH KITTREDGE (KITTREDGE)")
    if (rd(tEnd, j) - a == le - s && e == le) {
      let m: u32 = 0;
      while (m < le - s && (byteAt(s + m) | 0x20) == (byteAt(a + m) | 0x20)) m++;
      if (m == le - s) return false;
    }
    if (!held && holdsStem62(j, s, le)) held = true;
    if (j == 0) break;
  }
  if (!held) return false;
  let last = k;
  while (last + 1 < count && (last < k + 3 && rd(tEnd, last) < e)) last++;
  if (rd(tEnd, last) != e) return false;
  spanDone(s, e, ENTITY_ID, 700, REASON_RECORD_FIELD, k, last);
  return true;
}
