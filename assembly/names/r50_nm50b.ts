// Why this file exists: stop 50b (nm50b)'s rule on a surname that is a rarer English word ("REDBIRD", "HUMMINGBIRD",
// "ANTELOPE", "KINGFISHER") after a given name a role's, a relative's or a title's cue opened, in ALL CAPS and lower
// case; kept out of detect.ts (its call site stays there, in laterRounds()). Reads the token ring only, allocates nothing.
import { ENTITY_NAME } from "../abi";
import { F_FIRST_SHIFT } from "./flags";
import {
  MODE_CAPS, MODE_LOWER, R_CUE, R_NEIGHBOUR, R_TITLE, SH_LOWER, SH_UPPER, closer49, count, endsWithAny, kinClauseEnds,
  medicalShape, pEnd, pReason, pStart, pType, phoneNext38, rd, span, tData, tDone, tEnd, tShape, tStart, tierOf, tight,
  wordIn, wr, NOT_PERSON49,
} from "./detect";

// endings of a word that describes, acts or counts rather than names: an adverb, a participle, an adjective's suffixes
// ("DAUGHTER ANN ESTRANGED", "WIFE MARY SUPPORTIVE.", "SON TOM INCARCERATED", "PT JOHN AMBULATORY")
export const NOT_SURNAME_END50B = "\u0002ly\u0003ing\u0002ed\u0003ive\u0003ous\u0003ful\u0004able\u0004ible\u0004less\u0004ness\u0004ment\u0003ish\u0002ic\u0003ary\u0003ory\u0002al\u0003ics\u0005iatry\u0005istry\u0002ia";
// cues that open a patient's own name (the patient's state follows the name there: "PT MARY AMBULATORY.") and words of
// status or of a relative's state that are no English word's endings above ("WIFE JOY PREGNANT"; "MOTHER ANN
// DEMENTED" ends in -ed already), and a contact's words before a number ("NAVIGATOR AISHA EMAIL", "MS. TROTTER FAX
// 251-555-0198", "NURSE LUIS PAGER 5512")
const CUE_NOT50B = "\u0002pt\u0007patient\u0003pts\u0008patients\u0006client\u0004resp";
const STATE_WORDS50B = "\u0008pregnant\u000apostpartum\u0006asleep\u0005awake\u0006absent\u0007unknown\u000bunavailable\u0007overdue\u0009inpatient\u000aoutpatient\u0007bedside\u0006nearby\u0003fax\u0005email\u0005pager\u0006beeper\u0005phone\u0004cell\u0006mobile\u0003ref\u0003ext\u0003tel\u0009voicemail";

/**
 * (stop 50b, nm50b) In ALL CAPS or lower-case text, token k is the surname after a given name that a role's, a
 * relative's or a title's cue opened alone (the pending NAME span is exactly token k - 1, reason cue or title, a listed
 * given name): a word the English lists hold but not among their core words (tier 2 or 3: "REDBIRD", "HUMMINGBIRD",
 * "ANTELOPE", "KINGFISHER", "BOWSTRING"), no context word, no modal or small word, no ending of a describing word
 * (NOT_SURNAME_END50B), no medical shape, and the clause closes right after it as after a relative's name alone
 * (kinClauseEnds(): a mark, a line's end, "and", a word of being there, a finite verb; or a phone number): "RN
 * COORDINATOR SHAWNA REDBIRD 405-555-0100", "mom georgina redbird works at", "MOTHER ALBERTA HUMMINGBIRD (ENROLLED",
 * "CASE MANAGER: BROOKE ANTELOPE, RN", "SOCIAL WORKER BRENNA KINGFISHER.", "to dr. leah bowstring,". The older rules
 * take a listed surname or a word no list has there, and left such a word out. Writes the surname (it joins the given
 * name's span, name:neighbour) and returns true.
 */
export function rareSurname50b(k: u32, sh: u32, mode: u32): bool {
  if (!(sh == SH_UPPER && mode == MODE_CAPS || sh == SH_LOWER && mode == MODE_LOWER)) return false;
  const p = k - 1;
  if (pType != ENTITY_NAME || (!(pReason == R_CUE || pReason == R_TITLE) || (pStart != rd(tStart, p) || pEnd != rd(tEnd, p)))) return false;
  if (!tight(k) || (rd(tShape, p) != sh || (rd(tDone, p) != ENTITY_NAME || rd(tDone, k) != 0))) return false;
  const d = rd(tData, k);
  const t = tierOf(d);
  if (t < 2 || ((d & NOT_PERSON49) != 0 || rd(tEnd, k) - rd(tStart, k) < 3)) return false;
  if (((rd(tData, p) >> F_FIRST_SHIFT) & 3) == 0) return false;
  // (the cue before the given name: a patient's own name is left to the older rules)
  if (pReason == R_CUE && (p > 0 && wordIn(p - 1, CUE_NOT50B))) return false;
  if (closer49(k) || (wordIn(k, STATE_WORDS50B) || medicalShape(k))) return false;
  // (a describing word's ending, on words of five letters or more: "SIC", "CLAW" keep theirs)
  if (rd(tEnd, k) - rd(tStart, k) >= 5 && endsWithAny(k, NOT_SURNAME_END50B, 0)) return false;
  if (!(k + 1 >= count || (kinClauseEnds(k) || phoneNext38(k)))) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 850, R_NEIGHBOUR);
  wr(tDone, k, ENTITY_NAME);
  return true;
}
