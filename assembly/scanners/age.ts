// Why this file exists: the AGE scanner: "92 y/o", "92yo", "92-year-old", "92 years old", "aged 92", "age: 92",
// "92 años", "edad: 92". Safe Harbor only requires ages over 89, so younger ages are reported only with SCAN_ALL_AGES.

import { rowAge55 } from "./id55";
import { ageYSex44, lowerRowAge44 } from "./ix44";
import { deathAbbrev50, deathWordsAt50, listedBefore50, parenComma50, relativeTwoLower50, yBracket50 } from "./age50";
import { bangBracket51, rowNameAge51 } from "./age51";
import { chatAfter52c, hedgeBack52c, nowAge52c } from "./age52c";
import { rangeData, tableReady } from "../names/table";
import { GENERATIONAL } from "../names/suffixes";
import { F_LAST_SHIFT, F_NOT_NAME, F_TIER_SHIFT } from "../names/flags";
import { ENTITY_AGE, REASON_AGE_CUE, REASON_AGE_FORMAT } from "../abi";
import { isAlnum, isAlpha } from "../input";
import { emit } from "../matches";
import { monthAnyCase47, ordinalEnd, unitAfter } from "./date";
import {
  apostropheBack, at, before, digitsEnd, eqWord, isDigit, isWordish, lettersEnd, lettersStart, numValue, punctAfter, skipBlanks, skipBlanksBack, startsWith, wordEndsAt,
  wordIndex,
} from "./util";

/** Words that make the number before them an age (after an optional blank or hyphen). */
// yo yrs yr year years años año anos ans jahre; (stop 29) the shorthand of a note's first line for "year-old male,
// female, woman, boy, girl": yom yof yow yob yog ("94 YOM with CP")
export const AGE_WORDS = "\u0002yo\u0003yrs\u0002yr\u0004year\u0005years\u0005a\u00c3\u00b1os\u0004a\u00c3\u00b1o\u0004anos\u0003ans\u0005jahre\u0003yom\u0003yof\u0003yow\u0003yob\u0003yog";

/**
 * Called at the first digit `ts` of a clean numeric token; `cued` when an age cue (age, aged, edad) precedes.
 * Emits one AGE finding over the number and returns the end of the phrase, or returns 0.
 */
