// Why this file exists: stop 53 (og53b) keeps its rule out of detect.ts (one call site at the top of decide()): a law,
// accounting or medical firm named by its partners' surnames joined by "&" or "and" ("Mullins & Slone, PLLC", "Hargrove
// & Liu, P.C.", "Finnegan, Abernathy & Stroud, LLP", "feingold & oduya llp"), in mixed case, ALL CAPS and lower case,
// which the older rules left as a town and a surname, or a person, when a partner's surname was a place's or a person's
// word. Reads the token ring only (k .. k + 3, LOOK_AHEAD), allocates nothing.
import { byteAt } from "../input";
import { F_NOT_NAME } from "./flags";
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import {
  CONTEXT_WORDS, G_COMMA, G_FAR, G_HYPHEN, G_NEWLINE, G_OTHER, G_SENT, MODE_CAPS, MODE_LOWER, MODE_MIXED, R_ORGANIZATION, SH_CAP, SH_LOWER,
  SH_UPPER, ampGap, count, exists, flush, pEnd, pType, isAnd, lastStr, medicalShape, rd, spanDone, tData, tDone, tEnd, tGap, tShape, tStart,
  tierOf, tight, wordIn
} from "./detect";
import { sameWord53 } from "./r53_fx53b";

// legal forms no English word or clinical term shares, one token ("LLP", "PLLC", "LLC", "PSC", "Ltd", "Inc")
const FORMS53B = "\u0003llp\u0004pllc\u0003llc\u0003psc\u0003ltd\u0003inc";

/** Token m's shape is the text's: capitalised or capitals in mixed case, capitals in ALL CAPS, lower case in lower case. */
function caseOk53b(m: u32, mode: u32): bool {
  const s = rd(tShape, m);
  if (mode == MODE_MIXED) return s == SH_CAP || s == SH_UPPER;
  return s == (mode == MODE_CAPS ? SH_UPPER : SH_LOWER);
}

/** Token m may be a partner's surname: three letters or more in the text's case, no context word (title, cue, credential,
 * month, street, state), no core English word unless a name's, no medical shape, not yet decided. With `known`, a
 * surname the name list has ("Hargrove", "Liu"). */
function partner53b(m: u32, mode: u32, known: bool): bool {
  if (!exists(m) || (rd(tDone, m) != 0 || (rd(tEnd, m) - rd(tStart, m) < 3 || !caseOk53b(m, mode)))) return false;
  const d = rd(tData, m);
  if ((d & CONTEXT_WORDS) != 0 || medicalShape(m)) return false;
  const ls = (d & F_NOT_NAME) != 0 ? 0 : lastStr(d);
  return known ? ls > 0 : ls > 0 || tierOf(d) != 1;
}

/** Token m starts after a blank or one comma and one blank, on the same line: the gap before a legal form. */
function formGap53b(m: u32): bool {
  return (rd(tGap, m) & (G_NEWLINE | G_SENT | G_FAR | G_OTHER)) == 0;
}

/** Token m is a one-letter token p (any case) followed by '.', then c or a and '.' ("P.C.", "p.a."): returns the end of
 * the form (after its last period), or 0. */
function dottedForm53b(m: u32): u32 {
  if (m + 1 >= count || !exists(m + 1)) return 0;
  const s = rd(tStart, m);
  const s1 = rd(tStart, m + 1);
  if (rd(tEnd, m) != s + 1 || ((byteAt(s) | 0x20) != 0x70 || (s1 != s + 2 || byteAt(s + 1) != 0x2e))) return 0;
  const c = byteAt(s1) | 0x20;
  if (rd(tEnd, m + 1) != s1 + 1 || (!(c == 0x63 || c == 0x61) || byteAt(s1 + 1) != 0x2e)) return 0;
  return s1 + 2;
}

/**
 * Token k opens a firm named by its partners: "K & L", "K, L & M" or "K and L" (tokens in the text's case, each a
 * partner's word, partner53b()), closed by a legal form after a blank or one comma (FORMS53B: "Mullins & Slone, PLLC",
 * "Foley & Kruse LLP", "Finnegan, Abernathy & Stroud, LLP", "Smith and Jones, LLC"; "P.C." or "P.A." with their periods
 * after two surnames the name list has: "Hargrove & Liu, P.C."). Without a form, a pair joined by "&" whose first word
 * repeats the surname of the person decided right before it, after "of" or a comma, is the person's firm ("attorney
 * Wendell Rasmussen of Rasmussen & Pflug.", "ATTORNEY HOLLIS BRAINERD OF BRAINERD & MOYNIHAN."), when the pair closes
 * its phrase. Not "D&C", "I&D", "A&O" (one letter), "mom & dad" (English words, no form), "John and Mary" (no form).
 * Writes the organisation and returns true.
 */
