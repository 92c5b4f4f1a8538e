// Why this file exists: stop 52 (nm52)'s two rules on a staff member's initials the older sign-off rules leave, in every
// case style: after a dash that follows a sentence's end and closes the line ("... RN NOTIFIED. -BO", "0182. —NC",
// "MAILED \"GRIEF AND THE HOLIDAYS.\" —KG", "X230. - GFN", "FORM ON FILE. — KR, ATC", "NEXT MEETING 4/7. - BS, LCSW"),
// where the older dash rules' word lists refuse the letters (a state's code, a unit, a street's abbreviation) or their
// frame does (a number's or a two-letter word's period before the dash, a credential after a comma): signDash52(); and
// after a staff verb's "by" where the older "by" rules' verbs or closes do not reach ("ASSISTED BY CLT", "INJECTED BY
// RJ.", "COLLECTED 03/14/2099 0210 BY JDW (PHLEB)", "LOG KEPT BY JT AND MARISOL ..."): byInitials52(). Kept out of
// detect.ts (the call sites stay there, in laterRounds()). Reads the token ring and the bytes around the token only,
// allocates nothing.
import { ENTITY_NAME } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit } from "../scanners/util";
import { F_CRED, F_CUE, F_MONTH, F_NOT_NAME, F_TITLE, F_UNIT } from "./flags";
import {
  BY_STAFF_VERBS, BY_VERBS45, G_FAR, G_NEWLINE, MODE_LOWER, PROBLEM_INITIALS48, R_INITIAL, SH_CAP, SH_LOWER, SH_NUM, SH_UPPER,
  count, exists, rd, signClauseEnd45, signRefused45, span, tData, tDone, tEnd, tGap, tShape, tStart, tierOf, tight, wordIn,
  wr,
} from "./detect";

// answers, function words and words of a list's next item a sentence's dash may open on its own line ("Plan
// discussed. — OK", "Any questions? - NO", "Seen. - SEE ABOVE" is two words), never a signer's initials
const NOT_SIGNER52 = "\u0002ok\u0002no\u0003yes\u0002so\u0002me\u0002us\u0002it\u0002on\u0002in\u0002at\u0002to\u0002up\u0002go\u0002do\u0002be\u0002he\u0002we\u0002my\u0002by\u0002or\u0002an\u0002as\u0002if\u0002is\u0002of\u0002oh\u0002hi\u0003see\u0003not\u0003now\u0003new\u0003and\u0003the\u0003for\u0003but\u0003her\u0003him\u0003his\u0003she\u0003you\u0003all\u0003any\u0003per\u0003via\u0003thx\u0002ty\u0003pls\u0003plz\u0003nil\u0003nad\u0003wnl\u0003neg\u0003pos\u0003tbd\u0003tba\u0003unk\u0002na";
// a time of day or a unit: the older lists refuse them in a slot a number may fill ("PER HR", "SIGNED 0800 AM"); after a
// sentence's dash, with no number before, they close nothing and are someone's initials ("—KG", "— PM")
const TIME_UNIT52 = "\u0002am\u0002pm\u0002kg\u0002lb\u0002mg\u0002ml\u0002oz\u0002hr\u0002mo\u0002wk";

// credentials the word table holds no bit for that close a sign-off after its comma ("— KR, ATC"; nm51's registries)
const CREDS52 = "\u0003atc\u0003chw\u0003cma\u0004cscs\u0004cnmt\u0004rdms\u0004rdcs\u0003rvt\u0004arrt";

/** The bytes before i are a sentence's end: a period, "!" or "?" (a closing quote or bracket after it allowed) that
 * closes a word or a number of two or more bytes (no initial's dot: "J. —KG"), or the line's start. Returns 1 for a
 * sentence after a word, 3 after a number, 2 for a line's start, 0 otherwise. */
function sentenceBefore52(i: u32): u32 {
  let j = i;
  while (j > 0 && (byteAt(j - 1) == 0x20 || byteAt(j - 1) == 0x09)) j--;
  if (j == 0) return 2;
  let c = byteAt(j - 1);
  if (c == 0x0a || c == 0x0d) return 2;
  // (a blank between the sentence and the dash: "NOTIFIED. -BO", "X230. - GFN"; a long dash may be glued, "0182.—NC")
  if (j == i && c != 0x2e) return 0;
  if ((c == 0x22 || c == 0x29) && j >= 2) {
    j--;
    c = byteAt(j - 1);
  }
  if (c != 0x2e && (c != 0x21 && c != 0x3f)) return 0;
  if (j < 3) return 0;
  const a = byteAt(j - 2);
  const b = byteAt(j - 3);
  if (a == 0x20 || (a == 0x2e || (b == 0x20 || (b == 0x2e || b == 0x0a)))) return 0;
  // (3: a number's period, "x230. - GFN", where a unit may close a measure, "weight 70. - kg")
  return isDigit(a) ? 3 : 1;
}

