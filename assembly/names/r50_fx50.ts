// Why this file exists: stop 50's clinical round 44 (fx50, read from fixture 41's misses), byte-level tests kept apart
// from detect.ts as stop 50's brief asks of new rules: a signer's initials glued to an em or en dash after a note's last
// sentence ("Chart HH-2099-77104. —MF"; the caller, signSlot45, keeps the word lists' refusals), and a surname in lower
// case after a given name and its nickname in quotes ('kaylee "kay" stout'; the caller, nickSurname50, keeps the lists).
import { byteAt, inLen } from "../input";

/**
 * (stop 50, fx50) The initials at s..e (s > 0) are glued to a long dash (U+2014 or U+2013, no blank between) that
 * follows a sentence's end and one or more blanks: a period, '!' or '?', a closing quote or bracket allowed after it
 * ('." —KG', '77104. —MF', '218-555-0163. —PKM'); or the dash opens the line. The initials close the line or the text,
 * a period allowed after them. signDash47() reads the spaced form ("— DW"), roundEighteen() and round 17 the glued
 * hyphen ("-jm", "-CO"); a glued long dash inside a sentence is a clause's ("said so—OK then") and stays.
 */
export function gluedDashSign50(s: u32, e: u32): bool {
  if (s < 5) return false;
  const b = byteAt(s - 1);
  if ((b != 0x94 && b != 0x93) || (byteAt(s - 2) != 0x80 || byteAt(s - 3) != 0xe2)) return false;
  // after the initials: the line's or the text's end, a period allowed
  let q = e;
  if (q < inLen && byteAt(q) == 0x2e) q++;
  if (!(q >= inLen || (byteAt(q) == 0x0a || byteAt(q) == 0x0d))) return false;
  // before the dash: blanks, then a sentence's end or the line's start
  let j = s - 3;
  if (j == 0) return true;
  const c0 = byteAt(j - 1);
  if (c0 == 0x0a || c0 == 0x0d) return true;
  if (c0 != 0x20) return false;
  while (j > 0 && byteAt(j - 1) == 0x20) j--;
  if (j == 0) return true;
  let c = byteAt(j - 1);
  if (c == 0x0a || c == 0x0d) return true;
  // a closing quote or bracket after the sentence's mark
  if ((c == 0x22 || c == 0x29) && j >= 2) {
    j--;
    c = byteAt(j - 1);
  }
  if (c != 0x2e && (c != 0x21 && c != 0x3f)) return false;
  // the period closes a word or a number of two or more bytes (no initial's dot: "J. —KG" is no sentence's end)
  return j >= 3 && (byteAt(j - 2) != 0x20 && (byteAt(j - 3) != 0x20 && byteAt(j - 3) != 0x2e));
}

/**
 * (stop 50, fx50) The name span just found (ps..pe) is a nickname in quotes right before the word at s: a straight or
 * curly quote closes it at pe and one blank follows ('kaylee "kay" stout', 'raymond "ray" gokee'); a quote opens it,
 * after one blank and a letter (the given name's last). Returns the end of the word at s when that word is in lower case
 * (a-z or UTF-8 letters, a hyphen or an apostrophe between letters: "sbarra-johnson", "o'shaughnessy-bale"), two
 * letters or more; else 0. The caller asks the word's lists (no core English word unless a listed surname, no context
 * word) and that the text is in lower case around it.
 */
export function nickSurnameEnd50(ps: u32, pe: u32, s: u32): u32 {
  // the closing quote and one blank
  let q = pe;
  if (byteAt(q) == 0x22) q++;
  else if (byteAt(q) == 0xe2 && (byteAt(q + 1) == 0x80 && byteAt(q + 2) == 0x9d)) q += 3;
  else return 0;
  if (q + 1 != s || byteAt(q) != 0x20) return 0;
  // the opening quote, one blank and a letter before it
  let o = ps;
  if (o >= 3 && byteAt(o - 1) == 0x22) o -= 1;
  else if (o >= 5 && (byteAt(o - 1) == 0x9c && (byteAt(o - 2) == 0x80 && byteAt(o - 3) == 0xe2))) o -= 3;
  else return 0;
  if (o < 2 || byteAt(o - 1) != 0x20) return 0;
  const g = byteAt(o - 2);
  if (!((g >= 0x61 && g <= 0x7a) || (g >= 0x41 && g <= 0x5a || g >= 0x80))) return 0;
  // the word: lower-case letters, a hyphen or an apostrophe between letters
  let e = s;
  let letters: u32 = 0;
  while (e < inLen) {
    const c = byteAt(e);
    if ((c >= 0x61 && c <= 0x7a) || c >= 0x80) {
      e++;
      letters++;
    } else if ((c == 0x2d || c == 0x27) && (e > s && e + 1 < inLen)) {
      const n = byteAt(e + 1);
      if (!((n >= 0x61 && n <= 0x7a) || n >= 0x80)) break;
      e++;
    } else break;
  }
  if (letters < 2 || e >= inLen) return letters >= 2 ? e : 0;
  const a = byteAt(e);
  // an upper-case letter or a digit glued on is no lower-case word
  if ((a >= 0x41 && a <= 0x5a) || (a >= 0x30 && a <= 0x39)) return 0;
  return e;
}
