// Why this file exists: the DATE scanner: numeric m/d/y and d/m/y (2- and 4-digit years), m/d, ISO 8601 with times,
// month names and abbreviations in English and Spanish with ordinals and weekday prefixes, month + year, and bare years;
// every candidate passes calendar validation, and fractions, scores, blood pressures, versions and lone times are refused.

import { ENTITY_DATE, REASON_DATE_CUE, REASON_DATE_VALID, REASON_DATE_YEAR } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { emit } from "../matches";
import { dateOk } from "./validators";
import { dayCell43 } from "./csv";
import { theDayNoun44 } from "./ix44";
import { bareDay50b, notDay50b } from "./date50b";
import { testResult51, titre51, yearClock51 } from "./date51";
import { facilityDay53b, outDoseDay53b } from "./dt53b";
import { rangeYearLimit62, shortYearRange62 } from "./ni62";
import {
  apostropheBack, at, before, cleanEnd, digitsEnd, eqWord, isDigit, isWordish, lettersEnd, lettersStart, lower, numValue, skipBlanks,
  skipBlanksBack, clockAfterAt, punctAfter, punctAt, punctBefore, wordBefore, wordEndsAt, wordIndex,
} from "./util";

// English full, English abbreviations, "sept", Spanish full, Spanish abbreviations, "setiembre" (see monthOf).
// january february march april may june july august september october november december jan feb mar apr may jun jul
// aug sep oct nov dec sept enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
// ene feb mar abr may jun jul ago sep oct nov dic setiembre
const MONTHS = "\u0007january\u0008february\u0005march\u0005april\u0003may\u0004june\u0004july\u0006august\u0009september\u0007october\u0008november\u0008december\u0003jan\u0003feb\u0003mar\u0003apr\u0003may\u0003jun\u0003jul\u0003aug\u0003sep\u0003oct\u0003nov\u0003dec\u0004sept\u0005enero\u0007febrero\u0005marzo\u0005abril\u0004mayo\u0005junio\u0005julio\u0006agosto\u000aseptiembre\u0007octubre\u0009noviembre\u0009diciembre\u0003ene\u0003feb\u0003mar\u0003abr\u0003may\u0003jun\u0003jul\u0003ago\u0003sep\u0003oct\u0003nov\u0003dic\u0009setiembre";

// Non-ASCII letters are written as their UTF-8 bytes (one char per byte): "\u00c3\u00a9" is "é", "\u00c3\u00a1" "á".
// monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun lunes martes
// miércoles miercoles jueves viernes sábado sabado domingo
const WEEKDAYS = "\u0006monday\u0007tuesday\u0009wednesday\u0008thursday\u0006friday\u0008saturday\u0006sunday\u0003mon\u0003tue\u0004tues\u0003wed\u0003thu\u0004thur\u0005thurs\u0003fri\u0003sat\u0003sun\u0005lunes\u0006martes\u000ami\u00c3\u00a9rcoles\u0009miercoles\u0006jueves\u0007viernes\u0007s\u00c3\u00a1bado\u0006sabado\u0007domingo";

/** Words after a number that make it a quantity, not a date or year ("1/2 tab", "2000 mg"). */
// mg mcg ug g gm gr kg ml l dl cc mm cm km units unit u iu meq mmol mol tab tabs tablet tablets cap caps capsule
// capsules drops gtt puff puffs hours hour hrs hr h min mins minute minutes sec days day d weeks week wk wks months
// mo times mgs ng pg mmhg bpm cal kcal lb lbs oz ft strength dose doses score patients people mas comprimidos
// comprimido gotas horas dosis veces días dias semanas meses años bottles bottle cultures culture sets nodes views sites samples lines beats breaths vessels cores blood
const UNITS = "\u0002mg\u0003mcg\u0002ug\u0001g\u0002gm\u0002gr\u0002kg\u0002ml\u0001l\u0002dl\u0002cc\u0002mm\u0002cm\u0002km\u0005units\u0004unit\u0001u\u0002iu\u0003meq\u0004mmol\u0003mol\u0003tab\u0004tabs\u0006tablet\u0007tablets\u0003cap\u0004caps\u0007capsule\u0008capsules\u0005drops\u0003gtt\u0004puff\u0005puffs\u0005hours\u0004hour\u0003hrs\u0002hr\u0001h\u0003min\u0004mins\u0006minute\u0007minutes\u0003sec\u0004days\u0003day\u0001d\u0005weeks\u0004week\u0002wk\u0003wks\u0006months\u0002mo\u0005times\u0003mgs\u0002ng\u0002pg\u0004mmhg\u0003bpm\u0003cal\u0004kcal\u0002lb\u0003lbs\u0002oz\u0002ft\u0008strength\u0004dose\u0005doses\u0005score\u0008patients\u0006people\u0003mas\u000bcomprimidos\u000acomprimido\u0005gotas\u0005horas\u0005dosis\u0005veces\u0005d\u00c3\u00adas\u0004dias\u0007semanas\u0005meses\u0005a\u00c3\u00b1os\u0007bottles\u0006bottle\u0008cultures\u0007culture\u0004sets\u0005nodes\u0005views\u0005sites\u0007samples\u0005lines\u0005beats\u0007breaths\u0007vessels\u0005cores\u0005blood";

/** Month number (1-12) of the word [s, e), or 0. */
export function monthOf(s: u32, e: u32): u32 {
  // cheap filter first: 3-10 letters starting with a letter some month name starts with (j f m a s o n d e)
  const n = e - s;
  if (n < 3 || n > 10) return 0;
  const f = lower(at(s));
  if (f != 0x6a && (f != 0x66 && (f != 0x6d && (f != 0x61 && (f != 0x73 && (f != 0x6f && (f != 0x6e && (f != 0x64 && f != 0x65)))))))) {
    return 0;
  }
  const k = wordIndex(MONTHS, s, e);
  if (k < 0) return 0;
  let m: i32;
  if (k < 12) m = k + 1;
  else if (k < 24) m = k - 11;
  else if (k == 24) m = 9;
  else if (k < 37) m = k - 24;
  else if (k < 49) m = k - 36;
  else m = 9;
  // "may"/"mar" are ordinary words too: in lower case they only count as months when written "mayo"/"marzo"
  if (e - s == 3 && ((m == 5 || m == 3) && at(s) >= 0x61)) return 0;
  return <u32>m;
}

/** The month of the word [s, e) when it is "may" (5) or "mar" (3) in lower case, which monthOf refuses alone (see its
 * callers); 0 for any other word. */
function lowerMayMar(s: u32, e: u32): u32 {
  if (e - s != 3 || (at(s) != 0x6d || at(s + 1) != 0x61)) return 0;
  return at(s + 2) == 0x79 ? 5 : at(s + 2) == 0x72 ? 3 : 0;
}

export function isWeekday(s: u32, e: u32): bool {
  const n = e - s;
  if (n < 3 || n > 10) return false;
  return wordIndex(WEEKDAYS, s, e) >= 0;
}

/** True when a unit word or '%' follows e ("1/2 tab", "2000 mg", "4/5 strength"). */
export function unitAfter(e: u32): bool {
  if (at(e) == 0x25) return true;
  const s = skipBlanks(e, 2);
  if (at(s) == 0x25) return true;
  let w = s;
  while (w < s + 12 && isWordish(at(w))) w++;
  if (w == s || (w - s > 10 || isWordish(at(w)))) return false;
  return wordIndex(UNITS, s, w) >= 0;
}

/** End of an ordinal suffix at p ("st", "nd", "rd", "th", "º", "ª"), or p. */
export function ordinalEnd(p: u32): u32 {
  const b = at(p) | 0x20;
  const c = at(p + 1) | 0x20;
  if (((b == 0x73 && c == 0x74) || ((b == 0x6e && c == 0x64) || ((b == 0x72 && c == 0x64) || (b == 0x74 && c == 0x68))))
    && !isWordish(at(p + 2))) return p + 2;
  if (at(p) == 0xc2 && (at(p + 1) == 0xba || at(p + 1) == 0xaa)) return p + 2;
  return p;
}

/** End of a time after a date at e ("T14:30", " 14:30:05", "T14:30:00.123Z", " 2:30 pm"), or e. */
function timeAfter(e: u32): u32 {
  let p = e;
  const b = at(p);
  // (stop 45, id45: the 'T' in lower case too, as lower-case notes write a time stamp: "2099-03-14t01:12")
  if (b == 0x54 || (b == 0x20 || (b == 0x74 && isDigit(at(p + 1))))) p++;
  else return e;
  const h = digitsEnd(p);
  if (h - p < 1 || (h - p > 2 || at(h) != 0x3a)) return e;
  const m = digitsEnd(h + 1);
  if (m - h - 1 != 2) return e;
  if (numValue(p, h) > 24 || numValue(h + 1, m) > 59) return e;
  let q = m;
  if (at(q) == 0x3a && isDigit(at(q + 1))) {
    const s = digitsEnd(q + 1);
    if (s - q - 1 != 2) return e;
    q = s;
    if (at(q) == 0x2e && isDigit(at(q + 1))) q = digitsEnd(q + 1);
  }
  const z = at(q);
  if (z == 0x5a) q++;
  else if ((z == 0x2b || z == 0x2d) && isDigit(at(q + 1))) {
    const o = digitsEnd(q + 1);
    if (o - q - 1 == 4) q = o;
    else if (o - q - 1 == 2) {
      q = o;
      if (at(q) == 0x3a && digitsEnd(q + 1) - q - 1 == 2) q += 3;
    }
  } else {
    // " 2:30 pm"
    const s = skipBlanks(q, 1);
    if (meridiemAt(s)) q = s + 2;
  }
  return q;
}

/** Start of a weekday word before s ("Monday, March 3"), or s. */
function weekdayBefore(s: u32): u32 {
  let k = skipBlanksBack(s, 2);
  if (before(k) == 0x2c) k = skipBlanksBack(k - 1, 2);
  if (k == s && s > 0) return s;
  let w = k;
  if (before(w) == 0x2e) w--; // "Mon."
  const ws = lettersStart(w);
  if (ws < w && (!isWordish(before(ws)) && isWeekday(ws, w))) return ws;
  return s;
}

/**
 * (stop 29) A weekday, then the date in parentheses right before ts: "last Thursday (2/12)", "on Mon (3/5)". The
 * weekday says the numbers are a day, as "Tue 3/5" does (weekdayBefore); the date is reported on its own.
 */
function weekdayThenParen(ts: u32): bool {
  const k = skipBlanksBack(ts, 1);
  if (before(k) != 0x28) return false;
  const w = weekdayBefore(k - 1);
  return w != k - 1;
}

/**
 * A day of month right after a month name at p ("March 3rd", "Mar. 14,"): the date is month first, so a number before
 * the month ("Apt 4 March 3rd, 2024") is not its day.
 */
function dayAfterMonth(p: u32, m: u32): bool {
  let r = p;
  if (at(r) == 0x2e) r++;
  const r0 = r;
  r = skipBlanks(r, 2);
  if (r == r0) return false;
  const d = digitsEnd(r);
  if (d - r < 1 || d - r > 2) return false;
  const e = ordinalEnd(d);
  if (isAlpha(at(e)) || (isDigit(at(e)) || !dateOk(2000, m, numValue(r, d)))) return false;
  // a day says so by its ordinal ("3rd") or by a year after it ("3, 2024"); "14 MAR 24" ends in a year
  return e > d || (punctAfter(d) == 0x2c && yearAfterMonth(d) != 0);
}

/** A year after a month name at p: "[.][,] 2024", " de 2024", "-2024", " '89", ", 89"; returns its end or 0. */
function yearAfterMonth(p: u32): u32 {
  let r = p;
  if (at(r) == 0x2e) r++;
  let sep = false;
  // (the comma glued or written apart: "March 3, 2024", "March 3 , 2024")
  if (punctAfter(r) == 0x2c) {
    r = punctAt(r) + 1;
    sep = true;
  }
  if (at(r) == 0x2d || at(r) == 0x2f) {
    r++;
    sep = true;
  }
  const r0 = r;
  r = skipBlanks(r, 2);
  if (r > r0) sep = true;
  if (!sep) return 0;
  if (eqWord(r, lettersEnd(r), "de") || eqWord(r, lettersEnd(r), "of")) r = skipBlanks(lettersEnd(r), 2);
  if (at(r) == 0x27) r++;
  const y = digitsEnd(r);
  const n = y - r;
  if ((n == 4 || n == 2) && (cleanEnd(y) && !unitAfter(y))) {
    if (n == 4) {
      const v = numValue(r, y);
      if (v < 1800 || v > 2199) return 0;
    }
    return y;
  }
  return 0;
}

function put(s: u32, e: u32, cued: bool, score: u32): u32 {
  emit(s, e, ENTITY_DATE, cued ? REASON_DATE_CUE : REASON_DATE_VALID, cued && score < 950 ? score + 50 : score);
  return e;
}

/**
 * (thirteenth round) A full ISO date ("YYYY-MM-DD") and a comma right before ts: the number at ts opens a CSV row's next
 * field, no thousands group ("Bao,1990-02-14,2025-01-07 09:20").
 */
export function isoFieldBefore(ts: u32): bool {
  if (ts < 11 || before(ts) != 0x2c) return false;
  const s = ts - 11;
  if (s > 0 && isWordish(at(s - 1))) return false;
  for (let i: u32 = 0; i < 10; i++) {
    const b = at(s + i);
    if (i == 4 || i == 7 ? b != 0x2d : !isDigit(b)) return false;
  }
  return true;
}

/**
 * Called at the first digit `ts` of a clean numeric token; `cued` when a date cue (DOB, date, fecha...) precedes.
 * Emits one DATE finding and returns its end, or returns 0.
 */
