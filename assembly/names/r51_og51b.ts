// Why this file exists: stop 51b (og51b) keeps its rule out of detect.ts: a payer named by words no list holds before a
// health plan's head ("Prominence Health Plan", "PASSPORT HEALTH PLAN", "Superior HealthPlan", "ROCKY MOUNTAIN HMO"), in a
// payer's frame (a label, a line's start, a mark, "via", "from", "insurance") and closed by the field's end or the
// member's number.
import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import { lettersEnd, wordIndex } from "../scanners/util";
import { ENTITY_LOCATION } from "../abi";
import { F_COUNTRY, F_STATE } from "./flags";
import {
  MODE_LOWER, R_ORGANIZATION, S_PAYER52, SH_CAP, SH_LOWER, SH_UPPER, count, exists, pEnd, pType, rd, spanDone, tData,
  tEnd, tShape, tStart, tSum, wordIn
} from "./detect";

/** Words that stand before a payer's name and say what the field is ("Insurance Prominence Health Plan", "ins
 * presbyterian health plan", "billing passport ...", "PA sent to Blue Harbor Health Plan", "via Trillium ...", "auth
 * from Superior HealthPlan"). */
const PAYER_FRAMES51B = "\u0003via\u0004from\u0002to\u0004with\u0002by\u0007through\u0004thru\u0009insurance\u0007insurer\u0003ins\u0005payer\u0005payor\u0008medicaid\u0008coverage\u0007billing\u0007funding\u0007primary\u0009secondary";

/** Words that make "health plan" a common noun or a kind of plan, not a payer's name ("her health plan", "a new health
 * plan", "the state health plan", "Medicaid health plan", "employer health plan", "Oregon Health Plan" is the state's). */
const PAYER_STOPS51B = "\u0003the\u0001a\u0002an\u0003her\u0003his\u0002my\u0003our\u0004your\u0005their\u0003its\u0004this\u0004that\u0004same\u0003new\u0007current\u0007primary\u0009secondary\u0008medicaid\u0008medicare\u0005state\u0007federal\u0007private\u000acommercial\u0008employer\u0005group\u0006dental\u0006vision\u0007student\u0004work\u0003and\u0002or\u0002of\u0003for\u0004with\u0002to\u0004from\u0002by\u0002in\u0002on\u0002at\u0003via\u0002is\u0003was\u0002no\u0003any\u0005other\u0007another\u0006family\u0004plan\u0006health";

/** Words after the head that open the member's number's field ("Health Plan ID ...", "HMO member 4471"). */
const PAYER_TAILS51B = "\u0002id\u0006member\u0003mbr\u0006policy\u000asubscriber\u0005group\u0002no";

/** Bytes from i to j (j > i) are only one blank, or a possessive's "'s" and one blank ("Cook Children's Health Plan"). */
function blankOrPossessive51b(i: u32, j: u32): bool {
  if (j == i + 1) return byteAt(i) == 0x20;
  return j == i + 3 && (byteAt(i) == 0x27 && ((byteAt(i + 1) | 0x20) == 0x73 && byteAt(i + 2) == 0x20));
}

/** Before token k, past its blanks, the text's or the line's start or a field's mark (":", "·", "(", ",", ";", ".",
 * "/", "|", "—", a spaced hyphen). */
function markBefore51b(k: u32): bool {
  let i = rd(tStart, k);
  while (i > 0 && byteAt(i - 1) == 0x20) i--;
  if (i == 0) return true;
  const b = byteAt(i - 1);
  if (b == 0x2d) return i < rd(tStart, k);
  return b == 0x3a || (b == 0x0a || (b == 0x28 || (b == 0x2c || (b == 0x3b || (b == 0x2e || (b == 0x2f || (b == 0x7c ||
    (b == 0xb7 || b == 0x94))))))));
}

/** The head's last token h closes the payer's name: the input's end, a mark no letter or digit glued after it, a blank
 * and a byte no letter ("(", "#", "·", a digit, a column's second blank), or a blank and the member's number (a run of
 * letters, digits and hyphens with a digit: "PHP-0044718-01", "ky7731044820") or its label ("ID", "member"). */
function payerCloses51b(h: u32): bool {
  const e = rd(tEnd, h);
  if (e >= inLen) return true;
  const b = byteAt(e);
  if (b != 0x20) return !isAlnum(b) && (b != 0x27 && b != 0x26);
  if (e + 1 >= inLen) return true;
  const c = byteAt(e + 1);
  if (!isAlpha(c)) return c != 0x26;
  let q = e + 1;
  while (q < inLen && q < e + 33) {
    const x = byteAt(q);
    if (x >= 0x30 && x <= 0x39) return true;
    if (!(x == 0x2d || isAlpha(x))) break;
    q++;
  }
  return wordIndex(PAYER_TAILS51B, e + 1, lettersEnd(e + 1)) >= 0;
}

