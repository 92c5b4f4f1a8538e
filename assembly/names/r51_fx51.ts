// Why this file exists: stop 51's clinical round 46 (fx51, read from fixture 43's misses), byte-level tests kept apart
// from detect.ts as stop 51's brief asks of new rules: a chat or log handle opening its line, an initial glued to a
// listed surname (digits allowed after it), before its colon or a clock and a colon ("ktrahan 0612: offer overnight",
// "jkellerman: mobile at ..."); the caller, chatLine51 in detect.ts, keeps the word lists' refusals (loginShape).
import { byteAt, inLen } from "../input";
import { digitsEnd, lettersEnd } from "../scanners/util";
import { colonClock54, handleHalf54 } from "../scanners/id54";
import { F_LAST_SHIFT } from "./flags";
import { rangeData, tableReady } from "./table";

/**
 * (stop 51, fx51) The token at s..e opens a handle that opens its line (a line feed right before s) in a chat or log
 * export: 5 to 12 ASCII letters and up to three digits, in the token or glued after it ("mkowalski", "mhuang2",
 * "HSANDHU"); right after it a colon and a blank or the line's end ("jkellerman: mobile at ..."), or one blank, a
 * 24-hour clock of four digits and a colon ("ktrahan 0612: offer", "MKOWALSKI 0755: SUB AT"); its letters after the
 * first a listed surname ("trahan", "kowalski", "huang"), of five letters or more before a colon alone. Returns the
 * handle's end, or 0. A line's heading ("heent:",
 * "neuro 0800:", "plan:") has no initial before a surname; a word that happens to be an initial and a surname ("shall",
 * "chill") is refused by the caller (loginShape: no word of the lists).
 */
export function chatHandleEnd51(s: u32, e: u32): u32 {
  if (s == 0 || byteAt(s - 1) != 0x0a) return 0;
  let i = lettersEnd(s);
  if (i > e) i = e;
  const le = i;
  if (le - s < 5 || le - s > 12) return 0;
  i = digitsEnd(i);
  // (stop 54, id54: a hyphenated surname's second half glued after the handle's letters, "tnguyen-hale 08:15:", read
  // with a clock only; handleHalf54)
  const hh = i == le ? handleHalf54(le) : le;
  const half = hh != le;
  if (half) {
    if (e != le && e != hh) return 0;
    i = hh;
  } else if ((e != le && e != i) || i - le > 3) return 0;
  let q = i;
  // (a colon right after the handle: six letters or more, a surname of five or more after the initial; "stoma:" and
  // "STOMA:" open a stoma nurse's line, "toma" a listed surname)
  if (q < inLen && (byteAt(q) == 0x3a && le - s < 6)) return 0;
  // (stop 54, id54: or a clock written with its colon, "mdahlquist 07:58: heads up"; colonClock54)
  const cc = q < inLen && byteAt(q) == 0x20 ? colonClock54(q + 1) : 0;
  if (cc != 0) q = cc;
  else if (q < inLen && byteAt(q) == 0x20) {
    // a 24-hour clock: 0000-2359
    if (q + 5 >= inLen) return 0;
    for (let j: u32 = 1; j <= 4; j++) if (byteAt(q + j) < 0x30 || byteAt(q + j) > 0x39) return 0;
    if (byteAt(q + 1) > 0x32 || ((byteAt(q + 1) == 0x32 && byteAt(q + 2) > 0x33) || byteAt(q + 3) > 0x35)) return 0;
    q += 5;
  } else if (half) return 0;
  if (q >= inLen || byteAt(q) != 0x3a) return 0;
  if (q + 1 < inLen && (byteAt(q + 1) != 0x20 && (byteAt(q + 1) != 0x0a && byteAt(q + 1) != 0x0d))) return 0;
  if (!tableReady() || ((rangeData(s + 1, le) >> F_LAST_SHIFT) & 3) == 0) return 0;
  return i;
}
