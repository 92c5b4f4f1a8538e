// Why this file exists: stop 54 (nm54)'s rule on a person named right before his or her own e-mail address, in ALL CAPS
// and lower case ("OUR CASE MANAGER IS LAMAR HOLLIS LHOLLIS@MACONBIBBHEALTH.ORG", "sepsis coordinator marisa bajwa
// marisa.bajwa@corewell.example", "DAUGHTER XIMENA DE LA ROSA ZUBIATE XIMENA.DLR@MAIL.EXAMPLE"): where case tells
// nothing, the name rules read the address's local part as one more word of the name, the name's span then overlaps the
// EMAIL finding, and the overlap merge (src/findings.ts) typed the person's words EMAIL. Kept out of detect.ts (the call
// site stays in span()). Reads bytes only, allocates nothing.
import { byteAt, inLen } from "../input";
import { isLocalByte } from "../scanners/email";

/**
 * (stop 54, nm54) A NAME span [start, end) whose last word runs on, glued, into an e-mail's "@" (the address's local
 * part, as scanEmail() reads it: letters, digits and . _ % + - ') ends before that word: returns the byte where the
 * name's words end (blanks and commas before the local part dropped), or `start` when the whole span lies in the local
 * part (the address covers it). Any other span: `end` unchanged. "LAMAR HOLLIS LHOLLIS@..." -> "LAMAR HOLLIS";
 * "MARISA BAJWA MARISA.BAJWA@..." -> "MARISA BAJWA". The '@' is within 64 bytes (RFC 5321's local part) and a letter or
 * a digit follows it (one stray blank allowed, as scanEmail() allows).
 */
export function emailLocal54(start: u32, end: u32): u32 {
  if (end >= inLen || (end <= start || !isLocalByte(byteAt(end - 1)))) return end;
  let j = end;
  const lim = end + 64 < inLen ? end + 64 : inLen;
  while (j < lim && isLocalByte(byteAt(j))) j++;
  if (j + 1 >= inLen || byteAt(j) != 0x40) return end;
  const d = byteAt(j + 1) == 0x20 && j + 2 < inLen ? byteAt(j + 2) : byteAt(j + 1);
  if (!((d >= 0x30 && d <= 0x39) || ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a))) return end;
  let i = end;
  while (i > start && isLocalByte(byteAt(i - 1))) i--;
  while (i > start && (byteAt(i - 1) == 0x20 || byteAt(i - 1) == 0x2c)) i--;
  return i;
}

