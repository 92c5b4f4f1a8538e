// Why this file exists: the check-digit and range validators (calendar, SSN ranges, Luhn/NPI, DEA, VIN, IBAN mod-97,
// ABA routing, Medicare MBI) that turn a digit pattern into an identifier with a reason; pure byte arithmetic.

import { byteAt } from "../input";
import { isDigit, lower, luhnDigit } from "./util";

/** Scratch copy of a candidate's alphanumeric characters, upper-cased (static data: no allocation). */
export const SCRATCH_CAP: u32 = 64;
const scratch: usize = memory.data(<i32>SCRATCH_CAP);
export let scratchLen: u32 = 0;

/** Copies the ASCII letters and digits of [s, e) into the scratch buffer (upper case); returns how many (capped). */
export function compact(s: u32, e: u32): u32 {
  let n: u32 = 0;
  for (let i = s; i < e; i++) {
    const b = byteAt(i);
    const l = lower(b);
    if (isDigit(b) || (l >= 0x61 && l <= 0x7a)) {
      if (n >= SCRATCH_CAP) break;
      store<u8>(scratch + <usize>n, <u8>(isDigit(b) ? b : l - 0x20));
      n++;
    }
  }
  scratchLen = n;
  return n;
}

// @ts-ignore: decorator
@inline function sc(k: u32): u32 {
  return <u32>load<u8>(scratch + <usize>k);
}

// @ts-ignore: decorator
@inline function scDigit(k: u32): bool {
  return isDigit(sc(k));
}

// @ts-ignore: decorator
@inline function scAlpha(k: u32): bool {
  const b = sc(k);
  return b >= 0x41 && b <= 0x5a;
}

/** Days in month m (1-12) of year y. */
export function daysIn(m: u32, y: u32): u32 {
  if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  if (m == 4 || (m == 6 || (m == 9 || m == 11))) return 30;
  return 31;
}

/** Calendar validation. `y` is a full year, or a 2-digit one (its leap rule is y % 4). */
export function dateOk(y: u32, m: u32, d: u32): bool {
  if (m < 1 || (m > 12 || d < 1)) return false;
  if (y < 100) return d <= (m == 2 ? (y % 4 == 0 ? 29 : 28) : daysIn(m, 2001));
  return d <= daysIn(m, y);
}

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function ssnOk(area: u32, group: u32, serial: u32): bool {
  return area != 0 && (area != 666 && (area < 900 && (group != 0 && serial != 0)));
}

/** DEA registration number in scratch[0..9): registrant-type letter, letter (or 9), 7 digits with check digit. */
export function deaOk(): bool {
  if (scratchLen != 9) return false;
  const t = sc(0);
  // registrant types in use: A B C D E F G H J K L M P R S T U X
  if (!(t >= 0x41 && t <= 0x48) && (!(t >= 0x4a && t <= 0x4d) && (t != 0x50 && (t != 0x52 && (t != 0x53 && (t != 0x54
    && (t != 0x55 && t != 0x58))))))) return false;
  if (!scAlpha(1) && sc(1) != 0x39) return false;
  for (let k: u32 = 2; k < 9; k++) if (!scDigit(k)) return false;
  const s1 = (sc(2) - 0x30) + (sc(4) - 0x30) + (sc(6) - 0x30);
  const s2 = (sc(3) - 0x30) + (sc(5) - 0x30) + (sc(7) - 0x30);
  return (s1 + 2 * s2) % 10 == sc(8) - 0x30;
}

/** VIN transliteration value of an upper-case letter (I, O, Q are invalid: 99). */
function vinValue(b: u32): u32 {
  if (isDigit(b)) return b - 0x30;
  switch (b) {
    case 0x41: case 0x4a: return 1; // A J
    case 0x42: case 0x4b: case 0x53: return 2; // B K S
    case 0x43: case 0x4c: case 0x54: return 3; // C L T
    case 0x44: case 0x4d: case 0x55: return 4; // D M U
    case 0x45: case 0x4e: case 0x56: return 5; // E N V
    case 0x46: case 0x57: return 6; // F W
    case 0x47: case 0x50: case 0x58: return 7; // G P X
    case 0x48: case 0x59: return 8; // H Y
    case 0x52: case 0x5a: return 9; // R Z
    default: return 99;
  }
}