export function scanAge(ts: u32, cued: bool, allAges: bool): u32 {
  const a = digitsEnd(ts);
  const n = a - ts;
  if (n == 0 || n > 3) return 0;
  const v = numValue(ts, a);
  if (v > 125) return 0;
  // a decade of life after a possessive: "in his 90s", "in her early 90's", "their mid-100s" ("sats in the 90s" is none)
  if (v % 10 == 0 && v >= 10) {
    let d = a;
    if (at(d) == 0x27) d++;
    else if (at(d) == 0xe2 && (at(d + 1) == 0x80 && at(d + 2) == 0x99)) d += 3;
    if ((at(d) | 0x20) == 0x73 && (!isWordish(at(d + 1)) && possessiveBefore(ts))) {
      if (v >= 90 || allAges) emit(ts, d + 1, ENTITY_AGE, REASON_AGE_FORMAT, 850);
      return d + 1;
    }
  }
  let p = a;
  if (at(p) == 0x2b) p++; // "90+ yo"
  if (at(p) == 0x2d || at(p) == 0x20) p++; // "92-year-old", "92 y/o"
  p = skipBlanks(p, 1);
  let end: u32 = 0;
  let strong = false;
  // "y/o" and every age word start with y, a or j: after any other byte there is no age word to look for
  const f = at(p) | 0x20;
  const ageWord = f == 0x79 || (f == 0x61 || f == 0x6a);
  if (ageWord && (startsWith(p, "y/o") || startsWith(p, "y.o"))) {
    end = p + 3;
    if (at(end) == 0x2e) end++;
    strong = true;
  } else if (ageWord) {
    const w = lettersEnd(p);
    // "años" has non-ASCII bytes: take the whole word
    let we = w;
    while (we < p + 12 && isWordish(at(we))) we++;
    const k = wordIndex(AGE_WORDS, p, we);
    if (k >= 0) {
      end = we;
      // "year old", "years-old", "years of age", "yo", "años": an age; bare "years" may be a duration
      let q = end;
      if (at(q) == 0x2d || at(q) == 0x20) q++;
      // (stop 49, ag49: or "years young", "HE WAS 101 YEARS YOUNG")
      strong = k == 0 || startsWith(q, "old") || startsWith(q, "of age") || k >= 5 || startsWith(q, "young");
      if (startsWith(q, "old")) end = q + 3;
      else if (startsWith(q, "young")) end = q + 5;
    }
  }
  // (stop 46, fx46) over 89, "y" alone for years where an age opens a phrase (ageLeads: the line's start, "a", "pt",
  // "patient", a label's colon), closed by '.', ',', ';', ')' or the line's end: "Patient 90 y.", "Pt 93 y, lives"
  // (stop 50, ag50: or in brackets, "DOB 05/16/2003 (95 y)"; yBracket50)
  if (end == 0 && (!cued && (v >= 90 && yAlone46(a)))) {
    if (ageLeads(ts) || yBracket50(ts, a)) {
      emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
      return a;
    }
  }
  // a sex letter after the age, the shorthand of a note's first line: "93yF", "93yoM" (always an age); "93M", "93 F"
  // only where an age opens a phrase (line start, "a", "Pt", "HPI:"): "T 99F" and "Tmax: 101 F" are temperatures
  if (end == 0 && !cued) {
    // (stop 49, ag49: over 89, the letter in lower case too where the line, a label's colon, "pt" or "patient" opens the
    // phrase, "nsg: 93f halvorsen", "pt 93 m with fall"; not after "a", "an": "a 100 m walk")
    let sx = sexLetterEnd(a);
    if (sx == 0 && (v >= 90 && lowerLead49(ts))) sx = sexLetterEnd(a, true);
    // (clinical round 18: or after a capitalised name and its comma, over 89 only: "Evangelos Papadimitriou, 91 M",
    // "PRUITT, ODESSA, 95 F"; nameCommaAge)
    if (sx != 0 && (at(a) == 0x79 || (ageLeads(ts) || (v >= 90 && (nameCommaAge(ts) || parenAge30(ts, a, sx)))))) {
      if (v >= 90 || allAges) emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, at(a) == 0x79 ? 850 : 700);
      return sx;
    }
  }
  // (round 19) a list's "LAST, FIRST" then the age glued to the sex letter, over 89: "rm 514 tanaka-ellis, george 94m -
  // dnr", "Bed 4 - Ruiz, Mary 91F" (listNameAge)
  // (stop 55, id55: or across a census row's column gap, a two-word surname, a quoted nickname, and "Y": rowAge55)
  if (end == 0 && (!cued && (v >= 90 && (listNameAge(ts, a) || rowAge55(ts, a))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 650);
    return a + 1;
  }
  // (stop 38, clinical round 29) the same row's age with its sex letter in capitals one blank on, or after a nickname
  // in quotes closing the name, over 89: "pt SCHROEDER, LOUISE 96 F RM 12", "RES 4  KRAMER, WILLARD "BUD" 90 M  RM 21"
  // (stop 40: the letter in lower case after a lower-case row's nickname, `kramer, willard "bud" 90 m`)
  if (end == 0 && (!cued && (v >= 90 && (at(a) == 0x20 && (sexLetterEnd(a) == a + 2 && (listNameAge(ts, a + 1) || quotedNickAge38(ts)) ||
    sexLetterEnd(a, true) == a + 2 && (at(a + 1) >= 0x61 && (at(ts - 3) >= 0x61 && quotedNickAge38(ts)))))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 650);
    return a + 2;
  }
  // (stop 44, ix44) over 89, a banner's "92 Y   M" (ageYSex44) and a lower-case sign-out row's "fontenot, clarisse 90 f"
  // (lowerRowAge44)
  if (end == 0 && (!cued && (v >= 90 && at(a) == 0x20))) {
    let r44 = ageYSex44(ts, a);
    if (r44 == 0) r44 = lowerRowAge44(ts, a);
    if (r44 != 0) return r44;
  }
  // an age in apposition after a word: "my grandmother, 93, fell", "(Maria Gonzalez, 91)" (over 89 only: a younger
  // number between commas is as often a count; never after a number: "sats 88, 92, 95")
  // (stop 49, ag49: or closed by a bracket's note or a dash's clause, or after "Sr." / "Jr.": appositive49)
  if (end == 0 && (!cued && (v >= 90 && (appositive(ts, a) || (bracketAppositive21(ts, a) || appositive49(ts, a)))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 500);
    return a;
  }
  // an age after a person and "is" or "was": "she is 93 and lives alone", "mother, who is 97, lives with", "he's 94
  // now" (over 89 only; "her sat is 93 on RA" and "HR is 95" have no person before the verb)
  // (stop 45, fx45: and "I'm" / "I am", and a clause going on with "can", "so", "too", "still", "already" or "!": "she
  // is 90 can she get seen", "(i'm 91!!)"; copulaAge, copulaI45)
  if (end == 0 && (!cued && (v >= 90 && (copulaAge(ts, a) || copulaI45(ts, a))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return a;
  }
  // (stop 49, ag49) an age told by hearsay: "her mother said to be 95 (needs wheelchair)", "reported to be 92 and"
  if (end == 0 && (!cued && (v >= 90 && toBe49(ts, a)))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return a;
  }
  // (stop 52c, ag52c) over 89, "now" opening a bracket or an apposition after a listed name or a relative: "her sister
  // Miriam Kaplan (now 92, living in Worcester)", "Aunt Rose, now 91, lives alone" (nowAge52c)
  if (end == 0 && (!cued && (v >= 90 && nowAge52c(ts, a)))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return a;
  }
  // (fifteenth round) an age at death: "MOTHER DIED AT 93 (STROKE)", "father passed away at 91."
  if (end == 0 && (!cued && (v >= 90 && deathAt(ts, a)))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 700);
    return a;
  }
  // (stop 49, ag49) over 89 after a relative and a name with no comma, after deathAt ("MOTHER DIED AT 93 (STROKE)" is
  // its): "MOTHER NAW MU MU 93 (WHEELCHAIR)", "grandma abuk deng 94 lives with them"
  if (end == 0 && (!cued && (v >= 90 && kinNameAge49(ts, a)))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 500);
    return a;
  }
  // (stop 50, ag50) over 89, a family history's "d." (died) before the age, "anagnostopoulou, d. 94, \"stomach cancer\""
  // (deathAbbrev50), and the age opening a listed name's bracket, "curtis lee standing bear (90, vietnam era" (parenComma50)
  if (end == 0 && (!cued && (v >= 90 && (deathAbbrev50(ts, a) || parenComma50(ts, a))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return a;
  }
  // (stop 51, dt51) over 89, a list's "LAST, GIVEN" with a quoted nickname or a bracket before ", 91:" ("LANDRY,
  // EUGENIA "GENIE" (RM 9), 100: R HEEL"; rowNameAge51), and "(100!)" after a listed name (bangBracket51)
  if (end == 0 && (!cued && (v >= 90 && (rowNameAge51(ts, a) || bangBracket51(ts, a))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return a;
  }
  // (stop 31) an ordinal birthday: "her 95th birthday", "celebrated his 100th b-day" (over 89, or every age with allAges)
  if (end == 0 && ((v >= 90 || allAges) && ordinalBirthday31(a))) {
    emit(ts, a + 2, ENTITY_AGE, REASON_AGE_FORMAT, 750);
    return a + 2;
  }
  // (stop 32) over 89: a sex letter in either case after a column gap, a header's lead or a name's comma ("FILOMENA   98 F",
  // "dob 08/15/1930  94f", "papadimitriou, 91 m"); the age alone in brackets after a relative ("Husband Homer (99)")
  if (end == 0 && (!cued && v >= 90)) {
    const r = ageForms32(ts, a);
    if (r != 0) {
      emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 650);
      return r;
    }
  }
  // (stop 43) over 89 between middle dots after a row's "LAST, FIRST": "Patient: Gunderson, Astrid · 95 · dx:"
  if (end == 0 && (!cued && (v >= 90 && (before(ts) == 0x20 && dotAge43(ts, a))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return a;
  }
  // (stop 33) an age to come after a person and "will be": "He will be 100 next month", "she'll be 95 in May" (over 89)
  if (end == 0 && (!cued && (v >= 90 && willBe33(ts, a)))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return a;
  }
  // (round 22) an age at which a person still does something: "proud that at 96 she still does her taxes", "At 94, he
  // lives alone" (over 89 only)
  if (end == 0 && (!cued && (v >= 90 && atAgeSubject22(ts, a)))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return a;
  }
  // (round 22) "years" in apposition after a name and its comma: "RE: ELDRIDGE FONTENOT, 90 YEARS, DOB" (over 89 only)
  // (stop 45, fx45: or between a banner's field separators, " · ", " | ", " • ": "Beaumont, Lurleen Faye · 90 years ·
  // MRN", "F | 92 yrs |"; fieldYears45)
  // (stop 48, fy48: or in a form's column, two blanks or more before the number and after the word, or a sex letter
  // after it: "VAN DER HOEVEN, CORNELIS   90 YRS   REF BY", "Pt 91 yrs F"; columnYears48)
  if (end != 0 && (!strong && (!cued && (v >= 90 && (yearsAppositive22(ts, end) || (fieldYears45(ts, end) || columnYears48(ts, end))))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 550);
    return end;
  }
  // (round 23) an age word alone in brackets after a date or a name: "DOB 6/30/2001 (94 YRS)", "(91 yrs)" (over 89 only)
  if (end != 0 && (!strong && (!cued && (v >= 90 && (before(ts) == 0x28 && at(end) == 0x29))))) {
    emit(ts, a, ENTITY_AGE, REASON_AGE_FORMAT, 600);
    return end;
  }
  // "for 92 years" is a duration unless an age cue precedes
  if ((end == 0 || !strong) && !cued) return 0;
  // a cue that is also a verb labels a measurement when one follows: "turned 90 degrees", "turns 95%"
  if (cued && (end == 0 && measureAfter(a))) return 0;
  if (v <= 89 && !allAges) return end != 0 ? end : a;
  emit(ts, a, ENTITY_AGE, cued ? REASON_AGE_CUE : REASON_AGE_FORMAT, cued || strong ? 900 : 600);
  return end != 0 ? end : a;
}

/**
 * After a number ending at a, what makes it a person's age rather than a measurement (copulaAge, willBe33): the end of
 * the text or the line, ',', ';', ')', a sentence's period (not a decimal point), or a blank and one of `words`.
 */
function clauseGoesOn(a: u32, words: string): bool {
  const c = punctAfter(a);
  if (c == 0x20) {
    const p = a + 1;
    const w = lettersEnd(p);
    return w != p && (!isWordish(at(w)) && wordIndex(words, p, w) >= 0);
  }
  return c == 0 || (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b || (c == 0x29 || (c == 0x2e && !(at(a + 1) >= 0x30 && at(a + 1) <= 0x39)))))));
}

/**
 * A person, then "is", "was" or a contracted "'s", right before the number [ts, a), and nothing after the number that
 * makes it a measurement: the end of the text or line, ',', ';', ')', a sentence's period (not a decimal point), or a
 * blank and a word that goes on about the person ("and", "now", "today", "but", "with", "who", "when", "lives",
 * "living").
 */
function copulaAge(ts: u32, a: u32): bool {
  // (stop 52c, ag52c: or a chat's word, "she is 92 lol", "she's 95 does she need it"; chatAfter52c)
  if (!clauseGoesOn(a, COPULA_AFTER) && (!clauseGoesOn45(a) && !chatAfter52c(a))) return false;
  const k = skipBlanksBack(ts, 2);
  if (k == ts) return false;
  // "he's 94", "she’s 93"
  if ((before(k) | 0x20) == 0x73) {
    const q = apostropheBack(k - 1);
    if (q < k - 1 && q > 0) return wordEndsAt(q, COPULA_SUBJECTS);
  }
  const vs = lettersStart(k);
  if (vs == k || (isWordish(before(vs)) || wordIndex(COPULA_VERBS, vs, k) < 0)) return false;
  const j = skipBlanksBack(vs, 2);
  if (j == vs) return false;
  // "mother, who is 97": the relative pronoun after a comma
  if (wordEndsAt(j, COPULA_SUBJECTS)) return true;
  // (stop 30) a relative and a given name before the verb: "my mom rosa is 92", "her husband Joe was 94" (not a pronoun
  // or "patient" before a word: "patient weight is 92.")
  let ns = lettersStart(j);
  if (ns == j) return false;
  // (stop 49, fy49: a hyphened surname's first part, "Rosette Pierre-Louis is 97")
  while (ns >= 2 && (before(ns) == 0x2d && isAlpha(before(ns - 1)))) ns = lettersStart(ns - 1);
  if (isWordish(before(ns))) return false;
  const j2 = skipBlanksBack(ns, 1);
  if (j2 < ns && (wordEndsAt(j2, COPULA_RELATIVES30) || titleEndsAt46(j2))) return true;
  // (stop 50, ag50: or in lower case, one of the two words a listed name, "mother rosette pierre-louis is 97 and lives")
  return j2 < ns && (relativeTwoNames49(ns, j2) || relativeTwoLower50(ns, j2));
}

/**
 * (stop 49, fy49) copulaAge's subject is a relative and two capitalised name words, the second starting at ns and the
 * first ending at j2: "Mother Rosette Pierre-Louis is 97 and lives in Jérémie", "MOTHER ROSETTE PIERRE-LOUIS IS 97"
 * (the older rule reads one name word, "my mom rosa is 92"). Capitals only: "mother of patient is 92" has none.
 */
function relativeTwoNames49(ns: u32, j2: u32): bool {
  const ms = lettersStart(j2);
  if (j2 - ms < 2 || (!(at(ns) >= 0x41 && at(ns) <= 0x5a) || (!(at(ms) >= 0x41 && at(ms) <= 0x5a) || isWordish(before(ms))))) return false;
  const j3 = skipBlanksBack(ms, 1);
  return j3 < ms && wordEndsAt(j3, COPULA_RELATIVES30);
}

// (stop 46, fx46) mr mrs ms miss: a person's courtesy title
const COURTESY46 = "\u0002mr\u0003mrs\u0002ms\u0004miss";

/**
 * (stop 46, fx46) A courtesy title ends at j, with or without its period: copulaAge's subject may be a titled surname
 * ("Mr. Cantrell is 92 and lives alone", "MRS OKAFOR IS 96 NOW"); "Dr." is left out (a clinician's age is rarely
 * told, and "Dr. Hale is 92 ..." is no sentence a note writes about its staff).
 */
function titleEndsAt46(j: u32): bool {
  return wordEndsAt(before(j) == 0x2e ? j - 1 : j, COURTESY46);
}

// (stop 30) the relatives of COPULA_SUBJECTS: mom mother dad father grandmother grandfather grandma grandpa husband wife
// spouse aunt uncle sister brother
export const COPULA_RELATIVES30 = "\u0003mom\u0006mother\u0003dad\u0006father\u000bgrandmother\u000bgrandfather\u0007grandma\u0007grandpa\u0007husband\u0004wife\u0006spouse\u0004aunt\u0005uncle\u0006sister\u0007brother";

// is was
const COPULA_VERBS = "\u0002is\u0003was";
// he she who pt patient mom mother dad father grandmother grandfather grandma grandpa husband wife spouse aunt uncle
// sister brother
// (one literal: a list is static data, never a string built at start-up)
const COPULA_SUBJECTS = "\u0002he\u0003she\u0003who\u0002pt\u0007patient\u0003mom\u0006mother\u0003dad\u0006father\u000bgrandmother\u000bgrandfather\u0007grandma\u0007grandpa\u0007husband\u0004wife\u0006spouse\u0004aunt\u0005uncle\u0006sister\u0007brother";
// and now today but with who when lives living
export const COPULA_AFTER = "\u0003and\u0003now\u0005today\u0003but\u0004with\u0003who\u0004when\u0005lives\u0006living";

/**
 * ", " before ts with a letter before the comma, and ",", ")" or ";" right after the number ending at a; the commas
 * may be written apart, as tokenised exports write them ("His sister , 102 , lives").
 */
function appositive(ts: u32, a: u32): bool {
  if (ts < 3 || (before(ts) != 0x20 || before(ts - 1) != 0x2c)) return false;
  let w = before(ts - 2);
  if (w == 0x20 && ts >= 4) w = before(ts - 3);
  if (!isWordish(w) || (w >= 0x30 && w <= 0x39)) return false;
  const c = punctAfter(a);
  return c == 0x2c || (c == 0x29 || c == 0x3b);
}

/**
 * (round 21) The age in apposition after a name and its bracket: "Wilhelmina Pruitt ("Miss Billie"), 96, dx",
 * "Mrs. Ocampo (Lola), 93, lives" (", " right before ts, ')' before the comma, the bracket opened within 30 bytes by a
 * quote or a capital, and a capitalised word of 3+ letters, no temperature's or vital sign's word, right before '(';
 * ",", ")" or ";" after the number). "Pulse (bpm), 96,", "HR (Apical), 92," and "Tmax (Oral), 101," stay values.
 */
function bracketAppositive21(ts: u32, a: u32): bool {
  if (ts < 8 || (before(ts) != 0x20 || (before(ts - 1) != 0x2c || before(ts - 2) != 0x29))) return false;
  const c = punctAfter(a);
  if (c != 0x2c && (c != 0x29 && c != 0x3b)) return false;
  let o = ts - 4; // (the byte before ')')
  const lim = ts > 34 ? ts - 34 : 0;
  while (o > lim && (at(o) != 0x28 && at(o) != 0x29)) o--;
  if (at(o) != 0x28 || (o < 3 || at(o - 1) != 0x20)) return false;
  const f = at(o + 1);
  const we = o - 1;
  // (stop 50, ag50: or a lower-case note after a listed name, "hollister, grady (mrn wmc-7718402), 93, transferred")
  if (f >= 0x61 && (f <= 0x7a && listedBefore50(we))) return true;
  if (f != 0x22 && !(f >= 0x41 && f <= 0x5a)) return false;
  const ws = lettersStart(we);
  // (stop 32: a lower-case name before a quoted nickname, "wilhelmina pruitt ("miss billie"), 96,")
  return we - ws >= 3 && ((at(ws) >= 0x41 && at(ws) <= 0x5a || f == 0x22 && (at(ws) >= 0x61 && at(ws) <= 0x7a)) && (wordIndex(TEMPERATURE_WORDS, ws, we) < 0 &&
    wordIndex(VITAL_WORDS_21, ws, we) < 0));
}

// (round 21) vital signs' words before a bracket and a value: pulse rate resp sats weight height glucose
const VITAL_WORDS_21 = "\u0005pulse\u0004rate\u0004resp\u0004sats\u0006weight\u0006height\u0007glucose";

/** "his", "her" or "their" right before ts, optionally with "early", "mid" or "late" between (a blank or a hyphen). */
function possessiveBefore(ts: u32): bool {
  let k = before(ts) == 0x2d ? ts - 1 : skipBlanksBack(ts, 2);
  if (k == ts) return false;
  let ws = lettersStart(k);
  if (ws == k) return false;
  if (wordIndex(DECADE_PARTS, ws, k) >= 0) {
    k = skipBlanksBack(ws, 2);
    if (k == ws) return false;
    ws = lettersStart(k);
    if (ws == k) return false;
  }
  return !isWordish(before(ws)) && wordIndex(POSSESSIVES, ws, k) >= 0;
}

// early mid late
const DECADE_PARTS = "\u0005early\u0003mid\u0004late";
// his her their
const POSSESSIVES = "\u0003his\u0003her\u0005their";

/**
 * A sex letter (M or F) after the number ending at a: "93M", "93 F", "93yF", "93yoM"; with anyCase (stop 32), "m" and
 * "f" too but no "y" or "yo" between ("94f", "91 m"). The end of the letter, or 0.
 */
function sexLetterEnd(a: u32, anyCase: bool = false): u32 {
  let p = a;
  if (!anyCase && at(p) == 0x79) {
    p++;
    if (at(p) == 0x6f) p++;
  } else if (at(p) == 0x20) p++;
  const c = anyCase ? at(p) & ~0x20 : at(p);
  if ((c != 0x4d && c != 0x46) || isWordish(at(p + 1))) return 0;
  return p + 1;
}

/**
 * True where an age opens a phrase before ts: the start of the input or a line, after "a", "an", "pt" or
 * "patient", or after a label's colon unless the label names a temperature ("T:", "Tmax:", "Temp:").
 */
function ageLeads(ts: u32): bool {
  let k = skipBlanksBack(ts, 2);
  if (k == 0) return true;
  const b = before(k);
  if (b == 0x0a || b == 0x0d) return true;
  const colon = b == 0x3a;
  if (colon) {
    k = skipBlanksBack(k - 1, 2);
    if (k == 0) return true;
  }
  if (!colon) return wordEndsAt(k, AGE_LEADS) || (ts - k == 2 && dateBeforeAge(k));
  const ws = lettersStart(k);
  return ws < k && (!isWordish(before(ws)) && wordIndex(TEMPERATURE_LABELS, ws, k) < 0);
}

// a an pt patient
const AGE_LEADS = "\u0001a\u0002an\u0002pt\u0007patient";
// t tm tmax tc tcurrent temp temperature
const TEMPERATURE_LABELS = "\u0001t\u0002tm\u0004tmax\u0002tc\u0008tcurrent\u0004temp\u000btemperature";

/** A percent or degree sign, or the word "degree(s)", "deg" or "percent", right after the number ending at a. */
function measureAfter(a: u32): bool {
  const p = skipBlanks(a, 1);
  const c = at(p);
  if (c == 0x25 || (c == 0xc2 && at(p + 1) == 0xb0)) return true;
  const w = lettersEnd(p);
  return w > p && (!isWordish(at(w)) && wordIndex(MEASURES, p, w) >= 0);
}

// degree degrees deg percent
const MEASURES = "\u0006degree\u0007degrees\u0003deg\u0007percent";

// ---- Twelfth clinical round (fixture 8): an age after the birth date of a header (self-contained: dateBeforeAge) ----

/**
 * A date with two slashes ends right at k, a column gap (two blanks: ageLeads checks) before the age: a header's birth
 * date, then the age and sex ("DOB 08/15/1930  94F  MRN"; "on 3/4/24 99F" in a sentence is a temperature). Digits and
 * two slashes back to a byte that is no word's.
 */
function dateBeforeAge(k: u32): bool {
  return dateRunStart(k, false) != k;
}

/**
 * Start of a date ending right at k: digits and two separators ('/'; with `anySep` '.' and '-' too), at most ten
 * bytes, after a byte that is no word's ("08/15/1930", "1995.06.03"); k when there is none.
 */
function dateRunStart(k: u32, anySep: bool): u32 {
  let i = k;
  let seps: u32 = 0;
  while (i > 0 && k - i < 10) {
    const b = before(i);
    if (b == 0x2f || anySep && (b == 0x2e || b == 0x2d)) seps++;
    else if (!isDigit(b)) break;
    i--;
  }
  return seps == 2 && i < k && isDigit(before(k)) && !isWordish(before(i)) ? i : k;
}

// ---- Fifteenth clinical round (fixture 12): an age at death (self-contained: deathAt) ----

/**
 * "at" right before the number [ts, a), after a word of death ("died", "death", "passed away", "expired",
 * "deceased"), and nothing after the number that makes it a time or a measurement: the end of the text or line, ',',
 * ';', '(' or ')', a sentence's period, or a blank and a word ("died at 93 of a stroke", "DIED AT 93 (STROKE)"). A
 * family history writes how old each relative was when they died; over 89 that age is PHI. "died at 1930" is a clock
 * time (four digits never reach here), "died at 93%" none.
 */
function deathAt(ts: u32, a: u32): bool {
  const c = punctAfter(a);
  if (c == 0x20) {
    if (!isWordish(at(a + 1)) && at(a + 1) != 0x28) return false;
    if (measureAfter(a)) return false;
  } else if (!(c == 0 || (c == 0x0a || (c == 0x0d || (c == 0x2c || (c == 0x3b || (c == 0x29 ||
    (c == 0x2e && !(at(a + 1) >= 0x30 && at(a + 1) <= 0x39))))))))) return false;
  const k = skipBlanksBack(ts, 2);
  if (k == ts || !wordEndsAt(k, "\u0002at")) return false;
  const j = skipBlanksBack(k - 2, 2);
  if (j == k - 2) return false;
  // (stop 29: "d." of a family history, "father d. at 92 of MI")
  if (j >= 2 && (before(j) == 0x2e && ((at(j - 2) | 0x20) == 0x64 && !isWordish(before(j - 2))))) return !unitAfter(a);
  // (stop 50, ag50: or one to three words between the death and "at", "died in Nablus at 97"; deathWordsAt50)
  return wordEndsAt(j, DEATH_WORDS) || deathWordsAt50(k);
}

// died death away (passed away) expired deceased alive
// (stop 36: and "alive at 98", the age a relative has reached in a family history)
export const DEATH_WORDS = "\u0004died\u0005death\u0004away\u0007expired\u0008deceased\u0005alive";

// ---- Clinical round 18 (fixture 15): an age and sex after a name and its comma (self-contained: nameCommaAge) ----

/**
 * ", " right before ts, and before the comma a word that opens with a capital and is no temperature's word: a
 * header's or a list's name, then the age and sex ("Patient: Evangelos Papadimitriou, 91 M", "bed 4 - Delphine
 * Rousseau, 97 F"). The caller asks only over 89 with a sex letter after the number; "Fever, 102 F", "TMAX, 101 F",
 * "HR 88, 99 F" (a number before the comma), "chills, 101 F" (no capital) stay temperatures.
 */
function nameCommaAge(ts: u32): bool {
  if (ts < 4 || (before(ts) != 0x20 || before(ts - 1) != 0x2c)) return false;
  const k = ts - 2;
  const ws = lettersStart(k);
  if (k - ws < 2 || isWordish(before(ws)) && (before(ws) != 0x2d && before(ws) != 0x27)) return false;
  const c = at(ws);
  return c >= 0x41 && (c <= 0x5a && wordIndex(TEMPERATURE_WORDS, ws, k) < 0);
}

// fever febrile afebrile temp temperature tmax t max spiked spike spikes pyrexia degrees deg oral rectal axillary
// tympanic
const TEMPERATURE_WORDS = "\u0005fever\u0007febrile\u0008afebrile\u0004temp\u000btemperature\u0004tmax\u0001t\u0003max\u0006spiked\u0005spike\u0006spikes\u0007pyrexia\u0007degrees\u0003deg\u0004oral\u0006rectal\u0008axillary\u0008tympanic";

// ---- Clinical round 19 (fixture 16): a list's "LAST, FIRST" and the age glued to the sex letter (self-contained) ----

/**
 * The number [ts, a) has a sex letter glued after it ("94m", "91F") and a list item's "LAST, FIRST" before it: one blank,
 * a word, ", ", a word that opens the item (a number, ')', ':', '-' or a line's start before it, as in sign-out lists:
 * "rm 514 tanaka-ellis, george 94m - dnr", "Bed 4 - Ruiz, Mary 91F"). No temperature's word on either side ("fever,
 * chills 101F"; "had chills, rigors 102F" has a word before the item's first word).
 */
function listNameAge(ts: u32, a: u32): bool {
  const c = at(a) | 0x20;
  if ((c != 0x6d && c != 0x66) || (isWordish(at(a + 1)) || (ts < 8 || before(ts) != 0x20))) return false;
  const ws2 = lettersStart(ts - 1);
  if (ts - 1 - ws2 < 2 || (ws2 < 4 || (before(ws2) != 0x20 || before(ws2 - 1) != 0x2c))) return false;
  const we1 = ws2 - 2;
  let ws1 = lettersStart(we1);
  if (we1 - ws1 < 2 || (wordIndex(TEMPERATURE_WORDS, ws1, we1) >= 0 || wordIndex(TEMPERATURE_WORDS, ws2, ts - 1) >= 0)) return false;
  // (a hyphened surname's first part: "tanaka-ellis")
  if (before(ws1) == 0x2d && ws1 >= 2) ws1 = lettersStart(ws1 - 1);
  const q = skipBlanksBack(ws1, 3);
  if (q == 0) return true;
  const b = before(q);
  return isDigit(b) || (b == 0x29 || (b == 0x3a || (b == 0x2d || (b == 0x0a || (b == 0x0d || b == 0x2e)))));
}

// ---- Stop 30: an age and sex alone in brackets (self-contained: parenAge30) ----

// words before a temperature in brackets: fever febrile afebrile temp temperature t tmax spiked
const TEMP_WORDS30 = "\u0005fever\u0007febrile\u0008afebrile\u0004temp\u000btemperature\u0001t\u0004tmax\u0006spiked";

/**
 * (stop 30) The age [ts, a) and its sex letter (ending at sx) are alone in brackets, the letter glued to the number:
 * "Rosa Diaz (93F) with CHF", "HPI: Pt is (94M)". "M" is always an age there; "F" is a temperature after a fever's or a
 * reading's word ("fever (101F)", "Tmax (99F)"). The caller asks over 89 only (a catheter's French size, "(16F)", is
 * smaller).
 */
function parenAge30(ts: u32, a: u32, sx: u32): bool {
  if (before(ts) != 0x28 || (at(sx) != 0x29 || sx != a + 1)) return false;
  return (at(a) | 0x20) == 0x6d || !wordEndsAt(skipBlanksBack(ts - 1, 2), TEMP_WORDS30);
}

/**
 * (stop 31) An ordinal's letters at a ("th", "st", "nd", "rd"), then one blank or dash and "birthday", "bday" or
 * "b-day": the age a birthday turns ("planning her 95th birthday"). "the 95th percentile" has no birthday.
 */
function ordinalBirthday31(a: u32): bool {
  // (ordinalEnd's letters, not its "º"/"ª")
  if (ordinalEnd(a) != a + 2 || at(a) >= 0x80) return false;
  let p = a + 2;
  if (at(p) != 0x20 && at(p) != 0x2d) return false;
  p++;
  if ((at(p) | 0x20) != 0x62) return false;
  const w = lettersEnd(p);
  if (eqWord(p, w, "birthday") || eqWord(p, w, "bday")) return true;
  return w == p + 1 && (at(w) == 0x2d && eqWord(w + 1, lettersEnd(w + 1), "day"));
}

// ---- Stop 31, clinical round 22 (fx19): an age after "at" before its person; "years" in apposition ----

/**
 * (round 22) "at" right before the number [ts, a), opening its clause (the text's or a line's start, a sentence's end,
 * or "that", "even", "now", "and", "but", "still", "yet", "only" before it), and "she", "he" or "the patient" after the
 * number (a comma between or not): "proud that at 96 she still does her own taxes", "At 94, he still drives". A
 * value's "at" has its measure's word before it and no person after ("sats at 92 on RA", "HR at 96 she was" has "HR"
 * before "at": no opener).
 */
function atAgeSubject22(ts: u32, a: u32): bool {
  let q = a;
  if (at(q) == 0x2c) q++;
  if (at(q) != 0x20) return false;
  q++;
  const w = lettersEnd(q);
  if (w == q || (isWordish(at(w)) || wordIndex(AT_AGE_SUBJECTS22, q, w) < 0)) return false;
  if ((at(q) | 0x20) == 0x74) {
    // "the patient"
    if (at(w) != 0x20) return false;
    const w2 = lettersEnd(w + 1);
    if (wordIndex("\u0007patient", w + 1, w2) < 0) return false;
  }
  const k = skipBlanksBack(ts, 2);
  if (k == ts || !wordEndsAt(k, "\u0002at")) return false;
  const j = skipBlanksBack(k - 2, 2);
  if (j == 0) return true;
  const c = before(j);
  if (j == k - 2) return c == 0x0a || (c == 0x0d || (c == 0x2e || (c == 0x3b || c == 0x3a)));
  return c == 0x2e || (c == 0x3b || wordEndsAt(j, AT_AGE_OPENERS22));
}

// she he the (patient)
const AT_AGE_SUBJECTS22 = "\u0003she\u0002he\u0003the";
// that even now and but still yet only
export const AT_AGE_OPENERS22 = "\u0004that\u0004even\u0003now\u0003and\u0003but\u0005still\u0003yet\u0004only";

/**
 * (round 22) ", " before the number at ts with a letter before the comma (a name's or a word's end, no number: "sats
 * 88, 92 years" cannot occur), and after the age word ending at `end` ("years", "yrs", "yr") a comma, ';', ')' or the
 * line's end: "RE: ELDRIDGE FONTENOT, 90 YEARS, DOB 06/01/2001", "(Ida Feld, 96 yrs)". "for 92 years, she" has no
 * comma before the number.
 */
function yearsAppositive22(ts: u32, end: u32): bool {
  if (ts < 3 || (before(ts) != 0x20 || before(ts - 1) != 0x2c)) return false;
  const w = before(ts - 2);
  if (!isWordish(w) || isDigit(w)) return false;
  const c = at(end);
  return c == 0x2c || (c == 0x3b || (c == 0x29 || (c == 0x0a || (c == 0x0d || c == 0))));
}

// ---- Stop 32, places and ages round (loc32): a sex letter in either case, an age in brackets after a relative ----

// (merge of loc32 and fx20's round 23, which wrote the same bracket rule: its relatives beyond COPULA_RELATIVES30)
export const KIN_MORE32 = "\u0003son\u0008daughter\u0006cousin\u0006friend\u0008neighbor\u0007partner";

/**
 * (stop 32) Over 89 (the caller's test), the number [ts, a) is an age in one of these forms; returns the phrase's end, or
 * 0. (1) A sex letter in either case after it, then a column gap or the line's end (a header's or a list's columns),
 * and before it the line's start, a column gap after a date or after a word that names no temperature ("PT:
 * D'AMBROSIO, FILOMENA   98 F   MRN", "dob 08/15/1930  94f  mrn"), or "m" after a name's comma ("evangelos
 * papadimitriou, 91 m      mrn"). "ambulated a 100 m with", "fever, 101 f", "T   99 F" stay. (2) The number alone in
 * brackets after a relative, or a relative and a name ("Husband Homer (99) resides", "her mother (94)"); "HR (99)",
 * "sats (95)" have no relative.
 */
function ageForms32(ts: u32, a: u32): u32 {
  const sx = sexLetterEnd(a, true);
  if (sx != 0) {
    const c = at(sx);
    // (stop 46, lc46b: or the letter glued in brackets between a banner's column gaps, any case: "MRN PSH-00719204   (91m)
    // ACCESS"; bannerParenAge46b)
    if (!(c == 0 || (c == 0x0a || (c == 0x0d || c == 0x20 && at(sx + 1) == 0x20)))) return c == 0x29 && bannerParenAge46b(ts, a, sx) ? sx + 1 : 0;
    const k = skipBlanksBack(ts, 8);
    const b = before(k);
    if (k == 0 || (b == 0x0a || b == 0x0d)) return sx;
    if (ts - k >= 2) {
      if (isDigit(b)) return dateBeforeAge(k) ? sx : 0;
      // (stop 33) a name's initial and its period before the column: "Pt: Lindgren, Solveig A.   95F   DOB"
      if (b == 0x2e) return initialBefore33(k) ? sx : 0;
      const ws = lettersStart(k);
      return k - ws >= 2 && wordIndex(TEMPERATURE_WORDS, ws, k) < 0 ? sx : 0;
    }
    if ((at(sx - 1) | 0x20) != 0x6d || (at(a) != 0x20 || b != 0x2c)) return 0;
    const ws = lettersStart(k - 1);
    return k - 1 - ws >= 3 && wordIndex(TEMPERATURE_WORDS, ws, k - 1) < 0 && wordIndex(FEVER_SIGNS33, ws, k - 1) < 0 ? sx : 0;
  }
  // (stop 43: or a room's or a bed's code after the age and a comma, "Greeley, Fern (93, 6E-21) | G8820560")
  // (stop 46, fx46: or a comma and a clause about the person, "her sister opal (93, lives with them)": the kin tests below
  // still decide)
  if (ts < 4 || (before(ts) != 0x28 || at(a) != 0x29 && (!roomAfterAge43(a) && !clauseComma46(a)))) return 0;
  const k = skipBlanksBack(ts - 1, 2);
  if (k == ts - 1) return 0;
  if (wordEndsAt(k, COPULA_RELATIVES30) || wordEndsAt(k, KIN_MORE32)) return a + 1;
  // (stop 36) or right after a birth date and its cue: "DOB: 1995.06.03 (101)", "DOB 06/30/2006 (90)"
  if (dobDateBefore36(k)) return a + 1;
  // (stop 47, fx47: or a birth date written with its month's name, "DOB: MAR 3,1931 (92)", "DOB 3 Mar 1931 (92)")
  if (namedDob47(k)) return a + 1;
  const ws = lettersStart(k);
  if (ws == k || isWordish(before(ws))) return 0;
  const j = skipBlanksBack(ws, 1);
  return j < ws && (wordEndsAt(j, COPULA_RELATIVES30) || wordEndsAt(j, KIN_MORE32)) || kinNames39(k) || kinCasedFx40(k) ||
    invertedNameFx41(k) || nickKin46(ws) || at(a) == 0x29 && (nameBracket46b(k, a) || titledName47(k)) ? a + 1 : 0;
}

// ---- Stop 39, clinical round 30 (fx27): a relative's name of two or three words before the age in brackets ----

/**
 * (stop 39) The words ending at k (before " (94)") are two or three capitalised words of a name, hyphens and
 * apostrophes inside allowed, one blank between, and a relative's word right before them: "grandmother Winifred Quimby
 * (90)", "her mother Ida Mae Perkins-Hall (94)". Each word a capital and a lower-case letter first, so ALL CAPS and lower
 * case are not read ("MOTHER REPORTS HR (99)" and "mother reports hr (99)" stay numbers).
 */
function kinNames39(k: u32): bool {
  let e = k;
  for (let n = 0; n < 3; n++) {
    let s = e;
    while (s > 0 && (isAlpha(before(s)) || (before(s) == 0x2d || before(s) == 0x27) && (s > 1 && isAlpha(before(s - 1))))) s--;
    if (e - s < 2 || (at(s) < 0x41 || (at(s) > 0x5a || (at(s + 1) < 0x61 || at(s + 1) > 0x7a)))) return false;
    if (s < 3 || before(s) != 0x20) return false;
    e = s - 1;
    // (stop 44, fx44: or "-in-law" after the relative's word, as kinCasedFx40() reads it in ALL CAPS and lower case:
    // "mother-in-law Rosa Luna (91).")
    if (n > 0 && (wordEndsAt(e, COPULA_RELATIVES30) || (wordEndsAt(e, KIN_MORE32) || inLawFx40(e)))) return true;
  }
  return false;
}

// ---- Stop 40, clinical round 31 (fx28): the same in ALL CAPS and in lower case ----

// (stop 40) words that say the number in brackets is no relative's age: a reporting verb after the relative's word and
// the vital signs and measures it reports ("MOTHER REPORTS HR (99)", "wife states pain (10)")
const KIN_NOT_NAMES_FX40 = "\u0007reports\u0008reported\u0006states\u0006stated\u0004says\u0004said\u0005notes\u0005noted\u0003has\u0003had\u0002is\u0003was\u0002hr\u0002bp\u0005pulse\u0004temp\u0003sat\u0004sats\u0004spo2\u0002rr\u0002wt\u0006weight\u0007glucose\u0005sugar\u0004pain\u0005score\u0002o2\u0003his\u0003her";

/**
 * (stop 40, fx28) kinNames39() for ALL CAPS and lower-case text: the words ending at k (before " (92)") are two or
 * three words of one case (all capitals or all lower case, hyphens and apostrophes inside), one blank between, and a
 * relative's word right before them, "-in-law" allowed: "GRANDFATHER WALTER REDCORN (92) WITNESSED", "mother-in-law
 * fannie peachey (92) helping", "wife clarissa flint (92)". No reporting verb, vital sign or measure among them
 * ("MOTHER REPORTS HR (99)", "mother reports hr (99)" stay numbers).
 */
function kinCasedFx40(k: u32): bool {
  let e = k;
  let upper: i32 = -1;
  for (let n = 0; n < 3; n++) {
    let s = e;
    while (s > 0 && (isAlpha(before(s)) || (before(s) == 0x2d || before(s) == 0x27) && (s > 1 && isAlpha(before(s - 1))))) s--;
    if (e - s < 2 || (s < 3 || before(s) != 0x20)) return false;
    for (let i = s; i < e; i++) {
      const c = at(i);
      if (!isAlpha(c)) continue;
      const u: i32 = c < 0x61 ? 1 : 0;
      if (upper < 0) upper = u;
      else if (u != upper) return false;
    }
    // (and id40's readings and temperature words, which its own copy of this rule refused; the merge kept one rule:
    // "wife checks glucose (95)", "mother reports temp (101)")
    if (wordIndex(KIN_NOT_NAMES_FX40, s, e) >= 0 || (wordIndex(KIN_READINGS40, s, e) >= 0 || wordIndex(TEMPERATURE_WORDS, s, e) >= 0)) return false;
    e = s - 1;
    if (n > 0 && (wordEndsAt(e, COPULA_RELATIVES30) || (wordEndsAt(e, KIN_MORE32) || inLawFx40(e)))) return true;
  }
  return false;
}

/** (stop 40, fx28) "-in-law" ends at e after a relative's word ("MOTHER-IN-LAW", "sister-in-law"). */
function inLawFx40(e: u32): bool {
  if (e < 10 || ((at(e - 1) | 0x20) != 0x77 || ((at(e - 2) | 0x20) != 0x61 || ((at(e - 3) | 0x20) != 0x6c || (at(e - 4) != 0x2d ||
    ((at(e - 5) | 0x20) != 0x6e || ((at(e - 6) | 0x20) != 0x69 || at(e - 7) != 0x2d))))))) return false;
  return wordEndsAt(e - 7, COPULA_RELATIVES30) || wordEndsAt(e - 7, KIN_MORE32);
}

// (stop 36) a birth date's cues: dob born birth birthdate (and "d.o.b." by its last letter and periods)
const DOB_CUES36 = "\u0003dob\u0004born\u0005birth\u0009birthdate";

/**
 * (stop 36) A date ends at k (digits with '/', '.' or '-' between, two separators, back to a byte that is no word's)
 * and a birth date's cue stands right before it, a colon allowed: "DOB: 1995.06.03", "DOB 06/30/2006", "born
 * 1/2/1930", "D.O.B. 3-4-1931". The age in brackets after such a date is the patient's.
 */
function dobDateBefore36(k: u32): bool {
  const i = dateRunStart(k, true);
  if (i == k || !isDigit(at(i))) return false;
  return dobCueBefore47(i);
}

/** (stop 47, fx47: dobDateBefore36's second half) A birth date's cue stands right before i, a colon allowed. */
function dobCueBefore47(i: u32): bool {
  let j = skipBlanksBack(i, 2);
  if (before(j) == 0x3a) j = skipBlanksBack(j - 1, 2);
  if (j == i) return false;
  if (wordEndsAt(j, DOB_CUES36)) return true;
  // "d.o.b." / "D.O.B"
  const q = before(j) == 0x2e ? j - 1 : j;
  return q >= 5 && ((before(q) | 0x20) == 0x62 && (before(q - 1) == 0x2e && ((before(q - 2) | 0x20) == 0x6f && (before(q - 3) == 0x2e &&
    (before(q - 4) | 0x20) == 0x64))));
}

// ---- Stop 33, places, ages and IDs round (loc33): an initial before a column's age, an age to come ----

// (stop 33) signs of a fever before a temperature's comma: chills rigors sweats ("chills, 102 m" is no age)
const FEVER_SIGNS33 = "\u0006chills\u0006rigors\u0006sweats";

/**
 * (stop 33) A name's initial and its period end at k ("Solveig A." before "   95F", "solveig a."): one letter other
 * than "T" (a temperature's "T.") after a blank.
 */
function initialBefore33(k: u32): bool {
  if (k < 3) return false;
  const c = before(k - 1) | 0x20;
  return c >= 0x61 && (c <= 0x7a && (c != 0x74 && before(k - 2) == 0x20));
}

// (stop 33) words after an age to come: next in on this by tomorrow soon and
const WILL_BE_AFTER33 = "\u0004next\u0002in\u0002on\u0004this\u0002by\u0008tomorrow\u0004soon\u0003and";

/**
 * (stop 33) "be" right before the number [ts, a), "will" or a contracted "'ll" before it after a person (COPULA_SUBJECTS:
 * "he", "she", "who", "patient", a relative), and after the number the clause's end or a word of when ("next",
 * "in", "on", "this", "by", "tomorrow", "soon", "and"): "He will be 100 next month", "mom will be 95 on Sunday", "she'll
 * be 91.". Not "the dose will be 100 mg", "he will be 100% compliant". Returns true when it is an age.
 */
function willBe33(ts: u32, a: u32): bool {
  // (stop 51, dt51: or a note after a dash, "she will be 94 — activities asked about a cake"; noteAfter49)
  if (!clauseGoesOn(a, WILL_BE_AFTER33) && !noteAfter49(a)) return false;
  const k = skipBlanksBack(ts, 2);
  if (k == ts || (k < 4 || !wordEndsAt(k, "\u0002be"))) return false;
  const j = skipBlanksBack(k - 2, 2);
  if (j == k - 2 || j < 4) return false;
  // "will", or "'ll" after the person ("she'll")
  const w = wordEndsAt(j, "\u0004will") ? j - 4 : wordEndsAt(j, "\u0002ll") ? apostropheBack(j - 2) : j;
  const q = w < j - 2 ? skipBlanksBack(w, 2) : 0;
  return q > 0 && wordEndsAt(q, COPULA_SUBJECTS);
}

/**
 * (stop 38, clinical round 29) One blank before the age at ts, and before it a nickname in capitals or capitalised in
 * double quotes after "LAST, FIRST": `KRAMER, WILLARD "BUD" 90 M` (a list's row; the sex letter is the caller's test).
 */
function quotedNickAge38(ts: u32): bool {
  if (ts < 8 || (before(ts) != 0x20 || before(ts - 1) != 0x22)) return false;
  const we = ts - 2;
  const ws = lettersStart(we);
  if (we - ws < 2 || (ws < 4 || (before(ws) != 0x22 || before(ws - 1) != 0x20))) return false;
  const e1 = ws - 2;
  const s1 = lettersStart(e1);
  if (e1 - s1 < 2 || (s1 < 3 || (before(s1) != 0x20 || before(s1 - 1) != 0x2c))) return false;
  // (stop 40: or both in lower case, as a lower-case list writes the row: `kramer, willard "bud" 90 m`)
  return at(ws) >= 0x41 && (at(ws) <= 0x5a && (at(s1) >= 0x41 && at(s1) <= 0x5a)) || at(ws) >= 0x61 && at(s1) >= 0x61;
}

// ---- Stop 40, identifiers, ages and dates (id40): a relative's name in ALL CAPS or lower case before "(94)" ----

// (stop 40) readings a relative reports in brackets: hr rr bp sat sats pulse rate weight height glucose sugar
// oxygen level reading score
const KIN_READINGS40 = "\u0002hr\u0002rr\u0002bp\u0003sat\u0004sats\u0005pulse\u0004rate\u0006weight\u0006height\u0007glucose\u0005sugar\u0006oxygen\u0005level\u0007reading\u0005score";


// ---- Stop 41, clinical round 32 (fx29): an age in brackets after a list's "LAST, FIRST" ----

/**
 * (stop 41) The case of the word [s, e), letters with hyphens and apostrophes inside: 0 all lower case, 1 all capitals,
 * 2 capitalised (a capital, then lower case; "McLeod", "O'Neil" count as capitalised by their first two letters), 3 none.
 */
function caseFx41(s: u32, e: u32): u32 {
  let up: u32 = 0;
  let low: u32 = 0;
  for (let i = s; i < e; i++) {
    const c = at(i);
    if (!isAlpha(c)) continue;
    if (c < 0x61) up++;
    else low++;
  }
  if (up == 0) return 0;
  if (low == 0) return 1;
  // (stop 50, ag50: after a capital, an apostrophe and a capital, the letter after them, as the comment says: "O'Neil",
  // "D'Ambrosio-Kettle")
  const l = at(s + 1) == 0x27 && (e - s > 3 && (at(s + 2) >= 0x41 && at(s + 2) <= 0x5a)) ? s + 3 : s + 1;
  return at(s) < 0x61 && at(l) >= 0x61 ? 2 : 3;
}

/** (stop 41) The word [s, e) is a name's word of case `cs` (caseFx41), two letters or more, no reading or measure. */
function nameWordFx41(s: u32, e: u32, cs: u32): bool {
  if (e - s < 2 || caseFx41(s, e) != cs) return false;
  return wordIndex(KIN_NOT_NAMES_FX40, s, e) < 0 && (wordIndex(KIN_READINGS40, s, e) < 0 && (wordIndex(TEMPERATURE_WORDS, s, e) < 0 &&
    wordIndex(ANALYTES42, s, e) < 0));
}

// (stop 42) a lab panel's analytes, never a list's "LAST, FIRST" before an age in brackets: "Lab - Sodium, Potassium
// (95)", "CHEM - GLUCOSE, CALCIUM (92)"
export const ANALYTES42 = "\u0006sodium\u0009potassium\u0008chloride\u0007calcium\u0009magnesium\u000aphosphorus\u0007glucose\u000acreatinine\u0007albumin\u0009bilirubin\u0007protein\u0004iron\u0008ferritin\u0007lactate\u0008troponin\u0006lipase\u0007amylase\u0004urea\u000ahemoglobin\u000ahematocrit\u0009platelets\u0009phosphate\u000bbicarbonate\u0007ammonia\u0005lipid\u0006lipids\u0007vitamin\u0004zinc\u0006copper\u0007insulin\u0008cortisol";

/**
 * (stop 41, fx29) The words ending at k (before " (94)") are a list's "LAST, FIRST": a surname, a comma and one blank,
 * then one or two given names or a given name and an initial (the surname two letters or more, a given name three or
 * more, all in one case: ALL CAPS, lower case, or capitalised), and before the surname the line's start, a column's gap
 * (two blanks or a tab), or a row's " - ": "4 WEST - LAPOINTE, GERALDINE (94) TO", "0555  T22   Morgan, Luther (97)
 * 5N-04", "   lapointe, geraldine m (94) to snf". A vital sign or a reading among the words keeps the number ("BP, HR
 * (99)"); so do two letters ("SATS  RA, NC (95)") and a field's colon, which opens a list of values, not a row ("Dx:
 * sepsis, pneumonia (95)", "Meds: aspirin, lisinopril (90)").
 */
function invertedNameFx41(k: u32, field: bool = false): bool {
  // the given names: one or two words, or a word and an initial ("GERALDINE M")
  let e = k;
  let s = lettersStart(e);
  if (s == e || s < 4) return false;
  const single = e - s == 1;
  let cs: u32 = 3;
  if (!single) {
    cs = caseFx41(s, e);
    if (e - s < 3 || !nameWordFx41(s, e, cs)) return false;
  }
  if (before(s) == 0x20 && before(s - 1) != 0x2c) {
    e = s - 1;
    s = lettersStart(e);
    if (s == e || s < 4) return false;
    if (single) cs = caseFx41(s, e);
    if (e - s < 3 || !nameWordFx41(s, e, cs)) return false;
  } else if (single) return false;
  // the comma and the surname
  if (before(s) != 0x20 || before(s - 1) != 0x2c) return false;
  e = s - 2;
  s = e;
  while (s > 0 && (isAlpha(before(s)) || (before(s) == 0x2d || before(s) == 0x27) && (s > 1 && isAlpha(before(s - 1))))) s--;
  if (!nameWordFx41(s, e, cs)) return false;
  // the row's opening before the surname
  if (s == 0) return true;
  const b = before(s);
  if (b == 0x0a || (b == 0x0d || b == 0x09)) return true;
  if (b != 0x20 || s < 2) return false;
  const b2 = before(s - 1);
  // (a field's colon opens lists of values, "Dx: sepsis, pneumonia (95)", "Meds: aspirin, lisinopril (90)": not a row)
  // (stop 43: a row's code or a log's abbreviation before the surname, rowLead43; after a field's colon only when the
  // caller's separators say the value is a field of its own, `field`: "Patient: Gunderson, Astrid · 95 ·")
  // (stop 44, fx44: or a " | " table's cell that holds the name and its age alone, pipeCellAgeFx44: "T-20 | Gaskins,
  // Pearl (96) | 02:18")
  return b2 == 0x20 || (b2 == 0x09 || (b2 == 0x2d && (s >= 3 && before(s - 2) == 0x20) || (rowLead43(s - 1) || (field && b2 == 0x3a ||
    !field && (b2 == 0x7c && pipeCellAgeFx44(k))))));
}

/**
 * (stop 44, fx44) After the given names ending at k stand one blank, the age alone in brackets, blanks and the '|' that
 * closes a " | " table's cell: "| Gaskins, Pearl (96) | 02:18". "| BP, HR (99) |" has no name (invertedNameFx41).
 */
function pipeCellAgeFx44(k: u32): bool {
  let q = k;
  if (at(q) != 0x20 || at(q + 1) != 0x28) return false;
  q += 2;
  while (isDigit(at(q))) q++;
  if (at(q) != 0x29) return false;
  q++;
  while (at(q) == 0x20) q++;
  return at(q) == 0x7c;
}

// ---- Stop 43 (id43): an age over 89 in a row's brackets with a room's code, between middle dots ----

/**
 * (stop 43) The word ending at k (before the blank before a row's surname) is a row's lead: a code of letters and
 * digits, four bytes or more with a digit, glued to nothing ("2. BH0044722 FARNSWORTH, CELESTE (92)", "0600 P/U ..."),
 * or a log's abbreviation of two letters joined by '/' ("P/U FOSTER, MAMIE (96)": pick-up, "D/C", "W/C"). A list's
 * word before the surname ("Meds aspirin, lisinopril (90)") is neither.
 */
function rowLead43(k: u32): bool {
  let s = k;
  let digits: u32 = 0;
  while (s > 0 && isAlnum(before(s))) {
    if (isDigit(before(s))) digits++;
    s--;
  }
  if (s == k) return false;
  const b = before(s);
  if (b == 0x2f && (k - s == 1 && (s >= 3 && (isAlpha(before(s - 1)) && !isAlnum(before(s - 2)))))) {
    const c = before(s - 2);
    return isAlpha(at(k - 1)) && (s - 2 == 0 || (c == 0x20 || (c == 0x09 || (c == 0x0a || c == 0x0d))));
  }
  return digits >= 1 && (k - s >= 4 && (s == 0 || (b == 0x20 || (b == 0x09 || (b == 0x0a || b == 0x0d)))));
}

/**
 * (stop 43) After the age ending at a: ", " and a room's or a bed's code (letters, digits and '-', a digit among them,
 * two to eight bytes) closing the bracket: "(93, 6E-21)", "(91, 4N-03)". "(95, 98)" and "(92, RA)" are values.
 */
function roomAfterAge43(a: u32): bool {
  if (at(a) != 0x2c || at(a + 1) != 0x20) return false;
  let e = a + 2;
  let digits: u32 = 0;
  let letters: u32 = 0;
  while (e < a + 11 && (isAlnum(at(e)) || at(e) == 0x2d)) {
    if (isDigit(at(e))) digits++;
    else if (isAlpha(at(e))) letters++;
    e++;
  }
  return at(e) == 0x29 && (e - a - 2 >= 2 && (digits >= 1 && letters >= 1));
}

/**
 * (stop 43) An age over 89 alone between middle dots (" · "), the field before it a row's "LAST, FIRST"
 * (invertedNameFx41, a field's colon allowed before the surname): "Patient: Gunderson, Astrid · 95 · dx: end-stage COPD".
 * ts..a the number; the dot after it, or the line's end.
 */
function dotAge43(ts: u32, a: u32): bool {
  if (ts < 8 || (before(ts) != 0x20 || (before(ts - 1) != 0xb7 || (before(ts - 2) != 0xc2 || before(ts - 3) != 0x20)))) return false;
  const c = at(a);
  if (!(c == 0 || (c == 0x0a || (c == 0x0d || c == 0x20 && (at(a + 1) == 0xc2 && at(a + 2) == 0xb7))))) return false;
  return invertedNameFx41(ts - 4, true);
}

// ---- Stop 45 (fx45): a first person's age, a clause going on, "years" between a banner's field separators ----

// can so too still already
// (stop 46, fx46: and "next", "he is 95 next month")
// (stop 49, ag49: and "by", "she is 92 by family report")
const COPULA_AFTER45 = "\u0003can\u0002so\u0003too\u0005still\u0007already\u0004next\u0002by";

/**
 * (stop 45, fx45) After the number ending at a, a clause about the person goes on (copulaAge's second test): '!' ("she
 * is 95!"), or a blank and "can", "so", "too", "still" or "already" ("she is 90 can she get seen", "he's 93 so he
 * needs"). A unit, '%' or '/' after the number ("she is 95% on RA", "he is 92 kg") answers false.
 */
function clauseGoesOn45(a: u32): bool {
  const c = at(a);
  if (c == 0x21) return true;
  if (c != 0x20) return false;
  const w = lettersEnd(a + 1);
  return w != a + 1 && (!isWordish(at(w)) && wordIndex(COPULA_AFTER45, a + 1, w) >= 0);
}

/**
 * (stop 45, fx45) "I'm", "I’m", "Im" or "I am" right before the number [ts, a), the clause going on after it as for
 * copulaAge ("I'm 91 and still driving", "(i'm 91!!)", "I am 93 now"). "I'm 95% sure" and "I am 90 minutes away" have
 * a measure after the number.
 */
function copulaI45(ts: u32, a: u32): bool {
  if (!clauseGoesOn(a, COPULA_AFTER) && !clauseGoesOn45(a)) return false;
  const k = skipBlanksBack(ts, 2);
  if (k == ts || (k < 2 || (before(k) | 0x20) != 0x6d)) return false;
  // "I'm", "I’m": the apostrophe, then "i" alone
  const q = apostropheBack(k - 1);
  if (q < k - 1 && q > 0) return (before(q) | 0x20) == 0x69 && (q == 1 || !isWordish(before(q - 1)));
  // "Im" or "im" glued (its "m" in lower case: "GIVEN IM 92" is a route), "I am" apart
  if (before(k) == 0x6d && ((before(k - 1) | 0x20) == 0x69 && (k == 2 || !isWordish(before(k - 2))))) return true;
  if ((before(k - 1) | 0x20) != 0x61 || (k < 4 || (isWordish(before(k - 2)) || before(k - 2) != 0x20))) return false;
  return (before(k - 3) | 0x20) == 0x69 && (k == 4 || !isWordish(before(k - 4)));
}

/**
 * (stop 46, fx46) ", " and a word of 3+ letters after the number ending at a ("(93, lives with them)", "(94, WIDOWED)");
 * a measure's unit is no clause's word ("(93, 5 ft)" has a digit first).
 */
function clauseComma46(a: u32): bool {
  if (at(a) != 0x2c || at(a + 1) != 0x20) return false;
  const w = lettersEnd(a + 2);
  return w - (a + 2) >= 3 && isAlpha(at(a + 2));
}

/**
 * (stop 46, fx46) After the number ending at a, "y" alone (one blank or none between) then '.', ',', ';', ')' or the
 * line's or text's end: "90 y.", "93y,". "y/o" and "yo" are AGE_WORDS' and sexLetterEnd()'s ("93yF").
 */
function yAlone46(a: u32): bool {
  let p = a;
  if (at(p) == 0x20) p++;
  if ((at(p) | 0x20) != 0x79) return false;
  const c = at(p + 1);
  return c == 0 || (c == 0x2e && !isWordish(at(p + 2)) || (c == 0x2c || (c == 0x3b || (c == 0x29 || (c == 0x0a || c == 0x0d)))));
}

/** (stop 45, fx45) A banner's field separator ending right before p: " · ", " | " or " • " (blanks around the mark). */
function separatorBefore45(p: u32): bool {
  if (p < 4 || before(p) != 0x20) return false;
  if (before(p - 1) == 0x7c) return before(p - 2) == 0x20;
  if (before(p - 1) == 0xb7 && before(p - 2) == 0xc2) return before(p - 3) == 0x20;
  return p >= 5 && (before(p - 1) == 0xa2 && (before(p - 2) == 0x80 && (before(p - 3) == 0xe2 && before(p - 4) == 0x20)));
}

/**
 * (stop 45, fx45) The age word ending at `end` ("years", "yrs", "yr") and the number at ts fill a banner's field alone:
 * a separator (separatorBefore45) before the number, and after the word a separator or the line's end ("Beaumont,
 * Lurleen Faye · 90 years · MRN", "F | 92 yrs | DNR"). "for 92 years" and "92 years ago" fill no field.
 */
function fieldYears45(ts: u32, end: u32): bool {
  if (!separatorBefore45(ts)) return false;
  const c = at(end);
  if (c == 0 || (c == 0x0a || c == 0x0d)) return true;
  if (c != 0x20) return false;
  const d = at(end + 1);
  if (d == 0x7c) return at(end + 2) == 0x20 || (at(end + 2) == 0x0a || at(end + 2) == 0);
  if (d == 0xc2) return at(end + 2) == 0xb7;
  return d == 0xe2 && (at(end + 2) == 0x80 && at(end + 3) == 0xa2);
}

// ---- Stop 46, id46: a relative's name with a nickname in quotes before "(92)" ----

/**
 * (stop 46) Before the surname starting at ws (the word before " (92)"): a blank, a nickname in double quotes (1-24
 * bytes, no line break), a blank, a given name of two letters or more, a blank and a relative's word: "GRANDMOTHER ODESSA
 * "BIG MAMA" TILLMAN (92) PRESENT", "grandmother Odessa "Big Mama" Tillman (92)", "his uncle ray "bud" kessler (94)".
 * The relative's word names a person, so the number in brackets after the name is that person's age (over 89, the
 * caller's limit); a reading has no quotes and no relative.
 */
function nickKin46(ws: u32): bool {
  if (ws < 12 || (before(ws) != 0x20 || before(ws - 1) != 0x22)) return false;
  let q = ws - 2;
  const lim = q > 25 ? q - 25 : 0;
  while (q > lim && (at(q - 1) != 0x22 && at(q - 1) != 0x0a)) q--;
  if (q <= lim || (at(q - 1) != 0x22 || (q == ws - 2 || (q < 4 || before(q - 1) != 0x20)))) return false;
  const ge = q - 2;
  const gs = lettersStart(ge);
  if (ge - gs < 2 || before(gs) != 0x20) return false;
  const j = skipBlanksBack(gs, 1);
  return wordEndsAt(j, COPULA_RELATIVES30) || wordEndsAt(j, KIN_MORE32);
}

// ---- Stop 46, lc46b: a listed name before the age alone in brackets; a banner's age and sex in brackets ----

/**
 * (stop 46, lc46b) The age and its sex letter [ts, sx) stand glued in brackets (the caller has read the letter in
 * either case) with a column's gap on both sides, two blanks before '(' and after ')' (or the line's end): a banner's
 * field, "O'DWYER, CORMAC PATRICK   MRN PSH-00719204   (91M)   ACCESS" and its lower-case copy "(91m)". The caller
 * asks over 89 only; a distance in brackets has a word before it ("6MWT (90m)", one blank); "F" after a temperature's
 * word is the temperature ("TMAX   (101F)").
 */
function bannerParenAge46b(ts: u32, a: u32, sx: u32): bool {
  if (sx != a + 1 || (ts < 3 || (before(ts) != 0x28 || (before(ts - 1) != 0x20 || before(ts - 2) != 0x20)))) return false;
  const c = at(sx + 1);
  if (!(c == 0 || (c == 0x0a || (c == 0x0d || c == 0x20 && at(sx + 2) == 0x20)))) return false;
  // (a temperature's word before the gap: "Tmax   (101F)   overnight")
  const k = skipBlanksBack(ts - 1, 8);
  return (at(a) | 0x20) == 0x6d || !wordEndsAt(k, TEMPERATURE_WORDS);
}

/**
 * (stop 46, lc46b) The word ending at k (before " (93)") is a person's: a listed surname or given name (moderate or
 * strong, no English word of the core or common tiers, no reading's word), or a name's word after a listed given name
 * in the same case; and after ')' the list's item closes: ',', ';', or a blank and '/', '|', '·' or a dash set apart, or
 * the line's end. "Seen: Katharina Wipf (91), her daughter", "705-708    NAKAGAWA (93) / DE VRIES", "2. st. pierre,
 * lucien (92) — egd". A reading keeps its number: "Room Air (93),", "Pulse Ox (95) /", "SpO2 (92);" (no listed name).
 */
function nameBracket46b(k: u32, a: u32): bool {
  if (!tableReady()) return false;
  let q = a + 1;
  let c = at(q);
  if (c == 0x20) c = at(++q);
  const closes = c == 0 || (c == 0x0a || (c == 0x0d || (q == a + 1 && (c == 0x2c || c == 0x3b) ||
    q > a + 1 && (c == 0x2f || (c == 0x7c || (c == 0x2d && at(q + 1) == 0x20 || (c == 0xc2 && at(q + 1) == 0xb7 ||
    c == 0xe2 && (at(q + 1) == 0x80 && (at(q + 2) == 0x93 || at(q + 2) == 0x94)))))))));
  if (!closes) return false;
  let s = k;
  while (s > 0 && (isAlpha(before(s)) || (before(s) == 0x2d || before(s) == 0x27) && (s > 1 && isAlpha(before(s - 1))))) s--;
  const cs = caseFx41(s, k);
  if (k - s < 3 || (cs == 3 || !nameWordFx41(s, k, cs))) return false;
  const d = rangeData(s, k);
  if (listedName46b(d, 0) || listedName46b(d, F_LAST_SHIFT)) return true;
  // a given name before it ("Katharina Wipf"), one blank between, the same case
  if (s < 4 || (before(s) != 0x20 || !isAlpha(before(s - 1)))) return false;
  const e1 = s - 1;
  const s1 = lettersStart(e1);
  return e1 - s1 >= 3 && (caseFx41(s1, e1) == cs && (nameWordFx41(s1, e1, cs) && listedName46b(rangeData(s1, e1), 0)));
}


/** (stop 46, lc46b) Data d lists a given name (shift 0) or a surname (shift 2) moderate or strong, no core or common English word. */
export function listedName46b(d: u32, shift: u32): bool {
  const tier = (d >> F_TIER_SHIFT) & 3;
  return (d >> shift) & 3 >= 2 && ((d & F_NOT_NAME) == 0 && (tier == 0 || tier == 3));
}

// ---- Stop 47, clinical round 38 (fx47): a birth date with its month's name, a titled name, before "(92)" ----

/**
 * (stop 47, fx47) A birth date with its month's name ends at k, a birth date's cue before it (dobCueBefore47): month
 * first, "MAR 3,1931", "Jan 5, 1960", "March 3 1931", or day first, "3 MAR 1931", "03-Mar-1931". The age in brackets
 * after it is the patient's, as after "DOB 06/30/2006 (90)" (dobDateBefore36).
 */
function namedDob47(k: u32): bool {
  let i = k;
  while (i > 0 && isDigit(before(i))) i--;
  if (k - i != 4 || i < 6) return false;
  let j = i;
  const c = before(j);
  if (c == 0x2d) {
    j--;
  } else {
    if (c == 0x2c) j--;
    j = skipBlanksBack(j, 2);
    if (before(j) == 0x2c) j--;
  }
  if (j == i) return false;
  // month first: the day's digits, blanks, the month
  if (isDigit(before(j))) {
    let d = j;
    while (d > 0 && isDigit(before(d))) d--;
    if (j - d > 2) return false;
    let m = skipBlanksBack(d, 2);
    if (m == d) return false;
    if (before(m) == 0x2e) m--;
    const ms = lettersStart(m);
    return ms < m && (monthAnyCase47(ms, m) != 0 && dobCueBefore47(ms));
  }
  // day first: the month, a blank or a dash, the day's digits
  let m = j;
  if (before(m) == 0x2e) m--;
  const ms = lettersStart(m);
  if (ms == m || monthAnyCase47(ms, m) == 0) return false;
  const g = before(ms);
  if (g != 0x20 && g != 0x2d) return false;
  const de = ms - 1;
  let d = de;
  while (d > 0 && isDigit(before(d))) d--;
  return de - d >= 1 && (de - d <= 2 && dobCueBefore47(d));
}

// (stop 47, fx47) courtesy titles before a name: mr mrs ms miss mme madame dona don sra srta ("Doña" by its bytes)
const COURTESY47 = "\u0002mr\u0003mrs\u0002ms\u0004miss\u0003mme\u0006madame\u0004dona\u0003don\u0003sra\u0004srta";

/** (stop 47) "doña" / "DOÑA" (UTF-8 ñ/Ñ) at [s, e). */
function dona47(s: u32, e: u32): bool {
  return e - s == 5 && ((at(s) | 0x20) == 0x64 && ((at(s + 1) | 0x20) == 0x6f && (at(s + 2) == 0xc3 &&
    ((at(s + 3) == 0xb1 || at(s + 3) == 0x91) && (at(s + 4) | 0x20) == 0x61))));
}

/**
 * (stop 47, fx47) The words ending at k (before " (93)") are one to three capitalised words of a name (hyphens,
 * apostrophes and accented letters inside), one blank between, and a courtesy title before them (COURTESY47, its period
 * allowed): "mother Doña Refugio Villarreal (93) at bedside", "Mrs. Ida Perkins (94) visits", "MR. OTIS GREER (91)".
 * The title says a person is named, so the bracket need not close a list as nameBracket46b asks. "Dr." is no courtesy
 * title here; a value with its unit has no ')' after the number ("Mrs. Perkins (94 kg)").
 */
function titledName47(k: u32): bool {
  let e = k;
  for (let w: u32 = 0; w < 4; w++) {
    let s = e;
    while (s > 0) {
      const c = before(s);
      if (isAlpha(c) || (c >= 0x80 || (c == 0x2d || c == 0x27) && (s > 1 && isAlpha(before(s - 1))))) s--;
      else break;
    }
    if (s == e) return false;
    if (w > 0 && (wordIndex(COURTESY47, s, e) >= 0 || dona47(s, e))) return !isAlpha(before(s));
    if (w == 3 || (at(s) < 0x41 || (at(s) > 0x5a || (s < 3 || before(s) != 0x20)))) return false;
    // one blank before the word, or a title's period and one blank
    e = s - 1;
    if (before(e) == 0x2e) {
      e--;
      const t = lettersStart(e);
      return t < e && (wordIndex(COURTESY47, t, e) >= 0 && !isAlpha(before(t)));
    }
  }
  return false;
}

// ---- Stop 48, fy48: "90 YRS" alone in a form's column, or with a sex letter ----

/**
 * (stop 48, fy48) The number at ts and the age word ending at `end` ("years", "yrs", "yr") are a person's age (the
 * caller asks over 89): a sex letter closes them ("91 yrs F", "90 years m"), where an age opens a phrase or a column gap
 * stands before the number; or they fill a form's column alone, two blanks or a tab before the number and two blanks,
 * a tab or the line's end after the word ("CORNELIS   90 YRS   REF BY"). "for 92 years" and "92 years ago" are no
 * column; "smoked 90 yrs f..." is no letter alone.
 */
function columnYears48(ts: u32, end: u32): bool {
  const b = before(ts);
  const gapBefore = ts >= 2 && (b == 0x09 || (b == 0x20 && (before(ts - 1) == 0x20 || before(ts - 1) == 0x09)));
  const c = at(end);
  if (c == 0x20 || c == 0x09) {
    const d = at(end + 1);
    if (d == 0x20 || d == 0x09) return gapBefore;
    const l = d & ~0x20;
    if (c == 0x20 && ((l == 0x4d || l == 0x46) && !isWordish(at(end + 2)))) return gapBefore || ageLeads(ts);
    return false;
  }
  return gapBefore && (c == 0 || (c == 0x0a || c == 0x0d));
}

// ---- Stop 49, ag49: an age over 89 in apposition closed by a bracket or a dash, after a relative's name, by hearsay ----

// (stop 49) readings that are no person: spo2 o2 sao2 saturation pressure count level temp
const READINGS49 = "\u0004spo2\u0002o2\u0004sao2\u000asaturation\u0008pressure\u0005count\u0005level\u0004temp";

/** (stop 49) The word [s, e) names a vital sign, a reading or a temperature ("Glucose", "HR", "sats", "Tmax"). */
export function reading49(s: u32, e: u32): bool {
  return wordIndex(TEMPERATURE_WORDS, s, e) >= 0 || (wordIndex(VITAL_WORDS_21, s, e) >= 0 || (wordIndex(KIN_READINGS40, s, e) >= 0 ||
    wordIndex(READINGS49, s, e) >= 0));
}

/**
 * (stop 49) A blank after the number ending at a, then a bracket and two letters ("97 (mother)"; a lab's flag, "95 (L)",
 * is none) or a dash between blanks and a letter ("91 - symptomatic", "91 — lives"): a note about the person after her age.
 */
function noteAfter49(a: u32): bool {
  if (at(a) != 0x20) return false;
  const d = at(a + 1);
  if (d == 0x28) return isAlpha(at(a + 2)) && isAlpha(at(a + 3));
  let p = a + 2;
  if (d == 0xe2 && (at(a + 2) == 0x80 && (at(a + 3) == 0x93 || at(a + 3) == 0x94))) p = a + 4;
  else if (d != 0x2d) return false;
  return at(p) == 0x20 && isAlpha(at(p + 1));
}

/**
 * (stop 49) The age [ts, a) in apposition after a name and its comma, closed by a note in brackets or after a dash
 * ("Rosette Pierre-Louis, 97 (mother)", "Fadumo Ali Jama, mother-in-law, 91 - symptomatic"), or after a generational
 * suffix and its period closed as appositive() closes it ("Wilbur Friday Sr., 94, at"). The word before the comma names
 * no reading ("Glucose, 95 (fasting)", "Pulse, 96 - regular" stay values); "Hale Sr., 97 Main St" has no closer.
 */
function appositive49(ts: u32, a: u32): bool {
  if (ts < 5 || (before(ts) != 0x20 || before(ts - 1) != 0x2c)) return false;
  const k = ts - 2;
  if (before(k) == 0x2e) {
    const s = lettersStart(k - 1);
    if (s == k - 1 || (isWordish(before(s)) || wordIndex(GENERATIONAL, s, k - 1) < 0)) return false;
    const c = punctAfter(a);
    return c == 0x2c || (c == 0x29 || (c == 0x3b || noteAfter49(a)));
  }
  const ws = lettersStart(k);
  if (k - ws < 2 || ((isWordish(before(ws)) && (before(ws) != 0x2d && before(ws) != 0x27)) || reading49(ws, k))) return false;
  return noteAfter49(a);
}

/**
 * (stop 49) The age [ts, a) right after a relative and two or three words of a name with no comma (kinNames39(),
 * kinCasedFx40()), then a note in brackets or a word that goes on about the person: "MOTHER NAW MU MU 93 (WHEELCHAIR)",
 * "grandma abuk deng 94 lives with them". "mother reports hr 95 (irregular)" stays a value.
 */
function kinNameAge49(ts: u32, a: u32): bool {
  if (ts < 8 || (before(ts) != 0x20 || at(a) != 0x20)) return false;
  if (!noteAfter49(a) && !clauseGoesOn(a, COPULA_AFTER)) return false;
  const k = ts - 1;
  const ws = lettersStart(k);
  if (ws == k || reading49(ws, k)) return false;
  return kinNames39(k) || kinCasedFx40(k);
}

// (stop 49) verbs of hearsay before "to be": said reported thought believed stated claimed
const HEARSAY49 = "\u0004said\u0008reported\u0007thought\u0008believed\u0006stated\u0007claimed";

/**
 * (stop 49) "said to be", "reported to be" (HEARSAY49) right before the number [ts, a), no reading among the three
 * words before the verb, and the clause going on about the person after it (copulaAge's words, or a note in brackets):
 * "her mother halima omar mberwa said to be 95 (needs wheelchair)". "HR reported to be 95 and regular", "BP said to be
 * 95 (diastolic)" and "sats thought to be 93%" stay values.
 */
function toBe49(ts: u32, a: u32): bool {
  if (!noteAfter49(a) && (!clauseGoesOn(a, COPULA_AFTER) && !clauseGoesOn45(a))) return false;
  // (stop 52c, ag52c: a hedge between "be" and the number, "said to be about 95."; hedgeBack52c)
  let k = skipBlanksBack(ts, 1);
  if (k < ts) k = hedgeBack52c(k);
  if (k == ts || !wordEndsAt(k, "\u0002be")) return false;
  k = skipBlanksBack(k - 2, 1);
  if (k < 4 || !wordEndsAt(k, "\u0002to")) return false;
  k = skipBlanksBack(k - 2, 1);
  let s = lettersStart(k);
  if (s == k || (isWordish(before(s)) || wordIndex(HEARSAY49, s, k) < 0)) return false;
  for (let n = 0; n < 3; n++) {
    const j = skipBlanksBack(s, 1);
    if (j == s) return true;
    s = lettersStart(j);
    if (s == j) return true;
    if (reading49(s, j)) return false;
  }
  return true;
}

/**
 * (stop 49) Where a lower-case sex letter may follow an age over 89: ageLeads() (the line's start, a label's colon, "pt",
 * "patient") but not after "a" or "an" ("walked a 100 m").
 */
function lowerLead49(ts: u32): bool {
  if (!ageLeads(ts)) return false;
  const k = skipBlanksBack(ts, 2);
  return k == 0 || !(wordEndsAt(k, "\u0001a") || wordEndsAt(k, "\u0002an"));
}