export function scanDate(ts: u32, cued: bool): u32 {
  const a = digitsEnd(ts);
  const na = a - ts;
  if (na == 0 || (na > 4 || na == 3)) return 0;
  const va = numValue(ts, a);
  const sep = at(a);
  if (na <= 2 && isAlpha(sep)) {
    const g = gluedDateEnd(ts, a, va, cued);
    if (g != 0) return put(ts, g, cued, 900);
    // (clinical round 28) two such days joined by a dash, a stay's range: "09MAR2099-13MAR2099"
    const r = gluedRange37(ts, a, va, cued);
    if (r != 0) return put(rangeStart, r, cued, 900);
  }
  if ((sep == 0x2d || (sep == 0x2f || sep == 0x2e)) && isDigit(at(a + 1))) {
    const b = digitsEnd(a + 1);
    const nb = b - a - 1;
    // month name, day and year joined by dashes: "JAN-03-2095", "Mar-14-24"
    if (sep == 0x2d && (na <= 2 && (nb == 4 || nb == 2))) {
      const ms = monthDashBefore(ts, va);
      if (ms != ts && (cleanEnd(b) && !unitAfter(b))) return put(ms, b, cued, 900);
    }
    // month/year: "12/2004", "03-2005", "03.2019" (a 4-digit year after a month, nothing after it)
    if (nb == 4 && (na <= 2 && ((sep == 0x2f || na == 2) && !(at(b) == sep && isDigit(at(b + 1)))))) {
      const vy = numValue(a + 1, b);
      // (clinical round 28) a range of two months joined by a dash, as service, deployment and employment histories
      // write them: "03/2015-06/2019" (a phone number's shape before; the later month second)
      if (!cleanEnd(b) && (va >= 1 && (va <= 12 && (vy >= 1900 && vy <= 2099)))) {
        const r = monthYearRange37(b, va, vy, sep);
        if (r != 0) {
          put(ts, b, cued, 800);
          return put(rangeStart, r, cued, 800);
        }
      }
      // (stop 44, id44: a year 2100-2199 after a month of two digits, as date-shifted records write one, "RE-EVALUATE
      // 03/2100"; "1/2100" keeps the older limit)
      if (va < 1 || (va > 12 || (vy < 1900 || (vy > (na == 2 ? 2199 : 2099) || (!cleanEnd(b) || unitAfter(b)))))) return 0;
      if (va == 1 && (vy % 500 == 0 || vy == 2048)) return 0; // "1/2000", "1/2048": dilutions and titres
      return put(ts, b, cued, 800);
    }
    if (nb < 1 || nb > 2) return 0;
    const vb = numValue(a + 1, b);
    const third = at(b) == sep && isDigit(at(b + 1));
    if (na == 4) {
      // year first (ISO 8601 and its slash/dot variants)
      if (!third) return yearMonthEnd(ts, a, b, cued);
      const c = digitsEnd(b + 1);
      if (c - b - 1 < 1 || c - b - 1 > 2) return 0;
      if (va < 1800 || !dateOk(va, vb, numValue(b + 1, c))) return 0;
      const e = timeAfter(c);
      // (thirteenth round) a comma and a digit after a full "YYYY-MM-DD" are a CSV row's next field, never a
      // thousands group: "Nguyen,Bao,1990-02-14,2025-01-07 09:20"
      if (!cleanEnd(e) && !(e == c && (at(e) == 0x2c && (c - b == 3 && b - a == 3)))) return 0;
      noteMonth46 = vb;
      noteMonthEnd46 = e;
      return put(ts, e, cued, 950);
    }
    if (third) {
      // (one-digit parts between dots, "3.5.19", read as a version unless a date cue or "on/since" labels them)
      const e = fullDateEnd(ts, sep, cued || (temporalBefore(ts) || sep == 0x2e && dotColumn45(ts)));
      if (e == 0) return 0;
      if (cleanEnd(e)) {
        // (stop 46) the month a note's full dates name (noteMonthDay46): month first, or second after a day over 12
        noteMonth46 = va <= 12 ? va : vb;
        noteMonthEnd46 = e;
        return put(ts, e, cued, 900);
      }
      // a range written with a dash and no blanks: "2/2/05-2/5/05", "03/12/2019–03/19/2019"
      const s2 = dashEnd(e);
      const e2 = s2 != 0 ? fullDateEnd(s2, sep, false) : 0;
      if (e2 == 0 || !cleanEnd(e2)) return 0;
      put(ts, e, cued, 900);
      return put(s2, e2, cued, 900);
    }
    // (twelfth round) a month name and a range of its days joined by a dash: "May 3-10", "Jan 4-9, 2023"
    if (sep == 0x2d) {
      const r = monthDayRange(ts, a, b, va, vb, cued);
      return r != 0 ? r : dashedMonthDay30(ts, a, b, va, vb, cued);
    }
    if (sep != 0x2f) return 0;
    // a range of two month/day pairs: "2/2-2/5", "3/4 to 3/9", "1/30 - 2/3"
    // (stop 44, fx44: or alone in brackets, one day over 12, "failed PT (1/15–2/26)": parenRange44)
    const r = mdRangeEnd(b, va, vb, cued || (temporalBefore(ts) || (wordBefore(ts, RANGE_OPENERS) || parenRange44(ts, b, va, vb))));
    if (r != 0) {
      put(weekdayBefore(ts), b, cued, 700);
      return put(rangeStart, r, cued, 700);
    }
    if (!cleanEnd(b)) return 0;
    // (round 21) right after a score's word or a ventilator's mode a pair is the score or the pressures, never a day,
    // even after a date cue a few words back ("reported a headache 4/10", "Seen by PT, strength 4/5", "NIPPV 18/6")
    if (wordBefore(ts, PAIR_WORDS_21)) return 0;
    // (stop 50b, dt50b) "24/7", around the clock, and a page's number after its word, "p 3/12": notDay50b
    if (notDay50b(ts, va, vb, cued || temporalBefore(ts))) return 0;
    // (stop 51, dt51) a titre, 1 over a power of two, after a titre's word or another of its series: "titre 1/8 and 1/16"
    if (titre51(ts, va, vb)) return 0;
    // (stop 32) a cognitive screen's score out of its top, 30, right after its name: "MMSE 11/30, down from 19/30", "MoCA
    // 12/30", "SLUMS 9/30" (the 30th of a month is no score's denominator there)
    if (vb == 30 && (va <= 30 && (wordBefore(ts, COGNITIVE_SCALES32) || scaleLabel33(ts)))) return 0;
    // m/d (or d/m) without a year: fractions, scores and doses look the same
    if (!dateOk(2000, va, vb) && !dateOk(2000, vb, va)) {
      // month/2-digit year after a point-in-time preposition or "in": "In 9/92 she was", "since 3/68" (no day is
      // 32-99). Not round denominators ("in 3/40 patients") or "of" after ("in 3/68 of them"): counts
      if (na <= 2 && (nb == 2 && (va >= 1 && (va <= 12 && (vb > 31 && (vb % 10 != 0 && !unitAfter(b))))))) {
        if (!ofAfter(b) && (cued || (temporalBefore(ts) || wordBefore(ts, "\u0002in")))) return put(ts, b, cued, 600);
        // or closing its phrase right after a word, a test or an event ("colonoscopy 11/98, normal", "MI 3/95."), or in
        // parentheses after a value ("PSA 6.1 (4/92)"), where a count would name what it counts ("2/45 lymph nodes");
        // "1/32" and "1/64" are titres
        if (!(va == 1 && (vb == 32 || vb == 64)) && (punctBefore(ts) == 0x28 && punctAfter(b) == 0x29 ||
          isAlpha(before(skipBlanksBack(ts, 2))) && (phraseEndsAt(b) && !wordBefore(ts, COUNT_WORDS)))) return put(ts, b, cued, 550);
      }
      // (fifteenth round) a dated value in parentheses, a round year closing its phrase
      if (na <= 2 && (nb == 2 && (va >= 1 && (va <= 12 && (vb > 31 && (!unitAfter(b) && monthYearNoted(ts, b, va, vb))))))) return put(ts, b, cued, 550);
      return 0;
    }
    // "(2/16)": a count in parentheses. A denominator with a leading zero is no fraction ("4/09", "01/09")
    // (stop 38, clinical round 29: nor a numerator with one, "ONSET 03/10 - SEEN", "03/10 0830  WOODS, FRANK": logs and
    // line lists pad the month; a score or a fraction never writes "03/10". A score's word before it still refuses it
    // above, "pain 03/10")
    // (stop 40) a day over 12 alone in brackets after a word that counts nothing: "team c (3/14)", "1 week (3/21)"
    if (!cued && parenDayId40(ts, b, va, vb)) return put(ts, b, cued, 550);
    const zero = nb == 2 && at(a + 1) == 0x30 || na == 2 && at(ts) == 0x30;
    // (stop 38) "11/10", "12/10": no score goes over its top, so over ten it is November's or December's 10th
    const overTop = vb == 10 && va > 10;
    const fraction = !zero && (unitAfter(b) || !overTop && ((va <= vb && vb <= 10) || (vb == 10 || (punctBefore(ts) == 0x28 && punctAfter(b) == 0x29))));
    // a weekday before makes it a date ("Tue 3/5") and belongs to it
    const wd = weekdayBefore(ts);
    if (fraction && (unitAfter(b) || (ofAfter(b) || (!cued && (!temporalBefore(ts) && (wd == ts && (!weekdayThenParen(ts) && (!startedOn(ts, b, va, vb) &&
      (!eventDated(ts, b) && (!andDateAfter(b) && (!dayInFrame38(ts, b, va, vb) &&
      // (round 17: or a clock time after it, "notified by voicemail 1/6 08:10")
      (!(vb > 4 && (vb != 10 && (clockBefore(ts) || (meridiemAfter(b) || clockAfterDay(b))))) && (!(vb != 5 && datedHeading(ts, b)) &&
      // (stop 40: a tenth with a 24-hour clock time after it, "Meeting 2/10 14:00 (family room)": a score's word is refused above)
      (!(vb == 10 && (va >= 1 && (clockAfterDay(b) && !wordBefore(ts, DOSE_WORDS38)))) &&
      // (stop 43: a table's cell under a column that dates it, "ONSET" over "3/4"; the first of a list of days, "3/10, 3/17")
      // (stop 44, ix44: between "the" and the event it names, "the 3/9 call", theDayNoun44)
      // (stop 46: the month of the note's last full date, a few KB back, closing its phrase: noteMonthDay46)
      // (stop 46, lc46b: a log's row opened by the day, the next or the previous row by another day of that month: rowDay46b)
      // (stop 50b, dt50b: a list of two days of one month, after "onset", after a dated event's verb, after a 24-hour clock
      // time of four digits: bareDay50b in date50b.ts)
      // (stop 51, dt51: between a test's name and its result, "INR 3/10 2.4.", "uds 3/10 pos": testResult51 in date51.ts)
      // (stop 53, dt53b: after a facility's head or "labs", closing its phrase, "LABS 4/6 (LABCORP", "Medical Center 5/6 (Dr.": facilityDay53b;
      // after an event's "out" or a last dose, "staples out 3/3.", "last dose 3/10,": outDoseDay53b, both in dt53b.ts)
      !(va >= 1 && (va <= 12 && (dayCell43(ts, b) || (dayListFx43(b, va, vb) || (listDate47b(ts, b) || (theDayNoun44(ts, b, va, vb) || (noteMonthDay46(ts, b, va, vb) || (rowDay46b(ts, b, va, vb) || (bareDay50b(ts, b, va, vb) || (testResult51(ts, b, va, vb) || (facilityDay53b(ts, b, va, vb) || outDoseDay53b(ts, b, va, vb)))))))))))))))))))))))))) return 0;
    return put(wd, b, cued, 600);
  }
  if (na > 2) return 0;

  // day first: "14 March 2024", "14th of March", "14-Mar-2024", "20th Oct., 89", "14 de marzo de 2024"
  let p = ordinalEnd(a);
  let q = p;
  const s0 = at(q);
  // (stop 44, id44) or a slash, when the month's letters and a year follow it the same way: "DELIVERY 14/MAR/2099 0455"
  if (s0 == 0x20 || (s0 == 0x2d || (s0 == 0x2e || s0 == 0x2f && slashMonth44(q + 1)))) {
    q = skipBlanks(q + 1, 2);
    let w = lettersEnd(q);
    if (eqWord(q, w, "of") || eqWord(q, w, "de")) {
      q = skipBlanks(w, 2);
      w = lettersEnd(q);
    }
    if (w > q && !(at(w) >= 0x80)) {
      let m = monthOf(q, w);
      // (stop 35) lower-case "mar"/"may" between a day and a year, as lower-case notes write a date: "dos: 14-mar-2097",
      // "date: 16 mar 2097" (a dash before the month, or a four-digit year after it; not "2 may 20 mg")
      const lm = m == 0 ? lowerMayMar(q, w) : 0;
      if (lm != 0) {
        const ly = yearAfterMonth(w);
        if (ly != 0 && (s0 == 0x2d || isDigit(before(ly - 3)) && isDigit(before(ly - 2)))) m = lm;
        // (stop 46, lc46b) dashes on both sides and four digits glued after, a unit's word next: "14-may-2099 day 0"
        // (a transplant's or a cell therapy's day count; yearAfterMonth refuses a year before "day")
        else if (s0 == 0x2d && (at(w) == 0x2d && dashedYear46b(w + 1) != 0)) {
          if (dateOk(2000, lm, va)) return put(weekdayBefore(ts), dashedYear46b(w + 1), cued, 900);
        }
        // (stop 46) lower-case "mar" after a day, closing its phrase or before a two-digit year that closes it: "apixaban
        // held 17 mar.", "discharge date: 14 mar 99" (marCloses46; "may" stays a verb: "2 may.")
        else if (lm == 3 && marCloses46(w, ly)) m = 3;
      }
      if (m != 0 && (dateOk(2000, m, va) && !dayAfterMonth(w, m))) {
        const y = yearAfterMonth(w);
        const e = y != 0 ? y : w;
        return put(weekdayBefore(ts), e, cued, 900);
      }
    }
  }

  // "on the 9th", "since the 21st": an ordinal day after "the" and a point-in-time preposition, followed by no word
  // or by a word that opens a clause ("On the 14th she returned", "on the 3rd the patient"); a noun makes it an
  // ordinal of something else ("on the 2nd floor", "on the 3rd day", "on the 5th attempt")
  if (p > a && (va >= 1 && (va <= 31 && theDayBefore(ts)))) {
    const w = skipBlanks(p, 2);
    if (!isAlpha(at(w)) || wordIndex(CLAUSE_WORDS, w, lettersEnd(w)) >= 0) return put(ts, p, cued, 600);
  }
  // (round 20) an ordinal day after "the" with another cue: a weekday or a field's colon ("Tuesday the 8th", "Date: the
  // 11th"), or the end of its clause or a clock time after it ("on the night of the 13th when ...", "appointment the
  // 4th.", "goals of care mtg the 16th at 2pm")
  if (p > a && (va >= 1 && (va <= 31 && theDayClosed(ts, p)))) return put(ts, p, cued, 550);

  // month first: "March 14th, 2024", "Mar. 3", "Sept 2014", "mayo de 2001"
  let k = skipBlanksBack(ts, 3);
  if (k == ts && before(k) != 0x2d) return 0;
  if (k == ts) k--; // "Mar-14"
  if (before(k) == 0x2e) k--;
  if (before(k) == 0x2c) return 0;
  let ws = lettersStart(k);
  if (ws == k || isWordish(before(ws))) return 0;
  let m = monthOf(ws, k);
  // "may"/"mar" in lower case are words first ("you may 2x"): the month of a lower-case date only with the day's
  // ordinal, a year after the day, or a point-in-time word before ("admitted may 3, 2019", "on mar 15", "since may 2nd")
  const lm = m == 0 ? lowerMayMar(ws, k) : 0;
  const lowerMay = lm != 0;
  if (lowerMay) m = lm;
  if (m == 0) return 0;
  if (!dateOk(2000, m, va)) return 0;
  p = ordinalEnd(a);
  // (stop 47, fx47: or a comma glued to a four-digit year, as VistA's FileMan prints a date, "DOB: MAR 3,1931": gluedYear47)
  if (isAlpha(at(p)) || !cleanEnd(p) && !gluedYear47(p)) return 0;
  const y = yearAfterMonth(p);
  // (twelfth round: or a clock time after the day, as a chat log stamps its messages: "mar 2 7:18am - wrote")
  // (stop 36: or a word that dates an event before it, the day closing its phrase, "at" and a clock time after it, or a
  // day range: "next visit may 31.", "missed may 8 treatment", "family meeting set for mar 15 with", "around may 21)",
  // "urology, may 16 at 10:30 am", "in poland may 3-10.")
  if (lowerMay && (unitAfter(p) || (p == a && (y == 0 && (!temporalBefore(ws) && (!clockAfterDay(p) && (!lowerMonthDayCued36(ws, p) &&
    // (stop 47, ag47b: or a day over 12, which no count after the modal verb takes, before a clause's word, "saw him may 31
    // for near-syncope"; "you may 2 tabs", "may 20 mg" are refused above or by their unit)
    !(va >= 13 && clauseOpensAfter(p))))))))) return 0;
  const e = y != 0 ? y : p;
  return put(weekdayBefore(ws), e, cued, 900);
}

