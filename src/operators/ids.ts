// Why this file exists: validators and keyed generators for identifiers with check digits or fixed grammars (SSN,
// payment cards, NPI, DEA, VIN, MBI, IBAN, ABA), so surrogate IDs keep their format and still pass validation.

import type { KeyedStream } from "../crypto/keys.js";

const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
export function isAlnumCode(c: number): boolean {
  return isDigitCode(c) || isUpper(c) || isLower(c);
}
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** The ASCII letters and digits of `s`, upper-cased ("1EG4-TE5-MK73" -> "1EG4TE5MK73"). */
export function compact(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAlnumCode(c)) out += isLower(c) ? String.fromCharCode(c - 32) : s[i];
  }
  return out;
}

/** Writes the characters of `chars` into the letter/digit positions of `model`, keeping its separators and case. */
export function reshape(model: string, chars: string): string {
  let out = "";
  let j = 0;
  for (let i = 0; i < model.length; i++) {
    const c = model.charCodeAt(i);
    if (isAlnumCode(c) && j < chars.length) {
      const n = chars[j++]!;
      out += isLower(c) ? n.toLowerCase() : n;
    } else out += model[i];
  }
  return out;
}

// ---- validators -------------------------------------------------------------------------------------------------

/** Luhn (mod 10) over a digit string, check digit last. */
export function luhnValid(d: string): boolean {
  if (!allDigits(d) || d.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

function luhnCheckDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return String(c);
  return "0";
}

/** SSN rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function ssnValid(d: string): boolean {
  if (d.length !== 9 || !allDigits(d)) return false;
  const area = Number(d.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && d.slice(3, 5) !== "00" && d.slice(5) !== "0000";
}

/** NPI: 10 digits starting 1 or 2; Luhn over "80840" + NPI. */
export function npiValid(d: string): boolean {
  return d.length === 10 && allDigits(d) && (d[0] === "1" || d[0] === "2") && luhnValid("80840" + d);
}

/** DEA: 2 letters + 7 digits; (d1+d3+d5 + 2*(d2+d4+d6)) mod 10 == d7. */
export function deaValid(s: string): boolean {
  if (s.length !== 9 || !isUpper(s.charCodeAt(0)) || !isUpper(s.charCodeAt(1)) || !allDigits(s.slice(2))) return false;
  const d = (i: number): number => s.charCodeAt(2 + i) - 48;
  return (d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5))) % 10 === d(6);
}

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (isDigitCode(c)) return c - 48;
  return [1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9][c - 65]!;
}
function vinCheck(v: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += vinValue(v[i]!) * VIN_WEIGHTS[i]!;
  const r = sum % 11;
  return r === 10 ? "X" : String(r);
}
/** VIN: 17 characters without I, O, Q; position 9 is the mod-11 check digit. */
export function vinValid(v: string): boolean {
  if (v.length !== 17) return false;
  for (let i = 0; i < 17; i++) if (VIN_CHARS.indexOf(v[i]!) < 0) return false;
  return vinCheck(v) === v[8];
}

const MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"; // A-Z without S L O I B Z
const MBI_PATTERN = "CAPNAPNAANN"; // C: 1-9, A: letter, N: digit, P: letter or digit
/** Medicare MBI: 11 characters following C A AN N A AN N A A N N (letters exclude S L O I B Z). */
export function mbiValid(s: string): boolean {
  if (s.length !== 11) return false;
  for (let i = 0; i < 11; i++) {
    const ch = s[i]!;
    const p = MBI_PATTERN[i]!;
    const digit = isDigitCode(ch.charCodeAt(0));
    const letter = MBI_LETTERS.indexOf(ch) >= 0;
    if (p === "C" && !(digit && ch !== "0")) return false;
    if (p === "A" && !letter) return false;
    if (p === "N" && !digit) return false;
    if (p === "P" && !(digit || letter)) return false;
  }
  return true;
}

function mod97(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) r = (r * 10 + (c - 48)) % 97;
    else r = (r * 100 + (c - 55)) % 97; // A=10 ... Z=35
  }
  return r;
}
/** IBAN: 2-letter country, 2 check digits, 11-30 alphanumerics; mod 97 of the rearranged number is 1. */
export function ibanValid(s: string): boolean {
  if (s.length < 15 || s.length > 34) return false;
  if (!isUpper(s.charCodeAt(0)) || !isUpper(s.charCodeAt(1)) || !allDigits(s.slice(2, 4))) return false;
  for (let i = 4; i < s.length; i++) if (!isAlnumCode(s.charCodeAt(i)) || isLower(s.charCodeAt(i))) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** ABA routing number: 9 digits, 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) divisible by 10. */
export function abaValid(d: string): boolean {
  if (d.length !== 9 || !allDigits(d)) return false;
  const v = (i: number): number => d.charCodeAt(i) - 48;
  return (3 * (v(0) + v(3) + v(6)) + 7 * (v(1) + v(4) + v(7)) + (v(2) + v(5) + v(8))) % 10 === 0;
}

// ---- generators -------------------------------------------------------------------------------------------------

function digits(rng: KeyedStream, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += DIGITS[rng.int(10)]!;
  return s;
}

