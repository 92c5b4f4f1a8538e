// Why this file exists: a format-preserving date parser and shifter, written by hand (no regular expressions): the
// DATE detector reports spans only, and date shifting must keep "March 3rd, 2024" in the shape "Month Dth, YYYY".

import { caseLike, isDigit, isWordChar } from "./text.js";

/** Which field a token of a date carries. */
type Role = "year" | "month" | "day" | "weekday" | "fill";

interface Tok {
  readonly start: number;
  readonly end: number;
  readonly kind: "num" | "word" | "sep";
  role: Role;
  /** num: value; word month/weekday: 1-based index. */
  value: number;
  /** num: an ordinal suffix token follows ("3rd"). */
  ordinal?: Tok;
  /** word: the name was abbreviated ("Mar", "Sept", "Tue"). */
  abbrLen?: number;
  /** word: the language of a month or weekday name (the output uses the same language). */
  lang?: Lang;
}

/** A parsed date: its fields and the tokens to rewrite. Missing fields are undefined. */
export interface ParsedDate {
  readonly year: number | undefined;
  readonly month: number | undefined;
  readonly day: number | undefined;
  /** Width of the year as written (2 or 4). */
  readonly yearDigits: number;
  /** Month and day numbers are zero-padded to 2 digits. */
  readonly padded: boolean;
  /** Where the date part ends: a time ("T14:30Z", " 14:30") from here on is kept verbatim. */
  readonly dateEnd: number;
  readonly tokens: readonly Tok[];
}

type Lang = "en" | "es";
const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
  ],
  es: [
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  ],
};
const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  es: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
};
const LANGS: readonly Lang[] = ["en", "es"];
/** Words that may sit inside a date: "14th of March", "on", "3 de mayo de 2024", "enero del 2003". */
const FILLERS = new Set(["of", "the", "on", "de", "del", "el"]);
const SUFFIXES = new Set(["st", "nd", "rd", "th"]);

interface NameHit {
  readonly index: number;
  readonly lang: Lang;
  readonly abbrLen: number | undefined;
}

/** A month name or accepted abbreviation ("sept", "jan", "ene", "setiembre"), else undefined. */
function monthOf(w: string): NameHit | undefined {
  if (w === "setiembre") return { index: 9, lang: "es", abbrLen: undefined };
  if (w === "set") return { index: 9, lang: "es", abbrLen: 3 };
  for (const lang of LANGS) {
    const names = MONTHS[lang];
    for (let i = 0; i < 12; i++) {
      const m = names[i]!;
      if (w === m) return { index: i + 1, lang, abbrLen: undefined };
      if (w.length < m.length && m.startsWith(w) && (w.length === 3 || w === "sept")) return { index: i + 1, lang, abbrLen: w.length };
    }
  }
  return undefined;
}

/** A weekday name or abbreviation ("tue", "tues", "thur", "thurs"; Spanish full names, accents optional), else undefined. */
function weekdayOf(w: string): NameHit | undefined {
  for (let i = 0; i < 7; i++) {
    const d = WEEKDAYS.en[i]!;
    if (w === d) return { index: i + 1, lang: "en", abbrLen: undefined };
    if (w.length < d.length && d.startsWith(w) && (w.length === 3 || w === "tues" || w === "thur" || w === "thurs")) {
      return { index: i + 1, lang: "en", abbrLen: w.length };
    }
  }
  const plain = w === "miercoles" ? "miércoles" : w === "sabado" ? "sábado" : w;
  const i = WEEKDAYS.es.indexOf(plain);
  return i >= 0 ? { index: i + 1, lang: "es", abbrLen: undefined } : undefined;
}

/** Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999 (fixed, so results never depend on today). */
function expandYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (inverse of daysFromCivil). */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** 1 = Monday ... 7 = Sunday. */
export function weekdayOfDays(z: number): number {
  return ((((z + 3) % 7) + 7) % 7) + 1;
}

