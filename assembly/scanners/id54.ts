// Why this file exists: stop 54 (id54): three forms of a hospital's logs that the older rules read only in their
// running-text shape. (1) A page log's or a call log's extension after the caller, "x" and four or five digits closed by
// a colon ("2212 from 6n rn tracy x3318: rm 612 hendrickson") or by a column gap before the next column ("1922  KRISTY
// RN X4417         BP 188/102"); phone.ts's phraseExtension22() asks extCloses54() after its own closers. (2) A chat
// export's handle opening its line before a clock written with a colon and the message's colon ("mdahlquist 07:58: heads
// up laurel"); r51_fx51.ts's chatHandleEnd51() asks colonClock54() beside its four-digit clock. (3) A dispatch log's
// sender, a login joined by '_', after a bracketed clock ("[0305] sup_kmorrow: thx"); id45.ts's underscoreLogin45() asks
// clockSender54().

import { isAlnum } from "../input";
import { at, isDigit, lettersEnd } from "./util";

/** (id54) The byte after a log's colon is a blank or the line's (or the input's) end: the colon closes its field. */
// @ts-ignore: decorator
@inline function blankOrEnd54(b: u32): bool {
  return b == 0x20 || (b == 0x0a || (b == 0x0d || b == 0));
}

/**
 * (stop 54, id54) The extension "x" and digits [ds, e) (ds the first digit) closes its field in a log's row: a colon and
 * a blank or the line's end after the digits ("tracy x3318: rm 612", "DR. VILLALOBOS X4000:"), or a column gap, a tab
 * or two blanks or more with the next column's text after them on the same line ("KRISTY RN X4417         BP
 * 188/102"). A power of ten is a multiplier or a magnification ("x1000:", "x 10000   cells"); the caller has refused a
 * number before the "x" ("2 x 1500"), a unit or anything glued after the digits, and wants a word or a bracket before
 * the "x".
 */
export function extCloses54(ds: u32, e: u32): bool {
  // (1000, 10000: a power of ten)
  if (at(ds) == 0x31) {
    let z = ds + 1;
    while (z < e && at(z) == 0x30) z++;
    if (z == e) return false;
  }
  const c = at(e);
  if (c == 0x3a) return blankOrEnd54(at(e + 1));
  if (c != 0x09 && !(c == 0x20 && at(e + 1) == 0x20)) return false;
  let q = e;
  while (at(q) == 0x20 || at(q) == 0x09) q++;
  const n = at(q);
  return n != 0 && (n != 0x0a && n != 0x0d);
}

/**
 * (stop 54, id54) A clock written with a colon, "7:58" or "07:58" (0:00-23:59), from byte q on, then the message's
 * colon and a blank or the line's end: returns the byte of that colon, or 0. The handle's line in a chat export
 * ("mdahlquist 07:58: heads up", "LPETRAKIS 08:03: YES PER PROTOCOL"), beside the four-digit clock of a log
 * ("ktrahan 0612: offer").
 */
export function colonClock54(q: u32): u32 {
  let h = q;
  while (isDigit(at(h)) && h - q < 3) h++;
  const hl = h - q;
  if (hl < 1 || (hl > 2 || at(h) != 0x3a)) return 0;
  const hv: u32 = hl == 1 ? at(q) - 0x30 : (at(q) - 0x30) * 10 + (at(q + 1) - 0x30);
  if (hv > 23 || (!isDigit(at(h + 1)) || (!isDigit(at(h + 2)) || at(h + 1) > 0x35))) return 0;
  // (stop 63, id63: or a twelve-hour clock's "am"/"pm" before the colon, "jmcgraw 2:14 pm: hey")
  let c = h + 3;
  if (at(c) == 0x20 && (((at(c + 1) | 0x20) == 0x61 || (at(c + 1) | 0x20) == 0x70) && (at(c + 2) | 0x20) == 0x6d)) c += 3;
  if (at(c) != 0x3a || !blankOrEnd54(at(c + 1))) return 0;
  return c;
}

/**
 * (stop 54, id54) A hyphenated surname's second half glued to a handle's letters ending at q: '-' and two to twelve
 * ASCII letters with no letter, digit, '-' or '.' glued after ("tnguyen-hale 08:15:"). Returns the half's end, or q.
 */
export function handleHalf54(q: u32): u32 {
  if (at(q) != 0x2d) return q;
  const e = lettersEnd(q + 1);
  if (e - q - 1 < 2 || e - q - 1 > 12) return q;
  const c = at(e);
  if (isAlnum(c) || (c == 0x2d || c == 0x2e)) return q;
  return e;
}

/**
 * (stop 54, id54) The login [s, e) whose words a '_' joins sends a message in a dispatch or a chat log: it opens its
 * line after a bracketed clock, "[0305] " or "[03:05] " (a line feed or the input's start before the '['), and a colon
 * and a blank or the line's end close it ("[0305] sup_kmorrow: thx. pcp is dr obasi"). id45.ts's underscoreLogin45()
 * asks it beside its login's labels and brackets; a unit's call sign with no '_' ("[0311] medic6 dre:") never comes.
 */
export function clockSender54(s: u32, e: u32): bool {
  if (at(e) != 0x3a || !blankOrEnd54(at(e + 1))) return false;
  if (s < 7 || (at(s - 1) != 0x20 || at(s - 2) != 0x5d)) return false;
  let q = s - 2;
  let n: u32 = 0;
  while (q > 0 && ((isDigit(at(q - 1)) || at(q - 1) == 0x3a) && n < 6)) {
    q--;
    n++;
  }
  if (!(n == 4 || (n == 5 && at(s - 5) == 0x3a)) || at(q - 1) != 0x5b) return false;
  return q == 1 || at(q - 2) == 0x0a;
}