/** The initials at s..e (token k) close their sign-off: blanks then the line's or the text's end (a period allowed),
 * a slash and a second signer ("— LB / MARLENE", "- C.O. / DL"), a blank and an opening bracket ("-CK (CHIOMA KALU"),
 * or a comma and a credential closing the line ("— KR, ATC", "- BS, LCSW"). */
function signerCloses52(k: u32, e: u32): bool {
  let q = e;
  if (q < inLen && byteAt(q) == 0x2e) q++;
  while (q < inLen && (byteAt(q) == 0x20 || byteAt(q) == 0x09)) q++;
  if (q >= inLen || (byteAt(q) == 0x0a || byteAt(q) == 0x0d)) return true;
  // (a blank then a bracket or a slash: "-CK (CHIOMA", "- C.O. / DL")
  if (q > e) return byteAt(e) == 0x20 && (byteAt(q) == 0x28 && q == e + 1 || byteAt(q) == 0x2f);
  const b = byteAt(e);
  if (b == 0x2f) return e + 1 < inLen && isAlpha(byteAt(e + 1));
  if (b != 0x2c || k + 1 >= count) return false;
  // (the credential one blank after the comma, closing the line)
  const n = k + 1;
  const ns = rd(tStart, n);
  const ne = rd(tEnd, n);
  if (ns != e + 2 || (byteAt(e + 1) != 0x20 || (rd(tData, n) & F_CRED) == 0 && !wordIn(n, CREDS52))) return false;
  let z = ne;
  if (z < inLen && byteAt(z) == 0x2e) z++;
  while (z < inLen && byteAt(z) == 0x20) z++;
  return z >= inLen || (byteAt(z) == 0x0a || byteAt(z) == 0x0d);
}

/**
 * (stop 52, nm52) Token k is a signer's initials after a dash that a sentence's end stands before (or that opens its
 * line, glued to the initials, after a line that closed a sentence: "DR FAROUK.\n-WM"): a hyphen, two hyphens, an en or
 * an em dash, at most one blank between the dash and the initials, the initials closing the sign-off
 * (signerCloses52()). Two or three ASCII letters, in capitals (any text) or in lower case in lower-case text; no
 * credential, title or month, no answer or function word (NOT_SIGNER52), no problem's abbreviation (a problem list's
 * next item, "meds. - DM"), none of the sign-off rules' clinical, route or service abbreviations (signRefused45)
 * unless a time of day or a unit, which need a number. A state's code, a street's abbreviation or a core English word
 * of two or three letters is allowed here ("—NC", "— KY", "— RD"; a core word in capitals is quiet before this rule
 * runs, so "— AM" stays). Writes the NAME (name:initial) and returns
 * true.
 */