/**
 * (og51b) Token k opens a payer's name: one to three words in one letter case (capitalised or capitals in mixed case and
 * ALL CAPS, lower case in lower-case text), none of PAYER_STOPS51B, one blank apart (a possessive's "'s" too), then
 * the head "Health Plan", "HealthPlan" or "HMO" in the same case (capitals "HMO" after capitalised words), which
 * closes the field (payerCloses51b()); before k a payer's frame (PAYER_FRAMES51B) or a field's mark (markBefore51b()).
 * One word that is a state's or a country's name alone is the public programme ("Oregon Health Plan") and stays.
 * Returns the head's last token, or 0; nothing is written (quiet() asks it of a core English word, "Prominence").
 */
export function payerPlanEnd51b(k: u32, sh: u32, mode: u32): u32 {
  if (sh == SH_LOWER ? mode != MODE_LOWER : sh != SH_CAP && sh != SH_UPPER) return 0;
  // (the head's length first: "hmo" 3, "plan" 4, "healthplan" 10, within the next three tokens)
  let h: u32 = 0;
  let plan = false;
  for (let m = k + 1; m <= k + 4 && m < count; m++) {
    const len = rd(tEnd, m) - rd(tStart, m);
    if (len == 3 && wordIn(m, "\u0003hmo")) { h = m; break; }
    if (len == 10 && wordIn(m, "\u000ahealthplan")) { h = m; break; }
    if (len == 4 && (wordIn(m, "\u0004plan") && (m >= k + 2 && wordIn(m - 1, "\u0006health")))) { h = m; plan = true; break; }
  }
  if (h == 0) return 0;
  const first = plan ? h - 1 : h;
  if (first <= k || first > k + 3) return 0;
  // (the words and the head one blank apart, in k's case; "HMO" in capitals after capitalised words)
  for (let m = k + 1; m <= h; m++) {
    if (!exists(m) || !blankOrPossessive51b(rd(tEnd, m - 1), rd(tStart, m))) return 0;
    const ms = rd(tShape, m);
    if (ms != sh && !(m == h && (!plan && (sh == SH_CAP && ms == SH_UPPER)))) return 0;
  }
  for (let m = k; m < first; m++) if (wordIn(m, PAYER_STOPS51B) || wordIn(m, PAYER_FRAMES51B)) return 0;
  if (first == k + 1 && (rd(tData, k) & (F_STATE | F_COUNTRY)) != 0) return 0;
  if (!payerCloses51b(h)) return 0;
  if (!markBefore51b(k) && !(exists(k - 1) && wordIn(k - 1, PAYER_FRAMES51B))) return 0;
  if (pType != 0 && pEnd > rd(tStart, k)) return 0;
  return h;
}

/** (og51b) payerPlanEnd51b() found a payer's name at token k: its organisation's span is written; returns true. */
export function payerPlan51b(k: u32, sh: u32, mode: u32): bool {
  const h = payerPlanEnd51b(k, sh, mode);
  if (h == 0) return false;
  spanDone(rd(tStart, k), rd(tEnd, h), ENTITY_LOCATION, 800, R_ORGANIZATION, k, h);
  return true;
}

/** (stop 52, sp52) Token m may be the head's first word: the summary's length and first letter of "hmo", "health" or
 * "healthplan" (S_PAYER52), then its second letter, "m" or "e" (wordIn() compares each byte ORed with 0x20): "HER",
 * "HIS", "HAS", "HAD", "HIM", "HOW", frequent in ALL CAPS, stop at that byte. */
// @ts-ignore: decorator
@inline function payerHeadMay52(m: u32): bool {
  if ((rd(tSum, m) & S_PAYER52) == 0) return false;
  const s0 = rd(tStart, m);
  const b = byteAt(s0 + 1) | 0x20;
  return rd(tEnd, m) - s0 == 3 ? b == 0x6d : b == 0x65;
}

/** (og51b) quiet()'s cheap first test: one of the next three tokens may open the head (payerHeadMay52()): "hmo",
 * "health" or "healthplan" by its length and its first two letters. (stop 52, sp52: read from the tokens' summaries,
 * S_PAYER52, set by pushToken() on the length and first letter, then the second letter, instead of each token's start,
 * end and first byte: payerPlanEnd51b() was called before every 3-letter word of "h" within three tokens, "HIS", "HER") */
// @ts-ignore: decorator
@inline export function payerNear51b(k: u32): bool {
  return (k + 1 < count && payerHeadMay52(k + 1)) || ((k + 2 < count && payerHeadMay52(k + 2)) ||
    (k + 3 < count && payerHeadMay52(k + 3)));
}
