// Why this file exists: stop 50b (dt50b): a bare month/day small enough to read as a fraction or a score ("3/4", "1/7",
// "3/10") taken as a date in five frames that notes date days by and fractions, scores and doses never take: a list of
// two days of one month joined by "and", "or" or "&" ("missed 2 treatments 3/4 and 3/6"), right after "onset" ("ONSET
// 3/9 FLU A+"), right after a verb of a dated event, closing its phrase ("case closed 3/10.", "dental visited 3/6."), and
// right after a 24-hour clock time of four digits ("transport at 1300 6/7.", "NPO SINCE: 2200 3/10   LAST DOSE"), and
// after "from" that a measured change opens, closing its phrase ("wt 184 lb (down 3 lb from 2/4)", "(+2.8 from 3/10)").
// scanDate (date.ts) asks bareDay50b after refusing a unit or "of" after the pair and a score's word before it.

import { isAlpha } from "../input";
import { dateOk } from "./validators";
import {
  PAIR_WORDS_21, byAfterFx41, clauseOpensAfter, clockAfterDay, ofAfter, phraseEndsAt, scoreOnLine46, unitAfter,
} from "./date";
import {
  at, before, cleanEnd, digitsEnd, eqWord, isDigit, isWordish, lettersEnd, lettersStart, numValue, skipBlanks, skipBlanksBack,
  wordBefore, wordEndsAt, wordIndex,
} from "./util";

/**
 * (stop 50b) The month/day [ts, b) (month va 1-12, day vb), small enough to read as a fraction or a score, is a date by
 * its frame: dayList50b, onsetDay50b, eventVerb50b, clockDay50b or changeFrom50b.
 */
export function bareDay50b(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va < 1 || (va > 12 || !dateOk(2000, va, vb))) return false;
  return dayList50b(ts, b, va, vb) || (onsetDay50b(ts, b, vb) || (eventVerb50b(ts, b, va, vb) || (clockDay50b(ts, b, va, vb) ||
    changeFrom50b(ts, b, va, vb))));
}

// ---- a list of two days of one month ----

/**
 * The pair [ts, b) and another of the same month joined by " and ", " or " or " & " (one blank each side), the later day
 * second and over 4: "BCx 1/6 and 1/7 no growth", "home 2/7 or 2/8;", "missed 3/4 and 3/6 for snow". Fractions in a
 * list keep to halves, thirds and quarters ("1/2 and 1/4 tab": the later day 4, and a unit) or double the part ("3/4
 * and 3/8 inch", dilutions "1/4 and 1/8": the later day twice the earlier is refused), scores repeat their top
 * from another numerator ("4/5 and 5/5": another month) or the same pair ("2/4 and 2/4": no later day); a count's noun
 * or "of" after the second ("3/6 and 3/8 cultures", "2/3 and 2/5 of them") or a score's word before the first refuse it.
 */
function dayList50b(ts: u32, b: u32, va: u32, vb: u32): bool {
  // the first of the two: the second after the joiner
  const p = joinAfter(b);
  if (p != 0) {
    const a1 = digitsEnd(p);
    if (a1 - p >= 1 && (a1 - p <= 2 && (at(a1) == 0x2f && numValue(p, a1) == va))) {
      const e = digitsEnd(a1 + 1);
      const vd = numValue(a1 + 1, e);
      if (e - a1 - 1 >= 1 && (e - a1 - 1 <= 2 && (vd > vb && (vd > 4 && (vd != 2 * vb && dateOk(2000, va, vd)))))) {
        if (at(e) != 0x2f && (cleanEnd(e) && (!unitAfter(e) && !ofAfter(e)))) return true;
      }
    }
  }
  // the second of the two: the first before the joiner
  if (vb <= 4) return false;
  const q = joinBefore(ts);
  if (q == 0) return false;
  let j = q;
  while (j > 0 && (q - j < 3 && isDigit(before(j)))) j--;
  if (j == q || (q - j > 2 || before(j) != 0x2f)) return false;
  const vd = numValue(j, q);
  const m = j - 1;
  let s = m;
  while (s > 0 && (m - s < 3 && isDigit(before(s)))) s--;
  if (s == m || (m - s > 2 || (numValue(s, m) != va || (vd == 0 || (vd >= vb || vb == 2 * vd))))) return false;
  const c = before(s);
  if (s > 0 && (isWordish(c) || (c == 0x2f || (c == 0x2e || c == 0x2d)))) return false;
  return !wordBefore(s, PAIR_WORDS_21);
}

