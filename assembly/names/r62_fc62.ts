// Why this file exists: stop 62 (fc62) keeps its facility rules out of detect.ts: a correctional facility's head
// before a heading's dash ends its name (the facility walk does not join a prison to the treatment centre after its
// dash, "LOUISIANA STATE PENITENTIARY - R.E. BARROW TREATMENT CENTER"), and "Children's Hospital of" and the name's own
// word ("PEDIATRIC ED NOTE - CHILDREN'S HOSPITAL OF WESTMARCH"). Called where a head or the possessive already fired
// (the facility walk's dash test, childrens61()); allocates nothing.
import { F_CRED, F_CUE, F_MONTH, F_TITLE } from "./flags";
import { SH_CAP, SH_LOWER, count, rd, tData, tEnd, tShape, tStart, tight, wordIn } from "./detect";
import { distinct60 } from "./r60_hs60";

// (fc62) a correctional head's last word after its opener ("Detention Center", "Correctional Institution",
// "Corrections Facility"; corrHead61()'s heads), and the heads that end a prison's name alone
const CORR_OPENERS62 = "\u0009detention\u000ccorrectional\u000bcorrections";
const CORR_LASTS62 = "\u0006center\u0006centre\u0008facility\u000binstitution\u0007complex";
const CORR_ALONE62 = "\u000cpenitentiary\u0006prison";

/**
 * (stop 62, fc62) Token q, the word right before a heading's spaced dash, ends a correctional facility's head
 * ("PENITENTIARY", "State Prison", "Detention Center"). A prison's or a detention centre's name ends at its head
 * (corrHead61()), so the facility walk does not carry the name of a unit after the dash back over it: "LOUISIANA STATE
 * PENITENTIARY - R.E. BARROW TREATMENT CENTER" is a prison and its treatment centre, two names (fixture 62 labels them
 * so). A hospital's system before its dash still joins ("YALE NEW HAVEN HOSPITAL - SAINT RAPHAEL CAMPUS").
 */
export function corrEnd62(q: u32): bool {
  if (wordIn(q, CORR_ALONE62)) return true;
  return q > 0 && (wordIn(q, CORR_LASTS62) && (tight(q) && wordIn(q - 1, CORR_OPENERS62)));
}

/**
 * (stop 62, fc62) Token n follows "Children's" (in the case `sh`, mixed case or ALL CAPS): "Hospital", "of" (in lower
 * case in mixed text) and one word of the name's own that tells a name from English (distinct60(): a word no list has,
 * a name's or a place's), four letters or more, the phrase closing after it (a mark, a line's end, or in mixed case a
 * word in lower case): "PEDIATRIC ED NOTE - CHILDREN'S HOSPITAL OF WESTMARCH", "transferred to Children's Hospital of
 * Brightwater today". Returns the own word's token, or 0. childrens61() writes the facility from "Children's" on. Not
 * "Children's Hospital of the ..." (an article: the facility rules' "of" tail reads the words after it), "children's
 * hospital of choice" (lower case; an English word), "Children's Hospital of Westmarch Clinic" (the name goes on).
 */
export function hospitalOf62(n: u32, sh: u32): u32 {
  if (sh == SH_LOWER || (n + 2 >= count || (rd(tShape, n) != sh || !wordIn(n, "\u0008hospital")))) return 0;
  const o = n + 1;
  const p = n + 2;
  if (!tight(o) || (!tight(p) || (!wordIn(o, "\u0002of") || (rd(tShape, o) != sh && rd(tShape, o) != SH_LOWER)))) return 0;
  if (rd(tShape, p) != sh || (rd(tEnd, p) - rd(tStart, p) < 4 || ((rd(tData, p) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0 || !distinct60(p)))) return 0;
  const q = p + 1;
  if (q < count && (tight(q) && !(sh == SH_CAP && rd(tShape, q) == SH_LOWER))) return 0;
  return p;
}