// (stop 36) words before a lower-case "may"/"mar" and a day that date an event: for by around before after due next visit
// visits returns return returned missed last from to through
const LOWER_DAY_OPENERS36 = "\u0003for\u0002by\u0006around\u0006before\u0005after\u0003due\u0004next\u0005visit\u0006visits\u0007returns\u0006return\u0008returned\u0006missed\u0004last\u0004from\u0002to\u0007through";

/**
 * (stop 36) Lower-case "may"/"mar" at ws and a day ending at p are a date: a word of LOWER_DAY_OPENERS36 before the
 * month, or after the day the phrase's end ('.', ',', ';', ')' or the line's end), "at" and a clock time ("may 16 at
 * 10:30"), or a dash and a later day closing its phrase ("may 3-10."). The modal verb takes no bare number after it ("you
 * may 2x", "may 2 tabs" are refused before this).
 */
function lowerMonthDayCued36(ws: u32, p: u32): bool {
  if (wordBefore(ws, LOWER_DAY_OPENERS36) || phraseEndsAt(p)) return true;
  // (stop 45, id45) a dated entry's heading opening its line, the day closed by a colon: "mar 13: pharmacy called"
  if (at(p) == 0x3a && (ws == 0 || (before(ws) == 0x0a || before(ws) == 0x0d))) return true;
  const q = skipBlanks(p, 1);
  if (q > p && eqWord(q, lettersEnd(q), "at")) return clockAfterDay(lettersEnd(q));
  if (at(p) != 0x2d || !isDigit(at(p + 1))) return false;
  const e = digitsEnd(p + 1);
  return e - p - 1 <= 2 && (numValue(p + 1, e) <= 31 && (!isAlpha(at(e)) && phraseEndsAt(e)));
}

/**
 * (clinical round 24) A whole m/d/y date follows the pair at b after "and", "&" or "or": the pair is the first of two
 * days, its year left out ("Dates of testing: 2/3 and 2/5/2097", "seen 3/4 & 3/9/2091"). "strength 4/5 and 5/5" has no
 * year after it.
 */
function andDateAfter(b: u32): bool {
  let q = skipBlanks(b, 2);
  if (q == b) return false;
  const w = lettersEnd(q);
  if (at(q) == 0x26) q++;
  else if (!(eqWord(q, w, "and") || eqWord(q, w, "or"))) return false;
  else q = w;
  const s2 = skipBlanks(q, 2);
  return s2 != q && (isDigit(at(s2)) && fullDateEnd(s2, 0x2f, false) != 0);
}

// (stop 32) cognitive screens scored out of 30: mmse moca slums
const COGNITIVE_SCALES32 = "\u0004mmse\u0004moca\u0005slums";

/** (stop 33) The screen's name and a colon right before ts: "MMSE: 11/30", "MoCA: 12/30". */
function scaleLabel33(ts: u32): bool {
  const k = skipBlanksBack(ts, 2);
  return k > 1 && (before(k) == 0x3a && wordEndsAt(k - 1, COGNITIVE_SCALES32));
}

// (round 21) Words whose value is written as a pair: scores out of a scale's top and a ventilator's two pressures. pain
// pains headache headaches strength score scores scored power motor murmur grade graded rated rates scale intensity
// severity bipap bpap nippv niv cpap ipap epap peep avaps vent simv prvc; (stop 40) gcs, the coma scale out of 15 ("GCS 3/15")
export const PAIR_WORDS_21 = "\u0004pain\u0005pains\u0008headache\u0009headaches\u0008strength\u0005score\u0006scores\u0006scored\u0005power\u0005motor\u0006murmur\u0005grade\u0006graded\u0005rated\u0005rates\u0005scale\u0009intensity\u0008severity\u0005bipap\u0004bpap\u0005nippv\u0003niv\u0004cpap\u0004ipap\u0004epap\u0004peep\u0005avaps\u0004vent\u0004simv\u0004prvc\u0003gcs";

// Words that open a clause after a date: pronouns, articles, the patient, conjunctions and prepositions (not "of":
// "the 3rd of 4 cycles"). she he they we i it pt patient the a an and but when after before while at in with for to
// from his her their our this that there
const CLAUSE_WORDS = "\u0003she\u0002he\u0004they\u0002we\u0001i\u0002it\u0002pt\u0007patient\u0003the\u0001a\u0002an\u0003and\u0003but\u0004when\u0005after\u0006before\u0005while\u0002at\u0002in\u0004with\u0003for\u0002to\u0004from\u0003his\u0003her\u0005their\u0003our\u0004this\u0004that\u0005there";

/**
 * Year and month, ISO style: "2019-03" (the year at ts..a, the month at a+1..b, a dash between, nothing after). Taken
 * when a date cue labels it; otherwise only a two-digit month 01-12 that cannot close a range of years ("2019-03"
 * can, as "2019 to 2003", not; "2001-05" could be 2001 to 2005 and is left to the cue). Returns the end or 0.
 */
function yearMonthEnd(ts: u32, a: u32, b: u32, cued: bool): u32 {
  if (at(a) != 0x2d || (b - a != 3 || (!cleanEnd(b) || unitAfter(b)))) return 0;
  if ((at(b) == 0x2d || (at(b) == 0x2f || at(b) == 0x2e)) && isDigit(at(b + 1))) return 0;
  const vy = numValue(ts, a);
  const vm = numValue(a + 1, b);
  if (vy < 1900 || (vy > 2099 || (vm < 1 || vm > 12))) return 0;
  if (!cued && (!temporalBefore(ts) && vm > vy % 100)) return 0;
  return put(ts, b, cued, 700);
}

/**
 * Day, month abbreviation and 4-digit year written together, as EHR and SAS exports print them: "12MAR2019",
 * "03Mar1931" (the month in capitals or capitalised; a calendar date 1800-2099; nothing alphanumeric after it). `a` is
 * the end of the day's digits. Returns the end or 0.
 */
function gluedDateEnd(ts: u32, a: u32, day: u32, cued: bool = false): u32 {
  // (clinical round 28: the month in lower case too before a four-digit year after a date's cue, as lower-case notes
  // write the form: "dob 14sep2031", "dos: 09mar2099"; without the cue a code's letters, "code 12mar2019")
  const lower = at(a) >= 0x61 && (at(a) <= 0x7a && (at(a + 1) >= 0x61 && (at(a + 2) >= 0x61 && (cued || gluedLowerFree45(ts, a)))));
  if ((at(a) < 0x41 || at(a) > 0x5a) && !lower || (!isAlpha(at(a + 1)) || (!isAlpha(at(a + 2)) || !isDigit(at(a + 3))))) return 0;
  let m = monthOf(a, a + 3);
  if (m == 0 && lower) m = lowerMayMar(a, a + 3);
  if (m == 0) return 0;
  const e = digitsEnd(a + 3);
  // (stop 40: or a two-digit year after a two-digit day, the cue's form in lower case: "exam date: 14mar99")
  if (lower && (e - a - 3 != 4 && !(e - a - 3 == 2 && a - ts == 2))) return 0;
  // (clinical round 24) a two-digit year after a two-digit day and the month in capitals, as military and VA notes
  // write a day: "SEEN 12FEB97, XR NEG", "DOI 03JAN95" ("12Feb97" and "2FEB97" are left: a code as often)
  if (e - a - 3 == 2 && (a - ts == 2 && ((lower || at(a + 1) <= 0x5a && at(a + 2) <= 0x5a) && cleanEnd(e)))) return dateOk(2000, m, day) ? e : 0;
  if (e - a - 3 != 4 || !cleanEnd(e)) return 0;
  const y = numValue(a + 3, e);
  return y >= 1800 && y <= 2099 && dateOk(y, m, day) ? e : 0;
}

/**
 * (stop 45, id45) A glued day in lower case with no date cue (ts: its two digits, a: the month's letters) stands where
 * only a day stands: alone in a column (a line start, or two blanks before it: "claim 7720418-99      14mar2099",
 * "pmr # ae99-073-0447     14mar99") or before a 24-hour clock time ("printed 14mar2099 0640 by rguajardo2"). A
 * code's letters glued to digits after one word stay a code ("code 12mar2019", "lot 14mar2099").
 */
function gluedLowerFree45(ts: u32, a: u32): bool {
  if (a - ts != 2) return false;
  const p = before(ts);
  if (ts == 0 || (p == 0x0a || (p == 0x0d || (p == 0x20 && (ts >= 2 && byteAt(ts - 2) == 0x20))))) return true;
  const e = digitsEnd(a + 3);
  return e - a - 3 == 4 && (at(e) == 0x20 && (digitsEnd(e + 1) == e + 5 && (numValue(e + 1, e + 3) < 24 && !isWordish(at(e + 5)))));
}

/**
 * (clinical round 28) A second day of the glued form after a dash, closing a range: "09MAR2099-13MAR2099" (the first day
 * at ts, its digits ending at a; no blank around the dash). Sets rangeStart to the first day's start and returns the
 * second's end, emitting the first; or 0.
 */
function gluedRange37(ts: u32, a: u32, day: u32, cued: bool): u32 {
  if (!(at(a) >= 0x41 && at(a) <= 0x5a || cued && (at(a) >= 0x61 && at(a) <= 0x7a)) || (!isAlpha(at(a + 1)) || (!isAlpha(at(a + 2)) ||
    !isDigit(at(a + 3))))) return 0;
  let m = monthOf(a, a + 3);
  if (m == 0 && at(a) >= 0x61) m = lowerMayMar(a, a + 3);
  const e = digitsEnd(a + 3);
  if (m == 0 || e - a - 3 != 4) return 0;
  const y = numValue(a + 3, e);
  if (y < 1800 || (y > 2099 || !dateOk(y, m, day))) return 0;
  const s2 = dashEnd(e);
  if (s2 == 0) return 0;
  const a2 = digitsEnd(s2);
  if (a2 - s2 < 1 || a2 - s2 > 2) return 0;
  const e2 = gluedDateEnd(s2, a2, numValue(s2, a2), cued);
  if (e2 == 0 || e2 - a2 != 7) return 0;
  put(ts, e, cued, 900);
  rangeStart = s2;
  return e2;
}

/**
 * (clinical round 28) A second month and year after the first's end b and a dash: "03/2015-06/2019", "09/2098–02/2099";
 * the same separator, a month 1-12 and a four-digit year, the second no earlier than the first and within 80 years, a
 * clean end. Sets rangeStart and returns the second's end, or 0.
 */
function monthYearRange37(b: u32, va: u32, vy: u32, sep: u32): u32 {
  const s2 = dashEnd(b);
  if (s2 == 0) return 0;
  const a2 = digitsEnd(s2);
  if (a2 - s2 < 1 || (a2 - s2 > 2 || at(a2) != sep)) return 0;
  const b2 = digitsEnd(a2 + 1);
  if (b2 - a2 - 1 != 4 || (!cleanEnd(b2) || unitAfter(b2))) return 0;
  const vm2 = numValue(s2, a2);
  const vy2 = numValue(a2 + 1, b2);
  if (vm2 < 1 || (vm2 > 12 || (vy2 < vy || (vy2 > vy + 80 || vy2 == vy && vm2 < va)))) return 0;
  rangeStart = s2;
  return b2;
}

/**
 * (stop 44, id44) The letters of a month name at p closed by '/' and a year of four digits: the day-first form with
 * slashes, "14/MAR/2099", "03/Jan/2099" (monthOf decides the name; a fraction's or a dose's slash has a digit after it).
 */
function slashMonth44(p: u32): bool {
  const w = lettersEnd(p);
  if (w - p < 3 || (w - p > 9 || at(w) != 0x2f)) return false;
  const y = digitsEnd(w + 1);
  return y - w - 1 == 4 && cleanEnd(y);
}

/**
 * (stop 44, id44) A 24-hour time of four digits [s, e) (hours 00-23, minutes 00-59) that a time's mark closes: a second
 * such time after a dash (a range, "0200-0240"), a military zone letter 'Z' ("0817Z") or "hrs"/"h" ("1400 hrs"). A
 * count or a dose after a day ("1/2 1000 mg", "4/5 1500") has no such mark.
 */