export function signDash52(k: u32, sh: u32, mode: u32): bool {
  if (!(sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER) || rd(tDone, k) != 0) return false;
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (e - s < 2 || (e - s > 3 || s < 2)) return false;
  for (let i = s; i < e; i++) if (!isAlpha(byteAt(i))) return false;
  // the dash, at most one blank before the initials
  let i = s;
  if (byteAt(i - 1) == 0x20) i--;
  let hyphen = false;
  if (i >= 1 && byteAt(i - 1) == 0x2d) {
    i--;
    if (i >= 1 && byteAt(i - 1) == 0x2d) i--;
    hyphen = true;
  } else if (i >= 3 && ((byteAt(i - 1) == 0x94 || byteAt(i - 1) == 0x93) && (byteAt(i - 2) == 0x80 && byteAt(i - 3) == 0xe2))) i -= 3;
  else return false;
  const before = sentenceBefore52(i);
  if (before == 0) return false;
  if (before == 2) {
    // (a dash opening its line is a list's bullet unless glued to the initials, after a line that closed a sentence,
    // and no bullet opens the next line: "VIA DR FAROUK.\n-WM")
    if (i == s || (s != i + (hyphen ? 1 : 3) || !lineAfterSentence52(i))) return false;
    let q = e;
    while (q < inLen && byteAt(q) != 0x0a) q++;
    while (q < inLen && (byteAt(q) == 0x0a || (byteAt(q) == 0x0d || byteAt(q) == 0x20))) q++;
    if (q < inLen && (byteAt(q) == 0x2d || byteAt(q) == 0x2a)) return false;
  }
  if (!signerCloses52(k, e)) return false;
  const d = rd(tData, k);
  if ((d & (F_CRED | F_TITLE | F_MONTH)) != 0 || (wordIn(k, NOT_SIGNER52) || wordIn(k, PROBLEM_INITIALS48))) return false;
  if (signRefused45(k) && (before == 3 || !wordIn(k, TIME_UNIT52))) return false;
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/** The line before the one the dash at i opens closes a sentence (its last byte but blanks a period, "!" or "?"). */
function lineAfterSentence52(i: u32): bool {
  let j = i;
  while (j > 0 && byteAt(j - 1) != 0x0a) j--;
  if (j == 0) return false;
  j--;
  while (j > 0 && (byteAt(j - 1) == 0x20 || (byteAt(j - 1) == 0x0d || byteAt(j - 1) == 0x09))) j--;
  if (j == 0) return false;
  const c = byteAt(j - 1);
  return c == 0x2e || (c == 0x21 || c == 0x3f);
}

// staff verbs the older "by" rules' lists lack ("ASSISTED BY CLT", "INJECTED BY RJ.", "LOG KEPT BY JT AND ...")
const BY_VERBS52 = "\u0008assisted\u0008injected\u0004kept\u0007infused\u0006placed\u0008measured\u0006scored\u0008compiled";

/** Token v is a staff verb of the older "by" rules' lists or of BY_VERBS52. */
function staffVerb52(v: u32): bool {
  return wordIn(v, BY_STAFF_VERBS) || (wordIn(v, BY_VERBS45) || wordIn(v, BY_VERBS52));
}

/**
 * (stop 52, nm52) Token k is a staff member's initials after a staff verb and "by", a date's or a clock's numbers
 * allowed between the verb and "by" ("COLLECTED 03/14/2099 0210 BY JDW (PHLEB)", "COUNT VERIFIED 3/14/99 1650 BY DC
 * AND CHIEF NAPIER.", "ASSISTED BY CLT", "DICTATED BY HS / TRANSCRIBED BY LMR"), where the older "by" rules' verbs or
 * closes do not reach: the initials close their clause (signClauseEnd45()), or a blank and an opening bracket or a
 * slash follow (a role, a second signer), or "and" and a second person (initials or a name in capitals). Two or
 * three ASCII letters in capitals (any text) or in lower case in lower-case text; no core English word, credential,
 * title, month, unit or cue; none of the sign-off rules' clinical, route or service abbreviations ("BY GI", "BY EMS",
 * "BY PT": signRefused45), no problem's. Writes the NAME (name:initial) and returns true.
 */
export function byInitials52(k: u32, sh: u32, mode: u32): bool {
  if (!(sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER) || (k < 2 || rd(tDone, k) != 0)) return false;
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (e - s < 2 || e - s > 3) return false;
  for (let i = s; i < e; i++) if (!isAlpha(byteAt(i))) return false;
  const p = k - 1;
  if (!exists(p) || (!tight(k) || (rd(tEnd, p) + 1 != s || !wordIn(p, "\u0002by")))) return false;
  // the verb right before "by", or before a stamp's numbers there (same line)
  let v = p - 1;
  let n: u32 = 0;
  while (n < 6 && (v > 0 && (exists(v) && (rd(tShape, v) == SH_NUM && (rd(tGap, v + 1) & (G_NEWLINE | G_FAR)) == 0)))) {
    v--;
    n++;
  }
  if (!exists(v) || (!tight(v + 1) || !staffVerb52(v))) return false;
  const d = rd(tData, k);
  if (tierOf(d) == 1 || ((d & (F_CRED | F_TITLE | F_MONTH | F_UNIT | F_CUE | F_NOT_NAME)) != 0 ||
    (signRefused45(k) || wordIn(k, PROBLEM_INITIALS48)))) return false;
  let ok = signClauseEnd45(e);
  if (!ok && (e + 1 < inLen && byteAt(e) == 0x20)) {
    const c = byteAt(e + 1);
    ok = c == 0x28 || c == 0x2f;
    // ("and" and a second person: initials or a name in capitals, "BY KH AND SB.", "BY JT AND MARISOL YBARRA")
    if (!ok && (k + 2 < count && (tight(k + 1) && (tight(k + 2) && wordIn(k + 1, "\u0003and"))))) {
      const sh2 = rd(tShape, k + 2);
      ok = sh2 == sh || sh2 == SH_CAP && sh == SH_UPPER;
    }
  }
  if (!ok) return false;
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}