export function genSsn(rng: KeyedStream): string {
  for (;;) {
    const d = digits(rng, 9);
    if (ssnValid(d)) return d;
  }
}

export function genLuhn(rng: KeyedStream, first: string, length: number): string {
  const body = first + digits(rng, length - 2);
  return body + luhnCheckDigit(body);
}

export function genNpi(rng: KeyedStream): string {
  const body = String(1 + rng.int(2)) + digits(rng, 8);
  for (let c = 0; c < 10; c++) if (npiValid(body + c)) return body + c;
  return body + "0"; // unreachable: exactly one check digit fits
}

export function genDea(rng: KeyedStream, first: string): string {
  const body = first + LETTERS[rng.int(26)]! + digits(rng, 6);
  const d = (i: number): number => body.charCodeAt(2 + i) - 48;
  return body + String((d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5))) % 10);
}

export function genVin(rng: KeyedStream): string {
  let v = "";
  for (let i = 0; i < 17; i++) {
    // position 10 (model year) never uses U, Z or 0
    let ch = VIN_CHARS[rng.int(VIN_CHARS.length)]!;
    while (i === 9 && (ch === "U" || ch === "Z" || ch === "0")) ch = VIN_CHARS[rng.int(VIN_CHARS.length)]!;
    v += i === 8 ? "0" : ch;
  }
  return v.slice(0, 8) + vinCheck(v) + v.slice(9);
}

export function genMbi(rng: KeyedStream): string {
  let s = "";
  for (const p of MBI_PATTERN) {
    if (p === "C") s += String(1 + rng.int(9));
    else if (p === "A") s += MBI_LETTERS[rng.int(MBI_LETTERS.length)]!;
    else if (p === "N") s += DIGITS[rng.int(10)]!;
    else s += rng.int(2) === 0 ? DIGITS[rng.int(10)]! : MBI_LETTERS[rng.int(MBI_LETTERS.length)]!;
  }
  return s;
}

/** An IBAN of the same country and shape (letters where the original has letters), with valid check digits. */
export function genIban(rng: KeyedStream, model: string): string {
  let bban = "";
  for (let i = 4; i < model.length; i++) bban += isDigitCode(model.charCodeAt(i)) ? DIGITS[rng.int(10)]! : LETTERS[rng.int(26)]!;
  const cc = model.slice(0, 2);
  const check = 98 - mod97(bban + cc + "00");
  return cc + String(check).padStart(2, "0") + bban;
}

export function genAba(rng: KeyedStream): string {
  const prefixes = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31"];
  const body = rng.pick(prefixes) + digits(rng, 6);
  for (let c = 0; c < 10; c++) if (abaValid(body + c)) return body + c;
  return body + "0"; // unreachable
}

/** Random characters of the same classes: digit for digit, letter for letter (a leading non-zero digit stays so). */
export function genShape(rng: KeyedStream, model: string): string {
  let s = "";
  for (let i = 0; i < model.length; i++) {
    const c = model.charCodeAt(i);
    if (isDigitCode(c)) s += i === 0 && c !== 48 ? String(1 + rng.int(9)) : DIGITS[rng.int(10)]!;
    else s += LETTERS[rng.int(26)]!;
  }
  return s;
}

/** Which validated format a compact identifier follows (the first that fits), for tests and surrogates. */
export type IdFormat = "ssn" | "mbi" | "dea" | "vin" | "iban" | "npi" | "card" | "aba" | "plain";

export function idFormat(c: string, type: string): IdFormat {
  if (type === "SSN" && c.length === 9 && allDigits(c)) return "ssn";
  if (mbiValid(c)) return "mbi";
  if (deaValid(c)) return "dea";
  if (vinValid(c)) return "vin";
  if (ibanValid(c)) return "iban";
  if (npiValid(c)) return "npi";
  if (c.length >= 12 && c.length <= 19 && luhnValid(c)) return "card";
  if (type === "ACCOUNT" && abaValid(c)) return "aba";
  return "plain";
}

/** A new compact identifier of the same format as `c`, with valid check digits where the format has them. */
export function genId(rng: KeyedStream, c: string, type: string): string {
  switch (idFormat(c, type)) {
    case "ssn":
      return genSsn(rng);
    case "mbi":
      return genMbi(rng);
    case "dea":
      return genDea(rng, c[0]!);
    case "vin":
      return genVin(rng);
    case "iban":
      return genIban(rng, c);
    case "npi":
      return genNpi(rng);
    case "card":
      return genLuhn(rng, c[0]!, c.length);
    case "aba":
      return genAba(rng);
    case "plain":
      return genShape(rng, c);
  }
}

/** Whether a surrogate of format `f` passes that format's validator (used by tests). */
export function validFor(f: IdFormat, c: string): boolean {
  switch (f) {
    case "ssn":
      return ssnValid(c);
    case "mbi":
      return mbiValid(c);
    case "dea":
      return deaValid(c);
    case "vin":
      return vinValid(c);
    case "iban":
      return ibanValid(c);
    case "npi":
      return npiValid(c);
    case "card":
      return luhnValid(c);
    case "aba":
      return abaValid(c);
    case "plain":
      return true;
  }
}