function clockMark44(s: u32, e: u32): bool {
  if (numValue(s, s + 2) > 23 || numValue(s + 2, e) > 59) return false;
  const c = at(e);
  if (c == 0x2d) {
    const f = digitsEnd(e + 1);
    return f - e - 1 == 4 && (numValue(e + 1, e + 3) <= 23 && (numValue(e + 3, f) <= 59 && !isWordish(at(f))));
  }
  if ((c | 0x20) == 0x7a) return !isWordish(at(e + 1));
  const w = lettersEnd(skipBlanks(e, 1));
  const k = skipBlanks(e, 1);
  return w > k && (eqWord(k, w, "hrs") || eqWord(k, w, "h"));
}

/**
 * (stop 44, id44) Year, month and day written together (8 digits at ts, end e) where a record's time stamp stands: the
 * value of an XML attribute whose element names a time or a date (HL7 CDA's TS: `<birthTime value="19580427"/>`,
 * `<effectiveTime value="20990314"/>`, `<time value="20990314091500"/>`, up to 14 digits with the time), or the
 * 8 digits followed by a 24-hour time that a zone letter or a range closes ("ENTERED 20990314 0817Z"). An XML value
 * of another element (`<value value="20990314"/>`, `<id extension="..."/>`) and a number followed by a count stay.
 */
export function stampDate44(ts: u32, cued: bool): u32 {
  const e = digitsEnd(ts);
  const n = e - ts;
  if (n < 8) return 0;
  const y = numValue(ts, ts + 4);
  if (y < 1800 || (y > 2099 || !dateOk(y, numValue(ts + 4, ts + 6), numValue(ts + 6, ts + 8)))) return 0;
  if (before(ts) == 0x22) {
    if (n != 8 && (n != 12 && n != 14) || (at(e) != 0x22 && (at(e) != 0x2b && at(e) != 0x2d))) return 0;
    if (numValue(ts + 8, ts + 10) > 23 && n > 8) return 0;
    // `value="` after the element's name: "<birthTime ", "<effectiveTime ", "<time " (any case: "TIME", "Date")
    let k = ts - 1;
    if (k < 8 || (at(k - 1) != 0x3d || !eqWord(k - 6, k - 1, "value"))) return 0;
    k = skipBlanksBack(k - 6, 1);
    if (k == ts - 7) return 0;
    const ws = lettersStart(k);
    if (ws < 1 || (at(ws - 1) != 0x3c || k - ws < 4)) return 0;
    const tl = lower(at(k - 4)) == 0x74 && (lower(at(k - 3)) == 0x69 && (lower(at(k - 2)) == 0x6d && lower(at(k - 1)) == 0x65));
    const dl = lower(at(k - 4)) == 0x64 && (lower(at(k - 3)) == 0x61 && (lower(at(k - 2)) == 0x74 && lower(at(k - 1)) == 0x65));
    if (!tl && !dl) return 0;
    return put(ts, e, cued, 850);
  }
  if (n != 8 || at(e) != 0x20) return 0;
  const h = digitsEnd(e + 1);
  if (h - e - 1 != 4 || !clockMark44(e + 1, h)) return 0;
  return put(ts, e, cued, 800);
}

/**
 * Year, month and day written together: "20190305" (8 digits at ts, a calendar date 1900-2099), taken only after a
 * date cue or "on/since" ("Date of service: 20190305"); alone it is as often an identifier. Returns the end or 0.
 */
export function scanCompactDate(ts: u32, cued: bool): u32 {
  const e = digitsEnd(ts);
  const n = e - ts;
  if ((n != 8 && n != 6) || (!cleanEnd(e) || unitAfter(e))) return 0;
  if ((at(e) == 0x2d || (at(e) == 0x2f || at(e) == 0x2e)) && isDigit(at(e + 1))) return 0;
  if (!cued && (n == 6 || !temporalBefore(ts))) return 0;
  if (n == 8) {
    const y = numValue(ts, ts + 4);
    if (y >= 1900 && (y <= 2099 && dateOk(y, numValue(ts + 4, ts + 6), numValue(ts + 6, e)))) return put(ts, e, cued, 800);
    if (!cued) return 0;
  }
  // (stop 31) right after a date cue, the year last, month and day run together in either order: "DOB 01011930",
  // "DOB:12251944", "D.O.B. 010130" (MMDDYY). Without the cue eight digits are as often an account or order number.
  const yl = n == 8 ? numValue(ts + 4, e) : 2000;
  if (n == 8 && (yl < 1900 || yl > 2099)) return 0;
  const p = numValue(ts, ts + 2);
  const q = numValue(ts + 2, ts + 4);
  return dateOk(yl, p, q) || dateOk(yl, q, p) ? put(ts, e, cued, 750) : 0;
}

/**
 * A whole numeric date with the two separators `sep` at s, month or day first, and a 2- or 4-digit year; returns its
 * end (whatever follows it), or 0. A clock time after it is not part of it ("4/9/1998 12:00:00 AM" is the date
 * "4/9/1998": a time of day is not a Safe Harbor date element, and clinical notes put one after most dates; only the
 * year-first ISO form keeps its time, "2024-03-14 14:30:05" being one datetime). "1.2.10" is a version, not a date,
 * unless `labelled` (a date cue or "on" before it: "on 3.5.19").
 */
function fullDateEnd(s: u32, sep: u32, labelled: bool): u32 {
  const a = digitsEnd(s);
  const na = a - s;
  if (na < 1 || (na > 2 || at(a) != sep)) return 0;
  const b = digitsEnd(a + 1);
  const nb = b - a - 1;
  if (nb < 1 || (nb > 2 || at(b) != sep)) return 0;
  const c = digitsEnd(b + 1);
  const nc = c - b - 1;
  if (nc != 2 && nc != 4) return 0;
  const va = numValue(s, a);
  const vb = numValue(a + 1, b);
  const vc = numValue(b + 1, c);
  if (nc == 4 && (vc < 1800 || vc > 2199)) return 0;
  if (sep == 0x2e && (nc == 2 && ((na != 2 || nb != 2) && !labelled))) return 0;
  if (!dateOk(vc, va, vb) && !dateOk(vc, vb, va)) return 0;
  return c;
}

/** Words of a version or a release before a column's dotted number ("SOFTWARE VERSION     4.22.99"). */
const VERSION_WORDS45 = "\u0007version\u0003ver\u0001v\u0003rev\u0008revision\u0008software\u0008firmware\u0005build\u0007release\u0002sw\u0002fw";

/**
 * (stop 45, ix45) A dotted date with one-digit parts and a two-digit year ("4.22.99", "3.14.99") alone at a line's
 * end after a column's gap (two blanks or more, or the line's start): a header's or a table's date cell ("ORDER #
 * PN-0422-0047     4.22.99", "PRIMARY CARE - HOMOSASSA GROVE      3.14.99"). fullDateEnd reads such a number as a
 * version unless labelled; a version's word before the gap ("SOFTWARE VERSION     4.22.99") and a number in prose
 * ("upgraded to 4.2.19 today") stay versions. ts: the first digit.
 */
function dotColumn45(ts: u32): bool {
  if (ts > 0 && before(ts) != 0x0a) {
    const k = skipBlanksBack(ts, 40);
    if (k > 0 && (before(k) != 0x0a && (ts - k < 2 || wordEndsAt(k, VERSION_WORDS45)))) return false;
  }
  let e = digitsEnd(ts);
  for (let g = 0; g < 2; g++) {
    if (at(e) != 0x2e) return false;
    e = digitsEnd(e + 1);
  }
  while (at(e) == 0x20) e++;
  return e >= inLen || (at(e) == 0x0a || at(e) == 0x0d);
}

/** Bytes of a dash at p ('-', en dash, em dash), or 0. */
function dashLen(p: u32): u32 {
  if (at(p) == 0x2d) return 1;
  return at(p) == 0xe2 && at(p + 1) == 0x80 && (at(p + 2) == 0x93 || at(p + 2) == 0x94) ? 3 : 0;
}

/** A dash that sets a phrase apart at q: '-' with a blank after it, or an en or em dash. */
export function dashApart(q: u32): bool {
  const n = dashLen(q);
  return n == 3 || (n == 1 && at(q + 1) == 0x20);
}

/** A dash right at e with a digit right after it: the digit's index, or 0. */
function dashEnd(e: u32): u32 {
  const n = dashLen(e);
  return n != 0 && isDigit(at(e + n)) ? e + n : 0;
}

// to through thru until till al hasta
const RANGE_WORDS = "\u0002to\u0007through\u0004thru\u0005until\u0004till\u0002al\u0005hasta";
// from between del desde (a range after them is a span of time: "from 3/4 to 3/9")
const RANGE_OPENERS = "\u0004from\u0007between\u0003del\u0005desde";

/** Start of the second date of a range (set by mdRangeEnd). */
let rangeStart: u32 = 0;

/**
 * A second month/day after the month/day (va, vb) that ends at b, joined by a dash (blanks around it allowed) or a
 * range word ("to", "through", "al"): "2/2-2/5", "3/4 to 3/9", "1/30 - 2/3", day first "12/3-19/3". Returns its end
 * (rangeStart: its start), or 0. Two fractions look the same, so the pair must read as dates: the same month with a
 * later day, or the next month with an earlier day (a short stay across a month end, December to January too), or,
 * with `context` (a cue, "on", "from", "between"), any two valid dates. The same denominator twice is a score or grade
 * ("4/5-5/5 strength", "murmur 2/6-3/6") unless a numerator exceeds it (then day first: "12/3-19/3"); units and "of"
 * after refuse.
 */
function mdRangeEnd(b: u32, va: u32, vb: u32, context: bool): u32 {
  const p = skipBlanks(b, 2);
  const n = dashLen(p);
  let s2: u32;
  if (n != 0) s2 = skipBlanks(p + n, 2);
  else {
    if (p == b) return 0;
    const w = lettersEnd(p);
    if (w == p || wordIndex(RANGE_WORDS, p, w) < 0) return 0;
    s2 = skipBlanks(w, 2);
    if (s2 == w) return 0;
  }
  if (!isDigit(at(s2))) return 0;
  const c = digitsEnd(s2);
  if (c - s2 < 1 || (c - s2 > 2 || at(c) != 0x2f)) return 0;
  const d = digitsEnd(c + 1);
  if (d - c - 1 < 1 || d - c - 1 > 2) return 0;
  const vc = numValue(s2, c);
  const vd = numValue(c + 1, d);
  // (stop 33) the second date closes the range with its year, which both dates share: "5/1-8/15/96", "3/28 -
  // 4/2/2024". No fraction, score or grade has a third part, so the pair needs no context: two valid dates of that
  // year, in order, month first or day first alike
  if (at(d) == 0x2f && isDigit(at(d + 1))) return yearRangeEnd33(d, s2, va, vb, vc, vd);
  if (!cleanEnd(d) || (unitAfter(d) || ofAfter(d))) return 0;
  let ok = false;
  if (vb == vd) {
    // same denominator: a score or grade unless a numerator exceeds it; then day first, in order
    ok = (va > vb || vc > vd) && va < vc && dateOk(2000, vb, va) && dateOk(2000, vd, vc);
  } else if (dateOk(2000, va, vb) && dateOk(2000, vc, vd)) {
    ok = context || (va == vc && vb < vd) || ((vc == va + 1 || (va == 12 && vc == 1)) && vd < vb);
  }
  if (!ok) return 0;
  rangeStart = s2;
  return d;
}

/**
 * The year after the second month/day of a range (its '/' at d, the second pair starting at s2): its end, or 0. Both
 * pairs must be dates of that year in order, both month first or both day first; a 4-digit year is 1800-2199.
 */
function yearRangeEnd33(d: u32, s2: u32, va: u32, vb: u32, vc: u32, vd: u32): u32 {
  // (the second date read whole by fullDateEnd(): its year's length and range)
  const y = fullDateEnd(s2, 0x2f, false);
  if (y == 0 || (!cleanEnd(y) || unitAfter(y))) return 0;
  const vy = numValue(d + 1, y);
  const monthFirst = dateOk(vy, va, vb) && (dateOk(vy, vc, vd) && (va < vc || va == vc && vb < vd));
  const dayFirst = dateOk(vy, vb, va) && (dateOk(vy, vd, vc) && (vb < vd || vb == vd && va < vc));
  if (!monthFirst && (!dayFirst && !newYearFx42(vy, va, vb, vc, vd))) return 0;
  rangeStart = s2;
  return y;
}

/**
 * (stop 42, fx30) A stay across New Year, its year written once, after the second date: "admission 12/29–1/4/2099",
 * "12/30-1/2/99", day first "29/12-4/1/2099". The first pair is November or December of the year before, the second
 * January or February of the year written; both valid dates of their years (fractions and scores have no third part).
 */
function newYearFx42(vy: u32, va: u32, vb: u32, vc: u32, vd: u32): bool {
  if (vy == 0) return false;
  if (va >= 11 && (va <= 12 && (vc <= 2 && (dateOk(vy - 1, va, vb) && dateOk(vy, vc, vd))))) return true;
  return vb >= 11 && (vb <= 12 && (vd <= 2 && (dateOk(vy - 1, vb, va) && dateOk(vy, vd, vc))));
}

/** "the" before ts, and before it a point-in-time preposition: "on the", "since the", "until the", "by the". */
function theDayBefore(ts: u32): bool {
  const k = skipBlanksBack(ts, 2);
  if (k == ts) return false;
  const ws = lettersStart(k);
  if (!eqWord(ws, k, "the") || isWordish(before(ws))) return false;
  if (temporalBefore(ws)) return true;
  const b = skipBlanksBack(ws, 2);
  return eqWord(lettersStart(b), b, "by");
}

/**
 * (round 20) The ordinal day at ts..p comes after "the" and is a date by its neighbours, not by a preposition
 * (theDayBefore's): a weekday or a field's colon before "the", then no word after the day or one that opens a clause
 * ("Tuesday the 8th", "Date: the 11th (March)"); else only the end of its clause after the day (a period, a semicolon,
 * a bracket's close, the line's end, a comma with no number after), "when", or "at" and a clock time ("the night of the
 * 13th when he could not lie flat", "appointment the 4th.", "mtg w/ son the 16th at 2pm"). A noun after it makes it an
 * ordinal of something else ("the 2nd unit", "the 4th ventricle"), and so does a list or a range ("the 2nd, 3rd and 4th
 * toes", "the 2nd-4th").
 */
