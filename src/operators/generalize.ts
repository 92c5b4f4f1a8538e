// Why this file exists: Safe Harbor generalisations: ages over 89 become "90+", ZIPs keep their 3-digit prefix (or
// "000" for the sparsely populated prefixes), dates keep their year only.

import { isDigit, isWordChar } from "./text.js";

/** 3-digit ZIP prefixes whose areas hold 20,000 people or fewer (45 CFR 164.514(b)(2)(i)(B), 2000 Census). */
export const RESTRICTED_ZIP3 = new Set([
  "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893",
]);

/** "02114-2696" -> "021"; restricted prefixes -> "000"; undefined when the value holds no 5-digit ZIP. */
export function generalizeZip(value: string): string | undefined {
  let i = 0;
  while (i < value.length && !isDigit(value.charCodeAt(i))) i++;
  const start = i;
  while (i < value.length && isDigit(value.charCodeAt(i))) i++;
  if (i - start !== 5 && i - start !== 9) return undefined; // a ZIP is 5 digits (or ZIP+4 written without its dash)
  const prefix = value.slice(start, start + 3);
  return RESTRICTED_ZIP3.has(prefix) ? "000" : prefix;
}

/** Number words (English and Spanish) with the value they add; "hundred" multiplies instead. */
const NUMBER_WORDS = new Map<string, number>();
[
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
].forEach((w, i) => NUMBER_WORDS.set(w, i));
["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].forEach((w, i) => NUMBER_WORDS.set(w, 20 + 10 * i));
[
  "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
  "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
].forEach((w, i) => NUMBER_WORDS.set(w, i));
NUMBER_WORDS.set("una", 1).set("un", 1).set("dieciseis", 16);
["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"].forEach((w, i) => NUMBER_WORDS.set(w, 30 + 10 * i));
NUMBER_WORDS.set("cien", 100).set("ciento", 100);
const CONNECTORS = new Set(["and", "y"]);

/** Parses "ninety-two", "one hundred and three", "noventa y dos", "ciento dos"; undefined otherwise. */
export function parseNumberWords(words: readonly string[]): number | undefined {
  let total = 0;
  let any = false;
  for (const w of words) {
    if (CONNECTORS.has(w)) continue;
    if (w === "hundred") total = (total === 0 ? 1 : total) * 100;
    else {
      const v = NUMBER_WORDS.get(w);
      if (v === undefined) return undefined;
      total += v;
    }
    any = true;
  }
  return any ? total : undefined;
}

/**
 * Replaces the number of an age mention by "90+" when it is over 89 ("92 y/o" -> "90+ y/o", "aged 92" -> "aged 90+",
 * "ninety-two years old" -> "90+ years old", "noventa y dos años" -> "90+ años"); ages up to 89 are not
 * identifiers and stay. Undefined when no age
 * number can be read (the caller then fails closed).
 */
export function generalizeAge(value: string): string | undefined {
  // digits first
  for (let i = 0; i < value.length; i++) {
    if (!isDigit(value.charCodeAt(i))) continue;
    let j = i;
    while (j < value.length && (isDigit(value.charCodeAt(j)) || value[j] === ".")) j++;
    const n = Number(value.slice(i, j));
    if (!Number.isFinite(n)) return undefined;
    return n > 89 ? value.slice(0, i) + "90+" + value.slice(j) : value;
  }
  // number words: the longest run of number words
  let start = -1;
  let end = -1;
  const ws: string[] = [];
  const lastWordEnd: number[] = [];
  let i = 0;
  while (i < value.length) {
    if (!isWordChar(value.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < value.length && isWordChar(value.charCodeAt(i))) i++;
    const w = value.slice(s, i).toLowerCase();
    const isNum = NUMBER_WORDS.has(w) || w === "hundred" || (CONNECTORS.has(w) && ws.length > 0);
    const gap = start < 0 ? "" : value.slice(end, s);
    if (isNum && (start < 0 || gap.trim() === "" || gap === "-")) {
      if (start < 0) start = s;
      end = i;
      ws.push(w);
      lastWordEnd.push(i);
    } else if (start >= 0) break;
  }
  if (start < 0) return undefined;
  while (ws.length > 0 && CONNECTORS.has(ws[ws.length - 1]!)) {
    // a trailing "and"/"y" is not part of the number: give it back
    ws.pop();
    lastWordEnd.pop();
    end = lastWordEnd[lastWordEnd.length - 1] ?? end;
  }
  const n = parseNumberWords(ws);
  if (n === undefined) return undefined;
  return n > 89 ? value.slice(0, start) + "90+" + value.slice(end) : value;
}