export function firmPartners53b(k: u32, mode: u32): bool {
  // (not the second half of a hyphenated word, "marcia feingold-oduya, feingold & oduya llp")
  if (k + 1 >= count || (rd(tDone, k) != 0 || (!caseOk53b(k, mode) || rd(tGap, k) == G_HYPHEN))) return false;
  // the partners: k & k+1, k , k+1 & k+2, k and k+2
  let last: u32 = 0;
  if (ampGap(k + 1)) last = k + 1;
  else if (k + 2 < count && (tight(k + 2) && (tight(k + 1) && isAnd(k + 1)))) last = k + 2;
  else if (k + 2 < count && ((rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_FAR | G_OTHER)) == 0 && ((rd(tGap, k + 1) & G_COMMA) != 0 &&
    ampGap(k + 2)))) last = k + 2;
  if (last == 0 || (!partner53b(k, mode, false) || (!partner53b(last, mode, false) || (last == k + 2 && (!isAnd(k + 1) &&
    !partner53b(k + 1, mode, false)))))) return false;
  // (a list's last two joined by "and" after a comma are the older rules', which read the list from its first name:
  // "Ranku, Biovia and Miller Ltd")
  if (last == k + 2 && (isAnd(k + 1) && ((rd(tGap, k) & G_COMMA) != 0 && (k > 0 && (exists(k - 1) && caseOk53b(k - 1, mode)))))) return false;
  // (a list of three opens at no person's surname: "Kessra Brondell, | Brondell & Pyke PLLC" is the attorney and her
  // firm; the surname pending or decided right before k, or k repeated)
  if (last == k + 2 && (!isAnd(k + 1) && (sameWord53(k, k + 1) || k > 0 && (exists(k - 1) && (tight(k) &&
    (rd(tDone, k - 1) == ENTITY_NAME || pType == ENTITY_NAME && pEnd == rd(tEnd, k - 1))))))) return false;
  const f = last + 1;
  let end: u32 = 0;
  let lastTok = last;
  if (f < count && (exists(f) && formGap53b(f))) {
    // (an "Inc" capitalised in mixed case only: "dose inc", "BP AND HR INC" are increases)
    if (wordIn(f, FORMS53B) && (caseOk53b(f, mode) && !(wordIn(f, "\u0003inc") && (mode != MODE_MIXED || rd(tShape, f) != SH_CAP)))) {
      end = rd(tEnd, f);
      lastTok = f;
    } else {
      const e = dottedForm53b(f);
      // (surnames the name list has in ALL CAPS and lower case: "tylenol & motrin p.c." is after meals)
      if (e != 0 && (mode == MODE_MIXED || partner53b(k, mode, true) && partner53b(last, mode, true))) {
        end = e;
        lastTok = f + 1;
      }
    }
  }
  if (end == 0) {
    // the person's own firm: "X Y of Y & Z", "X Y, Y & Z" (a pair only)
    if (last != k + 1 || (k < 2 || !exists(k - 2))) return false;
    let p = k - 1;
    if (wordIn(p, "\u0002of") && tight(k)) p = k - 2;
    else if ((rd(tGap, k) & (G_COMMA | G_NEWLINE | G_SENT | G_FAR | G_OTHER)) != G_COMMA) return false;
    // (the person decided, or pending and ending at p)
    if (!(rd(tDone, p) == ENTITY_NAME || pType == ENTITY_NAME && pEnd == rd(tEnd, p)) || !sameWord53(p, k)) return false;
    // (the pair closes its phrase: the input's end, a line's, a sentence's or a clause's mark after it)
    if (f < count && (rd(tGap, f) & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR)) == 0) return false;
    end = rd(tEnd, last);
  }
  // (written alone: neither the town or surname pending before it, "Gretchen Mullins, | Mullins & Slone, PLLC", nor a town
  // after its comma, "PLLC, | Oneonta", joins it)
  flush();
  spanDone(rd(tStart, k), end, ENTITY_LOCATION, 850, R_ORGANIZATION, k, lastTok);
  flush();
  return true;
}
