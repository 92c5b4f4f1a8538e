// Why this file exists: realistic surrogates of the same shape and format as the original value, one generator per
// entity family; deterministic given the secret key and the value, unpredictable without the key.

import type { EntityType } from "../types.js";
import { KeyedStream } from "../crypto/keys.js";
import type { HmacSha256 } from "../crypto/sha256.js";
import { compact, genId, isAlnumCode, reshape } from "./ids.js";
import { caseLike, isDigit, isLetter, isWordChar } from "./text.js";
import { ordinalSuffix } from "./dates.js";
import {
  GIVEN_NAMES, LOCATION_KEEP, PLACE_NAMES, SAFE_DOMAINS, STREET_NAMES, STREET_TYPES, STREET_TYPES_BEFORE, SURNAMES,
} from "./surrogate-data.js";

/** Titles, honorifics and suffixes kept as written in a name ("Dr." of "Dr. Jane Roe" stays). */
const NAME_KEEP = new Set([
  // not "do"/"pa" (D.O., P.A.): they are also surnames ("Anh Do"), and a surname must never survive
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "pt", "sr", "jr", "ii", "iii", "iv", "md", "rn", "phd", "np", "dds",
  "esq", "the", "and", "of",
]);

/** Makes keyed random streams for one purpose; `attempt` re-draws when a surrogate would equal its original. */
export class SurrogateSource {
  constructor(private readonly mac: HmacSha256) {}
  stream(family: string, value: string, attempt = 0): KeyedStream {
    return new KeyedStream(this.mac, `${family}\u0000${attempt}\u0000${value}`);
  }
}

interface Span {
  start: number;
  end: number;
}

/** Splits into runs of word characters (letters of any script, inner apostrophes) and keeps everything else. */
function words(s: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < s.length &&
      (isWordChar(s.charCodeAt(i)) ||
        // an inner apostrophe ("O'Brien") with two or more letters after it; a possessive "'s" is not part of the name
        ((s[i] === "'" || s[i] === "\u2019") && i + 2 < s.length && isWordChar(s.charCodeAt(i + 1)) &&
          isWordChar(s.charCodeAt(i + 2))))
    ) {
      i++;
    }
    out.push({ start, end: i });
  }
  return out;
}

function pickOther(src: SurrogateSource, family: string, key: string, list: readonly string[]): string {
  const lower = key.toLowerCase();
  for (let attempt = 0; ; attempt++) {
    const w = src.stream(family, lower, attempt).pick(list);
    const wl = w.toLowerCase();
    // never the original, and preferably neither inside the other ("Ann" / "Annabelle"); after 64 draws any other word
    if (wl !== lower && ((!wl.includes(lower) && !lower.includes(wl)) || attempt >= 64)) return w;
  }
}

function randomLetter(src: SurrogateSource, family: string, model: string): string {
  const m = model.toUpperCase();
  for (let attempt = 0; ; attempt++) {
    const c = String.fromCharCode(65 + src.stream(family, m, attempt).int(26));
    if (c !== m) return model === m ? c : c.toLowerCase();
  }
}

/** "SMITH, JOHN A." -> "GALLARDO, CRAIG N." (with one key); initials stay initials, titles stay, case style kept per word. */
export function surrogateName(src: SurrogateSource, value: string): string {
  const ws = words(value);
  const real = ws.filter((w) => {
    const t = value.slice(w.start, w.end).toLowerCase();
    return w.end - w.start > 1 && !NAME_KEEP.has(t);
  });
  // "LAST, FIRST" only when a real name word follows the comma ("Jane Roe, MD" is FIRST LAST, credential)
  let comma = value.indexOf(",");
  if (comma >= 0 && !real.some((w) => w.start > comma)) comma = -1;
  const lastReal = comma >= 0 ? undefined : real[real.length - 1];
  const pieces: string[] = [];
  let last = 0;
  for (const w of ws) {
    const t = value.slice(w.start, w.end);
    let rep: string;
    const prev = value[w.start - 1];
    if (t.length === 1 && (t === "s" || t === "S") && (prev === "'" || prev === "\u2019")) continue; // possessive
    if (t.length === 1) rep = randomLetter(src, "NAME/initial", t);
    else if (NAME_KEEP.has(t.toLowerCase())) continue;
    else {
      const surname = comma >= 0 ? w.start < comma : w === lastReal;
      rep = caseLike(t, pickOther(src, surname ? "NAME/surname" : "NAME/given", t, surname ? SURNAMES : GIVEN_NAMES));
    }
    pieces.push(value.slice(last, w.start), rep);
    last = w.end;
  }
  pieces.push(value.slice(last));
  const out = pieces.join("");
  return out === value ? caseLike(value, pickOther(src, "NAME/surname", value, SURNAMES)) : out;
}

function randomDigits(src: SurrogateSource, family: string, model: string, attemptBase = 0): string {
  for (let attempt = attemptBase; ; attempt++) {
    const r = src.stream(family, model, attempt);
    let s = "";
    for (let i = 0; i < model.length; i++) s += i === 0 && model[0] !== "0" ? String(1 + r.int(9)) : String(r.int(10));
    if (s !== model || model.length === 0) return s;
  }
}

