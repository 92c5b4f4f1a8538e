// Why this file exists: stop 53 (fx53)'s clinical round 50: a staff member's initials in the last column of a log's or a
// flowsheet's row, "0640   162/88   76  -180  160  40   0.0    KJ", "17   05/08/2099   188     OK     CWS", "5/12 0915
// Meeks, Ora (C4471820)   2.4   continue 5 mg daily, next 6/9     JRK", "0800   96  104/58  22  94%   37.9   3/10  KMO"
// (a dialysis run sheet, a hyperbaric log, an anticoagulation phone log, a vitals flowsheet): two or three letters no
// list has closing a row that a number opens, after a column's blanks, where the older rules want a sign-off's frame
// (a dash, a slash, "by", a dictation's clock). Kept out of detect.ts (the call site stays there, in laterRounds()).
// Reads the token's bytes and its line's bytes before it only, allocates nothing.
import { ENTITY_NAME } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit } from "../scanners/util";
import { F_CRED, F_MONTH, F_STATE, F_TITLE, F_UNIT } from "./flags";
import {
  MODE_LOWER, PROBLEM_INITIALS48, R_INITIAL, SH_LOWER, SH_UPPER, rd, signRefused45, span, tData, tDone, tEnd, tStart,
  unlistedHalf, wordIn, wr,
} from "./detect";

// a row's last cell that is a code, a result or a place of care, never a person's initials ("90   PEG TUBE   LANDRY
// MAC", "... 0:25  OBS"): anaesthesia types, results and answers, dispositions, care settings
const ROW_CODES53 =
  "\u0003mac\u0002ga\u0003neg\u0003pos\u0002nl\u0003wnl\u0003abn\u0003nad\u0003yes\u0003unk\u0003tbd\u0003qns\u0003adm\u0002dc\u0003ama\u0003snf\u0003ltc\u0003irf\u0003hha\u0002hh\u0003off\u0002on\u0003low\u0003med\u0003max\u0003min\u0003avg\u0003tot\u0003sum\u0003and\u0003the\u0002rm\u0003bed\u0002rx";

/** Blanks or tabs only between i and the line's (or the text's) end. */
function lineEndsAt53(i: u32): bool {
  let q = i;
  while (q < inLen && (byteAt(q) == 0x20 || byteAt(q) == 0x09)) q++;
  return q >= inLen || (byteAt(q) == 0x0a || byteAt(q) == 0x0d);
}

/** A column's gap closes before s: two blanks or more, or a tab, and a byte of the row before them. */
function columnGapBefore53(s: u32): bool {
  if (s < 3) return false;
  const a = byteAt(s - 1);
  if (a == 0x09) return byteAt(s - 2) != 0x0a;
  if (a != 0x20 || (byteAt(s - 2) != 0x20 && byteAt(s - 2) != 0x09)) return false;
  let j = s - 2;
  while (j > 0 && (byteAt(j - 1) == 0x20 || byteAt(j - 1) == 0x09)) j--;
  return j > 0 && (byteAt(j - 1) != 0x0a && byteAt(j - 1) != 0x0d);
}

/**
 * The line the gap before s closes is a table's row: it opens with a digit (a clock, a date, a treatment's or a row's
 * number; blanks before it allowed) and holds another column's gap (two blanks or a tab between two bytes) before the
 * last one. Reads at most 240 bytes back.
 */
function numberRow53(s: u32): bool {
  let j = s;
  while (j > 0 && (byteAt(j - 1) == 0x20 || byteAt(j - 1) == 0x09)) j--;
  const last = j;
  let b = last;
  let n: u32 = 0;
  while (b > 0 && (byteAt(b - 1) != 0x0a && byteAt(b - 1) != 0x0d)) {
    b--;
    if (++n > 240) return false;
  }
  while (b < last && (byteAt(b) == 0x20 || byteAt(b) == 0x09)) b++;
  if (b >= last || !isDigit(byteAt(b))) return false;
  // (another column's gap between the row's first byte and its last cell)
  for (let i = b + 1; i + 1 < last; i++) {
    const c = byteAt(i);
    if (c == 0x09 || c == 0x20 && byteAt(i + 1) == 0x20) return true;
  }
  return false;
}

/**
 * (stop 53, fx53, clinical round 50) Token k is a staff member's initials closing a log's row: two or three ASCII
 * letters, in capitals (mixed case or ALL CAPS text) or in lower case in lower-case text, after a column's gap, closing
 * the line, on a row a number opens that holds another column's gap (numberRow53()). Not a credential, title, month,
 * state's code or unit, no word, name or clinical abbreviation of the word table (unlistedHalf()), none of the sign-off
 * rules' refusals (signRefused45(): routes, services, times, "OK", "OBS"), no problem's abbreviation and no row's code
 * (ROW_CODES53). Writes the NAME (name:initial) and returns true.
 */
export function rowInitials53(k: u32, sh: u32, mode: u32): bool {
  if (!(sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER) || rd(tDone, k) != 0) return false;
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (e - s < 2 || e - s > 3) return false;
  for (let i = s; i < e; i++) if (!isAlpha(byteAt(i))) return false;
  if (!lineEndsAt53(e) || (!columnGapBefore53(s) || !numberRow53(s))) return false;
  const d = rd(tData, k);
  if ((d & (F_CRED | F_TITLE | F_MONTH | F_STATE | F_UNIT)) != 0 || (!unlistedHalf(k) || (signRefused45(k) ||
    (wordIn(k, PROBLEM_INITIALS48) || wordIn(k, ROW_CODES53))))) return false;
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}
