// Why this file exists: stop 50's forms of an age over 89 that fixtures 1-40 missed, kept out of age.ts's long body:
// a family history's "d. 94" (died at), "died in Nablus at 97" (words between the death and "at"), "DOB 05/16/2003
// (95 y)" ("y" alone in brackets), a name's bracket opened by the age, "curtis lee standing bear (90, vietnam era", and
// the listed-name tests age.ts's older rules call in lower case (listedBefore50, relativeTwoLower50).

import { rangeData, tableReady } from "../names/table";
import { F_LAST_SHIFT } from "../names/flags";
import { isAlpha } from "../input";
import { ANALYTES42, COPULA_RELATIVES30, DEATH_WORDS, KIN_MORE32, listedName46b, reading49 } from "./age";
import { at, before, isWordish, lettersStart, punctAfter, skipBlanksBack, wordEndsAt, wordIndex } from "./util";

/**
 * (stop 50) After the number ending at a, "y" alone then ')', one blank or none between, and '(' right before the number
 * ts: "DOB 05/16/2003 (95 y)", "(93y)". scanAge asks over 89 only, where yAlone46() holds; no measure writes "(95 y)".
 */
export function yBracket50(ts: u32, a: u32): bool {
  if (before(ts) != 0x28) return false;
  const p = at(a) == 0x20 ? a + 1 : a;
  return (at(p) | 0x20) == 0x79 && at(p + 1) == 0x29;
}

// (stop 50) the word right after a word of death that opens the words before "at": in of from suddenly peacefully at
// ("died in Nablus at 97", "died of MI at 58", "DIED SUDDENLY AT 32", "died at home at 96")
const DEATH_THEN50 = "\u0002in\u0002of\u0004from\u0008suddenly\u000apeacefully\u0002at";

/**
 * (stop 50) deathAt()'s "at" ends at k ("at" before the number) and one to three words of letters stand between it and a
 * word of death (DEATH_WORDS), one blank apart, the first of them in DEATH_THEN50: "father Nabil Haddad Sr. died in
 * Nablus at 97;", "passed away peacefully at 95". Any other mark between ends the walk ("died. Mother at 95 lives").
 */
export function deathWordsAt50(k: u32): bool {
  let e = skipBlanksBack(k - 2, 1);
  if (e == k - 2) return false;
  // [ns, ne): the word after the current one, the first of the words between once the walk meets the word of death
  let ns: u32 = 0;
  let ne: u32 = 0;
  for (let n = 0; n < 4; n++) {
    const s = lettersStart(e);
    if (s == e || isWordish(before(s))) return false;
    if (n > 0 && wordIndex(DEATH_WORDS, s, e) >= 0) return wordIndex(DEATH_THEN50, ns, ne) >= 0;
    ns = s;
    ne = e;
    const j = skipBlanksBack(s, 1);
    if (j == s) return false;
    e = j;
  }
  return false;
}

/**
 * (stop 50) A family history's "d." (died) right before the age [ts, a), after '(' or after a name and its comma, and the
 * relative's entry closing after it (',', ';', ')', the line's end, or a blank and "of"): "grandmother vasiliki
 * anagnostopoulou, d. 94, \"stomach cancer\"", "Mother Joyce (d. 61, ovarian ca", "aunt despina kaloudi, d. 59 of
 * ovarian ca". Over 89 only (scanAge). "Glucose, d. 95," names a reading; "day 5" is "d5" or "d. 5", under 90.
 */
export function deathAbbrev50(ts: u32, a: u32): bool {
  const k = skipBlanksBack(ts, 1);
  if (k == ts || (k < 4 || (before(k) != 0x2e || ((before(k - 1) | 0x20) != 0x64 || isWordish(before(k - 2)))))) return false;
  const c = punctAfter(a);
  if (!(c == 0 || (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b || (c == 0x29 ||
    c == 0x20 && ((at(a + 1) | 0x20) == 0x6f && ((at(a + 2) | 0x20) == 0x66 && !isWordish(at(a + 3))))))))))) return false;
  const d = k - 2;
  // (after '(' only a relative's word or a listed name before the bracket: "Mother Joyce (d. 95,"; "vancomycin (d. 94 of
  // therapy)" counts days)
  if (before(d) == 0x28) return d >= 3 && (before(d - 1) == 0x20 && personBefore50(d - 2));
  if (d < 4 || (before(d) != 0x20 || before(d - 1) != 0x2c)) return false;
  const e = d - 2;
  const s = lettersStart(e);
  return e - s >= 2 && ((!isWordish(before(s)) || (before(s) == 0x2d || before(s) == 0x27)) && (!reading49(s, e) && wordIndex(ANALYTES42, s, e) < 0));
}