/** After the pair ending at b: " and ", " or " or " & "; the start of what follows, or 0. */
function joinAfter(b: u32): u32 {
  if (at(b) != 0x20) return 0;
  const q = b + 1;
  if (at(q) == 0x26) return at(q + 1) == 0x20 ? q + 2 : 0;
  const w = lettersEnd(q);
  if (at(w) != 0x20 || !(eqWord(q, w, "and") || eqWord(q, w, "or"))) return 0;
  return w + 1;
}

/** Before the pair at ts: " and ", " or " or " & "; the end of what comes before it, or 0. */
function joinBefore(ts: u32): u32 {
  if (ts < 4 || before(ts) != 0x20) return 0;
  const k = ts - 1;
  if (before(k) == 0x26) return before(k - 1) == 0x20 ? k - 2 : 0;
  const ws = lettersStart(k);
  if (ws == k || (ws < 2 || before(ws) != 0x20)) return 0;
  return eqWord(ws, k, "and") || eqWord(ws, k, "or") ? ws - 1 : 0;
}

// ---- after "onset" ----

// words of manner before "onset" that a score follows ("sudden onset 10/10 headache"): sudden acute abrupt gradual rapid
// new insidious
const ONSET_MANNER50B = "\u0006sudden\u0005acute\u0006abrupt\u0007gradual\u0005rapid\u0003new\u0009insidious";

/**
 * "onset" (a colon after it allowed) right before the pair: a line list's or a case's first day of symptoms ("RM 104
 * ONSET 3/9 FLU A+", "CNA SALAZAR ONSET 3/8 OFF WORK"). A word of manner before "onset" or a score's word after the pair
 * ("sudden onset 10/10 headache", "onset 7/10 pain"), or a tenth with pain or a score before it on its line, is a score.
 */
function onsetDay50b(ts: u32, b: u32, vb: u32): bool {
  let k = skipBlanksBack(ts, 2);
  if (k == ts) return false;
  if (before(k) == 0x3a) k = skipBlanksBack(k - 1, 1);
  if (!wordEndsAt(k, "\u0005onset")) return false;
  if (wordBefore(lettersStart(k), ONSET_MANNER50B)) return false;
  const w = skipBlanks(b, 2);
  if (isAlpha(at(w)) && wordIndex(PAIR_WORDS_21, w, lettersEnd(w)) >= 0) return false;
  return !(vb == 10 && scoreOnLine46(ts));
}

// ---- after a verb of a dated event ----

// verbs of events a note dates by the day after them, not in date.ts's EVENT_WORDS: visited closed cashed given mailed
// faxed sent filed notified called contacted died delivered dated born signed
const EVENT_VERBS50B = "\u0007visited\u0006closed\u0006cashed\u0005given\u0006mailed\u0005faxed\u0004sent\u0005filed\u0008notified\u0006called\u0009contacted\u0004died\u0009delivered\u0005dated\u0004born\u0006signed";

/**
 * A verb of EVENT_VERBS50B right before the pair, the pair closing its phrase (or a clause's word, "by", a clock time or a
 * bracket after it): "case closed 3/10.", "Gulf Coast Mobile Dental visited 3/6.", "check cashed 3/3;", "HEP B #1 GIVEN
 * 2/2.". Not a half, a third or a quarter ("given 1/2."), nor a tenth with pain or a score before it on its line.
 */
function eventVerb50b(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va < vb && vb <= 4 || (vb == 10 && scoreOnLine46(ts))) return false;
  if (!wordBefore(ts, EVENT_VERBS50B)) return false;
  return phraseEndsAt(b) || (clauseOpensAfter(b) || (byAfterFx41(b) || (clockAfterDay(b) || at(skipBlanks(b, 1)) == 0x28)));
}

// ---- after a clock time of four digits ----

// words before a 24-hour clock time: at since approx around about by
const CLOCK_OPENERS50B = "\u0002at\u0005since\u0006approx\u0006around\u0005about\u0002by";

