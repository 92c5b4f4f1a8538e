// Why this file exists: stop 52c (ag52c): three frames of an age over 89 that fixtures 1-46 missed, kept out of age.ts's
// long body: a chat's word after "she is 92" / "she's 95" ("she is 92 lol", "she's 95 does she need it"; chatAfter52c,
// asked by copulaAge), "now" opening a bracket or an apposition after a name or a relative ("Miriam Kaplan (now 92,
// living in Worcester)"; nowAge52c), and a hedge between "said to be" and the number ("said to be about 95."; hedgeBack52c,
// asked by toBe49). scanAge (age.ts) asks them over 89 only.

import { isAlpha } from "../input";
import { ANALYTES42, COPULA_RELATIVES30, reading49 } from "./age";
import { listedBefore50 } from "./age50";
import { at, before, isWordish, lettersEnd, lettersStart, skipBlanksBack, wordEndsAt, wordIndex } from "./util";

// lol lmao haha omg does do did will should would could
const CHAT_AFTER52C = "\u0003lol\u0004lmao\u0004haha\u0003omg\u0004does\u0002do\u0003did\u0004will\u0006should\u0005would\u0005could";

// about around nearly almost over
const HEDGE52C = "\u0005about\u0006around\u0006nearly\u0006almost\u0004over";

/**
 * (stop 52c) After the number ending at a, one blank and a chat's word or a question's verb, then a blank, a line's end
 * or a stop: "she is 92 lol", "she's 95 does she need it", "he is 90 should he come". copulaAge asks it as a third
 * test after the clause's words, so a person's "is" / "'s" stands before the number; "she is 95 lbs", "she is 95% on
 * RA" and "HR is 91 lol" (no person) stay values.
 */
export function chatAfter52c(a: u32): bool {
  if (at(a) != 0x20) return false;
  const w = lettersEnd(a + 1);
  return w != a + 1 && (!isWordish(at(w)) && wordIndex(CHAT_AFTER52C, a + 1, w) >= 0);
}

/**
 * (stop 52c) Where toBe49 reads "be" before the number [ts, ..): the end of the word before a hedge ("about",
 * "around", "nearly", "almost", "over") and its blank, or k itself when no hedge stands there ("said to be about 95").
 */
export function hedgeBack52c(k: u32): u32 {
  const s = lettersStart(k);
  if (s == k || (isWordish(before(s)) || wordIndex(HEDGE52C, s, k) < 0)) return k;
  const j = skipBlanksBack(s, 1);
  return j < s ? j : k;
}

/**
 * (stop 52c) "now" and one blank right before the number [ts, a), '(' or ", " right before "now", and before that one
 * blank and a person's word: a listed given name or surname, or a relative (no reading, no analyte); after the number
 * ')' or ", " and a word: "her sister Miriam Kaplan (now 92, living in Worcester)", "her mother (now 95)", "Aunt Rose,
 * now 91, lives alone". "BP (now 92/60)", "sat (now 95%)", "weight (now 92 kg)" and "glucose, now 120," stay values.
 */
export function nowAge52c(ts: u32, a: u32): bool {
  const c = at(a);
  if (!(c == 0x29 || c == 0x2c && (at(a + 1) == 0x20 && isAlpha(at(a + 2))))) return false;
  if (ts < 8 || (before(ts) != 0x20 || !wordEndsAt(ts - 1, "\u0003now"))) return false;
  const n = ts - 4;
  let k: u32 = 0;
  if (before(n) == 0x28 && before(n - 1) == 0x20) k = n - 2;
  else if (before(n) == 0x20 && before(n - 1) == 0x2c) k = n - 2;
  else return false;
  const s = lettersStart(k);
  if (k - s < 2 || (isWordish(before(s)) || (reading49(s, k) || wordIndex(ANALYTES42, s, k) >= 0))) return false;
  return wordIndex(COPULA_RELATIVES30, s, k) >= 0 || listedBefore50(k);
}