/** (stop 50) The word ending at e is a relative's ("mother", "son") or a listed given name or surname. */
function personBefore50(e: u32): bool {
  return wordEndsAt(e, COPULA_RELATIVES30) || (wordEndsAt(e, KIN_MORE32) || listedBefore50(e));
}

/**
 * (stop 50) The word of letters ending at e (two letters or more) is a listed given name or surname, moderate or strong,
 * no English word (listedName46b): "grady", "curtis", "Rudolph".
 */
export function listedBefore50(e: u32): bool {
  const s = lettersStart(e);
  if (e - s < 2 || !tableReady()) return false;
  const dt = rangeData(s, e);
  return listedName46b(dt, 0) || listedName46b(dt, F_LAST_SHIFT);
}

/**
 * (stop 50) copulaAge()'s subject in lower case: two words of a name in lower case, the second starting at ns (a
 * hyphened surname whole) and the first ending at j2, one of them listed (listedBefore50), and a relative's word before
 * them: "mother rosette pierre-louis is 97 and lives in jérémie". "mother of patient is 92" has no listed word.
 */
export function relativeTwoLower50(ns: u32, j2: u32): bool {
  const ms = lettersStart(j2);
  if (j2 - ms < 2 || (!(at(ns) >= 0x61 && at(ns) <= 0x7a) || (!(at(ms) >= 0x61 && at(ms) <= 0x7a) || isWordish(before(ms))))) return false;
  const j3 = skipBlanksBack(ms, 1);
  if (j3 == ms || !wordEndsAt(j3, COPULA_RELATIVES30)) return false;
  // (the surname's last part, "pierre-louis": its own end)
  let ne = ns;
  while (isAlpha(at(ne)) || at(ne) == 0x2d && isAlpha(at(ne + 1))) ne++;
  let ls = ne;
  while (ls > ns && isAlpha(before(ls))) ls--;
  return listedBefore50(j2) || (listedBefore50(ne) || ls > ns && listedBefore50(ls - 1));
}

// (stop 50) a scale named for a person, and its words, before a score in brackets: barthel morse braden karnofsky
// lawton katz berg tinetti apgar glasgow index scale ("Barthel (95, independent)", "Karnofsky index (90, ambulatory)")
const SCALES50 = "\u0007barthel\u0005morse\u0006braden\u0009karnofsky\u0006lawton\u0004katz\u0004berg\u0007tinetti\u0005apgar\u0007glasgow\u0005index\u0005scale";

/**
 * (stop 50) The age opens a name's bracket, a comma and a word after it, and a listed given name or surname (moderate or
 * strong, no English word) among the four words of letters before the bracket: "called vet curtis lee standing bear (90,
 * vietnam era", "Family of Kiniosi Rudolph (49, TB contact", "daughter Paige (19, at college". The word before the
 * bracket names no reading or analyte ("Glucose (95, fasting)", "Platelets (95, low)"); a number after the comma is a
 * list of values ("BP (95, 60)").
 */
export function parenComma50(ts: u32, a: u32): bool {
  if (ts < 4 || (before(ts) != 0x28 || (before(ts - 1) != 0x20 || (at(a) != 0x2c || (at(a + 1) != 0x20 || !isAlpha(at(a + 2))))))) return false;
  if (!tableReady()) return false;
  let e = ts - 2;
  for (let n = 0; n < 4; n++) {
    let s = lettersStart(e);
    if (e - s < 2 || (isWordish(before(s)) && before(s) != 0x2d)) return false;
    if (n == 0 && (reading49(s, e) || wordIndex(ANALYTES42, s, e) >= 0) || wordIndex(SCALES50, s, e) >= 0) return false;
    const dt = rangeData(s, e);
    if (listedName46b(dt, 0) || listedName46b(dt, F_LAST_SHIFT)) return true;
    // (a hyphened name's first part: "ella kowalczyk-moore (16, student)")
    if (s >= 2 && (before(s) == 0x2d && isAlpha(before(s - 1)))) s = lettersStart(s - 1);
    if (s < 2 || (before(s) != 0x20 || !isAlpha(before(s - 1)))) return false;
    e = s - 1;
  }
  return false;
}