/** VIN in scratch: 17 characters without I, O, Q, check digit at position 9 (weights 8..2,10,0,9..2; 10 -> X). */
export function vinOk(): bool {
  if (scratchLen != 17) return false;
  let sum: u32 = 0;
  let letters: u32 = 0;
  for (let k: u32 = 0; k < 17; k++) {
    const b = sc(k);
    const v = vinValue(b);
    if (v == 99) return false;
    if (!isDigit(b)) letters++;
    const w: u32 = k < 7 ? 8 - k : k == 7 ? 10 : k == 8 ? 0 : 18 - k;
    sum += v * w;
  }
  if (letters == 0) return false; // 17 bare digits: not a VIN
  const c = sum % 11;
  const check = sc(8);
  return c == 10 ? check == 0x58 : check == 0x30 + c;
}

/** IBAN in scratch: country letters, 2 check digits, 11-30 alphanumerics; mod-97 of the rearranged number is 1. */
export function ibanOk(): bool {
  const n = scratchLen;
  if (n < 15 || n > 34) return false;
  if (!scAlpha(0) || (!scAlpha(1) || (!scDigit(2) || !scDigit(3)))) return false;
  let r: u32 = 0;
  for (let j: u32 = 0; j < n; j++) {
    const k = (j + 4) % n;
    const b = sc(k);
    if (isDigit(b)) r = (r * 10 + (b - 0x30)) % 97;
    else r = (r * 100 + (b - 0x41 + 10)) % 97;
  }
  return r == 1;
}

/** ABA routing number in scratch: 9 digits, valid Federal Reserve prefix, weights 3,7,1. */
export function abaOk(): bool {
  if (scratchLen != 9) return false;
  for (let k: u32 = 0; k < 9; k++) if (!scDigit(k)) return false;
  const p = (sc(0) - 0x30) * 10 + (sc(1) - 0x30);
  if (!(p <= 12 || ((p >= 21 && p <= 32) || ((p >= 61 && p <= 72) || p == 80)))) return false;
  let sum: u32 = 0;
  for (let k: u32 = 0; k < 9; k++) {
    const w: u32 = k % 3 == 0 ? 3 : k % 3 == 1 ? 7 : 1;
    sum += w * (sc(k) - 0x30);
  }
  return sum % 10 == 0;
}

// @ts-ignore: decorator
@inline function mbiLetter(b: u32): bool {
  // A-Z without S L O I B Z
  return b >= 0x41 && (b <= 0x5a && (b != 0x53 && (b != 0x4c && (b != 0x4f && (b != 0x49 && (b != 0x42 && b != 0x5a))))));
}

/** Medicare Beneficiary Identifier in scratch: C A AN N A AN N A A N N (C = 1-9; letters without S L O I B Z). */
export function mbiOk(): bool {
  if (scratchLen != 11) return false;
  const c0 = sc(0);
  if (c0 < 0x31 || c0 > 0x39) return false;
  if (!mbiLetter(sc(1)) || (!mbiLetter(sc(4)) || (!mbiLetter(sc(7)) || !mbiLetter(sc(8))))) return false;
  if (!scDigit(3) || (!scDigit(6) || (!scDigit(9) || !scDigit(10)))) return false;
  if (!(scDigit(2) || mbiLetter(sc(2))) || !(scDigit(5) || mbiLetter(sc(5)))) return false;
  return true;
}

/** NPI in scratch: 10 digits starting 1 or 2, Luhn over "80840" + NPI (the prefix contributes 24). */
export function npiOk(): bool {
  if (scratchLen != 10) return false;
  if (sc(0) != 0x31 && sc(0) != 0x32) return false;
  let sum: u32 = 24;
  let dbl = false;
  for (let k: i32 = 9; k >= 0; k--) {
    const b = sc(<u32>k);
    if (!isDigit(b)) return false;
    sum += luhnDigit(b - 0x30, dbl);
    dbl = !dbl;
  }
  return sum % 10 == 0;
}