function theDayClosed(ts: u32, p: u32): bool {
  const k = skipBlanksBack(ts, 2);
  if (k == ts) return false;
  const ws = lettersStart(k);
  if (!eqWord(ws, k, "the") || isWordish(before(ws))) return false;
  const cue = weekdayBefore(ws) != ws || before(skipBlanksBack(ws, 2)) == 0x3a;
  const w = skipBlanks(p, 2);
  const c = at(w);
  if (isAlpha(c)) {
    const we = lettersEnd(w);
    if (cue) return wordIndex(CLAUSE_WORDS, w, we) >= 0;
    return eqWord(w, we, "when") || eqWord(w, we, "at") && isDigit(at(skipBlanks(we, 2)));
  }
  if (c == 0x2c) return !isDigit(at(skipBlanks(w + 1, 2)));
  return c == 0x2e && !isDigit(at(w + 1)) || (c == 0x3b || (c == 0x29 || (c == 0x0a || (c == 0x0d || cue && c == 0x28))));
}

/**
 * A preposition that puts a point in time right before ts: "on 2/3", "since 4/5", "until 6/7". Not "from"/"to"/"by"
 * ("from 3/5 to 4/5" strength, "by 1/2"): those also carry fractions and scores.
 */
function temporalBefore(ts: u32): bool {
  return wordBefore(ts, TEMPORAL_WORDS);
}

// on since until till circa; (stop 38) through thru: "inpatient through 3/6"
const TEMPORAL_WORDS = "\u0002on\u0005since\u0005until\u0004till\u0005circa\u0007through\u0004thru";

/**
 * A clock time right before ts: "at 21:05 9/9", "2:30 pm 3/4" (hours 0-24, two-digit minutes): a day written after
 * the time of a reading or call is its date.
 */
function clockBefore(ts: u32): bool {
  let k = skipBlanksBack(ts, 1);
  if (k == ts) return false;
  const ws = lettersStart(k);
  if (k - ws == 2 && meridiemAt(ws)) {
    k = skipBlanksBack(ws, 1);
  } else if (ws != k) return false;
  if (k < 4 || (!isDigit(at(k - 1)) || (!isDigit(at(k - 2)) || at(k - 3) != 0x3a))) return false;
  let h = k - 3;
  while (h > 0 && (isDigit(at(h - 1)) && k - 3 - h < 3)) h--;
  if (h == k - 3 || (k - 3 - h > 2 || (h > 0 && (isWordish(at(h - 1)) || at(h - 1) == 0x3a)))) return false;
  return numValue(h, k - 3) <= 24 && numValue(k - 2, k) <= 59;
}

/**
 * " AM" / " pm" right after e, a whole word: "last dose 2/5 PM". Like clockBefore(), it makes a date of a day that
 * would read as a fraction only when the pair is no common dose or score (x/2-x/4, x/10: "1/2 PM", "4/10 at 14:00").
 */
function meridiemAfter(e: u32): bool {
  const s = skipBlanks(e, 1);
  return s != e && meridiemAt(s);
}

/** "am" / "PM" (any case) at s, a whole word at its end. */
function meridiemAt(s: u32): bool {
  const a = at(s) | 0x20;
  return (a == 0x61 || a == 0x70) && ((at(s + 1) | 0x20) == 0x6d && !isWordish(at(s + 2)));
}

/**
 * A dated entry heading: one or two words opening the line or a sentence, the month/day, then ':' and a blank ("Labs 2/8: Na 139",
 * "Echo 4/10: LVEF 55%", "CXR 3/2:\n"), the words capitalised. Not x/5, the strength scale ("Motor 4/5: ...").
 */
function datedHeading(ts: u32, b: u32): bool {
  // (the colon glued or written apart: "Labs 2/8: Na 139", "Labs 2/8 : Na 139")
  const c = punctAt(b);
  if (at(c) != 0x3a || !(at(c + 1) == 0x20 || (at(c + 1) == 0x0a || at(c + 1) == 0x0d))) return false;
  let k = skipBlanksBack(ts, 1);
  if (k == ts) return false;
  for (let w: u32 = 0; w < 2; w++) {
    const ws = lettersStart(k);
    // (capitalised, or one word in lower case as lower-case notes write it: "labs 2/8: na 139"; not "the labs 2/8:")
    if (ws == k || (k - ws > 20 || (((at(ws) & 0xdf) < 0x41 || (at(ws) & 0xdf) > 0x5a) || (w > 0 && at(ws) >= 0x61)))) return false;
    if (ws == 0 || at(ws - 1) == 0x0a) return true;
    // or opening a sentence: "TSH 0.2. Echo 4/10: LVEF 55%"
    if (ws >= 3 && (at(ws - 1) == 0x20 && ((at(ws - 2) == 0x2e || at(ws - 2) == 0x3b) && at(ws - 3) != 0x20))) return true;
    if (at(ws) >= 0x61) return false; // (a lower-case heading is one word: "Pain score 7/10:" is a score)
    k = skipBlanksBack(ws, 1);
    if (k == ws) return false;
  }
  return false;
}

// Words after which x/yy counts or compares something: "nodes 3/38", "positive 2/45", "cores 4/36", "the patient had
// 3/45", "ratio 3/68". nodes node cores core positive negative involved had total samples specimens ratio score
const COUNT_WORDS = "\u0005nodes\u0004node\u0005cores\u0004core\u0008positive\u0008negative\u0008involved\u0003had\u0005total\u0007samples\u0009specimens\u0005ratio\u0005score";

/** The phrase ends right after e: the input ends, or a line break, ',', ';', ')' or a sentence's '.' follows. */
export function phraseEndsAt(e: u32): bool {
  const s = skipBlanks(e, 2);
  if (s >= inLen) return true;
  const c = at(s);
  if (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b || c == 0x29)))) return true;
  return c == 0x2e && !isDigit(at(s + 1));
}

/** "of" right after e ("3/68 of them"). */
export function ofAfter(e: u32): bool {
  const s = skipBlanks(e, 2);
  return s > e && eqWord(s, lettersEnd(s), "of");
}

/** Month + year ("April 2008", "mayo de 2001", "January of 1991") at a 4-digit token ts; end or 0. */
export function scanMonthYear(ts: u32, cued: bool): u32 {
  const a = digitsEnd(ts);
  if (a - ts != 4 || !cleanEnd(a)) return 0;
  const v = numValue(ts, a);
  if (v < 1800 || v > 2199) return 0;
  let k = skipBlanksBack(ts, 2);
  if (k == ts && (before(ts) == 0x2d && isAlpha(before(ts - 1)))) k = ts - 1; // "Dec-2004"
  if (k == ts) return 0;
  if (before(k) == 0x2c) k = skipBlanksBack(k - 1, 2);
  let ws = lettersStart(k);
  if (eqWord(ws, k, "de") || (eqWord(ws, k, "of") || eqWord(ws, k, "del"))) {
    k = skipBlanksBack(ws, 2);
    ws = lettersStart(k);
  }
  if (before(k) == 0x2e) {
    k--;
    ws = lettersStart(k);
  }
  if (ws == k || isWordish(before(ws))) return 0;
  // lower-case "may"/"mar" before a year are the month ("in may 2019"), unless a unit follows ("may 2000 mg")
  if (monthOf(ws, k) == 0 && !(lowerMayMar(ws, k) != 0 && !unitAfter(a))) return 0;
  return put(weekdayBefore(monthRangeBefore(ws)), a, cued, 850);
}

/**
 * An abbreviated year after an apostrophe ("in '05", "class of ’98"), two digits run at ts; end or 0. The apostrophe
 * must open a word (a space, "(" or the start before it): 5'10" is a height, rock'n'roll no year.
 */
export function scanShortYear(ts: u32): u32 {
  if (digitsEnd(ts) - ts != 2 || (!cleanEnd(ts + 2) || unitAfter(ts + 2))) return 0;
  const q = apostropheBack(ts);
  if (q == ts) return 0;
  const p = before(q);
  if (q > 0 && (p != 0x20 && (p != 0x28 && (p != 0x0a && p != 0x09)))) return 0;
  // a month name before belongs to it ("Jan '19", "March ’05")
  let s = q;
  const k = skipBlanksBack(q, 2);
  if (k < q) {
    let w = k;
    if (before(w) == 0x2e) w--;
    const ws = lettersStart(w);
    if (ws < w && (!isWordish(before(ws)) && monthOf(ws, w) != 0)) s = ws;
  }
  emit(s, ts + 2, ENTITY_DATE, REASON_DATE_YEAR, s < q ? 800 : 500);
  return ts + 2;
}

/**
 * Start of a month name and a dash right before the day at ts ("JAN-" of "JAN-03-2095"), when `day` is a day of that
 * month; ts when there is none.
 */
function monthDashBefore(ts: u32, day: u32): u32 {
  if (ts < 4 || before(ts) != 0x2d) return ts;
  const ws = lettersStart(ts - 1);
  if (ws == ts - 1 || isWordish(before(ws))) return ts;
  // (stop 35: lower-case "mar"/"may" too, "mar-23-2097": the caller has read a year after the day)
  const lm = lowerMayMar(ws, ts - 1);
  const m = lm != 0 ? lm : monthOf(ws, ts - 1);
  return m != 0 && dateOk(2000, m, day) ? ws : ts;
}

/**
 * A range of two bare years joined by a dash: "2092-2093", "1998–2004" (each 1900-2099, the second later and at most
 * 60 years on, nothing glued after). Two year findings at the year score; returns the end or 0. `ts` is the first
 * year's first digit (scanYear refused it: a digit follows its dash).
 */
export function scanYearRange(ts: u32): u32 {
  const a = digitsEnd(ts);
  const d = dashLen(a);
  if (a - ts != 4 || d == 0) return 0;
  const b = digitsEnd(a + d);
  const v1 = numValue(ts, a);
  // (stop 62, ni62) two digits closing the range, "Served US Army 1969-71" (shortYearRange62 in ni62.ts; never in a
  // code, "bid BID-2099-14")
  if (b - a - d == 2) return amountBefore(before(ts)) || isWordish(before(ts)) ? 0 : shortYearRange62(ts, a, a + d, b, v1);
  if (b - a - d != 4 || (!cleanEnd(b) || unitAfter(b))) return 0;
  const v2 = numValue(a + d, b);
  // (stop 62, ni62: a second year up to 2199 after 2060-2099, "School year 2099-2100": rangeYearLimit62)
  if (v1 < 1900 || (v2 > rangeYearLimit62(v1) || (v2 <= v1 || v2 - v1 > 60))) return 0;
  if (amountBefore(before(ts))) return 0;
  emit(ts, a, ENTITY_DATE, REASON_DATE_YEAR, 400);
  emit(a + d, b, ENTITY_DATE, REASON_DATE_YEAR, 400);
  return b;
}

/**
 * Words before a bare year 2100-2199 that make it one ("in 2188", "since 2150"): date-shifted records (i2b2, MIMIC)
 * move years into the 22nd century, where a four-digit number is more often a clock time or an amount, so those
 * years need one of these (or a date cue) right before them.
 */
const LATE_YEAR_OPENERS = "\u0002in\u0005since\u0004from\u0005until\u0004till\u0006during\u0004year\u0005early\u0003mid\u0004late";
/** The openers among LATE_YEAR_OPENERS that never take a time of day. */
const YEAR_ONLY_OPENERS = "\u0002in\u0006during\u0004year\u0005early\u0003mid\u0004late";

/**
 * A bare year 1900-2099 ("in 1998"), or 2100-2199 after a year's preposition or a date cue: a date element that Safe
 * Harbor lets stay, so it scores low (0.4).
 */
export function scanYear(ts: u32, cued: bool): u32 {
  const a = digitsEnd(ts);
  if (a - ts != 4 || (!cleanEnd(a) || unitAfter(a))) return 0;
  const v = numValue(ts, a);
  if (v < 1900 || v > 2199) return 0;
  // a 22nd-century year needs its opener, and one that reads as a clock time is none ("since 2130 hrs" is refused by
  // unitAfter, "since 2130:" and "from 2100 to 2300" by lateYearIsClock)
  if (v > 2099) {
    // (stop 39: or "s/p" and a procedure's name before it, "s/p TURP 2139", "s/p TAH 2112 at")
    if (!cued && (!wordBefore(ts, LATE_YEAR_OPENERS) && !statusPostBefore39(ts))) return 0;
    // 2100-2159 also reads as a clock time: never one with a time's neighbours, and a quarter hour ("until 2100",
    // "since 2130") only after a word that takes no time of day ("in 2130", "year 2145")
    if (v % 100 < 60 && (lateYearIsClock(a) || v % 15 == 0 && !wordBefore(ts, YEAR_ONLY_OPENERS))) return 0;
  }
  if (at(a) == 0x20 && isDigit(at(a + 1))) return 0; // "1987 74 Diakou Street": a number pair, not a year
  // (stop 47, ag47b) four digits that read as a 24-hour clock time right after a numeric date and one blank are the
  // time of its entry, never a second year: "06/02 1900 HANDOFF TO", "6/2 2000 called" (dateThenClock47b)
  if (v % 100 < 60 && dateThenClock47b(ts)) return 0;
  // (stop 51, dt51) a timed log's clock time: the line opens with it after a line a time no year can be opens ("1830
  // REPORT ...\n1900 ADDENDUM"), or a column's gap before it, within the hour after its line's opening time ("1921 DOOR
  // 1924 ECG"): yearClock51 in date51.ts. The time is read and covered, so no identifier's rule takes it after
  if (yearClock51(ts, a)) return a;
  if (amountBefore(before(ts)) && !yearPrefixBefore(ts)) return 0;
  // (after "at" or '@' four digits are a clock time even near a date cue: "seen at 1930", "f/u. CT done at 1900")
  if (clockAfterAt(ts, a)) return 0;
  // Spanish "el año 2009": the noun belongs to the date
  const y = anoBefore(ts) ? ts - 5 : ts;
  emit(y, a, ENTITY_DATE, cued ? REASON_DATE_CUE : REASON_DATE_YEAR, cued ? 700 : 400);
  return a;
}

/**
 * (stop 39) "s/p" (status post) a blank or a few words before ts, on its line and in its clause (no period, comma or
 * semicolon between): the year of a procedure ("BPH s/p TURP 2139", "s/p TAH 2112 at St. Bridget"), as date-shifted
 * records write past years; a clock time after a procedure's name has "at" or a colon.
 */
