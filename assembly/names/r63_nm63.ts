// Why this file exists: stop 63 (nm63)'s names rule: the first words of a surname written first that the older rules
// left before a "LAST, FIRST" name they found from the surname's last word: a piece glued by a hyphen
// ("o'brien-kowalski, maureen" found as "kowalski, maureen", "D'Ambrosio-Kettle, Philomena"), particles and a word
// one blank before it after a person's cue ("pt de la rosa, joaquin" found as "rosa, joaquin", "PT: SWIFT HAWK, LENA
// MARIE" found as "HAWK, LENA MARIE"). stop 62's surnameLead62() walks back from a span
// that opens at the given name; this one from a span that opens at the surname. Called from detect.ts's flush() for
// a person's span with a hyphen or a blank before it (once per name, never per token); the byte tests come before
// any dictionary lookup; reads bytes only, allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { firstStr, lastStr, tierOf, shape45b } from "./detect";
import { F_CUE, F_NOT_NAME, F_PARTICLE } from "./flags";
import { rangeData } from "./table";
import { fieldOpen59, refusedLead59 } from "./r59_nm59";
import { cueBefore62, letter62, listParen62, surnameWord62, wordStart62 } from "./r62_pl62";

/**
 * (stop 63, nm63) The end of the surname's word or words at s, when the span [s, end) is "SURNAME, GIVEN": one or two
 * words of letters, hyphens and apostrophes, ", ", then a given name of the lists of three letters or more in the
 * surname's letter case. Returns the comma's offset, or 0.
 */
function invertedAt63(s: u32, end: u32): u32 {
  let i = s;
  let blanks: u32 = 0;
  while (i < end) {
    const c = byteAt(i);
    if (c == 0x2c) break;
    if (c == 0x20) {
      if (++blanks > 1 || !letter62(byteAt(i + 1))) return 0;
    } else if (!(letter62(c) || (c == 0x2d || c == 0x27))) return 0;
    i++;
  }
  if (i == s || (i + 5 > end || byteAt(i + 1) != 0x20)) return 0;
  const g = i + 2;
  if (!isAlpha(byteAt(g)) || shape45b(g) != shape45b(s)) return 0;
  let ge = g;
  while (ge < end && letter62(byteAt(ge))) ge++;
  if (ge - g < 3 || firstStr(rangeData(g, ge)) == 0) return 0;
  return i;
}

/**
 * (stop 63, nm63) The person's name pending starts at s with its surname ("kowalski, maureen", "rosa, joaquin") and
 * ends at end; floor is the last finding's end; the byte before s is a hyphen or a blank (flush() tests it). Returns
 * the name's new start, s when nothing joins:
 * - a hyphen glued between letters: the surname's piece before it, two letters or more (an apostrophe inside), in the
 *   surname's letter case, no word that is never a name and no word the lists refuse as a name's first
 *   ("o'brien-kowalski, maureen", "D'AMBROSIO-KETTLE, PHILOMENA", "Abernathy-Kouyaté, Samuel"; not "x-ray, ...");
 * - a blank: up to two words before it, particles ("de", "la", "van": the lists' particle bit, three letters or fewer)
 *   or one surname's word (surnameWord62(): three letters or more in the name's case, no refused word; a common
 *   English word only beside another, "SWIFT HAWK"), the first opening its field after a person's cue word
 *   (cueBefore62(): "pt de la rosa, joaquin", "PT: SWIFT HAWK, LENA MARIE") or a list's number (listParen62()), or,
 *   particles alone, a field's opening that is no label's colon (fieldOpen59(): a line's start, a bar, a column).
 *   Not "seen with hawk, lena" (a function word), "OUTPATIENT PHAM, QUOC BAO", "THANK YOU, MIGUEL", "CLAIMANT
 *   OYELOWO, BABATUNDE" (a word after a line's start or a column).
 */
export function surnameHead63(s: u32, floor: u32, end: u32): u32 {
  if (s < floor + 3) return s;
  const b = byteAt(s - 1);
  if (b == 0x2d) {
    if (!letter62(byteAt(s - 2))) return s;
    if (invertedAt63(s, end) == 0) return s;
    const a = wordStart62(s - 1, floor);
    if (a + 2 > s - 1 || !isAlpha(byteAt(a))) return s;
    // (the letter case after an Irish or Italian prefix's apostrophe: "O'Brien", "D'AMBROSIO")
    if (shape45b(byteAt(a + 1) == 0x27 ? a + 2 : a) != shape45b(s)) return s;
    // (the piece opens its word: no letter, digit or hyphen glued before it)
    if (a > 0) {
      const p = byteAt(a - 1);
      if (letter62(p) || (p >= 0x30 && p <= 0x39 || (p == 0x2d || p == 0x2f))) return s;
    }
    const d = rangeData(a, s - 1);
    if ((d & (F_NOT_NAME | F_CUE)) != 0 || refusedLead59(a, s - 1, d)) return s;
    return a;
  }
  if (b != 0x20 || !letter62(byteAt(s - 2))) return s;
  const c = invertedAt63(s, end);
  if (c == 0) return s;
  const sh = shape45b(s);
  const sd = rangeData(s, c);
  let f = s;
  let n: u32 = 0;
  let word = false;
  while (n < 2 && (f >= floor + 3 && (byteAt(f - 1) == 0x20 && letter62(byteAt(f - 2))))) {
    const pe = f - 1;
    const pa = wordStart62(pe, floor);
    if (pa == pe) break;
    const pd = rangeData(pa, pe);
    if ((pd & F_PARTICLE) != 0 && pe - pa <= 3) {
      f = pa;
      n++;
      continue;
    }
    // (one surname's word, before any particle: "SWIFT HAWK"; a common English word only beside
    // another common word or as a surname of the lists)
    if (word || (n > 0 || ((pd & F_CUE) != 0 || !surnameWord62(pa, pe, sh)))) break;
    if (tierOf(pd) == 1 && (lastStr(pd) == 0 && tierOf(sd) != 1)) break;
    word = true;
    f = pa;
    n++;
  }
  if (n == 0) return s;
  if (cueBefore62(f, floor) || listParen62(f)) return f;
  // (particles alone also at a field's opening that is no label's colon, a line's start, a bar, a column; a word
  // there is a heading's, a role's or a phrase's: "OUTPATIENT PHAM, QUOC BAO", "THANK YOU, MIGUEL", "212 rue
  // beauregard, lafayette", "CLAIMANT OYELOWO, BABATUNDE")
  if (!word && (fieldOpen59(f) && !(f >= 2 && byteAt(f - 2) == 0x3a))) return f;
  return s;
}
