// Why this file exists: stop 51 (dt51): four digits that scanYear reads as a bare year (1900-2059) but a timed log writes
// as its entries' 24-hour clock times: a line that opens with the time after a line that opened with a time no year
// can be ("1830 REPORT TO ...\n1900 ADDENDUM", "1400  AMBULATED ...\n1900  REPORT GIVEN"), and an entry after a column's
// gap on a line a time opens, within the hour after it ("1921 DOOR   1924 ECG INFERIOR STEMI   1926 CATH LAB").
// scanYear (date.ts) asks yearClock51 before it emits a year.
// And a bare month/day small enough to read as a fraction or a score, between a test's name and its result: "INR 3/10
// 2.4.", "uds 3/10 pos fentanyl", "Histocompatibility 3/9 negative" (scanDate asks testResult51 in its last list of date
// frames, after a score's word and a unit have refused the pair); counts of bottles, cores and nodes and titres are
// written the same way and stay out ("blood cultures 2/4 positive", "cores 3/10 positive", "RPR 1/8 reactive").
// And a titre that reads as January's 16th: "titre 1/8 and 1/16" (scanDate refuses it with notDay50b's pairs: titre51).

import { isAlpha } from "../input";
import { at, before, isDigit, isWordish, lettersEnd, lettersStart, numValue, skipBlanksBack, wordEndsAt, wordIndex } from "./util";

/** The four digits at [s, s + 4) read as a 24-hour clock time (0000-2359, minutes under 60); its minutes of the day or -1. */
function clockMinutes51(s: u32): i32 {
  if (!isDigit(at(s)) || (!isDigit(at(s + 1)) || (!isDigit(at(s + 2)) || (!isDigit(at(s + 3)) || isDigit(at(s + 4)))))) return -1;
  const h = numValue(s, s + 2);
  const m = numValue(s + 2, s + 4);
  if (h > 23 || m > 59) return -1;
  return <i32>(h * 60 + m);
}

/** After the four digits ending at a: one or two blanks and a letter (a log entry's words). */
function entryWordsAfter51(a: u32): bool {
  if (at(a) != 0x20) return false;
  const p = at(a + 1) == 0x20 ? a + 2 : a + 1;
  return isAlpha(at(p));
}

/** The start of the line holding i (the byte after its '\n', or 0), looking back at most `max` bytes; i + 1 past it if none. */
function lineStart51(i: u32, max: u32): u32 {
  let s = i;
  while (s > 0 && (i - s < max && before(s) != 0x0a)) s--;
  if (s > 0 && before(s) != 0x0a) return i + 1;
  return s;
}

/**
 * (stop 51) The four digits [ts, a) (a bare year to scanYear) are a timed log's clock time: one or two blanks and an
 * entry's words after them, and
 * - the line opens with them, and the line before it opens with a clock time no year can be (0000-1859, 2100-2359)
 *   and an entry's words: "1830 REPORT TO O'SHAUGHNESSY RN.\n1900 ADDENDUM", "1830 pharmacy ...\n1945 apt 301";
 * - or two blanks or more stand before them, and their line opens with a clock time and an entry's words, the later
 *   time within the hour after it: "1921 DOOR   1924 ECG INFERIOR STEMI   1926 CATH LAB", "1954 ARTERIAL ACCESS (R
 *   RADIAL)   2007 DEVICE".
 * A list of years opens its lines with years ("2015 appendectomy\n2019 cholecystectomy": no line before opens with a time
 * that is no year), and a year after a gap is rarely an hour's minutes after its line's first ("1998 BUICK   2001 FORD":
 * 98 is no minute).
 */
export function yearClock51(ts: u32, a: u32): bool {
  if (a - ts != 4 || !entryWordsAfter51(a)) return false;
  const t = clockMinutes51(ts);
  if (t < 0) return false;
  const c = before(ts);
  if (ts == 0 || c == 0x0a) {
    if (ts < 8) return false;
    // the line before: back over its '\n' (and a '\r') to its start
    let e = ts - 1;
    if (before(e) == 0x0d) e--;
    const ps = lineStart51(e, 240);
    if (ps > e || e - ps < 6) return false;
    const pt = clockMinutes51(ps);
    return pt >= 0 && ((pt < 19 * 60 || pt >= 21 * 60) && entryWordsAfter51(ps + 4));
  }
  if (c != 0x20 || (ts < 3 || before(ts - 1) != 0x20)) return false;
  const ls = lineStart51(ts, 160);
  if (ls > ts || ts - ls < 8) return false;
  const ft = clockMinutes51(ls);
  return ft >= 0 && (t >= ft && (t - ft <= 60 && entryWordsAfter51(ls + 4)));
}

// ---- a test's name, the day, its result ----

