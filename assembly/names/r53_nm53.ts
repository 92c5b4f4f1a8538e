// Why this file exists: stop 53 (nm53)'s two rules on names found in part. First, a staff member's given name before a surname and its credential in
// running text, in lower case and ALL CAPS ("witnessed by hope villalobos, rn.", "anesthesia spinal by hyun-woo baek,
// md.", "your nurse today was crystal meadows, rn.", "CONSULTANT NGOZI EKWUEME, MD ·"): the credential rule takes the
// surname alone, and the older signature rule (lowerSignature31() in detect.ts) wants the given name to open a line or
// a label's field (credGiven53()). Second, a hyphenated surname's second half after a person's name that stopped at the
// hyphen or before the surname ("daughter marlene friday-goggles", "NIECE GRAZIA KETTLE-MOREAU": hyphenSurname53()).
// Kept out of detect.ts (the call sites stay there, in laterRounds() and step()). Reads the token ring one or two tokens
// ahead and allocates nothing.
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { byteAt } from "../input";
import { F_COUNTRY, F_CRED, F_MONTH, F_STATE, F_TITLE, F_UNIT } from "./flags";
import {
  CONTEXT_WORDS, G_COMMA, G_FAR, G_HYPHEN, G_NEWLINE, G_OTHER, G_SENT, MODE_CAPS, MODE_LOWER, MODE_MIXED, R_CREDENTIAL,
  R_NEIGHBOUR, SH_CAP, SH_LOWER, SH_NUM, SH_UPPER, count, medicalShape, modeAt, dropPending52, exists, firstStr, lastStr, pEnd, pStart, pType, rd, sig48bGiven, span, tData, tDone, tEnd,
  tGap, tShape, tStart, tierOf, tight, wordIn, wr,
} from "./detect";

// credentials that are also common words, an eye's side or a state's code in running text ("pt", "ot", "ms", "ma",
// "do", "pa", "rd", "ct", "mt", "od", "os"): they close no name for this rule ("para el od, pero")
const AMBIGUOUS_CREDS53 = "\u0002pt\u0002ot\u0002ms\u0002ma\u0002do\u0002pa\u0002rd\u0002ct\u0002mt\u0002od\u0002os";
// the articles: a word after one is no given name ("the grace hill, md")
const ARTICLES53 = "\u0003the\u0001a\u0002an";
// prepositions that the given-name lists also hold ("via", "will"): no given name here ("referred via ilis md-97-1124")
const NOT_GIVEN53 = "\u0003via\u0003per\u0004will\u0003may";

/** Token m is a surname's word in shape sh: no word the table marks as no name's or a context word (a title, a
 * credential, a state, a month, ...), three letters or more ("para el od": a two-letter word is too often a language's
 * article), and a listed surname or a word no English list has. */
function surnameWord53(m: u32, sh: u32): bool {
  const d = rd(tData, m);
  return rd(tShape, m) == sh && ((d & CONTEXT_WORDS) == 0 && (rd(tEnd, m) - rd(tStart, m) >= 3 && (lastStr(d) > 0 || tierOf(d) == 0)));
}

/**
 * (stop 53, nm53) Token k is a surname (a hyphenated one's second half too) right before a credential in ALL CAPS or
 * lower case, after a comma or one blank ("hollister, rn", "BOUDREAUX RN"), the credential no common word (not
 * AMBIGUOUS_CREDS53) and closing its clause: the line's or the text's end, a mark (a comma, a period, a bracket, a
 * slash), a number, another credential. Before the surname, one blank apart, the given name in the same shape: a listed
 * given name that is no context word but a country or a state ("hope", "grace", "marcus", "jordan": core English words
 * and towns included) and no preposition (NOT_GIVEN53), or a
 * hyphenated given name of two short halves (sig48bGiven(): "hyun-woo", "SOO-AH"); no article before it. The given
 * name may be undecided or a town's or country's guess pending alone ("MARCUS", "JORDAN": the guess is dropped); one
 * decided a NAME is left to the older rules. Writes the NAME (name:credential) from the given name to the surname and marks its tokens done.
 * Not read: mixed case (its own rules read capitals), a given name opening a line or a field (lowerSignature31()).
 */
