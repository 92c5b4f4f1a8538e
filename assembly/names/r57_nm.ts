// Why this file exists: stop 57 (nm57)'s rules on staff initials the older sign-off rules left: the author's and the
// typist's initials joined by slashes closing a note after its last sentence ("... MEDICAL DIRECTOR. JW/AFN", "CENTER 4
// WEST.\nAN/TV", "RESIDENT DR. AUDREY BEAUCHESNE. NC/AB/KT", "KO/AH/PS   SIGNED 3/21/99 0512"), and a typist's initials
// one blank after the typist's verb with no "by" ("TRANSCRIBED KLM / JOB 4471820", "transcribed jmr 03/14/99.", "...;
// transcribed mlk. Critical finding"). Called from detect.ts's laterRounds() behind the token's length and the byte
// after it; reads the token ring and the bytes around it only, allocates nothing.
import { ENTITY_NAME } from "../abi";
import { byteAt, inLen } from "../input";
import { isDigit } from "../scanners/util";
import { F_CRED, F_MONTH, F_TITLE, F_UNIT } from "./flags";
import {
  MODE_LOWER, R_INITIAL, SH_LOWER, SH_UPPER, count, exists, nameInitials37, pEnd, pStart, pType, sigA, sigEnd, sigH, sigZ, medicalShape, rd, signRefused45, span, tData, tDone, tEnd, tShape, tStart, tierOf,
  unlistedHalf, wordIn, wr,
} from "./detect";

// (nm57) the typist's verb and nouns whose initials follow with no "by" ("TRANSCRIBED KLM", "transcriptionist jmr"; not
// "typed": "blood typed AB")
const TYPIST57 = "\u000btranscribed\u000btranscriber\u0006typist";

