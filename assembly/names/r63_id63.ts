// Why this file exists: stop 63 (id63) keeps its handle rules out of detect.ts: a chat export's handle written after
// the message's clock and before its colon ("08:40 jkowalewski: patient device", "[14:02] mjosephs1984: hey",
// "10/13/2099 02:47 rvillalobos_nm: she's gone"), and a login's four digits when they are a year ("PORTAL USER
// NFITZ1962"). Called where a token closed by a colon or a login's letters already fired (detect.ts's lowerExit() and
// rareRules(), r51_id51b.ts's digits51b()); allocates nothing.
import { byteAt, inLen } from "../input";

/** An ASCII small letter. */
function lo63(c: u32): bool {
  return c >= 0x61 && c <= 0x7a;
}

/** An ASCII digit. */
function dg63(c: u32): bool {
  return c >= 0x30 && c <= 0x39;
}

/**
 * (stop 63, id63) Four digits from i that are a year of birth or of joining, 1900-2099 ("NFITZ1962", "mjosephs1984"),
 * where a login's digits are read (digits51b() allows three digits, or these four).
 */
export function yearDigits63(i: u32): bool {
  if (i + 4 > inLen) return false;
  const a = byteAt(i);
  const b = byteAt(i + 1);
  return ((a == 0x31 && b == 0x39) || (a == 0x32 && b == 0x30)) && (dg63(byteAt(i + 2)) && dg63(byteAt(i + 3)));
}

/**
 * (stop 63, id63) The bytes [hs, e) have a handle's shape: small letters first (four or more), then up to four digits,
 * and at most two more parts glued by '.' or '_' of letters or digits ("jkowalewski", "mjosephs1984",
 * "rvillalobos_nm", "teojr.villalobos"), 5 to 24 bytes. Returns 1 when it is letters alone (the caller asks the word
 * lists), 2 when digits or a second part make it a login whatever its letters, 0 when it is no handle.
 */
export function handleShape63(hs: u32, e: u32): u32 {
  if (e - hs < 5 || (e - hs > 24 || !lo63(byteAt(hs)))) return 0;
  let i = hs;
  while (i < e && lo63(byteAt(i))) i++;
  if (i - hs < 4) return 0;
  if (i == e) return 1;
  let d = i;
  while (d < e && dg63(byteAt(d))) d++;
  if (d - i > 4 || (d - i == 4 && !yearDigits63(i))) return 0;
  let parts: u32 = 1;
  while (d < e) {
    const c = byteAt(d);
    if ((c != 0x2e && c != 0x5f) || parts == 3) return 0;
    parts++;
    let j = d + 1;
    while (j < e && (lo63(byteAt(j)) || dg63(byteAt(j)))) j++;
    if (j - d - 1 < 2) return 0;
    d = j;
  }
  return 2;
}

/** Two digits 00-59 end right before byte p, after a colon. */
function mm63(p: u32): bool {
  return p >= 4 && (dg63(byteAt(p - 1)) && (dg63(byteAt(p - 2)) && (byteAt(p - 2) <= 0x35 && byteAt(p - 3) == 0x3a)));
}

/**
 * (stop 63, id63) A clock written with its colon ends right before byte c (its minutes, or its seconds): "08:40",
 * "7:05", "22:41:09" (hours 0-23, minutes and seconds 0-59), opening its line alone or in brackets ("[14:02]"), or
 * after a date that opens the line ("10/13/2099 02:47"). Returns true when it does.
 */
function clockOpens63(c: u32): bool {
  let p = c;
  if (!mm63(p)) return false;
  p -= 3;
  // (the seconds read first: "22:41:09")
  if (mm63(p)) p -= 3;
  // the hour: one or two digits, 0-23
  let h = p;
  while (h > 0 && (p - h < 2 && dg63(byteAt(h - 1)))) h--;
  if (h == p) return false;
  const hv: u32 = p - h == 1 ? byteAt(h) - 0x30 : (byteAt(h) - 0x30) * 10 + (byteAt(h + 1) - 0x30);
  if (hv > 23) return false;
  if (h > 0 && byteAt(h - 1) == 0x5b) h--;
  if (h == 0 || byteAt(h - 1) == 0x0a) return true;
  // (after a date opening its line: digits and '/' or '-', one blank)
  if (byteAt(h - 1) != 0x20 || (h < 2 || !dg63(byteAt(h - 2)))) return false;
  let q = h - 1;
  while (q > 0 && (h - q < 12 && (dg63(byteAt(q - 1)) || (byteAt(q - 1) == 0x2f || byteAt(q - 1) == 0x2d)))) q--;
  return h - 1 - q >= 6 && (q == 0 || byteAt(q - 1) == 0x0a);
}

/**
 * (stop 63, id63) The token ending at e (before a colon) closes a chat export's handle written after the message's
 * clock: the handle's bytes back to one blank (or "] "), a clock opening its line before it (clockOpens63), the colon
 * followed by a blank or the line's end: "08:40 jkowalewski: patient device", "[14:02] mjosephs1984: hey",
 * "10/13/2099 02:47 rvillalobos_nm: she's gone". Returns the handle's first byte, or 0xffffffff. The caller reads the
 * shape (handleShape63) and, for letters alone, the word lists: "08:40 patient:", "14:00 vitals:" stay.
 */
export function clockHandle63(e: u32): u32 {
  if (e + 1 < inLen && (byteAt(e + 1) != 0x20 && (byteAt(e + 1) != 0x0a && byteAt(e + 1) != 0x0d))) return 0xffffffff;
  let hs = e;
  while (hs > 0 && (e - hs < 25 && (lo63(byteAt(hs - 1)) || (dg63(byteAt(hs - 1)) || (byteAt(hs - 1) == 0x2e || byteAt(hs - 1) == 0x5f))))) hs--;
  if (hs < 2 || byteAt(hs - 1) != 0x20) return 0xffffffff;
  let c = hs - 1;
  if (byteAt(c - 1) == 0x5d) c--;
  return clockOpens63(c) ? hs : 0xffffffff;
}