export function credGiven53(k: u32, sh: u32, mode: u32): bool {
  const j = k + 1;
  if (k < 2 || (j >= count || (rd(tDone, k) != 0 || !(mode == MODE_LOWER && sh == SH_LOWER || mode == MODE_CAPS && sh == SH_UPPER)))) return false;
  const jd = rd(tData, j);
  if ((jd & F_CRED) == 0 || ((rd(tShape, j) != sh && !(mode == MODE_LOWER && rd(tShape, j) == SH_UPPER)) || wordIn(j, AMBIGUOUS_CREDS53))) return false;
  const gj = rd(tGap, j);
  // (a comma or one blank between the surname and the credential)
  if ((gj & ~G_COMMA) != 0 || (gj == 0 && rd(tStart, j) != rd(tEnd, k) + 1)) return false;
  if (!surnameWord53(k, sh)) return false;
  // the credential closes its clause
  const a = j + 1;
  if (a < count) {
    const g = rd(tGap, a);
    if ((g & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR | G_SENT)) == 0 && (rd(tShape, a) != SH_NUM && (rd(tData, a) & F_CRED) == 0)) return false;
    // (a hyphen glued to the credential makes a code of it: "md-97-1124")
    if ((g & G_HYPHEN) != 0 && rd(tStart, a) == rd(tEnd, j) + 1) return false;
  }
  // (a hyphenated surname: its first half of the same kind, "adegoke-larsen")
  let sn = k;
  if (rd(tGap, k) == G_HYPHEN && (exists(k - 1) && surnameWord53(k - 1, sh))) sn = k - 1;
  if (sn < 1 || (!tight(sn) || !exists(sn - 1))) return false;
  let f = sn - 1;
  const fd = rd(tData, f);
  if (rd(tShape, f) != sh) return false;
  // (a given name that is also a country or a state stays a given name here: "JORDAN TEAGUE, MD", "georgia hall, rn")
  if (firstStr(fd) == 0 || ((fd & (CONTEXT_WORDS & ~(F_COUNTRY | F_STATE))) != 0 || wordIn(f, NOT_GIVEN53))) {
    // (a hyphenated given name of two short halves, "hyun-woo", "SOO-AH")
    if (rd(tGap, f) != G_HYPHEN) return false;
    const h = sig48bGiven(f, sh);
    if (h == 0 || h == f) return false;
    f = h;
  }
  // (no article before the given name; the first word no name's yet unless a town's guess pends over it alone)
  if (f > 0 && (exists(f - 1) && (tight(f) && wordIn(f - 1, ARTICLES53)))) return false;
  // (a given name decided a NAME is the older rules' to join: "REPORT TO SHAWNA PRICE RN")
  for (let m = f; m < sn; m++) {
    const dn = rd(tDone, m);
    if (dn == 0) continue;
    if (!(dn == ENTITY_LOCATION && (m == f && (pType == ENTITY_LOCATION && (pStart == rd(tStart, f) && pEnd == rd(tEnd, m)))))) return false;
  }
  if (pType == ENTITY_LOCATION && (pStart == rd(tStart, f) && pEnd <= rd(tEnd, sn - 1))) dropPending52();
  span(rd(tStart, f), rd(tEnd, k), ENTITY_NAME, 850, R_CREDENTIAL);
  for (let m = f; m <= k; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

// words that close a compound after a hyphen, or open one, in clinical prose ("MARY FOLLOW-UP", "ANNA SELF-PAY",
// "JOHN WELL-APPEARING", "pt left-sided", "king-size", "ANDRZEJ RE-SIGNED"), and the tens of a spelled age ("ROSA MARÍA
// NINETY-ONE"): no half of a surname here
const COMPOUND_HALVES53 =
  "\u0002up\u0002in\u0003out\u0002on\u0003off\u0004self\u0004well\u0004left\u0005right\u0006follow\u0004like\u0005based\u0007related\u0004term\u0004time\u0004side\u0005sided\u0004type\u0003pay\u0004care\u0004free\u0004year\u0003old\u0003day\u0004week\u0005month\u0004size\u0005check\u0004back\u0004down\u0004over\u0004half\u0004full\u0004long\u0005short\u0004high\u0003low\u0004dose\u0004only\u0003non\u0004anti\u0003pre\u0004post\u0002co\u0002re\u0002ex\u0006twenty\u0006thirty\u0005forty\u0005fifty\u0005sixty\u0007seventy\u0006eighty\u0006ninety\u0007hundred";

/** Token m is one half of a hyphenated surname: two to twelve ASCII letters in shape sh, no title, credential, unit or
 * month, no compound's half (COMPOUND_HALVES53), no medical word's shape ("ECO-DOPPLER", "ADENO-CARCINOMA"), no core
 * English word of two letters. Returns 2 for a listed surname or a word no English list has, 1 for
 * another word, 0 for none. */
function surnameHalf53(m: u32, sh: u32): u32 {
  if (rd(tShape, m) != sh) return 0;
  const s = rd(tStart, m);
  const e = rd(tEnd, m);
  if (e - s < 2 || e - s > 12) return 0;
  for (let i = s; i < e; i++) if (((byteAt(i) | 0x20) < 0x61 || (byteAt(i) | 0x20) > 0x7a)) return 0;
  const d = rd(tData, m);
  if ((d & (F_TITLE | F_CRED | F_UNIT | F_MONTH)) != 0 || (wordIn(m, COMPOUND_HALVES53) || medicalShape(m))) return 0;
  // (a core English word of two letters is no half: "ABUBAKAR AS-SADIQUE ISLAMIC CENTER")
  if (e - s == 2 && tierOf(d) == 1) return 0;
  return lastStr(d) > 0 || tierOf(d) == 0 ? 2 : 1;
}

/**
 * (stop 53, nm53) Token k is the second half of a hyphenated surname glued to token h = k - 1 by '-', right after a
 * person's name pending: the name took the first half and stopped at the hyphen ("daughter marlene friday-goggles is",
 * "Niece Tasina Wabasha-Earth drives"), or it ends one blank before h at a listed given name ("NIECE GRAZIA
 * KETTLE-MOREAU,", "WITH FIRE CHIEF RENATA COYOTE-BELL (", "with manager renée st-onge;"). Both halves in the name's
 * shape (capitals, lower case in lower-case text, capitalised in mixed case), two to twelve letters, no title,
 * credential, unit, month or compound's half (surnameHalf53()), one of them a listed surname or a word no English list
 * has; no third half glued after. Grows the pending NAME to the second half and marks both halves done. Read in step()
 * before the quiet exits (the second half is often a core word, quiet in capitals: "BELL", "EARTH").
 */
export function hyphenSurname53(k: u32, sh: u32): bool {
  if (pType != ENTITY_NAME || (k < 2 || rd(tGap, k) != G_HYPHEN)) return false;
  const h = k - 1;
  const hs = rd(tStart, h);
  if (rd(tStart, k) != rd(tEnd, h) + 1 || !exists(h)) return false;
  const mode = modeAt(k);
  if (!(sh == SH_UPPER || (sh == SH_LOWER && mode == MODE_LOWER || sh == SH_CAP && mode == MODE_MIXED))) return false;
  // (no third half glued after: "A-B-C" is a code or a compound)
  if (k + 1 < count && (rd(tGap, k + 1) == G_HYPHEN && rd(tStart, k + 1) == rd(tEnd, k) + 1)) return false;
  if (pEnd == rd(tEnd, h)) {
    // (the name took the first half: it began one or two words before it, tight, in its shape; a longer span is a
    // guess over prose, "PARA LOS TRASTORNOS DEL EJE II DEL DSM-IV")
    if (pStart >= hs || (!tight(h) || rd(tShape, h - 1) != sh)) return false;
    if (pStart != rd(tStart, h - 1) && (h < 2 || (pStart != rd(tStart, h - 2) || (!tight(h - 1) || rd(tShape, h - 2) != sh)))) return false;
  } else {
    // (the name ends at a listed given name one blank before the first half, which nothing decided)
    if (h < 1 || (pEnd != rd(tEnd, h - 1) || (!tight(h) || (rd(tDone, h) != 0 || hs != pEnd + 1)))) return false;
    const gd = rd(tData, h - 1);
    if (firstStr(gd) == 0 || (rd(tShape, h - 1) != sh || (gd & (F_TITLE | F_CRED)) != 0)) return false;
  }
  const a = surnameHalf53(h, sh);
  const b = surnameHalf53(k, sh);
  if (a == 0 || (b == 0 || a + b < 3)) return false;
  span(hs, rd(tEnd, k), ENTITY_NAME, 850, R_NEIGHBOUR, true);
  wr(tDone, h, ENTITY_NAME);
  wr(tDone, k, ENTITY_NAME);
  return true;
}