/** (nm57) Token j is two or three ASCII letters in shape sh. */
function letters57(j: u32, sh: u32): bool {
  const s = rd(tStart, j);
  const e = rd(tEnd, j);
  if (e - s < 2 || (e - s > 3 || rd(tShape, j) != sh)) return false;
  for (let i = s; i < e; i++) {
    const c = byteAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** (nm57) Token j reads as a clinical, route, unit, credential, title or month abbreviation, or a core English word. */
function refused57(j: u32): bool {
  const d = rd(tData, j);
  return (d & (F_CRED | F_TITLE | F_UNIT | F_MONTH)) != 0 || (medicalShape(j) || signRefused45(j));
}

/**
 * (stop 57, nm57) Token k opens a chain of two or three staff initials glued by slashes ("JW/AFN", "NC/AB/KT", "psa/jb"),
 * each two or three ASCII letters in one shape (capitals in any text, lower case in lower-case text), no slash after
 * the last. The chain closes the note (a period allowed, then only blanks and line breaks to the input's end) after its
 * signer's name (a NAME ending at most 120 bytes before it, one line break at most between, one member its initials),
 * or a column's blanks and a sign-off verb follow it on its line ("KO/AH/PS   SIGNED 3/21/99"). It opens its line or follows
 * a sentence's end (a period, "!", "?" or a semicolon after a word, then a blank), a dash, a stamp's digit or "by". One member at least
 * is no word or name of the lists, and not every member a clinical abbreviation ("VITALS STABLE. BP/HR", "PLAN
 * REVIEWED. ROS/PE", "TB/HIV" stay). Writes a NAME for each member and returns true.
 */
export function slashChain57(k: u32, sh: u32, mode: u32): bool {
  if (!(sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER) || !letters57(k, sh)) return false;
  // the chain: k, then one or two members glued by slashes
  let last = k;
  while (last + 1 < count && (last - k < 2 && (byteAt(rd(tEnd, last)) == 0x2f && (rd(tStart, last + 1) == rd(tEnd, last) + 1 && letters57(last + 1, sh))))) last++;
  if (last == k) return false;
  let e = rd(tEnd, last);
  if (e < inLen && (byteAt(e) == 0x2f || isAlphaNum57(byteAt(e)))) return false;
  // what follows: the note's end, or a column's blanks and a sign-off verb
  if (e < inLen && byteAt(e) == 0x2e) e++;
  let i = e;
  while (i < inLen && (byteAt(i) == 0x20 || (byteAt(i) == 0x0a || (byteAt(i) == 0x0d || byteAt(i) == 0x09)))) i++;
  const signed = i < inLen;
  if (signed) {
    if (!(i - e >= 2 && (byteAt(e) == 0x20 && (last + 1 < count && (rd(tStart, last + 1) == i && wordIn(last + 1, "\u0006signed\u0008cosigned")))))) return false;
  }
  // what opens it
  const s = rd(tStart, k);
  if (!opens57(s)) return false;
  // (at the note's end, after its signer's name: the name (of two words or more) ends at most 120 bytes before the
  // chain, one line break at most between, and a member is its initials, its first letter and its last word's (or the
  // letter after that word's hyphen): "RN JEROME KAINOA. TH/JK", "DR. AUDREY BEAUCHESNE. NC/AB/KT", "isabela
  // fonseca-gray, md; ifg/tr"; not "COUNSELED ON TB.\nTB/HIV", "Dr. Amos Quill.\nDM/HTN")
  if (!signed) {
    if (pType == ENTITY_NAME && pEnd <= s) nameInitials37(pStart, pEnd);
    if (sigEnd == 0 || (sigEnd > s || s - sigEnd > 120)) return false;
    let lines = 0;
    for (let j = sigEnd; j < s; j++) if (byteAt(j) == 0x0a) lines++;
    if (lines > 1) return false;
    let match = false;
    for (let j = k; j <= last; j++) {
      const z = byteAt(rd(tEnd, j) - 1) | 0x20;
      if ((byteAt(rd(tStart, j)) | 0x20) == sigA && (z == sigZ || z == sigH)) match = true;
    }
    if (!match) return false;
  }
  let unlisted = 0;
  let refused: u32 = 0;
  for (let j = k; j <= last; j++) {
    if (rd(tDone, j) != 0 && rd(tDone, j) != ENTITY_NAME) return false;
    if (unlistedHalf(j)) unlisted++;
    if (refused57(j)) refused++;
  }
  if (unlisted == 0 || refused > last - k) return false;
  for (let j = k; j <= last; j++) {
    span(rd(tStart, j), rd(tEnd, j), ENTITY_NAME, 600, R_INITIAL);
    wr(tDone, j, ENTITY_NAME);
  }
  return true;
}

function isAlphaNum57(c: u32): bool {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a || isDigit(c);
}

/** (nm57) The chain at s opens its line (blanks before it allowed), or follows a sentence's end, a dash or "by". */
function opens57(s: u32): bool {
  let i = s;
  while (i > 0 && (byteAt(i - 1) == 0x20 || byteAt(i - 1) == 0x09)) i--;
  if (i == 0) return true;
  const b = byteAt(i - 1);
  if (b == 0x0a || b == 0x0d) return true;
  if (i == s) return false;
  // a dash: a hyphen, an en or an em dash with a blank after it
  if (b == 0x2d || (b >= 0x93 && (b <= 0x94 && (i >= 3 && byteAt(i - 3) == 0xe2)))) return true;
  // a date's or a clock's stamp: "transcribed 03/17/2097 15:02 np/rdg"
  if (isDigit(b)) return true;
  // "by"
  if (i >= 3 && ((b | 0x20) == 0x79 && ((byteAt(i - 2) | 0x20) == 0x62 && byteAt(i - 3) == 0x20))) return true;
  // a sentence's end after a word of two letters or more (no initial's period: "J. AN/TV")
  if (!(b == 0x2e || (b == 0x3b || (b == 0x21 || b == 0x3f)))) return false;
  if (i < 3) return false;
  const a = byteAt(i - 2);
  const z = byteAt(i - 3);
  return (isAlphaNum57(a) || a == 0x29) && (isAlphaNum57(z) || a == 0x29);
}

/**
 * (stop 57, nm57) Token k, two or three ASCII letters (capitals, or lower case in any text: a typist writes them so), one
 * blank after a typist's verb ("TRANSCRIBED", "typist"), closing their clause or followed by a date's stamp or a " / "
 * ("TRANSCRIBED KLM / JOB", "transcribed jmr 03/14/99.", "transcribed mlk. Critical"). No core English word ("transcribed
 * the", "transcribed and"), credential, month or clinical abbreviation. Writes the NAME and returns true.
 */
export function typistInitials57(k: u32, sh: u32): bool {
  if (k < 1 || (!(sh == SH_UPPER || sh == SH_LOWER) || (!letters57(k, sh) || !exists(k - 1)))) return false;
  const s = rd(tStart, k);
  if (rd(tEnd, k - 1) + 1 != s || !wordIn(k - 1, TYPIST57)) return false;
  const d = rd(tData, k);
  if (tierOf(d) == 1 || refused57(k)) return false;
  const e = rd(tEnd, k);
  let ok = e >= inLen;
  if (!ok) {
    const b = byteAt(e);
    const c = e + 1 < inLen ? byteAt(e + 1) : 0x0a;
    if (b == 0x0a || b == 0x0d) ok = true;
    else if (b == 0x2e || (b == 0x3b || b == 0x2c)) ok = c == 0x20 || (c == 0x0a || c == 0x0d);
    else if (b == 0x20) ok = isDigit(c) || (c == 0x2f && (e + 2 < inLen && byteAt(e + 2) == 0x20));
  }
  if (!ok) return false;
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}
