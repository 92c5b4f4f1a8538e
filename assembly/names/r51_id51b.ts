// Why this file exists: stop 51b's identifier round (id51b), byte-level tests kept apart from detect.ts as stop 51's
// brief asks of new rules: a record system's login after "by" or a user label whatever verb or system stands before
// them ("PRINTED 0545 BY MTHIBODEAUX", "ENTERED IN MIIS BY DMCCARTHY.", "fixed by pvenkat at 10:44", "(USER NADEBAYO)",
// "PORTAL, USER YGARZATREV,", "(username ksolberghayes)"); the caller, loginBy51b in detect.ts, keeps the cue words and
// the word lists' refusals.
import { byteAt, inLen } from "../input";
import { isDigit } from "../scanners/util";
import { yearDigits63 } from "./r63_id63";

/** An ASCII capital letter. */
function up51b(c: u32): bool {
  return c >= 0x41 && c <= 0x5a;
}

/** An ASCII small letter. */
function lo51b(c: u32): bool {
  return c >= 0x61 && c <= 0x7a;
}

/** End of the run of ASCII letters from s in the case of the letter at s. */
export function handleLetters51b(s: u32): u32 {
  const upper = up51b(byteAt(s));
  let i = s;
  while (i < inLen && (upper ? up51b(byteAt(i)) : lo51b(byteAt(i)))) i++;
  return i;
}

/** End of at most three digits from i (i itself when none; 0 when four or more). */
function digits51b(i: u32): u32 {
  let j = i;
  while (j < inLen && (isDigit(byteAt(j)) && j - i < 4)) j++;
  // (stop 63, id63: or four that are a year, "PORTAL USER NFITZ1962": yearDigits63() in r63_id63.ts)
  return j - i > 3 ? (yearDigits63(i) ? j : 0) : j;
}

/**
 * (stop 51b, id51b) The login that opens at s: 4 to 16 ASCII letters of one case, up to three digits after them
 * ("mlindqv1", "GFITZ04"), and at most one more part of two or more letters of the same case (digits allowed after
 * them) glued by '.' or '_' ("MOYELARAN.PMRC", "sokafor.lynch"). Nothing glued after it: no letter or digit, '@' (an
 * address), '/' or '\' (a path), '-' or '_', nor '.' before a letter or digit. Returns its end, or 0.
 */
export function handleEnd51b(s: u32): u32 {
  const le = handleLetters51b(s);
  if (le - s < 4 || le - s > 16) return 0;
  let i = digits51b(le);
  if (i == 0) return 0;
  if (i + 2 < inLen && (byteAt(i) == 0x2e || byteAt(i) == 0x5f)) {
    const c = byteAt(i + 1);
    if (up51b(byteAt(s)) ? up51b(c) : lo51b(c)) {
      const e2 = handleLetters51b(i + 1);
      const j = digits51b(e2);
      if (e2 - i - 1 >= 2 && j != 0) i = j;
    }
  }
  if (i >= inLen) return i;
  const c = byteAt(i);
  if (up51b(c) || (lo51b(c) || (isDigit(c) || (c == 0x40 || (c == 0x2f || (c == 0x5c || (c == 0x2d || c == 0x5f))))))) return 0;
  if ((c == 0x2e || c == 0x5f) && (i + 1 < inLen && (up51b(byteAt(i + 1)) || (lo51b(byteAt(i + 1)) || isDigit(byteAt(i + 1)))))) return 0;
  return i;
}

/** Whether bytes [i, i + w.length) spell the small word w in either case and a blank or the input's end follows. */
function wordAt51b(i: u32, w: string): bool {
  const n = <u32>w.length;
  if (i + n > inLen) return false;
  for (let j: u32 = 0; j < n; j++) if ((byteAt(i + j) | 0x20) != <u32>w.charCodeAt(j)) return false;
  return i + n == inLen || (byteAt(i + n) == 0x20 || (byteAt(i + n) == 0x0a || byteAt(i + n) == 0x0d));
}

/**
 * (stop 51b) The login's field closes at e: the input's or the line's end; ',', ';', ')' or ']'; '.' or ':' before a
 * blank or the line's end; or one blank and '(', a digit ("by ybriggs 02/02/2026") or "at", "on", "from", "via" ("fixed
 * by pvenkat at 10:44", "ENTERED BY ESZABO FROM 10.44.71.5"). A name's next word does not close it ("by rosa lee").
 */
export function handleCloses51b(e: u32): bool {
  if (e >= inLen) return true;
  const c = byteAt(e);
  if (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b || (c == 0x29 || c == 0x5d))))) return true;
  if (c == 0x2e || c == 0x3a) return e + 1 >= inLen || (byteAt(e + 1) == 0x20 || (byteAt(e + 1) == 0x0a || byteAt(e + 1) == 0x0d));
  if (c != 0x20 || e + 1 >= inLen) return c == 0x20;
  const d = byteAt(e + 1);
  if (d == 0x28 || (isDigit(d) || (d == 0x0a || d == 0x0d))) return true;
  return wordAt51b(e + 1, "at") || (wordAt51b(e + 1, "on") || (wordAt51b(e + 1, "from") || wordAt51b(e + 1, "via")));
}