function tokenize(s: string): Tok[] | undefined {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const start = i;
    if (isDigit(c)) {
      while (i < s.length && isDigit(s.charCodeAt(i))) i++;
      if (i - start > 8) return undefined;
      toks.push({ start, end: i, kind: "num", role: "fill", value: Number(s.slice(start, i)) });
    } else if (isWordChar(c)) {
      while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
      toks.push({ start, end: i, kind: "word", role: "fill", value: 0 });
    } else {
      while (i < s.length && !isDigit(s.charCodeAt(i)) && !isWordChar(s.charCodeAt(i))) i++;
      toks.push({ start, end: i, kind: "sep", role: "fill", value: 0 });
    }
  }
  return toks;
}

/** Options of the parser. */
export interface DateParseOptions {
  /** Read ambiguous numeric dates day first ("03/04/2024" is 3 April). Default false (US month first). */
  readonly dayFirst?: boolean;
}

/**
 * Parses the date in `s` (the whole string is the date, as a detector reported it), or returns undefined.
 * Accepts numeric (3/14/2024, 03/14/24, 3/14, 2024-03-14, 14.03.2024, 20240314), named-month (Mar 14, 2024;
 * 14-Mar-2024; 14 MAR 24; March 14th; 14th of March; 2nd of Apr.; 20th Oct., 89; March 2024), ISO with a time
 * (2024-03-14T14:30Z; the time is kept), a leading or trailing weekday, and a bare year (1998).
 */