function statusPostBefore39(ts: u32): bool {
  const lim = ts > 28 ? ts - 28 : 0;
  for (let p = ts; p >= 5 && p > lim + 3; p--) {
    const c = at(p - 1);
    if (c == 0x0a || (c == 0x0d || (c == 0x2e || (c == 0x3b || (c == 0x2c || c == 0x3a))))) return false;
    if (c == 0x20 && ((at(p - 2) | 0x20) == 0x70 && (at(p - 3) == 0x2f && ((at(p - 4) | 0x20) == 0x73 && !isWordish(at(p - 5)))))) return true;
  }
  return false;
}

/**
 * The four digits ending at a, 2100-2159, read as a clock time: a colon or dash after them ("since 2130:",
 * "2130-2200"), or "to"/"and" and another number ("from 2100 to 2300").
 */
function lateYearIsClock(a: u32): bool {
  const b = at(a);
  if (b == 0x3a || b == 0x2d) return true;
  const s = skipBlanks(a, 2);
  if (s == a) return false;
  const w = lettersEnd(s);
  return (eqWord(s, w, "to") || eqWord(s, w, "and")) && isDigit(at(skipBlanks(w, 2)));
}

/** Prefixes a year takes with a hyphen ("mid-2018", "late-2019", "pre-2010", "post-2015"). */
const YEAR_PREFIXES = "\u0003mid\u0005early\u0004late\u0003pre\u0004post";

/** One of YEAR_PREFIXES and a hyphen right before ts, the prefix a whole word: the hyphen is no minus sign. */
function yearPrefixBefore(ts: u32): bool {
  if (ts < 2 || before(ts) != 0x2d) return false;
  const e = ts - 1;
  const s = lettersStart(e);
  return s < e && (!isWordish(before(s)) && wordIndex(YEAR_PREFIXES, s, e) >= 0);
}

/** A byte before four digits that makes them an amount, a number or a value, not a year: '$', '#', '+', '-', '=', '>', '<'. */
function amountBefore(b: u32): bool {
  return b == 0x24 || (b == 0x23 || (b == 0x2b || (b == 0x2d || (b == 0x3d || (b == 0x3e || b == 0x3c)))));
}

/** "año " (any case) right before ts, a whole word. */
function anoBefore(ts: u32): bool {
  if (ts < 5 || (at(ts - 1) != 0x20 || ((at(ts - 5) | 0x20) != 0x61 || (at(ts - 4) != 0xc3 ||
    ((at(ts - 3) != 0xb1 && at(ts - 3) != 0x91) || (at(ts - 2) | 0x20) != 0x6f))))) return false;
  return ts == 5 || !isWordish(at(ts - 6));
}

// ---- Twelfth clinical round (fixture 8): ranges written with one month name, a chat log's lower-case stamp ----
// (self-contained: monthDayRange, monthRangeBefore, clockAfterDay)

/**
 * A month name right before the day range "va-vb" at ts (the dash at a, the second day ending at b): "May 3-10",
 * "Jan. 4-9, 2023", "SEPT 28-30". The days rise and both are days of that month; a year after belongs to the date; a
 * unit after ("Mar 3-4 times") or a word glued to the dash refuses. Emits one DATE from the month to the last day (or
 * year) and returns its end, or returns 0. Lower-case "may"/"mar" alone are words ("you may 1-2 tabs"): refused.
 */
function monthDayRange(ts: u32, a: u32, b: u32, va: u32, vb: u32, cued: bool): u32 {
  if (a - ts > 2 || (b - a - 1 > 2 || (va >= vb || (!cleanEnd(b) || unitAfter(b))))) return 0;
  let k = skipBlanksBack(ts, 2);
  if (k == ts) return 0;
  if (before(k) == 0x2e) k--;
  const ws = lettersStart(k);
  if (ws == k || isWordish(before(ws))) return 0;
  const m = monthOf(ws, k);
  if (m == 0 || !dateOk(2000, m, vb)) return 0;
  const y = yearAfterMonth(b);
  return put(weekdayBefore(ws), y != 0 ? y : b, cued, 850);
}

/**
 * Start of a first month joined to the month name at ws by a dash (en and em dashes too) or a range word ("Sept - Dec
 * 2024", "Sept — Dec 2024", "Jan-Mar 2023", "June to August 2019"): the year after the second month dates both. ws
 * when there is none.
 */
function monthRangeBefore(ws: u32): u32 {
  let k = skipBlanksBack(ws, 2);
  if (k >= 1 && before(k) == 0x2d) k--;
  else if (k >= 3 && ((before(k) == 0x93 || before(k) == 0x94) && (before(k - 1) == 0x80 && before(k - 2) == 0xe2))) k -= 3;
  else {
    if (k == ws) return ws;
    const rs = lettersStart(k);
    if (rs == k || wordIndex(RANGE_WORDS, rs, k) < 0) return ws;
    k = rs;
  }
  k = skipBlanksBack(k, 2);
  if (k > 0 && before(k) == 0x2e) k--;
  const s = lettersStart(k);
  if (s == k || (isWordish(before(s)) || monthOf(s, k) == 0)) return ws;
  return s;
}

/** A clock time after the day ending at p: " 7:18am", " 09:02" (one blank, hours 0-24, two-digit minutes). */
export function clockAfterDay(p: u32): bool {
  if (at(p) != 0x20) return false;
  const h = digitsEnd(p + 1);
  // (stop 44, id44) or a 24-hour time of four digits that a time's mark closes (clockMark44): "EXCURSION 3/9 0200-0240"
  if (h - p - 1 == 4) return clockMark44(p + 1, h);
  if (h - p - 1 < 1 || (h - p - 1 > 2 || at(h) != 0x3a)) return false;
  const m = digitsEnd(h + 1);
  return m - h - 1 == 2 && (numValue(p + 1, h) <= 24 && numValue(h + 1, m) <= 59);
}

// ---- Fifteenth clinical round (fixture 12): month/year and month/day where notes date a value or an event
// (self-contained: monthYearNoted, startedOn) ----

/**
 * A month and a two-digit year [ts, b) (the month va 1-12, the year vb 32-99, so no day) where a longitudinal record
 * dates an earlier value or event:
 * - in parentheses after a value, then a colon or the earlier value ("Weight 88 kg (3/88: 91 kg)", "A1C 9.4 (1/67
 *   8.8)"); a count in parentheses is closed right after it ("(2/45)") or names what it counts;
 * - a round year (50-90) closing its phrase right after a word, as the older rule takes other years ("s/p DES LAD 8/80,",
 *   "CABG 6/70."): a count of round size after a count word or "in" stays out ("positive 3/50", "in 5/50;"), and so do
 *   titres ("ANA 1/80,"), Snellen's metric "6/60", round denominators below 50 ("3/40") and "of" after.
 */
function monthYearNoted(ts: u32, b: u32, va: u32, vb: u32): bool {
  // (parentheses and colon glued or written apart: "(3/88: 91 kg)", "( 3/88 : 91 kg )")
  if (punctBefore(ts) == 0x28) {
    const c = punctAt(b);
    if (at(c) == 0x3a && at(c + 1) == 0x20) return true;
    if (at(b) != 0x20 || !isDigit(at(b + 1))) return false;
    let q = digitsEnd(b + 1);
    if (at(q) == 0x2e && isDigit(at(q + 1))) q = digitsEnd(q + 1);
    return punctAfter(q) == 0x29;
  }
  // (not Snellen's metric "6/60", nor a count after "in": "in 5/50;")
  if (vb % 10 != 0 || (vb < 50 || (va == 1 || ((va == 6 && vb == 60) || (ofAfter(b) || wordBefore(ts, "\u0002in")))))) return false;
  return isAlpha(before(skipBlanksBack(ts, 2))) && (phraseEndsAt(b) && !wordBefore(ts, COUNT_WORDS));
}

/**
 * A month and day [ts, b) that could be a fraction, right after a verb that starts or stops a treatment or a stay
 * and closing its phrase ("APIXABAN 5 BID STARTED 6/6.", "Lasix stopped 3/9,", "admitted 7/4;"). Not the common dose
 * fractions (x/2-x/4) nor a score out of ten: "started 1/2 tab", "stopped 1/4." stay doses.
 */
function startedOn(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (vb <= 4 || (vb == 10 || (va == 0 || !phraseEndsAt(b)))) return false;
  return wordBefore(ts, STARTED_WORDS);
}

// started stopped restarted resumed discontinued held admitted discharged placed removed
const STARTED_WORDS = "\u0007started\u0007stopped\u0009restarted\u0007resumed\u000cdiscontinued\u0004held\u0008admitted\u000adischarged\u0006placed\u0007removed";

// (stop 30) Tests, procedures, events and the verbs of doing and scheduling that a note dates by the day after them:
// drawn collected obtained done performed survey scan ct mri cxr echo tte tee ekg ecg egd eeg emg urogram angiogram
// cath biopsy colonoscopy surgery stroke cva tia admitted discharged seen visit placed removed delivery diagnosed
// ultrasound pet mammogram test screen placement returns return see scheduled treated complete completed transferred
// started due planned booked; (stop 31, round 22) start instituted initiated begun, and the diagnoses a note dates in
// brackets after them: uti pna pneumonia dvt sepsis ("UTI (2/17)", "(start 3/4)", "COMFORT MEASURES INSTITUTED 2/7 AFTER")
// (stop 38) swab swabs ebus bronchoscopy thoracentesis paracentesis endoscopy ercp signout ("GBS swab 4/4.", "EBUS 3/9
// (Dr. X)", "ICU signout 2/2 night" is no phrase end and stays out; not "labs", which an older table's row keeps out:
// "the labs 2/8: Na 139", test/scanners.test.ts)
// (stop 41, fx29) a study's and an interview's events: interview interviewed enrolled consented randomized ("CAUSE
// (INTERVIEW 3/10):", "enrolled 3/3; C1D1", "consented 3/9.")
// (stop 43, id43) a record's and a pharmacy's events: approved confirmed dispensed starting review reviewed read ("PA
// approved 3/10 (ref", "derm consult confirmed 3/5.", "dispensed 3/9, caught 3/13", "starting 3/10.", "(peer review
// 4/9, dr.", "PPD placed, read 4/4.")
// (stop 44, id44) onset ("CNA DESTINY HALE (ONSET 3/6, FURLOUGHED", not "sudden onset 10/10 headache")
// (stop 44, ix44) updated ("RMV license S44718204 updated 3/5.", closing its phrase)
const EVENT_WORDS = "\u0005drawn\u0009collected\u0008obtained\u0004done\u0009performed\u0006survey\u0004scan\u0002ct\u0003mri\u0003cxr\u0004echo\u0003tte\u0003tee\u0003ekg\u0003ecg\u0003egd\u0003eeg\u0003emg\u0007urogram\u0009angiogram\u0004cath\u0006biopsy\u000bcolonoscopy\u0007surgery\u0006stroke\u0003cva\u0003tia\u0008admitted\u000adischarged\u0004seen\u0005visit\u0006placed\u0007removed\u0008delivery\u0009diagnosed\u000aultrasound\u0003pet\u0009mammogram\u0004test\u0006screen\u0009placement\u0007returns\u0006return\u0003see\u0009scheduled\u0007treated\u0008complete\u0009completed\u000btransferred\u0007started\u0003due\u0007planned\u0006booked\u0005start\u000ainstituted\u0009initiated\u0005begun\u0003uti\u0003pna\u0009pneumonia\u0003dvt\u0006sepsis\u0004swab\u0005swabs\u0004ebus\u000cbronchoscopy\u000dthoracentesis\u000cparacentesis\u0009endoscopy\u0004ercp\u0007signout\u0009interview\u000binterviewed\u0008enrolled\u0009consented\u000arandomized\u0008approved\u0009confirmed\u0009dispensed\u0008starting\u0006review\u0008reviewed\u0004read\u0005onset\u0007updated";

// (stop 31) Results and doses that a note dates in brackets after them: negative positive normal neg pos given received
// administered
const RESULT_WORDS31 = "\u0008negative\u0008positive\u0006normal\u0003neg\u0003pos\u0005given\u0008received\u000cadministered";

/**
 * (stop 30) The month/day at ts..b, small enough to read as a fraction or score, dates the test or event named right
 * before it: the word of EVENT_WORDS, then the pair closing its phrase, a colon, or a word that opens a clause ("Skeletal
 * survey 4/6: spiral fracture", "ct urogram 2/2 at cape cod hospital", "marked line (drawn 2/9).") or, in brackets
 * right after the word, the pair alone ("R MCA stroke (7/24), L hemiparesis"). Counts name what they count after them
 * ("biopsy 2/6 cores", "cultures 2/2 positive": no event word, or a noun after the pair).
 */
function eventDated(ts: u32, b: u32): bool {
  let s = ts;
  const paren = punctBefore(ts) == 0x28;
  if (paren) {
    if (punctAfter(b) != 0x29) return false;
    s = before(ts) == 0x28 ? ts - 1 : ts - 2;
    // (a value's date in brackets after it: "A1c 8.9 (9/16)", "wt 184 lb (down 3 lb from 2/4)" has its own word)
    let q = skipBlanksBack(s, 1);
    const v = q;
    while (q > 0 && isDigit(before(q))) q--;
    if (q < v && (before(q) == 0x2e && (q > 1 && isDigit(before(q - 1))))) return true;
    // (stop 31) a result or a dose given dated in brackets: "GBS negative (9/11)", "Flu shot given (10/2)"; a count of
    // bottles or doses, or a score out of 5 or 10, is no larger than its total ("cultures positive (2/2)", "given
    // (1/3)", "strength normal (5/5)")
    // (after "positive" a pair no larger than its total is a count of what was positive: "lymph nodes positive (2/9)")
    if (wordBefore(s, RESULT_WORDS31)) {
      const a = digitsEnd(ts);
      const vb = numValue(a + 1, b);
      return !(numValue(ts, a) <= vb && (vb <= 5 || (vb == 10 || wordBefore(s, "\u0008positive\u0003pos"))));
    }
  }
  // (an entry's heading dated after "from": "labs from 2/2: k 5.8"; "from 3/5 to 4/5" has no colon)
  if (!paren && (at(punctAt(b)) == 0x3a && wordBefore(s, "\u0004from"))) return true;
  // (stop 47, ag47b: or a procedure's or an image's name, procedureBefore47b: "thrombectomy 2/9 (TICI 3)", "XR 5/6 (acc")
  if (!wordBefore(s, EVENT_WORDS) && !procedureBefore47b(s)) return false;
  if (paren || (phraseEndsAt(b) || (at(punctAt(b)) == 0x3a || at(skipBlanks(b, 1)) == 0x28))) return true;
  return clauseOpensAfter(b) || byAfterFx41(b);
}