/** Street numbers and unit numbers get new digits; street, city and facility names new words; street types stay. */
export function surrogateLocation(src: SurrogateSource, value: string): string {
  const pieces: string[] = [];
  let last = 0;
  let i = 0;
  let changed = false;
  // collect tokens
  const toks: { start: number; end: number; kind: "num" | "word" }[] = [];
  while (i < value.length) {
    const c = value.charCodeAt(i);
    const start = i;
    if (isDigit(c)) {
      while (i < value.length && isDigit(value.charCodeAt(i))) i++;
      toks.push({ start, end: i, kind: "num" });
    } else if (isWordChar(c)) {
      while (i < value.length && (isWordChar(value.charCodeAt(i)) || value[i] === "'")) i++;
      toks.push({ start, end: i, kind: "word" });
    } else i++;
  }
  const keep = (t: { start: number; end: number }): boolean => {
    const w = value.slice(t.start, t.end);
    const lw = w.toLowerCase();
    // ordinal suffixes, kept words, and two-letter state codes ("MA") that Safe Harbor allows
    return LOCATION_KEEP.has(lw) || (w.length === 2 && w === w.toUpperCase() && isLetter(w.charCodeAt(0)));
  };
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === "num") {
      const d = value.slice(t.start, t.end);
      const rep = randomDigits(src, "LOCATION/number", d);
      pieces.push(value.slice(last, t.start), rep);
      last = t.end;
      changed = true;
      const next = toks[k + 1];
      if (next !== undefined && next.start === t.end && next.kind === "word") {
        const suf = value.slice(next.start, next.end).toLowerCase();
        if (suf === "st" || suf === "nd" || suf === "rd" || suf === "th") {
          pieces.push(caseLike(value.slice(next.start, next.end), ordinalSuffix(Number(rep))));
          last = next.end;
          k++;
        }
      }
      continue;
    }
    if (keep(t)) continue;
    // a run of replaceable words separated by single spaces or hyphens becomes one surrogate
    let e = k;
    while (
      e + 1 < toks.length && toks[e + 1]!.kind === "word" && !keep(toks[e + 1]!) && toks[e + 1]!.start - toks[e]!.end === 1 &&
      (value[toks[e]!.end] === " " || value[toks[e]!.end] === "-")
    ) {
      e++;
    }
    const runText = value.slice(t.start, toks[e]!.end);
    const after = toks[e + 1];
    const before = toks[k - 1];
    const street =
      (after !== undefined && after.kind === "word" && STREET_TYPES.has(value.slice(after.start, after.end).toLowerCase())) ||
      (before !== undefined && before.kind === "word" && STREET_TYPES_BEFORE.has(value.slice(before.start, before.end).toLowerCase()));
    const rep = caseLike(value.slice(t.start, t.end), pickOther(src, street ? "LOCATION/street" : "LOCATION/place", runText, street ? STREET_NAMES : PLACE_NAMES));
    pieces.push(value.slice(last, t.start), rep);
    last = toks[e]!.end;
    changed = true;
    k = e;
  }
  pieces.push(value.slice(last));
  if (!changed) return `${caseLike(value, pickOther(src, "LOCATION/place", value, PLACE_NAMES))} ${value}`;
  return pieces.join("");
}

/** Same digits layout; NANP numbers land in the fictional 555-01xx range with a valid area code. */
export function surrogatePhone(src: SurrogateSource, value: string): string {
  // main number = digits before the first letter after some digits (an extension "x123" / "ext. 12" follows)
  let main = "";
  let ext = "";
  let seenDigit = false;
  let inExt = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isDigit(c)) {
      seenDigit = true;
      if (inExt) ext += value[i];
      else main += value[i];
    } else if (seenDigit && isLetter(c)) inExt = true;
  }
  for (let attempt = 0; ; attempt++) {
    const r = src.stream("PHONE", main + "x" + ext, attempt);
    let nm: string;
    const nanp = main.length === 10 || (main.length === 11 && main[0] === "1");
    if (nanp) {
      let area: string;
      do area = String(2 + r.int(8)) + String(r.int(10)) + String(r.int(10));
      while (area[1] === "1" && area[2] === "1");
      nm = (main.length === 11 ? "1" : "") + area + "55501" + String(r.int(10)) + String(r.int(10));
    } else {
      // international / unknown: keep the first two digits (country code), draw the rest
      nm = main.slice(0, Math.min(2, main.length));
      for (let i = nm.length; i < main.length; i++) nm += String(r.int(10));
    }
    let ne = "";
    for (let i = 0; i < ext.length; i++) ne += String(r.int(10));
    if (nm + ne !== main + ext || main.length + ext.length === 0) return reshapeDigits(value, nm + ne);
  }
}