export function parseDate(s: string, options: DateParseOptions = {}): ParsedDate | undefined {
  const all = tokenize(s);
  if (all === undefined) return undefined;
  // Cut off a time: "T" between digits, a number followed by ':' or by am/pm (with "at" before it).
  let cut = all.length;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (t.kind === "word" && s.slice(t.start, t.end) === "T" && i > 0 && all[i - 1]!.kind === "num" && all[i + 1]?.kind === "num") {
      cut = i;
      break;
    }
    const next = all[i + 1];
    const ampm = (w: Tok | undefined): boolean => {
      if (w?.kind !== "word") return false;
      const x = s.slice(w.start, w.end).toLowerCase();
      return x === "am" || x === "pm";
    };
    const clock =
      t.kind === "num" &&
      ((next?.kind === "sep" && s.charCodeAt(next.start) === 58) /* 14:30 */ ||
        ampm(next) /* 2pm */ ||
        (next?.kind === "sep" && s.slice(next.start, next.end) === " " && ampm(all[i + 2])) /* 2 pm */);
    if (clock) {
      cut = i;
      // "at 14:30": the word "at" before the time belongs to the time
      if (i >= 2 && all[i - 1]!.kind === "sep" && all[i - 2]!.kind === "word" && s.slice(all[i - 2]!.start, all[i - 2]!.end).toLowerCase() === "at") {
        cut = i - 2;
      }
      break;
    }
  }
  const toks = all.slice(0, cut);
  const dateEnd = cut < all.length ? all[cut]!.start : s.length;
  const nums: Tok[] = [];
  let monthTok: Tok | undefined;
  let weekdayTok: Tok | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === "num") {
      nums.push(t);
      continue;
    }
    if (t.kind !== "word") continue;
    const w = s.slice(t.start, t.end).toLowerCase();
    const prev = toks[i - 1];
    if (prev?.kind === "num" && SUFFIXES.has(w) && prev.ordinal === undefined) {
      prev.ordinal = t;
      continue;
    }
    const m = monthTok === undefined ? monthOf(w) : undefined;
    if (m !== undefined) {
      monthTok = t;
      t.role = "month";
      t.value = m.index;
      t.abbrLen = m.abbrLen;
      t.lang = m.lang;
      continue;
    }
    const d = weekdayTok === undefined ? weekdayOf(w) : undefined;
    if (d !== undefined) {
      weekdayTok = t;
      t.role = "weekday";
      t.value = d.index;
      t.abbrLen = d.abbrLen;
      t.lang = d.lang;
      continue;
    }
    if (FILLERS.has(w)) continue;
    return undefined; // an unknown word: not a date we understand
  }
  if (nums.length > 3) return undefined;
  let year: Tok | undefined;
  let month: Tok | undefined;
  let day: Tok | undefined;
  const apostrophe = (t: Tok): boolean => t.start > 0 && (s[t.start - 1] === "'" || s[t.start - 1] === "\u2019");

  if (monthTok !== undefined) {
    const rest: Tok[] = [];
    for (const n of nums) {
      if (n.ordinal !== undefined) {
        if (day !== undefined) return undefined;
        day = n;
      } else if (n.end - n.start === 4 || apostrophe(n)) {
        if (year !== undefined) return undefined;
        year = n;
      } else rest.push(n);
    }
    for (const n of rest) {
      const w = n.end - n.start;
      if (day === undefined && w <= 2 && n.value >= 1 && n.value <= 31) day = n;
      else if (year === undefined && w === 2) year = n;
      else return undefined;
    }
  } else {
    if (nums.some((n) => n.ordinal !== undefined)) return undefined;
    const w = nums.map((n) => n.end - n.start);
    const dayFirst = options.dayFirst === true;
    if (nums.length === 3) {
      if (w[0] === 4) [year, month, day] = nums;
      else if ((w[2] === 4 || w[2] === 2) && w[0]! <= 2 && w[1]! <= 2) {
        const a = nums[0]!.value;
        const b = nums[1]!.value;
        if (a > 12 && b <= 12) [day, month, year] = nums;
        else if (b > 12 && a <= 12) [month, day, year] = nums;
        else [month, day, year] = dayFirst ? [nums[1], nums[0], nums[2]] : nums;
      } else return undefined;
    } else if (nums.length === 2) {
      if (w[0] === 4 && w[1]! <= 2) [year, month] = nums;
      else if (w[1] === 4 && w[0]! <= 2) [month, year] = nums;
      else if (w[0]! <= 2 && w[1]! <= 2) {
        const a = nums[0]!.value;
        const b = nums[1]!.value;
        if (a > 12 && b <= 12) [day, month] = nums;
        else if (b > 12 && a <= 12) [month, day] = nums;
        else [month, day] = dayFirst ? [nums[1], nums[0]] : nums;
      } else return undefined;
    } else if (nums.length === 1) {
      const n = nums[0]!;
      if (w[0] === 8 && weekdayTok === undefined) {
        // YYYYMMDD: split into three synthetic tokens
        const v = s.slice(n.start, n.end);
        year = { start: n.start, end: n.start + 4, kind: "num", role: "year", value: Number(v.slice(0, 4)) };
        month = { start: n.start + 4, end: n.start + 6, kind: "num", role: "month", value: Number(v.slice(4, 6)) };
        day = { start: n.start + 6, end: n.start + 8, kind: "num", role: "day", value: Number(v.slice(6, 8)) };
        const idx = toks.indexOf(n);
        toks.splice(idx, 1, year, month, day);
      } else if (w[0] === 4) year = n;
      else return undefined;
    } else if (weekdayTok === undefined) return undefined;
    // else: a weekday alone ("Thursday"): it moves with the offset
  }
  if (year !== undefined) year.role = "year";
  if (month !== undefined) month.role = "month";
  if (day !== undefined) day.role = "day";
  const monthNum = monthTok?.value ?? month?.value;
  const yearDigits = year === undefined ? 4 : year.end - year.start;
  if (yearDigits !== 2 && yearDigits !== 4) return undefined;
  const yearVal = year === undefined ? undefined : yearDigits === 2 ? expandYear(year.value) : year.value;
  const weekdayOnly = weekdayTok !== undefined && monthNum === undefined && yearVal === undefined && day === undefined;
  if (!weekdayOnly && monthNum === undefined && (day !== undefined || yearVal === undefined)) return undefined;
  if (monthNum !== undefined && (monthNum < 1 || monthNum > 12)) return undefined;
  if (day !== undefined && (day.value < 1 || day.value > daysInMonth(yearVal ?? 2000, monthNum!))) return undefined;
  if (!weekdayOnly && day === undefined && weekdayTok !== undefined) return undefined; // "Tuesday, March 2024" is not a date
  if (yearVal !== undefined && yearDigits === 4 && yearVal < 1000) return undefined;
  // Ordinal suffix must fit the number ("3rd", not "3th")? Accept any: writers err; we rewrite it correctly.
  const numeric = [month, day].filter((t): t is Tok => t !== undefined && t.kind === "num");
  // Zero padding only on evidence: a leading zero, or a year-first numeric form (ISO, YYYYMMDD). "12/25/2024" gives
  // none, so its shift is written "1/4/2025".
  const padded =
    numeric.some((t) => t.end - t.start === 2 && s.charCodeAt(t.start) === 48) ||
    (year !== undefined && month !== undefined && month.kind === "num" && toks.indexOf(year) < toks.indexOf(month));
  return {
    year: yearVal,
    month: monthNum,
    day: day?.value,
    yearDigits,
    padded,
    dateEnd,
    tokens: toks,
  };
}