// what a count after its noun counts, never a test dated by the day after it: cultures culture cx bcx bottles bottle
// sets set cores core nodes node ln biopsies specimens samples vials fields ratio of
const COUNTED51 = "\u0008cultures\u0007culture\u0002cx\u0003bcx\u0007bottles\u0006bottle\u0004sets\u0003set\u0005cores\u0004core\u0005nodes\u0004node\u0002ln\u0008biopsies\u0009specimens\u0007samples\u0005vials\u0006fields\u0005ratio\u0002of";
// a test's result after the day: pos neg positive negative reactive nonreactive detected undetectable
const RESULTS51 = "\u0003pos\u0003neg\u0008positive\u0008negative\u0008reactive\u000bnonreactive\u0008detected\u000cundetectable";

/**
 * (stop 51) The month/day [ts, b) (va 1-12, day vb) stands between a test's name and its result: one blank and a word of
 * letters or digits before it, one blank and after it a number with a decimal point ("INR 3/10 2.4.", "TSH 3/9 1.8,")
 * or a result's word (RESULTS51: "uds 3/10 pos fentanyl", "Histocompatibility 3/9 negative"). A count names what it
 * counts before the pair ("blood cultures 2/4 positive", "cores 3/10 positive", "nodes 2/9 negative": COUNTED51), a
 * titre or a dilution opens with 1 ("RPR 1/8 reactive", "ANA 1/8 positive"), a half, a third or a quarter is a dose; a
 * score's word before the pair is refused before this is asked ("strength 4/5 2.4").
 */
export function testResult51(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va < 2 || (va < vb && vb <= 4 || (at(b) != 0x20 || (ts < 3 || before(ts) != 0x20)))) return false;
  // the test's word before the pair: letters or digits, a whole word, a letter first
  const k = ts - 1;
  let ws = k;
  while (ws > 0 && (k - ws < 24 && isWordish(before(ws)))) ws--;
  if (ws == k || (k - ws > 20 || (isWordish(before(ws)) || ((at(ws) | 0x20) < 0x61 || (at(ws) | 0x20) > 0x7a)))) return false;
  if (wordIndex(COUNTED51, ws, k) >= 0) return false;
  // the result after it
  const p = b + 1;
  if (isDigit(at(p))) {
    let q = p;
    while (q < p + 4 && isDigit(at(q))) q++;
    if (at(q) != 0x2e || !isDigit(at(q + 1))) return false;
    q += 2;
    while (isDigit(at(q))) q++;
    const c = at(q);
    return !isWordish(c) && (c != 0x2f && (c != 0x25 && (c != 0x2e || !isDigit(at(q + 1)))));
  }
  const w = lettersEnd(p);
  return w > p && (!isWordish(at(w)) && wordIndex(RESULTS51, p, w) >= 0);
}

// ---- a titre ----

// a titre's words before it: titre titer titres titers dilution rpr vdrl
const TITRE_WORDS51 = "\u0005titre\u0005titer\u0006titres\u0006titers\u0008dilution\u0003rpr\u0004vdrl";

/**
 * (stop 51) The pair [ts, b) is a titre, 1 over a power of two (1/2 to 1/16), never January's day: after a titre's word
 * ("RPR titer 1/16", "dilution: 1/16"), or after another titre of the series, half or twice it, and " and ", " or ",
 * " to ", ", " or an arrow ("titre 1/8 and 1/16", "1:32 -> 1/16"). "titre 1/8 on 1/16" has its preposition before the day.
 */
export function titre51(ts: u32, va: u32, vb: u32): bool {
  if (va != 1 || (vb != 2 && (vb != 4 && (vb != 8 && vb != 16)))) return false;
  let k = skipBlanksBack(ts, 2);
  if (k == ts) return false;
  if (before(k) == 0x3a) k = skipBlanksBack(k - 1, 1);
  if (wordEndsAt(k, TITRE_WORDS51)) return true;
  // the joiner, then the other titre "1/M" or "1:M"
  let j = k;
  if (before(j) == 0x2c) j--;
  else if (before(j) == 0x3e && before(j - 1) == 0x2d) j = skipBlanksBack(j - 2, 1);
  else if (before(j) == 0x92 && (before(j - 1) == 0x86 && before(j - 2) == 0xe2)) j = skipBlanksBack(j - 3, 1);
  else {
    const ws = lettersStart(j);
    if (ws == j || !(wordIndex("\u0003and\u0002or\u0002to", ws, j) >= 0)) return false;
    j = skipBlanksBack(ws, 1);
    if (j == ws) return false;
  }
  let e = j;
  while (e > 0 && (j - e < 3 && isDigit(before(e)))) e--;
  if (e == j || (e < 2 || (before(e) != 0x2f && before(e) != 0x3a))) return false;
  const m = numValue(e, j);
  return before(e - 1) == 0x31 && (!isDigit(before(e - 2)) && (m * 2 == vb || m == vb * 2));
}