/** Writes `digits` into the digit positions of `model`; letters ("ext.") and separators stay. */
function reshapeDigits(model: string, digits: string): string {
  let out = "";
  let j = 0;
  for (let i = 0; i < model.length; i++) out += isDigit(model.charCodeAt(i)) && j < digits.length ? digits[j++] : model[i];
  return out;
}

/** A ZIP of the same layout (5 digits, dash, 4 digits stays so). */
export function surrogateZip(src: SurrogateSource, value: string): string {
  const c = compact(value);
  return reshape(value, randomDigits(src, "ZIP", c));
}

/** local@domain: name-like local parts from the name lists, digits redrawn, a reserved example domain. */
export function surrogateEmail(src: SurrogateSource, value: string): string {
  const at = value.lastIndexOf("@");
  if (at <= 0) return surrogateShape(src, "EMAIL", value);
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  let out = "";
  let i = 0;
  while (i < local.length) {
    const c = local.charCodeAt(i);
    const start = i;
    if (isWordChar(c)) {
      while (i < local.length && isWordChar(local.charCodeAt(i))) i++;
      const w = local.slice(start, i);
      // the same word maps as in a NAME surrogate, so "john.smith@" follows "John Smith"
      out += w.length === 1
        ? randomLetter(src, "NAME/initial", w)
        : caseLike(w, start === 0 ? pickOther(src, "NAME/given", w, GIVEN_NAMES) : pickOther(src, "NAME/surname", w, SURNAMES));
    } else if (isDigit(c)) {
      while (i < local.length && isDigit(local.charCodeAt(i))) i++;
      out += randomDigits(src, "EMAIL/digits", local.slice(start, i));
    } else {
      out += local[i];
      i++;
    }
  }
  const d = src.stream("EMAIL/domain", domain.toLowerCase()).pick(SAFE_DOMAINS);
  return `${out}@${caseLike(domain, d) === d.toUpperCase() ? d.toUpperCase() : d}`;
}

/** scheme://host/path: scheme kept, host replaced by a reserved example domain, path characters redrawn. */
export function surrogateUrl(src: SurrogateSource, value: string): string {
  const sep = value.indexOf("://");
  const hostStart = sep >= 0 ? sep + 3 : 0;
  let hostEnd = hostStart;
  while (hostEnd < value.length && value[hostEnd] !== "/" && value[hostEnd] !== "?" && value[hostEnd] !== "#") hostEnd++;
  const host = value.slice(hostStart, hostEnd);
  const port = host.indexOf(":");
  const hostName = port >= 0 ? host.slice(0, port) : host;
  const www = hostName.toLowerCase().startsWith("www.") ? hostName.slice(0, 4) : "";
  const d = src.stream("URL/host", hostName.toLowerCase()).pick(SAFE_DOMAINS);
  const path = value.slice(hostEnd);
  const newPath = path.length > 0 ? surrogateShape(src, "URL/path", path) : "";
  return value.slice(0, hostStart) + www + d + (port >= 0 ? host.slice(port) : "") + newPath;
}

/** IPv4 -> a documentation address (RFC 5737); IPv6 -> 2001:db8:: documentation prefix (RFC 3849). */
export function surrogateIp(src: SurrogateSource, value: string): string {
  const r = src.stream("IP", value.toLowerCase());
  if (value.includes(":")) {
    const hex = "0123456789abcdef";
    let g = "";
    for (let i = 0; i < 4; i++) g += hex[r.int(16)]!;
    const out = `2001:db8::${g}`;
    return value === value.toUpperCase() ? out.toUpperCase() : out;
  }
  const nets = ["192.0.2.", "198.51.100.", "203.0.113."];
  return r.pick(nets) + String(1 + r.int(254));
}

/** Letters for letters (same case), digits for digits, everything else as written. */
export function surrogateShape(src: SurrogateSource, family: string, value: string): string {
  for (let attempt = 0; ; attempt++) {
    const r = src.stream(family, value, attempt);
    let out = "";
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (isDigit(c)) out += String(r.int(10));
      else if (c >= 65 && c <= 90) out += String.fromCharCode(65 + r.int(26));
      else if (c >= 97 && c <= 122) out += String.fromCharCode(97 + r.int(26));
      else out += value[i];
    }
    if (out !== value || compact(value).length === 0) return out;
  }
}

/** Identifiers: same layout and format; SSN ranges, Luhn, NPI, DEA, VIN, MBI, IBAN and ABA checks hold. */
export function surrogateId(src: SurrogateSource, type: EntityType, value: string): string {
  const c = compact(value);
  if (c.length === 0) return surrogateShape(src, type, value);
  for (let attempt = 0; ; attempt++) {
    const n = genId(src.stream(`ID/${type}`, c, attempt), c, type);
    if (n !== c) return reshape(value, n);
  }
}

/** True when the value holds at least one letter or digit (otherwise a surrogate cannot differ in shape). */
export function hasAlnum(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isAlnumCode(value.charCodeAt(i)) || isWordChar(value.charCodeAt(i))) return true;
  return false;
}