export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return "th";
  switch (n % 10) {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
  }
}

function nameLike(model: string, full: string, abbrLen: number | undefined): string {
  let name = full;
  if (abbrLen !== undefined) {
    // "Sept", "Tues", "Thur(s)" keep their length only where that abbreviation exists; others are 3 letters
    if (abbrLen === 4 && (full === "september" || full === "septiembre" || full === "tuesday" || full === "thursday")) {
      name = full.slice(0, 4);
    } else if (abbrLen === 5 && full === "thursday") name = "thurs";
    else name = full.slice(0, 3);
  }
  return caseLike(model, name);
}

/**
 * Rewrites a parsed date moved by `offsetDays`, keeping every separator, word order, case style, abbreviation,
 * zero padding, year width and ordinal suffix; a weekday name moves by the same offset.
 * Year-less dates are shifted within leap year 2000; month-year dates via their 15th; a bare year via 2 July.
 */
export function shiftDate(s: string, p: ParsedDate, offsetDays: number): string {
  const y0 = p.year ?? 2000;
  const m0 = p.month ?? 7;
  const d0 = p.day ?? (p.month === undefined ? 2 : 15);
  const z = daysFromCivil(y0, m0, d0) + offsetDays;
  const [y, m, d] = civilFromDays(z);
  // A weekday moves with the offset (so a year-less "Tue, Mar 14" stays consistent with the shifted date).
  const shiftWeekday = (w: number): number => ((((w - 1 + offsetDays) % 7) + 7) % 7) + 1;
  const pieces: string[] = [];
  let last = 0;
  for (const t of p.tokens) {
    let rep: string | undefined;
    if (t.role === "year") rep = p.yearDigits === 2 ? String(((y % 100) + 100) % 100).padStart(2, "0") : String(y).padStart(4, "0");
    else if (t.role === "month") {
      rep = t.kind === "word" ? nameLike(s.slice(t.start, t.end), MONTHS[t.lang ?? "en"][m - 1]!, t.abbrLen) : p.padded ? String(m).padStart(2, "0") : String(m);
    } else if (t.role === "day") rep = p.padded ? String(d).padStart(2, "0") : String(d);
    else if (t.role === "weekday") rep = nameLike(s.slice(t.start, t.end), WEEKDAYS[t.lang ?? "en"][shiftWeekday(t.value) - 1]!, t.abbrLen);
    if (rep === undefined) continue;
    pieces.push(s.slice(last, t.start), rep);
    last = t.end;
    if (t.role === "day" && t.ordinal !== undefined) {
      const o = t.ordinal;
      pieces.push(s.slice(last, o.start), caseLike(s.slice(o.start, o.end), ordinalSuffix(d)));
      last = o.end;
    }
  }
  pieces.push(s.slice(last));
  return pieces.join("");
}

/** Keeps only the year ("March 3rd, 2024" -> "2024"), as Safe Harbor allows; undefined when the date has no year. */
export function yearOnly(p: ParsedDate): string | undefined {
  return p.year === undefined ? undefined : String(p.year);
}