/**
 * (stop 41, fx29) After the value ending at b, one blank and "by" and a blank: the event's doer follows its date, "PICC
 * placed 3/10 by IR", "drawn 3/3 by RN" (a score is never done by anyone).
 */
export function byAfterFx41(b: u32): bool {
  return at(b) == 0x20 && ((at(b + 1) | 0x20) == 0x62 && ((at(b + 2) | 0x20) == 0x79 && at(b + 3) == 0x20));
}

/** After the value ending at b, past at most two blanks, a word of CLAUSE_WORDS opens the next clause ("10-23 for f/u"). */
export function clauseOpensAfter(b: u32): bool {
  const w = skipBlanks(b, 2);
  return w > b && (isAlpha(at(w)) && wordIndex(CLAUSE_WORDS, w, lettersEnd(w)) >= 0);
}

/**
 * (stop 30) A month and day joined by a dash, no year ("10-23"), right after a preposition of time, or after the
 * test or event it dates (eventDated), closing its phrase or before a word that opens a clause: "Seen on 10-23 for
 * f/u", "PICC placement 7-21". A range of counts has a noun or a unit after it ("sleeps on 3-4 pillows", "on 5-10 mg").
 */
function dashedMonthDay30(ts: u32, a: u32, b: u32, va: u32, vb: u32, cued: bool): u32 {
  if (a - ts > 2 || (b - a - 1 > 2 || (!dateOk(2000, va, vb) || (!cleanEnd(b) || (unitAfter(b) || ofAfter(b)))))) return 0;
  // (a date cue further back says nothing here: "INR 3.6 today (goal 2-3)")
  if (!temporalBefore(ts)) return eventDated(ts, b) ? put(ts, b, cued, 550) : 0;
  if (!(phraseEndsAt(b) || (at(punctAt(b)) == 0x3a || clauseOpensAfter(b)))) return 0;
  return put(ts, b, cued, 600);
}

// ---- Stop 38: a month and day without a year in the frames notes date things by (self-contained: dayInFrame38) ----

/**
 * A month and day [ts, b) small enough to read as a fraction or score (va/vb), dated by the words before it and closing
 * its phrase (or before a clause's word, a bracket, a time of day or a clock):
 * - the last time something happened, "last" and one or two words ("last fill 2/10.", "LAST DRINK 4/4 EVENING", "last
 *   BM 3/3;"): not a dose or a score among them ("last dose 1/4.", "last pain score 2/10" is the score's rule);
 * - the next appointment, "next" with its colon and at most one word ("Next: 5/6 for sealants", "NEXT: IN-PERSON
 *   2/10."); not "next 2/3 of the bottle";
 * - a move of a date or a stay: "moved/rescheduled/postponed/pushed/changed to 5/8", "transferred/admitted/arrived here
 *   2/6";
 * - "from" and a day with no range or scale after it ("cultures from 1/6 grew", "labs from 7/9,"): not "from 3/5 to
 *   4/5", and not over a denominator a scale or a common fraction uses (2-5, 10: "improved from 4/5", "down from 8/10");
 * - in brackets after a measured value (measuredBefore38), if no proper fraction of ten or less.
 */
function dayInFrame38(ts: u32, b: u32, va: u32, vb: u32): bool {
  // in brackets right after a measured value, a pair no proper fraction of a small total: "6MWT: 186 M (8/5) -> 254 M
  // (9/28)", "wt 71.4 kg (12/3)"; not "cultures (2/3)", "given (1/3)"
  if (punctBefore(ts) == 0x28) return punctAfter(b) == 0x29 && ((va > vb || vb > 10) && measuredBefore38(ts));
  let w1 = skipBlanksBack(ts, 2);
  if (w1 == ts) return false;
  // "Next: 5/6" (a colon right before the day: only "next" opens it)
  if (before(w1) == 0x3a) return wordEndsAt(skipBlanksBack(w1 - 1, 1), "\u0004next") && dayCloses38(b);
  if (!isAlpha(before(w1))) return false;
  if (wordEndsAt(w1, "\u0004from")) {
    if (vb <= 5 || vb == 10) return false;
    const q = skipBlanks(b, 2);
    const n = lettersEnd(q);
    if (at(b) == 0x2d || (at(q) == 0x2d || (eqWord(q, n, "to") || (eqWord(q, n, "thru") || eqWord(q, n, "through"))))) return false;
    return dayCloses38(b) || n > q;
  }
  if (!dayCloses38(b)) return false;
  if (wordEndsAt(w1, "\u0004next")) return true;
  const s1 = wordStart38(w1);
  if (wordEndsAt(w1, "\u0004here")) return wordBefore(s1, MOVED_HERE38);
  if (wordEndsAt(w1, "\u0002to")) return wordBefore(s1, MOVED_TO38);
  if (wordEndsAt(w1, DOSE_WORDS38)) return false;
  // "last" one or two words back ("last fill 2/10", "last clinic visit 3/9"), "next" one word back with or without
  // its colon ("next visit 3/9", "NEXT: IN-PERSON 2/10.")
  let w2 = skipBlanksBack(s1, 1);
  if (w2 == s1) return false;
  if (before(w2) == 0x3a) return wordEndsAt(skipBlanksBack(w2 - 1, 1), "\u0004next");
  if (!isAlpha(before(w2))) return false;
  if (wordEndsAt(w2, "\u0004last\u0004next")) return true;
  if (wordEndsAt(w2, DOSE_WORDS38)) return false;
  const s2 = wordStart38(w2);
  const w3 = skipBlanksBack(s2, 1);
  return w3 < s2 && (isAlpha(before(w3)) && wordEndsAt(w3, "\u0004last"));
}

/**
 * Before the bracket opening at ts (glued or one blank apart), a number of its own and a unit of 1-3 letters or '%':
 * "186 M (", "71.4 kg (".
 */
function measuredBefore38(ts: u32): bool {
  let q = skipBlanksBack(ts - (before(ts) == 0x28 ? 1 : 2), 1);
  if (before(q) == 0x25) q--;
  else {
    const u = lettersStart(q);
    if (q - u < 1 || q - u > 3) return false;
    q = skipBlanksBack(u, 1);
  }
  if (q == 0 || !isDigit(before(q))) return false;
  // the value a number of its own ("71.4 kg", "186 M"), not a code's digit ("pT3 N1a (1/19)", a count of nodes)
  while (q > 0 && (isDigit(before(q)) || before(q) == 0x2e && (q > 1 && isDigit(byteAt(q - 2))))) q--;
  return !isAlpha(before(q));
}

/** Start of the word of letters ending at k, a hyphenated one whole ("in-person"). */
function wordStart38(k: u32): u32 {
  let s = lettersStart(k);
  while (s > 1 && (before(s) == 0x2d && isAlpha(before(s - 1)))) s = lettersStart(s - 1);
  return s;
}

/** The day ending at b closes its phrase, or a clause's word, a time of day or a clock time follows it. */
function dayCloses38(b: u32): bool {
  if (phraseEndsAt(b) || (clauseOpensAfter(b) || (clockAfterDay(b) || meridiemAfter(b)))) return true;
  const q = skipBlanks(b, 1);
  if (q > b && at(q) == 0x28) return true;
  return q > b && wordIndex(DAY_PARTS38, q, lettersEnd(q)) >= 0;
}

// morning evening night afternoon noon am pm
const DAY_PARTS38 = "\u0007morning\u0007evening\u0005night\u0009afternoon\u0004noon\u0002am\u0002pm";
// moved rescheduled postponed pushed changed delayed
const MOVED_TO38 = "\u0005moved\u000brescheduled\u0009postponed\u0006pushed\u0007changed\u0007delayed";
// transferred admitted arrived seen
const MOVED_HERE38 = "\u000btransferred\u0008admitted\u0007arrived\u0004seen";
// dose doses dosing tab tabs tablet tablets pill pills cap caps
const DOSE_WORDS38 = "\u0004dose\u0005doses\u0006dosing\u0003tab\u0004tabs\u0006tablet\u0007tablets\u0004pill\u0005pills\u0003cap\u0004caps";

// ---- Stop 40, identifiers, ages and dates (id40): a day in brackets ----

// (stop 40) words of things counted before a bracketed pair: the pair is their count, "lymph nodes (2/16)", "positive
// (3/14)": positive negative involved cores nodes node margins samples specimens biopsies
const PAREN_COUNTS40 = "\u0008positive\u0008negative\u0008involved\u0005cores\u0005nodes\u0004node\u0007margins\u0007samples\u0009specimens\u0008biopsies";

/**
 * (stop 40) A month and a day over 12 alone in brackets, m/d [ts, b) with values va and vb: "gen med team c (3/14)",
 * "Next mapping: 1 week (3/21) and", "stroke (7/24)". A count in brackets names what it counts before it ("lymph nodes
 * (2/16)", "adenopatías metastásicas (2/16)", "positive (3/14)"): a plural word of 4+ letters ('s' last, not "ss", "is",
 * "us"), one of PAREN_COUNTS40, a past verb in "-ed" ("She counted (2/16) correct", test/tokenised-text.test.ts), a
 * number or '%' before the bracket refuse it; so does a month over 12 or a day over 31.
 */
function parenDayId40(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va < 1 || (va > 12 || (vb < 13 || (!dateOk(2000, va, vb) || (punctBefore(ts) != 0x28 || punctAfter(b) != 0x29))))) return false;
  const o = before(ts) == 0x28 ? ts - 1 : ts - 2;
  const k = skipBlanksBack(o, 2);
  if (k == o || !isAlpha(before(k))) return false;
  const ws = lettersStart(k);
  if (isWordish(before(ws)) && !isAlpha(before(ws))) return false;
  const last = before(k) | 0x20;
  const prev = before(k - 1) | 0x20;
  if (k - ws >= 4 && (last == 0x73 && (prev != 0x73 && (prev != 0x69 && prev != 0x75)))) return false;
  // (a verb of counting or scoring in the past before it: "She counted (2/16) correct", "answered (12/15)")
  if (k - ws >= 4 && (last == 0x64 && prev == 0x65)) return false;
  return wordIndex(PAREN_COUNTS40, ws, k) < 0;
}

/**
 * (stop 43, id43) After the month and day (va, vb) ending at b, ", " and a later day of the same month, one of the two
 * days past the 10th: the list's first day, as line lists and medication logs write the days of doses ("TX 3/10, 3/17",
 * "3/10, 3/12, 3/14"). Fractions in a list repeat their denominators ("1/2, 1/4" has no day past the 10th; "4/5, 4/5"
 * no later day).
 */
function dayListFx43(b: u32, va: u32, vb: u32): bool {
  if (at(b) != 0x2c || (at(b + 1) != 0x20 || !isDigit(at(b + 2)))) return false;
  const a2 = digitsEnd(b + 2);
  if (at(a2) != 0x2f || (!isDigit(at(a2 + 1)) || numValue(b + 2, a2) != va)) return false;
  const e2 = digitsEnd(a2 + 1);
  const vd = numValue(a2 + 1, e2);
  return e2 - a2 - 1 <= 2 && (!isDigit(at(e2)) && (at(e2) != 0x2f && (vd > vb && (vd > 10 && (dateOk(2000, va, vd) && cleanEnd(e2))))));
}

// ---- Stop 44, clinical round 35 (fx44): a range of two days alone in brackets ----

/**
 * (stop 44, fx44) The day va/vb at ts..b opens a range of two days alone in brackets, joined by a hyphen or an en dash
 * without blanks: "failed PT (1/15–2/26)", "(1/15-2/26)". The second day after the first, and one of the two days over
 * 12 (scores and fractions run "(4/5-5/5)", "(1/2-1/3)"). mdRangeEnd() reads the second day.
 */
function parenRange44(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (before(ts) != 0x28) return false;
  const d = dashLen(b);
  if (d == 0) return false;
  const s2 = b + d;
  const e2 = digitsEnd(s2);
  if (e2 == s2 || (e2 - s2 > 2 || at(e2) != 0x2f)) return false;
  const e3 = digitsEnd(e2 + 1);
  if (e3 == e2 + 1 || (e3 - e2 - 1 > 2 || at(e3) != 0x29)) return false;
  const vc = numValue(s2, e2);
  const vd = numValue(e2 + 1, e3);
  if (!dateOk(2000, va, vb) || (!dateOk(2000, vc, vd) || vb <= 12 && vd <= 12)) return false;
  return vc > va || vc == va && vd > vb;
}

// ---- Stop 46, id46: a bare month and day in the month the note's full dates name ----

// (stop 46) the month (1-12) of the last full date the scanner emitted ("03/14/2099", "2099-03-14") and where it ends;
// reset per text (resetDate46). With the name detector on a session keeps 16 KB of left context, so the month reaches
// 8 KB (as csv.ts's header); without it only the scanners' 512 bytes.
let noteMonth46: u32 = 0;
let noteMonthEnd46: u32 = 0;
let noteWide46: bool = false;

/** (stop 46) Forgets the note's month at a new text; `wide`: the name detector is on. */
export function resetDate46(wide: bool): void {
  noteMonth46 = 0;
  noteMonthEnd46 = 0;
  noteWide46 = wide;
}

// (stop 46) words after which a small pair is a reading, a count or a dose, never a day: the readings and counts a
// note writes as pairs and the prepositions of a share ("reflexes 2/4", "APGARS 8/9", "in 3/10 patients", "2 of 3")
const NOT_DAY46 = "\u0005apgar\u0006apgars\u0006reflex\u0008reflexes\u0003dtr\u0004dtrs\u0005pulse\u0006pulses\u0004tone\u0005edema\u0003sat\u0004sats\u0006vision\u0006acuity\u0002va\u0001x\u0002in\u0002of\u0004over\u0003out\u0003per\u0005level\u0005stage\u0006tanner\u0008cultures\u0007culture\u0007bottles\u0006bottle\u0004sets\u0003set\u0005ratio\u0005rated\u0006rating\u0006scored\u0005score\u0008fraction\u0008dilution\u0005titer\u0005titre\u0004cuts\u0003cut\u0003bid\u0003tid\u0003qid\u0005taper\u0004eyes\u0004ears\u0004dose\u0005doses\u0003tab\u0004tabs\u0004pill\u0005pills\u0005lobes\u0005views\u0007vessels\u0002cm\u0002mm\u0002as\u0002is\u0003was\u0003now\u0007waddell\u0005signs\u0005about\u000dapproximately\u0006approx\u0009currently";