/**
 * A 24-hour clock time of four digits (0000-2359) and one blank right before the pair, the time after "at", "since",
 * "approx", "around", "about", "by" or a colon, and the pair closing its phrase (or a clause's word or a column's gap
 * after it): "Coastline Medical Transport at 1300 6/7.", "NPO SINCE: 2200 3/10   LAST DOSE". A flowsheet's row opens
 * with its time and a score after it ("0800 3/10" under "TIME PAIN": no word or colon before the time), a tenth with
 * pain or a score before it on its line is the score ("pain at 1400 3/10."), and a half, a third or a quarter is a dose
 * ("at 0800 1/2 tab" has its unit too).
 */
function clockDay50b(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (va < vb && vb <= 4 || (vb == 10 && scoreOnLine46(ts))) return false;
  if (ts < 5 || before(ts) != 0x20) return false;
  const k = ts - 1;
  const h = k - 4;
  if (!isDigit(at(h)) || (!isDigit(at(h + 1)) || (!isDigit(at(h + 2)) || !isDigit(at(h + 3))))) return false;
  if (numValue(h, h + 2) > 23 || numValue(h + 2, k) > 59) return false;
  const c = before(h);
  if (h > 0 && (isWordish(c) || (c == 0x2f || (c == 0x2e || (c == 0x2d || c == 0x3a))))) return false;
  const j = skipBlanksBack(h, 2);
  const d = before(j);
  if (!(d == 0x3a || j < h && wordEndsAt(j, CLOCK_OPENERS50B))) return false;
  return phraseEndsAt(b) || (clauseOpensAfter(b) || (at(b) == 0x20 && at(b + 1) == 0x20));
}

// ---- after "from" that a measured change opens ----

// units of a weight's change before "from": lb lbs kg g oz
const CHANGE_UNITS50B = "\u0002lb\u0003lbs\u0002kg\u0001g\u0002oz";

/**
 * "from" right before the pair, a change measured before it, the pair closing its phrase: a number and a weight's unit
 * ("down 3 lb from 2/4)", "up 1.2 kg from 3/9."), or a signed number ("(+2.8 from 3/10)"): a weight against the day it
 * was last taken. A score's change names no weight and no sign ("improved from 3/5.", "down 2 from 8/10", "up 2 points
 * from 4/10"), and a range goes on after the pair ("from 3/5 to 4/5"). A half or a quarter is a date here too ("down 3 lb
 * from 2/4)": no dose is measured in pounds before "from").
 */
function changeFrom50b(ts: u32, b: u32, va: u32, vb: u32): bool {
  if (!phraseEndsAt(b)) return false;
  const k = skipBlanksBack(ts, 2);
  if (k == ts || !wordEndsAt(k, "\u0004from")) return false;
  let q = skipBlanksBack(lettersStart(k), 2);
  const us = lettersStart(q);
  const unit = us < q;
  if (unit) {
    if (wordIndex(CHANGE_UNITS50B, us, q) < 0) return false;
    q = skipBlanksBack(us, 1);
  }
  const v = q;
  while (q > 0 && (v - q < 8 && (isDigit(before(q)) || before(q) == 0x2e && (q > 1 && isDigit(before(q - 1)))))) q--;
  if (q == v || !isDigit(at(q))) return false;
  const c = before(q);
  if (!unit) return (c == 0x2b || c == 0x2d) && !isWordish(before(q - 1));
  return !isWordish(c);
}

// ---- two pairs no date is ----

// a page's word before a pair: p pp pg page pages
const PAGE_WORDS50B = "\u0001p\u0002pp\u0002pg\u0004page\u0005pages";

/**
 * (stop 50b) The month/day or day/month [ts, b) (va, vb) that is no date whatever its values: "24/7", around the clock
 * ("caregiver 24/7", "open 24/7 for calls"), unless a date's cue or a preposition of time labels it ("on 24/7"); a page
 * and its total after a page's word ("see p 3/12", "page 3/12", "p. 1/3"; not "s/p 3/12", status post).
 */
export function notDay50b(ts: u32, va: u32, vb: u32, cued: bool): bool {
  if (va == 24 && (vb == 7 && !cued)) return true;
  let k = skipBlanksBack(ts, 2);
  if (k == ts && before(ts) != 0x2e) return false;
  if (before(k) == 0x2e) k--;
  // (the word after a blank, a bracket or the line's start: "s/p 3/12", status post, is a date's frame)
  const ws = lettersStart(k);
  const c = before(ws);
  if (ws == k || !(ws == 0 || (c == 0x20 || (c == 0x09 || (c == 0x0a || c == 0x28))))) return false;
  return wordIndex(PAGE_WORDS50B, ws, k) >= 0;
}