// (stop 46) words after the pair that say what happened that day rather than what was counted ("3/3 without
// complication", "crossmatch 3/9 negative", "renal US 7/7 no hydro")
const DAY_AFTER46 = "\u0007without\u0008negative\u0003neg\u0002no";

/**
 * (stop 46) A month and day [ts, b) small enough to read as a fraction or a score (va/vb: "3/10", "2/2", "7/7"), in the
 * month of the note's last full date no more than 8 KB back (512 bytes without the name detector), after a word, a
 * bracket's close or a column's gap, and closing its phrase (or before a clause's word, "by", a dash, "without",
 * "negative", "no"): "made to Montgomery County DSS 3/10, intake worker", "removed by IR (Dr. Claflin) 3/3 without
 * complication", "HEP B #1 GIVEN 2/2." in a note dated 03/14/2099 or 02/20/2099. Notes date their events in the month
 * they are written; a score has its word before it (PAIR_WORDS_21 above, NOT_DAY46 here, a colon between allowed:
 * "Pain: 3/10", "reflexes 2/4") or its noun after it ("3/10 pain", "2/2 bottles": no phrase's end).
 */
function noteMonthDay46(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va != noteMonth46 || (noteMonthEnd46 > ts || ts - noteMonthEnd46 > (noteWide46 ? 8192 : 512))) return false;
  // (a part of four or five is a sign's or a grade's count, "WADDELL 1/5", "2/4 pulses"; a tenth with pain or a score
  // earlier on its line is the score, "rates her pain at rest as 3/10.")
  if ((vb == 4 || vb == 5) && va < vb || vb == 10 && scoreOnLine46(ts)) return false;
  let k = skipBlanksBack(ts, 4);
  if (k == ts && before(ts) != 0x0a) return false;
  if (before(k) == 0x3a) k = skipBlanksBack(k - 1, 1);
  const c = before(k);
  if (isAlpha(c)) {
    if (wordEndsAt(k, NOT_DAY46) || (wordEndsAt(k, PAIR_WORDS_21) || (wordEndsAt(k, COUNT_WORDS) || wordEndsAt(k, "\u0002to\u0004from") && (vb == 10 || vb <= 5)))) return false;
  } else if (c != 0x29 && (c != 0x0a && k > 0)) return false;
  if (phraseEndsAt(b) || (clauseOpensAfter(b) || byAfterFx41(b))) return true;
  const q = skipBlanks(b, 1);
  if (q == b) return false;
  // a dash set apart, or an en or em dash ("3/5 — early disseminated", "3/8 - table-saw injury")
  if (at(q) == 0x2d || at(q) == 0xe2) return dashApart(q);
  return isAlpha(at(q)) && wordIndex(DAY_AFTER46, q, lettersEnd(q)) >= 0;
}

/** (stop 46) "pain", "score" or "scale" (any case) in the 64 bytes before ts on its line. */
export function scoreOnLine46(ts: u32): bool {
  const lim: u32 = ts > 64 ? ts - 64 : 0;
  for (let q = ts; q > lim + 3; q--) {
    const c = byteAt(q - 1);
    if (c == 0x0a) return false;
    if ((c | 0x20) != 0x6e && (c | 0x20) != 0x65) continue;
    const w = lettersStart(q);
    if (q - w == 4 ? eqWord(w, q, "pain") : q - w == 5 && (eqWord(w, q, "score") || eqWord(w, q, "scale"))) return true;
  }
  return false;
}

/**
 * (stop 46) After a lower-case "mar" ending at w (a day before it), the phrase closes: at once (a sentence's period, a
 * comma, ';', ')', the line's end: "apixaban held 17 mar.", "called 0412 14 mar."), or after the two-digit year `ly`
 * ends ("discharge date: 14 mar 99", "seen 14 mar 99."). The medication record's "MAR" has a word after it ("per mar",
 * "14 mar entries reviewed": no close), and a year of four digits was read before.
 */
function marCloses46(w: u32, ly: u32): bool {
  if (ly != 0) return ly - w <= 4 && phraseEndsAt(ly);
  return phraseEndsAt(w);
}

// ---- Stop 46, lc46b: a lower-case dashed month's year before a unit's word; a claim form's compact period ----

/**
 * (stop 46, lc46b) Four digits at p, 1900-2199, ending clean (no digit, letter or '/' glued after): the year of a dashed
 * date ("14-may-2099 day 0"); its end, or 0.
 */
function dashedYear46b(p: u32): u32 {
  const y = digitsEnd(p);
  if (y - p != 4 || !cleanEnd(y)) return 0;
  const v = numValue(p, y);
  return v >= 1900 && v <= 2199 ? y : 0;
}

/**
 * (stop 46, lc46b) The month and day [ts, b) open their line and a column's gap (two blanks or a tab) follows, and the
 * line after or before opens the same way with another day of the same month: a log's rows, one a day ("5/8
 * 148/88 p72", "5/9    152/90 p74" in a home blood-pressure log). A grade's table opens its rows with "5/5" and "4/5",
 * a dose's with "1/2" and "1/4": a part of five or less, no more than its top, is refused.
 */
function rowDay46b(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (vb <= 5 && va <= vb || (ts > 0 && before(ts) != 0x0a || !columnGap46b(b))) return false;
  // the next line
  let q = b;
  while (q < inLen && at(q) != 0x0a) q++;
  if (q < inLen && rowDayAt46b(q + 1, va, vb)) return true;
  // the line before
  if (ts < 2) return false;
  let k = ts - 1;
  while (k > 0 && before(k) != 0x0a) k--;
  return rowDayAt46b(k, va, vb);
}

/** (stop 46, lc46b) Two blanks or a tab at b. */
function columnGap46b(b: u32): bool {
  return at(b) == 0x09 || (at(b) == 0x20 && at(b + 1) == 0x20);
}

/** (stop 46, lc46b) A line at s opens with month `va`, '/', a day other than `vb`, and a column's gap. */
function rowDayAt46b(s: u32, va: u32, vb: u32): bool {
  const a = digitsEnd(s);
  if (a == s || (a - s > 2 || (at(a) != 0x2f || numValue(s, a) != va))) return false;
  const e = digitsEnd(a + 1);
  if (e == a + 1 || e - a - 1 > 2) return false;
  const d = numValue(a + 1, e);
  return d != vb && (dateOk(2000, va, d) && columnGap46b(e));
}

/**
 * (stop 46, lc46b) Six digits at ts, month, day and two-digit year run together, then "thru", "through" or "to" and six
 * more the same way, a day on or after the first within a year: a claim form's statement period ("FL6 050899 THRU
 * 051399"). Emits both days; returns the end, or 0. An account's or an order's six digits have no such partner.
 */
export function compactPeriod46b(ts: u32): u32 {
  const a = digitsEnd(ts);
  if (a - ts != 6 || at(a) != 0x20) return 0;
  const q = a + 1;
  const w = lettersEnd(q);
  if (!(eqWord(q, w, "thru") || (eqWord(q, w, "through") || eqWord(q, w, "to"))) || at(w) != 0x20) return 0;
  const s2 = w + 1;
  const e2 = digitsEnd(s2);
  if (e2 - s2 != 6 || !cleanEnd(e2)) return 0;
  const k1 = compactKey46b(ts);
  const k2 = compactKey46b(s2);
  if (k1 == 0 || (k2 < k1 || k2 - k1 > 10000)) return 0;
  put(ts, a, false, 800);
  return put(s2, e2, false, 800);
}

/** (stop 46, lc46b) MMDDYY at s as YYMMDD + 1 when a calendar day, else 0. */
function compactKey46b(s: u32): u32 {
  const m = numValue(s, s + 2);
  const d = numValue(s + 2, s + 4);
  const y = numValue(s + 4, s + 6);
  return dateOk(2000, m, d) ? y * 10000 + m * 100 + d + 1 : 0;
}

// ---- Stop 47, clinical round 38 (fx47): a year glued to the day's comma ----

/**
 * (stop 47, fx47) At p, after a month name's day, a comma glued to a year of four digits, 1800-2199, that closes its
 * phrase (no unit after it): "MAR 3,1931", "Jul 19,2092" (VistA's FileMan dates). A thousands group has three digits
 * ("May 1,500 mg"), and a quantity its unit ("Mar 3,2000 mL").
 */
function gluedYear47(p: u32): bool {
  if (at(p) != 0x2c || !isDigit(at(p + 1))) return false;
  const y = digitsEnd(p + 1);
  if (y - p - 1 != 4) return false;
  const v = numValue(p + 1, y);
  return v >= 1800 && (v <= 2199 && (cleanEnd(y) && !unitAfter(y)));
}

/** (stop 47, fx47) The month the word [s, e) names, "mar" and "may" in lower case too (age.ts's birth dates, after their cue). */
export function monthAnyCase47(s: u32, e: u32): u32 {
  const m = monthOf(s, e);
  return m != 0 ? m : lowerMayMar(s, e);
}

// ---- Stop 47, ag47b: a procedure's name before a day; a clock time after a day ----

// (stop 47, ag47b) endings of procedures' names: ectomy otomy ostomy plasty scopy graphy ization (embolization,
// catheterization); and images' and procedures' short names: xr kub cta mra ablation cardioversion intubated extubated
// thrombectomy transfusion
const PROC_ENDINGS47B = "\u0006ectomy\u0005otomy\u0006ostomy\u0006plasty\u0005scopy\u0006graphy\u0007ization";
const PROC_WORDS47B = "\u0002xr\u0003kub\u0003cta\u0003mra\u0008ablation\u000dcardioversion\u0009intubated\u0009extubated\u000btransfusion";

/**
 * (stop 47, ag47b) The word right before ts names a procedure or an image that a note dates by the day after it
 * (eventDated() then asks the day to close its phrase, a bracket, a colon or a clause's word after it): a word of
 * PROC_WORDS47B, or one of 8+ letters ending as a procedure does ("thrombectomy 2/9 (TICI 3)", "IR embolization 5/5 (Dr.",
 * "XR 5/6 (acc"). Scores and counts name their scale, not a procedure ("strength 5/5", "cultures 2/2 positive").
 */
function procedureBefore47b(ts: u32): bool {
  const k = skipBlanksBack(ts, 2);
  if (k == ts) return false;
  const ws = lettersStart(k);
  if (ws == k || isWordish(before(ws))) return false;
  if (wordIndex(PROC_WORDS47B, ws, k) >= 0) return true;
  if (k - ws < 8) return false;
  for (let e: u32 = 5; e <= 7; e++) if (wordIndex(PROC_ENDINGS47B, k - e, k) >= 0) return true;
  return false;
}

/**
 * (stop 47, ag47b) Right before ts one blank and a numeric date without letters ("06/02", "6/2", "06/02/99"): digits
 * and slashes, a slash among them, nothing wordish before. The four digits at ts are then the entry's clock time.
 */
function dateThenClock47b(ts: u32): bool {
  if (ts < 4 || before(ts) != 0x20) return false;
  let i = ts - 1;
  let slashes: u32 = 0;
  while (i > 0 && (ts - i < 12 && (isDigit(before(i)) || before(i) == 0x2f))) {
    if (before(i) == 0x2f) slashes++;
    i--;
  }
  return slashes >= 1 && (slashes <= 2 && (isDigit(at(i)) && (isDigit(before(ts - 1)) && (i == 0 || !isWordish(before(i)) && (before(i) != 0x2d && before(i) != 0x2e)))));
}

/**
 * (stop 47, ag47b) The month/day [ts, b) stands in a list of dates: ", " (or " and ", " or ") joins it to a full date
 * with its year after it ("admissions (6/20, 7/9, 7/31/96)"), or to a date before it that no fraction or score is: a
 * full date, or a month/day whose day is 13-31 and no round total (20, 30): "seen 3/14, 4/2 and". A list of fractions
 * or scores has no such neighbour ("4/5, 5/5", "1/2, 1/4", "MMSE 11/30, 12/30").
 */
function listDate47b(ts: u32, b: u32): bool {
  // after: ", " or " and " / " or ", then m/d/y
  let p: u32 = 0;
  if (at(b) == 0x2c && at(b + 1) == 0x20) p = b + 2;
  else if (at(b) == 0x20) {
    const w = lettersEnd(b + 1);
    if (at(w) == 0x20 && (eqWord(b + 1, w, "and") || eqWord(b + 1, w, "or"))) p = w + 1;
  }
  if (p != 0) {
    const a1 = digitsEnd(p);
    if (a1 - p >= 1 && (a1 - p <= 2 && at(a1) == 0x2f)) {
      const a2 = digitsEnd(a1 + 1);
      if (a2 - a1 - 1 >= 1 && (a2 - a1 - 1 <= 2 && at(a2) == 0x2f)) {
        const a3 = digitsEnd(a2 + 1);
        if ((a3 - a2 - 1 == 2 || a3 - a2 - 1 == 4) && (cleanEnd(a3) && dateOk(2000, numValue(p, a1), numValue(a1 + 1, a2)))) return true;
      }
    }
  }
  // before: ", " or " and " / " or " after a date
  let q: u32 = 0;
  if (ts >= 2 && (before(ts) == 0x20 && before(ts - 1) == 0x2c)) q = ts - 2;
  else if (ts >= 2 && before(ts) == 0x20) {
    const ws = lettersStart(ts - 1);
    if (ws < ts - 1 && (before(ws) == 0x20 && (eqWord(ws, ts - 1, "and") || eqWord(ws, ts - 1, "or")))) q = ws - 1;
  }
  if (q < 4 || !isDigit(before(q))) return false;
  let i = q;
  let slashes: u32 = 0;
  while (i > 0 && (q - i < 10 && (isDigit(before(i)) || before(i) == 0x2f))) {
    if (before(i) == 0x2f) slashes++;
    i--;
  }
  if (i > 0 && (isWordish(before(i)) || before(i) == 0x2f)) return false;
  if (slashes == 2) return true;
  if (slashes != 1) return false;
  const m = digitsEnd(i);
  if (m - i > 2 || at(m) != 0x2f) return false;
  const d = numValue(m + 1, q);
  return q - m - 1 <= 2 && (d >= 13 && (d <= 31 && (d != 20 && (d != 30 && dateOk(2000, numValue(i, m), d)))));
}
